import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BallotFormContext, NamedOption } from './ballot-context.js';

/**
 * The ranked ballot: one row per option, the ranked ones first in order, then those not
 * ranked. Each row has a native position `<select>` and Move up / Move down buttons, so
 * ranking needs no dragging (WCAG 2.5.7) and works by keyboard alone. Controls are named by
 * the option's index in the page's list, which stays the same while rows move, so focus can
 * follow the moved option (the controller puts it back after each move).
 */
export function renderRanking(context: BallotFormContext): TemplateResult {
  const { options, draft } = context;
  const ranked = draft.ranking
    .map((id) => options.find((option) => option.id === id))
    .filter((option): option is NamedOption => option !== undefined);
  const unranked = options.filter((option) => !draft.ranking.includes(option.id));
  const rows = [...ranked, ...unranked];
  return html`<ol class="ranking">
    ${repeat(
      rows,
      (option) => option.id,
      (option) =>
        renderRow(
          context,
          option,
          options.indexOf(option),
          ranked.indexOf(option) + 1,
          ranked.length,
        ),
    )}
  </ol>`;
}

function renderRow(
  context: BallotFormContext,
  option: NamedOption,
  index: number,
  position: number,
  rankedCount: number,
) {
  const { t, options } = context;
  // Positions offered: those already taken and the next free one (gaps would mean nothing).
  const most = Math.min(position > 0 ? rankedCount : rankedCount + 1, options.length);
  const positions = Array.from({ length: most }, (_, at) => at + 1);
  const labelId = `rank-${index}-label`;
  return html`<li class="rank-row" part="option" data-option=${index} data-position=${position}>
    <span class="rank-number" aria-hidden="true">${position > 0 ? position : '–'}</span>
    <span class="rank-label" id=${labelId}>${option.label}</span>
    <span class="rank-controls" role="group" aria-labelledby=${labelId}>
      <label class="rank-select" for=${`rank-${index}`}>
        ${t('vote.rank.position')}<span class="visually-hidden">: ${option.label}</span>
      </label>
      <select id=${`rank-${index}`} data-kind="rank" data-index=${index}>
        <option value="0" ?selected=${position === 0} .selected=${live(position === 0)}>
          ${t('vote.rank.none')}
        </option>
        ${positions.map(
          (at) =>
            html`<option
              value=${String(at)}
              ?selected=${position === at}
              .selected=${live(position === at)}
            >
              ${at}
            </option>`,
        )}
      </select>
      <button
        type="button"
        class="secondary step"
        id=${`rank-${index}-up`}
        aria-label=${t('vote.rank.up-label', { option: option.label })}
        aria-disabled=${position === 1 ? 'true' : 'false'}
        @click=${() => context.onMove(index, 'up')}
      >
        ${t('vote.rank.up')}
      </button>
      <button
        type="button"
        class="secondary step"
        id=${`rank-${index}-down`}
        aria-label=${t('vote.rank.down-label', { option: option.label })}
        aria-disabled=${position === 0 ? 'true' : 'false'}
        @click=${() => context.onMove(index, 'down')}
      >
        ${t('vote.rank.down')}
      </button>
    </span>
  </li>`;
}
