import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Emit } from '../element-host.js';
import type { CoErrorCode } from '../events.js';
import type { MessageParams } from '../i18n.js';
import { heading } from './heading.js';

/**
 * Errors the GOV.UK way, for every question of every element: a summary at the top of the
 * form ("There is a problem") that takes focus and is announced (`role="alert"`), listing
 * each error as a link to its field; and the same words beside the field, after a visually
 * hidden "Error:" so a screen reader says what kind of message it is (WCAG 3.3.1). The field
 * (or its fieldset) names the hint and the error in `aria-describedby`.
 * https://design-system.service.gov.uk/components/error-summary/
 */

/**
 * One thing to fix, as every element's validation reports it and the summary shows it: which
 * field it is about, the message (a key in the element's catalog and what fills it), and the
 * control that the summary's link focuses. Validation stays free of words and of the DOM; the
 * element turns a problem into words in its own language when it renders.
 */
export interface FieldProblem {
  /** What it is about: a question, a field, `reason:<option>`, a statement's id … */
  field: string;
  /** The message key in the element's catalog. */
  key: string;
  /** What fills the message's placeholders (`{max}`, `{option}` …). */
  params?: MessageParams;
  /** The id of the control to focus (in the same shadow root); none for the form as a whole. */
  control?: string;
}

export interface ErrorSummaryOptions {
  /** The summary's own id, so that `refuseForm` can find it. */
  id: string;
  /** "There is a problem", in the element's language. */
  title: string;
  /** The level of the summary's heading (the form's heading level plus one). */
  level: number;
  errors: readonly FieldProblem[];
  /** A problem in words, in the element's language. */
  text: (problem: FieldProblem) => string;
  /** The id of the control a problem's link focuses, where the form names controls
   * otherwise; by default the problem's `control`. */
  target?: (problem: FieldProblem) => string | undefined;
  /** For `::part`; default `error-summary`. */
  part?: string;
}

/**
 * The summary, or nothing when there is no error. The links focus their control by script:
 * a `#fragment` link cannot reach into a shadow root, and GOV.UK focuses the field itself
 * (not its label) so the person can answer at once.
 */
export function renderErrorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (o.errors.length === 0) return nothing;
  const titleId = `${o.id}-title`;
  return html`<div
    class="error-summary"
    id=${o.id}
    part=${o.part ?? 'error-summary'}
    role="alert"
    tabindex="-1"
    aria-labelledby=${titleId}
  >
    ${heading(o.level, o.title, { id: titleId, class: 'error-summary-title' })}
    <ul class="error-summary-list">
      ${o.errors.map((problem) => {
        const target = o.target ? o.target(problem) : problem.control;
        const text = o.text(problem);
        return target
          ? html`<li><a href="#${target}" @click=${focusTarget(target)}>${text}</a></li>`
          : html`<li>${text}</li>`;
      })}
    </ul>
  </div>`;
}

function focusTarget(target: string) {
  return (event: Event): void => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
    const control = root.getElementById(target);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  };
}

/**
 * The message beside a field: "Error:" for screen readers only, then the words. `id` is what
 * the field's `aria-describedby` names; `part` keeps an element's documented `::part` for it.
 */
export function renderInlineError(
  id: string,
  prefix: string,
  text: string | undefined,
  part?: string,
): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  return html`<p class="error-text" id=${id} part=${ifDefined(part)}>
    <span class="visually-hidden">${prefix}</span> ${text}
  </p>`;
}

/** `aria-describedby` from the ids that apply (hint, limit, error), or `nothing` for none. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** What a form needs from its element to refuse a send. */
export interface RefusingHost {
  readonly renderRoot: ParentNode;
  emit: Emit;
}

/**
 * A form was sent with something to fix (call after the host's update, once the summary is
 * drawn): focus moves to the summary, and the page hears of it too, as of every bad input —
 * `co-error` with the summary's words, so a host page can log or help. The code is
 * `input-invalid` unless the refusal is not about what was typed (a locked board).
 */
export function refuseForm(
  host: RefusingHost,
  id: string,
  code: CoErrorCode = 'input-invalid',
): void {
  const summary = host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  const problems = [...(summary?.querySelectorAll('li') ?? [])];
  host.emit('co-error', {
    code,
    message: problems.map((item) => item.textContent?.trim()).join(' '),
  });
  summary?.focus();
  summary?.scrollIntoView?.({ block: 'nearest' });
}
