import { html, nothing, type TemplateResult } from 'lit';
import { renderErrorSummary } from '../../core/ui/error-summary.js';
import { controlId, shown, type FormContext } from './form-parts.js';
import {
  renderAvailability,
  renderConsent,
  renderContact,
  renderExperience,
  renderGroup,
  renderHours,
  renderName,
  renderSkills,
  renderSupport,
  renderWays,
} from './form-questions.js';

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
        errors: ctx.summary,
        text: ctx.errorText,
        target: (error) => error.control && controlId(error.control),
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
