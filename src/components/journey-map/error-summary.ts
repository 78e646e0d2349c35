import { html, nothing, type TemplateResult } from 'lit';

/** A problem with one field of a form: the field's id and what to do about it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The GOV.UK error summary: a focusable alert at the top of the form whose links move focus
 * to each field. The links are buttons styled as links, because `#id` links cannot reach into
 * a shadow root. https://design-system.service.gov.uk/components/error-summary/
 */
export function renderErrorSummary(
  title: string,
  errors: readonly FieldError[],
  root: () => ShadowRoot | HTMLElement,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const focusField = (field: string) =>
    root()
      .querySelector<HTMLElement>(`#${CSS.escape(field)}`)
      ?.focus();
  return html`<div
    class="notice error error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
  >
    <p><strong>${title}</strong></p>
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <button type="button" class="link" @click=${() => focusField(error.field)}>
              ${error.message}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The inline message above a field, with the id its field's `aria-describedby` names. */
export function renderFieldError(
  errors: readonly FieldError[],
  field: string,
): TemplateResult | typeof nothing {
  const error = errors.find((e) => e.field === field);
  return error ? html`<p class="error-text" id="${field}-error">${error.message}</p>` : nothing;
}

/** The ids a field's `aria-describedby` lists: its hint, and its error when there is one. */
export function describedBy(
  errors: readonly FieldError[],
  field: string,
  hint?: string,
): string | undefined {
  const ids = [hint, errors.some((e) => e.field === field) ? `${field}-error` : undefined];
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}
