import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  controlId,
  describedBy,
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
      ${renderErrorSummary(ctx)}
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

/**
 * GOV.UK error summary: focused after a failed submit, one link per problem. The links are
 * handled by the element, because a `#fragment` cannot reach into a shadow root.
 */
function renderErrorSummary(ctx: FormContext) {
  if (ctx.summary.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      ${heading(ctx.headingLevel, ctx.t('problem.title'), { class: 'h-main error-summary-title' })}
      <ul>
        ${ctx.summary.map(
          (error) =>
            html`<li>
              <a
                href="#${controlId(error.control)}"
                @click=${(event: Event) => ctx.onSummaryLink(event, error.control)}
                >${ctx.errorText(error)}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
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
      aria-describedby=${ifDefined(describedBy(hintRef(ctx, 'contact'), error && errorId('contact')))}
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
        aria-describedby=${ifDefined(
          describedBy(hintRef(ctx, 'experience'), error && errorId('experience')),
        )}
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
