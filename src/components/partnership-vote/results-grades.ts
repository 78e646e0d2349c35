import { html, type TemplateResult } from 'lit';
import { Fraction, ZERO, percentages } from '../../core/fraction.js';
import type { GradeTally, TallyResult } from '../../core/parity.js';
import type { ResultsWords } from './results-table.js';

/**
 * Majority-judgment results: for each option, each group's ballots by grade, then the parity
 * result (the share of each grade with every group counting for its weight) and the middle
 * grade. One row group per option, so a screen reader hears the option with every cell.
 */
export function renderGradesTable(result: TallyResult, words: ResultsWords): TemplateResult {
  const { t } = words;
  const scale = Array.from({ length: result.scale ?? 5 }, (_, grade) => grade);
  const voting = result.groups.filter((group) => !group.silent);
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="grades-caption">
    <table class="results-table grades-table" part="table">
      <caption id="grades-caption">
        ${t('vote.grades.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('vote.grades.option')}</th>
          <th scope="col">${t('vote.grades.who')}</th>
          ${scale.map((grade) => html`<th scope="col">${t(`vote.grade.${grade}`)}</th>`)}
          <th scope="col">${t('vote.grades.median')}</th>
        </tr>
      </thead>
      ${(result.grades ?? []).map((entry, index) => optionRows(result, entry, index, voting.length, words))}
    </table>
  </div>`;
}

function optionRows(
  result: TallyResult,
  entry: GradeTally,
  index: number,
  votingCount: number,
  words: ResultsWords,
) {
  const { t } = words;
  const groups = entry.groups.filter(
    (group) => !result.groups.find((tally) => tally.group === group.group)?.silent,
  );
  const first = result.winners.includes(entry.option);
  return html`<tbody class="grade-option" data-option=${index}>
    ${groups.map(
      (group, row) =>
        html`<tr>
          ${
            row === 0
              ? html`<th scope="rowgroup" rowspan=${votingCount + 1}>
                  ${words.optionLabel(entry.option)}
                </th>`
              : ''
          }
          <th scope="row">${words.groupLabel(group.group)}</th>
          ${shownShares(group.counts).map(
            (percent, grade) =>
              html`<td>${t('vote.grades.cell', { count: group.counts[grade], percent })}</td>`,
          )}
          <td></td>
        </tr>`,
    )}
    <tr class="parity-row" data-median=${entry.median}>
      ${
        groups.length === 0
          ? html`<th scope="rowgroup">${words.optionLabel(entry.option)}</th>`
          : ''
      }
      <th scope="row">${t('vote.grades.parity')}</th>
      ${entry.distribution.map((share) => html`<td>${t('vote.percent', { percent: share.percent })}</td>`)}
      <td>
        ${t(`vote.grade.${entry.median}`)}
        ${
          first
            ? html`<span class="badge"
                >${t(result.winners.length > 1 ? 'vote.status.tied' : 'vote.status.first')}</span
              >`
            : ''
        }
      </td>
    </tr>
  </tbody>`;
}

/** A group's ballots by grade as whole percentages adding up to 100 (see `percentages`). */
function shownShares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, value) => sum + value, 0);
  return percentages(counts.map((count) => (total > 0 ? Fraction.of(count, total) : ZERO)));
}
