import { html, nothing, type TemplateResult } from 'lit';
import type { MessageParams } from '../../core/i18n.js';
import { planLimits } from '../../core/kinds/delivery-plan.js';
import { refuseForm, type FieldProblem } from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import type { PlanHost } from './plan-host.js';
import type { HoursEntry } from './model.js';

/** A problem with the control `id` of a plan form (its field is the control). */
export const problem = (id: string, key: string, params?: MessageParams): FieldProblem => ({
  field: id,
  key,
  params,
  control: id,
});

/** Hours and minutes as typed: whole numbers, 0–24 and 0–59, more than nothing in all. */
export function readMinutes(hours: string, minutes: string): number | undefined {
  const h = hours.trim() === '' ? 0 : Number(hours.trim());
  const m = minutes.trim() === '' ? 0 : Number(minutes.trim());
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 24 || m < 0 || m > 59) {
    return undefined;
  }
  const total = h * 60 + m;
  return total >= 1 && total <= planLimits.minutes ? total : undefined;
}

/**
 * The plan's forms: the participant's own part and the forms inside each task, and the error
 * handling the facilitator's panel (facilitator-panel.ts) shares. A form sent with something to
 * fix keeps everything typed, says what to fix beside the field and in a summary that takes
 * focus (GOV.UK), and fires `co-error` `input-invalid`.
 */
export class PlanForms {
  private readonly errors = new Map<string, FieldProblem[]>();

  constructor(private readonly host: PlanHost) {}

  /** The first error of a small form (time, evaluation), for the field's inline message. */
  errorFor(form: string): string | undefined {
    const first = this.errors.get(form)?.[0];
    return first && this.text(first);
  }

  /** A field's error in words, for its inline message. */
  fieldError(form: string, field: string): string | undefined {
    const found = this.errors.get(form)?.find((problem) => problem.field === field);
    return found && this.text(found);
  }

  /** A problem in words, in the plan's language. */
  readonly text = (problem: FieldProblem): string => this.host.t(problem.key, problem.params);

  summaryErrors(form: string): readonly FieldProblem[] {
    return this.errors.get(form) ?? [];
  }

  /** Shows a form's errors (or clears them); true when there were none. */
  async settle(form: string, errors: FieldProblem[], summary?: string): Promise<boolean> {
    const { host } = this;
    if (errors.length === 0) {
      if (this.errors.delete(form)) host.requestUpdate();
      return true;
    }
    this.errors.set(form, errors);
    host.requestUpdate();
    await host.updateComplete;
    if (summary) {
      refuseForm(host, summary);
    } else {
      host.emit('co-error', { code: 'input-invalid', message: errors.map(this.text).join(' ') });
      host.renderRoot.querySelector<HTMLElement>(`#${form}-error`)?.focus();
    }
    return false;
  }

  // ── Participant forms (rendered inside each task) ──

  async submitTime(event: SubmitEvent, task: string, form: string): Promise<void> {
    event.preventDefault();
    const element = event.target as HTMLFormElement;
    const fields = new FormData(element);
    const minutes = readMinutes(
      String(fields.get('hours') ?? ''),
      String(fields.get('minutes') ?? ''),
    );
    const errors: FieldProblem[] = [];
    if (minutes === undefined) errors.push(problem(`${form}-hours`, 'time.invalid'));
    if (!(await this.settle(form, errors))) {
      element.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    if (this.host.recordTime(task, minutes as number)) element.reset();
  }

  async submitEvaluation(event: SubmitEvent, task: string, form: string): Promise<void> {
    event.preventDefault();
    const score = Number(new FormData(event.target as HTMLFormElement).get('score'));
    const errors: FieldProblem[] = [];
    if (!score) errors.push(problem(`${form}-1`, 'eval.required'));
    if (!(await this.settle(form, errors, `${form}-summary`))) return;
    this.host.evaluate(task, score);
  }

  // ── The participant's own part ──

  renderParticipant(): TemplateResult | typeof nothing {
    const { host } = this;
    const level = host.headingLevel;
    const group = host.groupController.group;
    if (!group) {
      return html`<div class="you" part="you">
        ${host.groupController.renderQuestion(() => void this.refocus('#you-heading'))}
      </div>`;
    }
    const t = host.t.bind(host);
    const mine = host.shares.people.get(host.participant);
    const waiting = host.facilitator ? [] : host.confirmable;
    return html`<section class="you" part="you" aria-labelledby="you-heading">
      ${heading(level, t('you.title'), { id: 'you-heading', class: 'h-main', tabindex: -1 })}
      <p>
        ${t('group.you', { group: host.groupName(group) })}
        ${
          host.groupController.fixed
            ? nothing
            : html`<button type="button" class="link" @click=${() => this.changeGroup()}>
                ${t('group.change')}
              </button>`
        }
      </p>
      ${
        host.kiosk
          ? html`<button type="button" class="secondary" @click=${() => this.nextPerson()}>
              ${t('kiosk.next')}
            </button>`
          : html`<p>${t('you.summary', { count: mine?.tasks ?? 0 })}</p>
              <p>${t('you.time', { time: host.time(mine?.minutes ?? 0) })}</p>
              ${mine?.waiting ? html`<p>${t('you.waiting', { time: host.time(mine.waiting) })}</p>` : nothing}`
      }
      ${waiting.length ? this.renderWaiting(waiting, level + 1) : nothing}
    </section>`;
  }

  private changeGroup(): void {
    this.host.groupController.forget();
    this.host.requestUpdate();
    void this.refocus('#group-0');
  }

  private nextPerson(): void {
    this.host.nextPerson();
    void this.refocus('#group-0');
  }

  /**
   * After an action whose button is gone (the group question and "Your part" take each other's
   * place), focus goes to `selector`, never the page.
   */
  private async refocus(selector: string): Promise<void> {
    const { host } = this;
    await host.updateComplete;
    if (!host.renderRoot.querySelector(':focus')) {
      host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  /** Time waiting for confirmation that this viewer may confirm, each with its button. */
  renderWaiting(waiting: readonly HoursEntry[], level: number): TemplateResult {
    const { host } = this;
    const t = host.t.bind(host);
    return html`<div class="waiting">
      ${heading(level, t('time.waiting'), { class: 'h-minor', id: 'waiting-heading', tabindex: -1 })}
      <ul>
        ${waiting.map((entry) => {
          const what = t('time.confirm-what', {
            time: host.time(entry.minutes),
            who: this.who(entry),
            task: host.taskTitle(entry.task),
          });
          return html`<li data-hours=${entry.id}>
            <span>${what}</span>
            <button type="button" class="secondary" @click=${() => void this.confirm(entry.id)}>
              ${t('time.confirm')}<span class="visually-hidden"> ${what}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /**
   * Confirms time. The next entry's button takes the pressed one's place; after the last, focus
   * goes to the heading above the list (or, when the list is gone, "Your part"), not the page.
   */
  private async confirm(entry: string): Promise<void> {
    const { host } = this;
    if (host.confirmTime(entry)) await this.refocus('#waiting-heading, #you-heading');
  }

  /** Who gave the time: a name only in the facilitator's view, and only one the facilitator entered. */
  private who(entry: HoursEntry): string {
    const { host } = this;
    const signUp = host.facilitator
      ? host.signUpsOf(entry.task).find((s) => s.participant === entry.participant)
      : undefined;
    return signUp?.name || host.t('time.someone', { group: host.groupInSentence(entry.group) });
  }
}
