import { html, nothing, type TemplateResult } from 'lit';
import {
  describedBy,
  refuseForm,
  renderErrorSummary,
  renderInlineError,
  type FieldProblem,
} from '../../core/ui/error-summary.js';
import type { CoErrorCode } from '../../core/events.js';
import type { BoardHost } from './board-host.js';
import { emptyDraft, limits, validateDraft, type IdeaDraft } from './draft.js';

/** How long typing must pause before the character count is read out (GOV.UK waits too). */
const COUNT_DELAY_MS = 800;

export interface FormOptions {
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Ask which column (a new idea). */
  column?: boolean;
  /** A form-wide refusal, in the error summary on submit (posting is locked). */
  refusal?: string;
  /**
   * Shown above the fields before anyone sends: why the form is closed. Not the refusal's
   * words, which speak of a post just refused ("nothing was posted").
   */
  notice?: string;
}

/**
 * The idea form (post and edit), GOV.UK style: labels, hints, an error summary that takes
 * focus and links to each field, inline errors, and a character count for the title and
 * detail that is shown as you type (`aria-hidden`) and read out politely once typing pauses,
 * so a screen reader is not interrupted at every keystroke.
 */
export class IdeaForm {
  draft: IdeaDraft = emptyDraft();
  errors: FieldProblem[] = [];
  private attempted = false;
  private countTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: BoardHost,
    /** Prefix of the fields' ids: `post` or `edit`. */
    readonly prefix: string,
  ) {}

  reset(draft: IdeaDraft): void {
    this.draft = draft;
    this.errors = [];
    this.attempted = false;
    clearTimeout(this.countTimer);
  }

  /**
   * Checks the draft; on errors shows the summary and focuses it. True when valid. A
   * `refusal` (a locked board) is shown the same way, under its own `co-error` code.
   */
  async check(refusal?: { key: string; code: CoErrorCode }): Promise<boolean> {
    this.attempted = true;
    this.errors = refusal ? [{ field: '', key: refusal.key }] : validateDraft(this.draft);
    this.host.requestUpdate();
    if (this.errors.length === 0) return true;
    await this.host.updateComplete;
    refuseForm(this.host, `${this.prefix}-summary`, refusal?.code);
    return false;
  }

  private set(field: keyof IdeaDraft, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.attempted) this.errors = validateDraft(this.draft);
    if (field === 'title' || field === 'detail') {
      clearTimeout(this.countTimer);
      this.countTimer = setTimeout(() => this.host.announce(this.countText(field)), COUNT_DELAY_MS);
    }
    this.host.requestUpdate();
  }

  private countText(field: 'title' | 'detail'): string {
    const left = limits[field] - this.draft[field].trim().length;
    return left >= 0
      ? this.host.t('count.remaining', { count: left })
      : this.host.t('count.over', { count: -left });
  }

  private message(error: FieldProblem): string {
    return this.host.t(error.key, error.params);
  }

  render(options: FormOptions): TemplateResult {
    const { host } = this;
    const submit = (event: Event) => {
      event.preventDefault();
      options.onSubmit();
    };
    return html`<form class="idea-form" part="form" novalidate @submit=${submit}>
      ${this.renderSummary()}
      ${options.notice ? html`<p class="notice warning">${host.t(options.notice)}</p>` : nothing}
      ${this.renderText('title', 'input')} ${this.renderText('detail', 'textarea')}
      ${this.renderText('tags', 'input')}
      ${options.column && host.settings.columns.length > 1 ? this.renderColumn() : nothing}
      ${this.renderText('author', 'input')}
      <div class="actions">
        <button type="submit" aria-disabled=${options.refusal ? 'true' : 'false'}>
          ${options.submitLabel}
        </button>
        ${
          options.onCancel
            ? html`<button type="button" class="secondary" @click=${options.onCancel}>
                ${host.t('action.cancel')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.attempted) return nothing;
    // The post form sits under the board's main heading, the edit form under the dialog's.
    return renderErrorSummary({
      id: `${this.prefix}-summary`,
      title: this.host.t('problem.title'),
      level: this.host.settings.headingLevel + 1,
      errors: this.errors,
      text: (error) => this.message(error),
      target: (error) => (error.field ? `${this.prefix}-${error.field}` : undefined),
    });
  }

  private renderText(field: 'title' | 'detail' | 'tags' | 'author', kind: 'input' | 'textarea') {
    const { host, prefix } = this;
    const id = `${prefix}-${field}`;
    const error = this.errors.find((e) => e.field === field);
    const counted = field === 'title' || field === 'detail';
    const hintKey = `field.${field}-hint`;
    const hint = host.t(hintKey) === hintKey ? undefined : host.t(hintKey);
    const described = describedBy(
      hint && `${id}-hint`,
      counted && `${id}-limit`,
      error && `${id}-error`,
    );
    const onInput = (event: Event) =>
      this.set(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    const value = this.draft[field];
    return html`<div class="field field-${field}${error ? ' field-error' : ''}">
      <label for=${id}>${host.t(`field.${field}`)}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        counted
          ? html`<p class="visually-hidden" id="${id}-limit">
              ${host.t('count.limit', { count: limits[field] })}
            </p>`
          : nothing
      }
      ${renderInlineError(`${id}-error`, host.t('error.prefix'), error && this.message(error))}
      ${
        kind === 'textarea'
          ? html`<textarea
              id=${id}
              rows="3"
              .value=${value}
              aria-describedby=${described}
              aria-invalid=${error ? 'true' : 'false'}
              @input=${onInput}
            ></textarea>`
          : html`<input
              id=${id}
              type="text"
              autocomplete=${field === 'author' ? 'nickname' : 'off'}
              .value=${value}
              aria-describedby=${described}
              aria-invalid=${error ? 'true' : 'false'}
              @input=${onInput}
            />`
      }
      ${counted ? this.renderCount(field) : nothing}
    </div>`;
  }

  private renderCount(field: 'title' | 'detail'): TemplateResult {
    const over = this.draft[field].trim().length > limits[field];
    // Shown, not read: the polite announcement after a pause says the same thing.
    return html`<p class="count${over ? ' over' : ''}" aria-hidden="true">
      ${this.countText(field)}
    </p>`;
  }

  private renderColumn(): TemplateResult {
    const { host, prefix } = this;
    const onChange = (event: Event) =>
      this.set('column', (event.target as HTMLSelectElement).value);
    return html`<div class="field field-column">
      <label for="${prefix}-column">${host.t('field.column')}</label>
      <select id="${prefix}-column" @change=${onChange}>
        ${host.settings.columns.map(
          (c) =>
            html`<option value=${c.id} ?selected=${c.id === this.draft.column}>${c.label}</option>`,
        )}
      </select>
    </div>`;
  }
}
