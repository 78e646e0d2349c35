import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, renderErrorSummary } from '../../core/ui/error-summary.js';
import {
  controlId,
  errorId,
  errorOf,
  group,
  hintRef,
  labelText,
  renderError,
  renderHint,
  shown,
  textInput,
  type FormContext,
} from './form-parts.js';
import {
  renderAvailability,
  renderConsent,
  renderGroup,
  renderSkills,
  renderSupport,
  renderWays,
} from './form-choices.js';

/** The error summary's id; the form controller focuses it after a refused send. */
export const SUMMARY_ID = 'offer-summary';

/** The whole form: error summary, the questions the page did not hide, and its buttons. */
export function renderForm(ctx: FormContext): TemplateResult {
  const { t } = ctx;
  return html`${
      ctx.withdrawn
        ? html`<div class="notice" id="withdrawn-notice" tabindex="-1">${t('withdraw.done')}</div>`
        : nothing
    }
    <form
      part="form"
      novalidate
      @submit=${ctx.onSubmit}
      @input=${ctx.onControl}
      @change=${ctx.onControl}
      @focusout=${ctx.onFocusOut}
    >
      ${renderErrorSummary({
        id: SUMMARY_ID,
        title: t('problem.title'),
        level: ctx.headingLevel + 1,
        errors: ctx.summary.map((error) => ({
          text: ctx.errorText(error),
          target: controlId(error.control),
        })),
      })}
      <fieldset class="wrapper" ?disabled=${ctx.disabled}>
        ${shown(ctx, 'name') ? renderName(ctx) : nothing}
        ${shown(ctx, 'contact') ? renderContact(ctx) : nothing}
        ${ctx.groups ? renderGroup(ctx) : nothing}
        ${shown(ctx, 'skills') ? renderSkills(ctx) : nothing}
        ${shown(ctx, 'experience') ? renderExperience(ctx) : nothing}
        ${shown(ctx, 'ways') ? renderWays(ctx) : nothing}
        ${shown(ctx, 'hours') ? renderHours(ctx) : nothing}
        ${shown(ctx, 'availability') ? renderAvailability(ctx) : nothing}
        ${shown(ctx, 'support') ? renderSupport(ctx) : nothing} ${renderConsent(ctx)}
        <div class="actions">
          ${
            ctx.standalone
              ? html`<button type="submit" part="submit">
                  ${t(ctx.editing ? 'submit.change' : 'submit')}
                </button>`
              : nothing
          }
          ${
            ctx.editing
              ? html`<button type="button" class="secondary" @click=${ctx.onCancelChange}>
                  ${t('change.cancel')}
                </button>`
              : nothing
          }
        </div>
      </fieldset>
    </form>`;
}

function renderName(ctx: FormContext) {
  return group(
    ctx,
    'name',
    html`${textInput(ctx, {
      field: 'name',
      control: 'name',
      value: ctx.draft.name,
      autocomplete: 'name',
      labelText: labelText(ctx, 'name', 'name'),
      hintKey: 'name',
      question: true,
    })}`,
  );
}

function renderContact(ctx: FormContext) {
  const error = errorOf(ctx, 'contact');
  return group(
    ctx,
    'contact',
    html`<fieldset
      aria-describedby=${describedBy(hintRef(ctx, 'contact'), error && errorId('contact'))}
    >
      <legend>${labelText(ctx, 'contact', 'contact')}</legend>
      ${renderHint(ctx, 'contact')} ${renderError(ctx, error)}
      <div class="sub-field">
        ${textInput(ctx, {
          field: 'contact',
          control: 'email',
          type: 'email',
          value: ctx.draft.email,
          autocomplete: 'email',
          labelText: ctx.label('email'),
          className: 'wide',
        })}
      </div>
      <div class="sub-field">
        ${textInput(ctx, {
          field: 'contact',
          control: 'phone',
          type: 'tel',
          value: ctx.draft.phone,
          autocomplete: 'tel',
          labelText: ctx.label('phone'),
          hintKey: 'phone',
          className: 'medium',
        })}
      </div>
    </fieldset>`,
  );
}

function renderExperience(ctx: FormContext) {
  const error = errorOf(ctx, 'experience');
  return group(
    ctx,
    'experience',
    html`<label class="label question" for=${controlId('experience')}
        >${labelText(ctx, 'experience', 'experience')}</label
      >
      ${renderHint(ctx, 'experience')} ${renderError(ctx, error)}
      <textarea
        id=${controlId('experience')}
        name="experience"
        rows="5"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hintRef(ctx, 'experience'), error && errorId('experience'))}
        .value=${live(ctx.draft.experience)}
      ></textarea>`,
  );
}

function renderHours(ctx: FormContext) {
  return group(
    ctx,
    'hours',
    html`${textInput(ctx, {
        field: 'hours',
        control: 'hours',
        value: ctx.draft.hours,
        inputmode: 'numeric',
        autocomplete: 'off',
        labelText: labelText(ctx, 'hours', 'hours'),
        hintKey: 'hours',
        className: 'short',
        question: true,
      })} <span class="suffix" aria-hidden="true">${ctx.t('hours.suffix')}</span>`,
  );
}
