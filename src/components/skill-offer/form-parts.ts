import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { MessageParams } from '../../core/i18n.js';
import { describedBy, renderInlineError } from '../../core/ui/error-summary.js';
import type { FieldConfig, FieldName, OfferDraft } from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import type { Skill } from '../../core/skills.js';

/** What the form's templates read from the element. Handlers stay on the element. */
export interface FormContext {
  t: (key: string, params?: MessageParams) => string;
  /** A label or legend (`field.<key>`), or the page's own words for it. */
  label: (key: string) => string;
  /** A hint (`hint.<key>`), or the page's own words; undefined when there is none. */
  hint: (key: string) => string | undefined;
  lang: string;
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;
  draft: OfferDraft;
  config: FieldConfig;
  /** Errors to show now, inline (after a submit attempt, or once a field was left). */
  errors: readonly FieldProblem[];
  /** Errors for the summary at the top: only after the person tried to send. */
  summary: readonly FieldProblem[];
  errorText: (error: FieldProblem) => string;
  skills: readonly Skill[];
  /** The groups to choose from, or undefined when the page fixed it or hid the question. */
  groups?: readonly { id: string; label: string }[];
  /** Changing a sent offer (rather than making a new one). */
  editing: boolean;
  /** Not inside a host `<form>`: the element shows its own submit button. */
  standalone: boolean;
  disabled: boolean;
  /** The person just withdrew their offer: say so above the empty form. */
  withdrawn: boolean;
  onSubmit: (event: SubmitEvent) => void;
  /** Input and change of any control. */
  onControl: (event: Event) => void;
  onFocusOut: (event: FocusEvent) => void;
  onAddSkill: () => void;
  onNewSkillKey: (event: KeyboardEvent) => void;
  onRemoveSkill: (skill: string) => void;
  onCancelChange: () => void;
}

export const controlId = (control: string) => `f-${control}`;
const hintId = (key: string) => `f-${key}-hint`;
export const errorId = (field: string) => `f-${field}-error`;

export function shown(ctx: FormContext, field: FieldName): boolean {
  return !ctx.config.hidden.has(field);
}

export function errorOf(ctx: FormContext, field: FieldName): FieldProblem | undefined {
  return ctx.errors.find((e) => e.field === field);
}

/** GOV.UK marks the optional questions, not the required ones. */
export function labelText(ctx: FormContext, key: string, field: FieldName): string {
  return ctx.config.required.has(field) ? ctx.label(key) : `${ctx.label(key)} ${ctx.t('optional')}`;
}

export function renderHint(ctx: FormContext, key: string, text = ctx.hint(key)) {
  return text ? html`<p class="hint" id=${hintId(key)}>${text}</p>` : nothing;
}

export function hintRef(ctx: FormContext, key: string): string | undefined {
  return ctx.hint(key) ? hintId(key) : undefined;
}

/** A question's inline error, in the shared pattern, keeping the element's `error` part. */
export function renderError(ctx: FormContext, error: FieldProblem | undefined) {
  if (!error) return nothing;
  return renderInlineError(
    errorId(error.field),
    ctx.t('error.prefix'),
    ctx.errorText(error),
    'error',
  );
}

/** A form group: the block of one question, marked red when it has an error. */
export function group(ctx: FormContext, field: FieldName, content: TemplateResult): TemplateResult {
  return html`<div
    class="form-group ${errorOf(ctx, field) ? 'field-error' : ''}"
    part="field"
    data-field=${field}
  >
    ${content}
  </div>`;
}

interface TextOptions {
  field: FieldName;
  control: 'name' | 'email' | 'phone' | 'hours' | 'support-other' | 'new-skill';
  value: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: 'name' | 'email' | 'tel' | 'off';
  inputmode?: 'numeric' | 'email' | 'tel' | 'text';
  /** Label key; defaults to the control. */
  labelText: string;
  hintKey?: string;
  className?: string;
  /** The whole question (a larger label, and its error between hint and input, as GOV.UK). */
  question?: boolean;
}

/** A labelled text input with its hint and, when its field has an error here, the message. */
export function textInput(ctx: FormContext, o: TextOptions): TemplateResult {
  const error = errorOf(ctx, o.field);
  const mine = error?.control === o.control;
  return html`<label class="label ${o.question ? 'question' : ''}" for=${controlId(o.control)}
      >${o.labelText}</label
    >
    ${o.hintKey ? renderHint(ctx, o.hintKey) : nothing}
    ${o.question ? renderError(ctx, error) : nothing}
    <input
      id=${controlId(o.control)}
      name=${o.control}
      class=${ifDefined(o.className)}
      type=${o.type ?? 'text'}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      spellcheck=${o.type === 'email' || o.autocomplete ? 'false' : 'true'}
      aria-invalid=${mine ? 'true' : 'false'}
      aria-describedby=${describedBy(o.hintKey && hintRef(ctx, o.hintKey), mine && errorId(o.field))}
      .value=${live(o.value)}
    />`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Checkboxes (or radios) as a list of large targets. The first gets the control's own id, so
 * the error summary can link to the group as GOV.UK does.
 */
export function choices(
  control: string,
  items: readonly Choice[],
  selected: (value: string) => boolean,
  {
    type = 'checkbox',
    columns = false,
    name = control,
  }: { type?: 'checkbox' | 'radio'; columns?: boolean; name?: string } = {},
): TemplateResult {
  return html`<div class="choices ${columns ? 'columns' : ''}">
    ${items.map((item, index) => {
      const id = index === 0 ? controlId(control) : controlId(`${control}--${item.value}`);
      // Named from the value, never from the input's id: the first input's id is the
      // control's own, and `f-<control>-hint` is already the question's hint.
      const itemHint = controlId(`${control}--${item.value}-choice-hint`);
      return html`<div class="choice-item">
        <label class="choice">
          <input
            id=${id}
            type=${type}
            name=${name}
            value=${item.value}
            aria-describedby=${ifDefined(item.hint ? itemHint : undefined)}
            .checked=${live(selected(item.value))}
          />
          <span>${item.label}</span>
        </label>
        ${item.hint ? html`<p class="hint choice-hint" id=${itemHint}>${item.hint}</p>` : nothing}
      </div>`;
    })}
  </div>`;
}

/** A question answered with boxes: a fieldset whose legend is the question. */
export function choiceFieldset(
  ctx: FormContext,
  field: FieldName,
  legend: string,
  hintKey: string,
  body: TemplateResult,
): TemplateResult {
  const error = errorOf(ctx, field);
  return html`<fieldset
    aria-describedby=${describedBy(hintRef(ctx, hintKey), error && errorId(field))}
  >
    <legend>${legend}</legend>
    ${renderHint(ctx, hintKey)} ${renderError(ctx, error)} ${body}
  </fieldset>`;
}
