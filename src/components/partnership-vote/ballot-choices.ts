import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy } from '../../core/ui/error-summary.js';
import { dotsSpent } from './ballot-draft.js';
import { hasError, inlineError } from './ballot-errors.js';
import type { BallotFormContext, NamedOption } from './ballot-context.js';
import { consentMarks } from './model.js';
import { optionRadio } from './option-radio.js';

/**
 * The choices on the ballot, one layout per method: radios (single), checkboxes (approval),
 * a row of radios per option (score), agree / concerns / object with a reason (consent), and
 * − / + buttons per option (dots). A ranked or graded ballot's come with its method's part.
 */

export function renderChoices(context: BallotFormContext) {
  switch (context.method) {
    case 'single':
    case 'approval':
      return renderSimple(context);
    case 'score':
      return context.options.map((option, index) => renderScore(context, option, index));
    case 'consent':
      return context.options.map((option, index) => renderConsent(context, option, index));
    case 'dots':
      return html`<div class="dots">
        ${context.options.map((option, index) => renderDots(context, option, index))}
      </div>`;
    case 'ranked':
    case 'grades':
      return context.methodChoices?.(context);
  }
}

function renderSimple({ method, options, draft }: BallotFormContext) {
  const single = method === 'single';
  return options.map(
    (option, index) =>
      html`<label class="choice option">
        <input
          type=${single ? 'radio' : 'checkbox'}
          name=${single ? 'choice' : `approve-${index}`}
          id=${single ? `choice-${index}` : `approve-${index}`}
          data-kind=${single ? 'choice' : 'approve'}
          data-index=${index}
          .checked=${live((draft.marks[option.id] ?? 0) > 0)}
        />
        <span>${option.label}</span>
      </label>`,
  );
}

function renderScore(
  { t, draft, maxScore }: BallotFormContext,
  option: NamedOption,
  index: number,
) {
  const scores = Array.from({ length: maxScore + 1 }, (_, score) => score);
  const current = Object.hasOwn(draft.marks, option.id) ? draft.marks[option.id] : undefined;
  return html`<fieldset class="score" part="option">
    <legend>${option.label}</legend>
    <div class="scale">
      ${scores.map((score) =>
        optionRadio(
          'score',
          index,
          score,
          current === score,
          html`<span class="score-number">${score}</span> ${
              score === 0 || score === maxScore
                ? html`<span class="scale-word"
                    >${t(score === 0 ? 'vote.score-low' : 'vote.score-high')}</span
                  >`
                : nothing
            }`,
          'score-choice',
        ),
      )}
    </div>
  </fieldset>`;
}

function renderConsent(context: BallotFormContext, option: NamedOption, index: number) {
  const { t, draft } = context;
  const chosen = draft.consent[option.id];
  const field = `reason:${option.id}`;
  const invalid = hasError(context, field);
  const errorId = `reason-${index}-error`;
  return html`<fieldset class="consent" part="option">
    <legend>${option.label}</legend>
    <div class="consent-marks">
      ${consentMarks.map((value) =>
        optionRadio(
          'consent',
          index,
          value,
          chosen === value,
          html`<span>${t(`vote.consent.${value}`)}</span>`,
        ),
      )}
    </div>
    ${
      chosen === 'object' || chosen === 'concerns'
        ? html`<div class="reason">
            <label for=${`reason-${index}`}>${t(`vote.reason.${chosen}`)}</label>
            ${inlineError(context, field, errorId)}
            <textarea
              id=${`reason-${index}`}
              rows="3"
              data-kind="reason"
              data-index=${index}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy(invalid && errorId)}
              .value=${live(draft.reasons[option.id] ?? '')}
            ></textarea>
          </div>`
        : nothing
    }
  </fieldset>`;
}

function renderDots(context: BallotFormContext, option: NamedOption, index: number) {
  const { t, draft, dots } = context;
  const count = draft.marks[option.id] ?? 0;
  const full = dotsSpent(draft) >= dots;
  // aria-disabled rather than disabled: a disabled button drops keyboard focus, and the person
  // who just placed their last dot must stay where they are.
  return html`<div
    class="dots-row"
    part="option"
    role="group"
    aria-labelledby=${`dots-${index}-label`}
  >
    <span class="dots-label" id=${`dots-${index}-label`}>${option.label}</span>
    <span class="stepper">
      <button
        type="button"
        class="secondary step"
        id=${`dots-${index}-remove`}
        aria-label=${t('vote.dots-remove', { option: option.label })}
        aria-disabled=${count === 0 ? 'true' : 'false'}
        @click=${() => context.onDots(index, -1)}
      >
        −
      </button>
      <span class="dots-count">
        <span class="pips" aria-hidden="true">${'●'.repeat(Math.min(count, 10))}</span>
        ${t('vote.dots-count', { count })}
      </span>
      <button
        type="button"
        class="secondary step"
        id=${`dots-${index}-add`}
        aria-label=${t('vote.dots-add', { option: option.label })}
        aria-disabled=${full ? 'true' : 'false'}
        @click=${() => context.onDots(index, 1)}
      >
        +
      </button>
    </span>
  </div>`;
}
