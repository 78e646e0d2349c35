import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import type { VoteMethod } from '../../core/parity.js';
import type { DraftError } from './ballot-draft.js';
import type { BallotFormContext, NamedOption } from './ballot-form.js';

/**
 * Errors on the ballot, the GOV.UK way: a summary at the top that takes focus and links to
 * each field, and the same words beside the field itself.
 */

/** The id of the control an error summary link takes the person to. */
export function controlFor(field: string, method: VoteMethod, options: readonly NamedOption[]) {
  if (field === 'group') return 'group-0';
  if (field.startsWith('reason:')) {
    const option = field.slice('reason:'.length);
    return `reason-${options.findIndex((entry) => entry.id === option)}`;
  }
  const first: Record<VoteMethod, string> = {
    single: 'choice-0',
    approval: 'approve-0',
    score: 'score-0-0',
    consent: 'consent-0-agree',
    dots: 'dots-0-add',
  };
  return first[method];
}

export function renderErrorSummary(context: BallotFormContext): TemplateResult | typeof nothing {
  const { t, errors, method, options } = context;
  if (errors.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(context.headingLevel + 1, t('problem.title'), {
      id: 'error-summary-title',
      class: 'h-sub',
    })}
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a
              href=${`#${controlFor(error.field, method, options)}`}
              @click=${(event: Event) => context.onSummaryLink(event, error.field)}
              >${errorText(context, error)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function errorText({ t, options }: BallotFormContext, error: DraftError): string {
  const option = options.find((entry) => entry.id === error.option)?.label ?? '';
  return t(error.key, { option });
}

export function inlineError(context: BallotFormContext, field: string, id: string) {
  const error = context.errors.find((entry) => entry.field === field);
  if (!error) return nothing;
  return html`<p class="error-text" id=${id}>
    <span class="visually-hidden">${context.t('vote.error-prefix')}</span> ${errorText(
      context,
      error,
    )}
  </p>`;
}

export const hasError = (context: BallotFormContext, field: string) =>
  context.errors.some((entry) => entry.field === field);
