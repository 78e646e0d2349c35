import { html, nothing, type TemplateResult } from 'lit';
import { describedBy } from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import { live } from 'lit/directives/live.js';
import type { BallotFormContext } from './ballot-context.js';
import { dotsSpent } from './ballot-draft.js';
import { renderChoices } from './ballot-choices.js';
import { hasError, inlineError, renderErrorSummary } from './ballot-errors.js';

/**
 * The ballot form, one layout per method. Every choice is a native radio, checkbox or button,
 * so arrowing through options only moves the choice; nothing is cast until "Cast my vote".
 * Controls are named by option index (`score-2-4`), never by option id, which is page text.
 */

export type { BallotFormContext, NamedOption } from './ballot-context.js';

export function renderBallotForm(context: BallotFormContext): TemplateResult {
  const { t, method } = context;
  const optionsInvalid = hasError(context, 'options');
  const described = describedBy(
    'ballot-hint',
    method === 'dots' && 'dots-left',
    optionsInvalid && 'options-error',
  );
  return html`${renderErrorSummary(context)}
    <form
      class="ballot"
      part="ballot"
      novalidate
      @submit=${context.onSubmit}
      @change=${context.onInput}
      @input=${context.onInput}
    >
      ${renderGroup(context)}
      <fieldset class=${optionsInvalid ? 'invalid' : ''} aria-describedby=${described}>
        <legend>
          ${heading(context.headingLevel, context.question, {
            id: 'question',
            class: 'h-main question',
            tabindex: -1,
          })}
        </legend>
        <p class="hint" id="ballot-hint">
          ${t(`vote.hint.${method}`, { max: context.maxScore, count: context.dots })}
        </p>
        ${method === 'dots' ? renderDotsLeft(context) : nothing}
        ${inlineError(context, 'options', 'options-error')} ${renderChoices(context)}
      </fieldset>
      <div class="actions">
        <button type="submit" part="submit">${t('vote.cast')}</button>
        ${
          context.changing
            ? html`<button type="button" class="secondary" @click=${context.onKeep}>
                ${t('vote.keep')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
}

function renderGroup(context: BallotFormContext) {
  const { t, groups, knownGroup, draft } = context;
  if (knownGroup) {
    return html`<p class="group-line">
      ${t('group.you', { group: knownGroup.label })}
      ${
        knownGroup.canChange
          ? html`<button type="button" class="link" @click=${context.onChangeGroup}>
              ${t('group.change')}
            </button>`
          : nothing
      }
    </p>`;
  }
  if (!groups) return nothing;
  const invalid = hasError(context, 'group');
  return html`<fieldset
    class=${`group-question ${invalid ? 'invalid' : ''}`}
    part="group-question"
    aria-describedby=${describedBy('group-hint', invalid && 'group-error')}
  >
    <legend>${t('group.question')}</legend>
    <p class="hint" id="group-hint">${t('group.hint')}</p>
    ${inlineError(context, 'group', 'group-error')}
    ${groups.map(
      (group, index) =>
        html`<label class="choice">
          <input
            type="radio"
            name="group"
            id=${`group-${index}`}
            data-kind="group"
            .value=${group.id}
            .checked=${live(draft.group === group.id)}
          />
          <span>${group.label}</span>
        </label>`,
    )}
  </fieldset>`;
}

function renderDotsLeft({ t, draft, dots }: BallotFormContext) {
  const left = dots - dotsSpent(draft);
  return html`<p class="dots-left" id="dots-left" part="dots-left">
    ${t('vote.dots-left', { count: left, total: dots })}
  </p>`;
}
