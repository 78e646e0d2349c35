import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PrincipleResult } from '../../core/health-results.js';
import { heading } from '../../core/ui/heading.js';
import { renderLadderTable, renderResultsTable, renderRoundsTable } from './results-table.js';
import type { ResultsContext } from './results-context.js';
import { capitalise, oneDecimal } from './results-words.js';

/**
 * The results of the current round: who is still too few to show (in words), the widest gaps
 * between groups in sentences first, then a chart of each principle with an equivalent table,
 * the ladder, the first round against the latest, and (for the facilitator) the comments.
 */

export type { ResultsContext };

export function renderResults(context: ResultsContext): TemplateResult {
  const { t, results } = context;
  const level = context.headingLevel;
  const anyShown = results.groups.some((group) => group.shown);
  return html`<section class="results" part="results" aria-labelledby="results-title">
    ${heading(level, t('health.results.title', { round: context.round }), {
      id: 'results-title',
      class: 'h-main',
      tabindex: -1,
    })}
    ${
      context.facilitatorNote
        ? html`<p class="hint" part="facilitator-note">${context.facilitatorNote}</p>`
        : nothing
    }
    ${renderWaiting(context)}
    ${
      anyShown
        ? html`${renderGaps(context)}
          ${heading(level + 1, t('health.results.by-principle'), { class: 'h-sub' })}
          ${renderChart(context)} ${renderResultsTable(context)}
          ${heading(level + 1, t('health.ladder.results-title'), { class: 'h-sub' })}
          ${renderLadderTable(context)}`
        : nothing
    }
    ${context.comparison ? renderRoundsTable(context, context.comparison) : nothing}
    ${context.comments ? renderComments(context, context.comments) : nothing}
  </section>`;
}

/** Groups still below `min-responses`, and why their answers are not shown. */
function renderWaiting(context: ResultsContext) {
  const { t, results } = context;
  const waiting = results.groups.filter((group) => !group.shown);
  if (waiting.length === 0) return nothing;
  return html`<div class="notice waiting" part="privacy">
    <p>${t('health.privacy.why', { count: results.minResponses })}</p>
    <ul>
      ${waiting.map(
        (group) =>
          html`<li>
            ${t('health.privacy.group', {
              group: context.groupName(group.group),
              count: group.responses,
              needed: group.needed,
            })}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The widest gaps between groups, in sentences, before any figure. */
function renderGaps(context: ResultsContext) {
  const { t, results, lang } = context;
  const level = context.headingLevel + 1;
  const shown = results.groups.filter((group) => group.shown).length;
  let body: TemplateResult;
  if (shown < 2) {
    body = html`<p>${t('health.gaps.one-group')}</p>`;
  } else {
    const gaps = results.principleGaps;
    const widest = gaps[0];
    if (!widest || widest.gap!.size < 0.05) {
      body = html`<p>${t('health.gaps.none')}</p>`;
    } else {
      const sentence = (entry: PrincipleResult, key: string) => {
        const gap = entry.gap!;
        return t(key, {
          low: capitalise(context.groupInSentence(gap.low.group), lang),
          high: context.groupInSentence(gap.high.group),
          principle: context.principleName(entry.id),
          lowMean: oneDecimal(lang, gap.low.mean),
          highMean: oneDecimal(lang, gap.high.mean),
          max: results.scale,
        });
      };
      const rest = gaps.slice(1, 3).filter((entry) => entry.gap!.size >= 0.05);
      body = html`<p class="widest"><strong>${sentence(widest, 'health.gaps.widest')}</strong></p>
        ${
          rest.length > 0
            ? html`<ul>
                ${rest.map((entry) => html`<li>${sentence(entry, 'health.gaps.next')}</li>`)}
              </ul>`
            : nothing
        }`;
    }
  }
  return html`<div class="gaps" part="gaps">
    ${heading(level, t('health.gaps.title'), { class: 'h-sub' })} ${body}
  </div>`;
}

/**
 * One block per principle: a bar per shown group and one for the combined figure, each with
 * its name and figure as text beside it, so nothing is told by colour alone (WCAG 1.4.1); the
 * groups' bars differ in pattern too (solid, outlined, hatched). The chart is one image whose
 * text alternative says every figure; the table after it holds the same numbers.
 */
function renderChart(context: ResultsContext) {
  const { t, results, lang } = context;
  const max = results.scale;
  const combinedName = t(context.equalWeights ? 'health.combined' : 'health.combined-weighted');
  const summary = results.principles
    .map((principle) => {
      const parts = principle.groups
        .filter((figure) => figure.mean !== undefined)
        .map((figure) => `${context.groupName(figure.group)} ${oneDecimal(lang, figure.mean!)}`);
      if (principle.combined !== undefined) {
        parts.push(`${combinedName} ${oneDecimal(lang, principle.combined)}`);
      }
      const figures = parts.length > 0 ? parts.join(', ') : t('health.none-rated');
      return `${context.principleName(principle.id)}: ${figures}`;
    })
    .join('. ');
  const groupIndex = new Map(results.groups.map((group, index) => [group.group, index]));
  return html`<div
    class="chart"
    part="chart"
    role="img"
    aria-label=${`${t('health.chart.label', { max })} ${summary}.`}
  >
    ${results.principles.map(
      (principle) =>
        html`<div class="chart-item">
          <p class="chart-label">${context.principleName(principle.id)}</p>
          ${principle.groups.map((figure) =>
            figure.mean === undefined
              ? nothing
              : bar(
                  context,
                  `g${(groupIndex.get(figure.group) ?? 0) % 3}`,
                  context.groupName(figure.group),
                  figure.mean,
                ),
          )}
          ${
            principle.combined === undefined
              ? html`<p class="hint">${t('health.none-rated')}</p>`
              : bar(context, 'combined', combinedName, principle.combined)
          }
        </div>`,
    )}
  </div>`;
}

function bar(context: ResultsContext, kind: string, name: string, value: number) {
  const max = context.results.scale;
  // From 1 (the lowest point) to the scale's top: an average of 1 is an empty bar.
  const width = Math.min(100, Math.max(0, ((value - 1) / (max - 1)) * 100));
  const x = context.rtl ? `${100 - width}%` : '0';
  return html`<div class="chart-bar ${kind}">
    <span class="bar-name">${name}</span>
    <svg class="bar-track" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="0" width="100%" height="100%"></rect>
      ${svg`<rect class=${`bar ${kind}`} x=${x} y="0" width=${`${width}%`} height="100%"></rect>`}
    </svg>
    <span class="bar-figure">${oneDecimal(context.lang, value)}</span>
  </div>`;
}

function renderComments(
  context: ResultsContext,
  comments: readonly { principle: string; group: string; text: string }[],
) {
  const { t } = context;
  const level = context.headingLevel + 1;
  const principles = context.framework.principles.filter((principle) =>
    comments.some((comment) => comment.principle === principle.id),
  );
  return html`<div class="comments" part="comments">
    ${heading(level, t('health.comments.title'), { class: 'h-sub' })}
    ${
      principles.length === 0
        ? html`<p>${t('health.comments.none')}</p>`
        : principles.map(
            (principle) =>
              html`${heading(level + 1, context.principleName(principle.id), { class: 'h-minor' })}
                <ul>
                  ${comments
                    .filter((comment) => comment.principle === principle.id)
                    .map(
                      (comment) =>
                        html`<li>
                          <q>${comment.text}</q>
                          <span class="hint">(${context.groupName(comment.group)})</span>
                        </li>`,
                    )}
                </ul>`,
          )
    }
  </div>`;
}
