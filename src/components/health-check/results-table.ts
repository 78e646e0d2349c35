import { html, type TemplateResult } from 'lit';
import type { GroupFigure, ItemResult, RoundChange } from '../../core/health-results.js';
import { heading } from '../../core/ui/heading.js';
import type { ResultsContext } from './results-context.js';
import { oneDecimal } from './results-words.js';

/**
 * The results as real tables: principles and their statements by group (average, range, how
 * many rated and how many did not know) with the combined figure; the ladder by group; and the
 * first round against the latest. Each scrolls on its own on a narrow screen (WCAG 1.4.10).
 */

function scroll(captionId: string, table: unknown) {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
    ${table}
  </div>`;
}

export function renderResultsTable(context: ResultsContext): TemplateResult {
  const { t, results } = context;
  const shown = results.groups.filter((group) => group.shown);
  const row = (item: ItemResult, name: string, principle: boolean) =>
    html`<tr class=${principle ? 'principle-row' : 'statement-row'}>
      <th scope="row">${name}</th>
      ${shown.map((group) =>
        figureCell(
          context,
          item.groups.find((f) => f.group === group.group),
        ),
      )}
      <td class="combined">
        ${
          item.combined === undefined
            ? t('health.none-rated')
            : html`<strong>${oneDecimal(context.lang, item.combined)}</strong>`
        }
      </td>
    </tr>`;
  return scroll(
    'results-caption',
    html`<table class="results-table" part="table">
      <caption id="results-caption">
        ${t('health.table.caption', { max: results.scale, round: context.round })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('health.table.statement')}</th>
          ${shown.map(
            (group) =>
              html`<th scope="col">
                <span class="th-name">${context.groupName(group.group)}</span>
                <span class="th-detail">${t('health.responses', { count: group.responses })}</span>
              </th>`,
          )}
          <th scope="col">
            <span class="th-name">${t('health.table.combined')}</span>
            <span class="th-detail"
              >${t(context.equalWeights ? 'health.table.equal' : 'health.table.weighted')}</span
            >
          </th>
        </tr>
      </thead>
      <tbody>
        ${results.principles.map(
          (principle) =>
            html`${row(principle, context.principleName(principle.id), true)}
            ${principle.statements.map((statement) =>
              row(statement, context.statementText(statement.id), false),
            )}`,
        )}
      </tbody>
    </table>`,
  );
}

function figureCell(context: ResultsContext, figure: GroupFigure | undefined) {
  const { t, lang } = context;
  if (!figure) return html`<td>${t('health.none-rated')}</td>`;
  const counts = t('health.table.rated', { count: figure.rated });
  const dontKnow =
    figure.dontKnow > 0 ? t('health.table.dont-know', { count: figure.dontKnow }) : '';
  return html`<td data-group=${figure.group}>
    ${
      figure.mean === undefined
        ? html`<span>${t('health.none-rated')}</span>`
        : html`<strong class="mean">${oneDecimal(lang, figure.mean)}</strong>
            <span class="range"
              >${t('health.table.range', { low: figure.low!, high: figure.high! })}</span
            >`
    }
    <span class="counts">${dontKnow ? `${counts}; ${dontKnow}` : counts}</span>
  </td>`;
}

export function renderLadderTable(context: ResultsContext): TemplateResult {
  const { t, results } = context;
  const { rungs, groups } = results.ladder;
  const percent = (count: number, answered: number) =>
    answered === 0 ? 0 : Math.round((count / answered) * 100);
  return scroll(
    'ladder-caption',
    html`<table class="ladder-table" part="ladder-table">
      <caption id="ladder-caption">
        ${t('health.ladder.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('health.ladder.rung')}</th>
          ${groups.map(
            (group) =>
              html`<th scope="col">
                <span class="th-name">${context.groupName(group.group)}</span>
                <span class="th-detail"
                  >${t('health.ladder.answered', { count: group.answered })}</span
                >
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${[...rungs.keys()].reverse().map(
          (index) =>
            html`<tr>
              <th scope="row">${t(`health.rung.${rungs[index]}`)}</th>
              ${groups.map(
                (group) =>
                  html`<td>
                    ${t('health.ladder.cell', {
                      count: group.counts[index],
                      percent: percent(group.counts[index], group.answered),
                    })}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

export function renderRoundsTable(
  context: ResultsContext,
  comparison: { first: number; latest: number; changes: readonly RoundChange[] },
): TemplateResult {
  const { t, lang } = context;
  const groups = [...new Set(comparison.changes.map((change) => change.group))];
  const principles = context.framework.principles.filter((principle) =>
    comparison.changes.some((change) => change.principle === principle.id),
  );
  const rounds = { first: comparison.first, latest: comparison.latest };
  const title = heading(context.headingLevel + 1, t('health.rounds.title', rounds), {
    class: 'h-sub',
  });
  if (groups.length === 0) {
    return html`<div class="rounds" part="rounds">
      ${title}
      <p>${t('health.rounds.none', rounds)}</p>
    </div>`;
  }
  const change = (entry: RoundChange) => {
    const size = oneDecimal(lang, Math.abs(entry.change));
    const key =
      Math.abs(entry.change) < 0.05
        ? 'health.rounds.same'
        : entry.change > 0
          ? 'health.rounds.up'
          : 'health.rounds.down';
    return t(key, {
      first: oneDecimal(lang, entry.first),
      latest: oneDecimal(lang, entry.latest),
      change: size,
    });
  };
  return html`<div class="rounds" part="rounds">
    ${title}
    ${scroll(
      'rounds-caption',
      html`<table class="rounds-table">
        <caption id="rounds-caption">
          ${t('health.rounds.caption', { ...rounds, max: context.results.scale })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('health.rounds.principle')}</th>
            ${groups.map((group) => html`<th scope="col">${context.groupName(group)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${principles.map(
            (principle) =>
              html`<tr>
                <th scope="row">${context.principleName(principle.id)}</th>
                ${groups.map((group) => {
                  const entry = comparison.changes.find(
                    (c) => c.principle === principle.id && c.group === group,
                  );
                  return html`<td>${entry ? change(entry) : t('health.none-rated')}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
  </div>`;
}
