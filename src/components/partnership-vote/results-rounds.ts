import { html, nothing, type TemplateResult } from 'lit';
import type { RunoffRound, TallyResult } from '../../core/parity.js';
import type { ResultsWords } from './results-table.js';

/**
 * Instant-runoff results: a table with a column per round, each option's parity share and
 * ballots in it (its head count), the ballots with no preference left, and which option went
 * in which round; then the order of elimination in words. Percentages are the tally's own.
 */
export function renderRounds(
  result: TallyResult,
  words: ResultsWords & { list: (items: readonly string[]) => string },
): TemplateResult {
  const { t } = words;
  const rounds = result.rounds ?? [];
  const eliminated = result.eliminated ?? [];
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="rounds-caption">
      <table class="results-table rounds-table" part="table">
        <caption id="rounds-caption">
          ${t('vote.rounds.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('vote.rounds.option')}</th>
            ${rounds.map((round) => html`<th scope="col">${t('vote.rounds.round', { round: round.round })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${result.options.map(
            (option, index) =>
              html`<tr data-option=${index}>
                <th scope="row">${words.optionLabel(option)}</th>
                ${rounds.map((round) => roundCell(round, option, words))}
              </tr>`,
          )}
          <tr class="exhausted-row">
            <th scope="row">${t('vote.rounds.exhausted')}</th>
            ${rounds.map(
              (round) =>
                html`<td data-support=${round.exhausted.support}>
                  ${t('vote.percent', { percent: round.exhausted.share.percent })}
                  <span class="share"
                    >${t('vote.ballots', { count: round.exhausted.support })}</span
                  >
                </td>`,
            )}
          </tr>
        </tbody>
      </table>
    </div>
    <p class="rounds-note" id="elimination-order">
      ${
        eliminated.length > 0
          ? t('vote.rounds.order', { options: words.list(eliminated.map(words.optionLabel)) })
          : t('vote.rounds.none-eliminated')
      }
    </p>`;
}

function roundCell(round: RunoffRound, option: string, { t }: ResultsWords) {
  const entry = round.options.find((candidate) => candidate.option === option);
  if (!entry) return html`<td class="out">${t('vote.rounds.out')}</td>`;
  const badge =
    round.eliminated === option
      ? 'vote.rounds.eliminated'
      : round.majority === option
        ? 'vote.rounds.majority'
        : undefined;
  return html`<td data-support=${entry.support} data-percent=${entry.share.percent}>
    <strong>${t('vote.percent', { percent: entry.share.percent })}</strong>
    <span class="share">${t('vote.ballots', { count: entry.support })}</span>
    ${badge ? html`<span class="badge">${t(badge)}</span>` : nothing}
  </td>`;
}
