import { html, nothing, type TemplateResult } from 'lit';
import { Fraction } from '../../core/fraction.js';
import type { MessageParams } from '../../core/i18n.js';
import type {
  Count,
  GroupTally,
  OptionSupport,
  RankedOption,
  TallyResult,
} from '../../core/parity.js';

/**
 * The results as a real table: a row per option, a column per group (its raw count and its
 * share of its own ballots), the head count of all ballots, and the parity result. Every
 * percentage is the tally's own shown `percent`, so the table, the chart and the explanation
 * always agree.
 */

export interface ResultsWords {
  t: (key: string, params?: MessageParams) => string;
  groupLabel: (id: string) => string;
  optionLabel: (id: string) => string;
}

/** The mean score to one decimal place, rounded exactly as the explanation rounds it. */
export function meanScore(points: number, ballots: number): number {
  if (ballots === 0) return 0;
  return Number(Fraction.of(points * 10, ballots).round()) / 10;
}

export function renderResultsTable(result: TallyResult, words: ResultsWords): TemplateResult {
  const { t } = words;
  const byOption = new Map(result.ranking.map((entry) => [entry.option, entry]));
  return html`<div
    class="table-scroll"
    role="region"
    tabindex="0"
    aria-labelledby="results-caption"
  >
    <table class="results-table" part="table">
      <caption id="results-caption">
        ${t('vote.table.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('vote.table.option')}</th>
          ${result.groups.map((group) => groupHeader(group, words))}
          <th scope="col">
            <span class="th-name">${t('vote.table.raw')}</span>
            <span class="th-detail">${t('vote.ballots', { count: result.raw.turnout })}</span>
          </th>
          <th scope="col">
            <span class="th-name">${t('vote.table.parity')}</span>
            <span class="th-detail">${t('vote.table.parity-detail')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        ${result.options.map((option, index) =>
          optionRow(result, option, index, byOption.get(option) as RankedOption, words),
        )}
      </tbody>
    </table>
  </div>`;
}

function groupHeader(group: GroupTally, { t, groupLabel }: ResultsWords) {
  return html`<th scope="col">
    <span class="th-name">${groupLabel(group.group)}</span>
    <span class="th-detail">${t('vote.ballots', { count: group.turnout })}</span>
    <span class="th-detail"
      >${
        group.silent
          ? t('vote.table.silent')
          : t('vote.table.weight', { percent: group.weight.percent })
      }</span
    >
    ${
      group.quorum > 0
        ? html`<span class="th-detail">${t('vote.table.quorum', { count: group.quorum })}</span>`
        : nothing
    }
  </th>`;
}

function optionRow(
  result: TallyResult,
  option: string,
  index: number,
  ranked: RankedOption,
  words: ResultsWords,
) {
  const { t } = words;
  return html`<tr data-option=${index}>
    <th scope="row">${words.optionLabel(option)}</th>
    ${result.groups.map((group) =>
      group.silent
        ? html`<td class="silent">${t('vote.table.none')}</td>`
        : supportCell(result, group, group.options[index], words),
    )}
    ${supportCell(result, result.raw, result.raw.options[index], words)}
    <td class="parity">
      <strong>${t('vote.percent', { percent: ranked.score.percent })}</strong>
      ${statusOf(result, ranked).map((key) => html`<span class="badge">${t(key)}</span>`)}
    </td>
  </tr>`;
}

function statusOf(result: TallyResult, ranked: RankedOption): string[] {
  const keys: string[] = [];
  if (ranked.blocked) keys.push('vote.status.blocked');
  if (result.winners.includes(ranked.option)) {
    keys.push(result.winners.length > 1 ? 'vote.status.tied' : 'vote.status.first');
  }
  return keys;
}

function supportCell(
  result: TallyResult,
  count: Count,
  support: OptionSupport,
  { t }: ResultsWords,
) {
  const counted = countText(result, count, support, t);
  return html`<td data-support=${support.support} data-percent=${support.share.percent}>
    <span class="count">${counted}</span>
    <span class="share">${t('vote.percent-in-brackets', { percent: support.share.percent })}</span>
    ${result.method === 'consent' ? consentDetail(support, t) : nothing}
  </td>`;
}

function countText(
  result: TallyResult,
  count: Count,
  support: OptionSupport,
  t: ResultsWords['t'],
): string {
  switch (result.method) {
    case 'score':
      return t('vote.cell.score', {
        mean: meanScore(support.support, count.turnout),
        max: result.maxScore,
        count: support.support,
      });
    case 'dots':
      return t('vote.cell.dots', { count: support.support, total: count.outOf });
    case 'consent':
      return t('vote.cell.agree', { count: support.support, total: count.turnout });
    case 'ranked':
      // Borda (instant-runoff shows its rounds instead of this table).
      return t('vote.cell.points', { count: support.support });
    default:
      return t('vote.cell.count', { count: support.support, total: count.turnout });
  }
}

/** Concerns and objections, when there are any: a row of zeros would bury the one that matters. */
function consentDetail(support: OptionSupport, t: ResultsWords['t']) {
  const parts = [
    support.concerns ? t('vote.cell.concerns', { count: support.concerns }) : '',
    support.objections ? t('vote.cell.objections', { count: support.objections }) : '',
  ].filter(Boolean);
  if (parts.length === 0) return nothing;
  return html`<span class="consent-detail">${parts.join('; ')}</span>`;
}
