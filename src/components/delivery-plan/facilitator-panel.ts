import { html, nothing, type TemplateResult } from 'lit';
import { planLimits, taskStatuses } from '../../core/kinds/delivery-plan.js';
import { localised } from '../../core/skills.js';
import {
  describedBy,
  renderErrorSummary,
  renderInlineError,
  type FieldProblem,
} from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import type { TaskMatch } from '../../core/delivery.js';
import { liveTasks, type Task, type TaskStatus } from './model.js';
import type { PlanHost } from './plan-host.js';
import { problem, readMinutes, type PlanForms } from './plan-forms.js';

// The panel's words come with it (core/lazy-part.ts `withWords`).
export { facilitatorWords as words } from './facilitator-messages.js';
// The panel's own CSS: it loads with the panel (plan-parts.ts, core/part-styles.ts).
export { facilitatorPanelStyles as styles } from './facilitator-panel.styles.js';

/**
 * The facilitator's panel of `<co-delivery-plan>`: a new task, tasks from agreed ideas, time to
 * confirm, the broker view (sign up or record time for someone without internet) and the
 * downloads. Participants never see it, so the element loads it by `import()` the first time
 * `facilitator` is set (a `LazyPart`). Its forms keep their errors with the participant's
 * (`PlanForms`), so a refused form reads the same in both.
 */
export class FacilitatorPanel {
  constructor(
    private readonly host: PlanHost,
    private readonly forms: PlanForms,
  ) {}

  /**
   * The facilitator's list: only what `contactable()` hands out — people whose offer agreed to
   * be contacted and to help deliver. Everyone else stays a number. Only a facilitator sees it,
   * so it comes with the panel.
   */
  renderContacts(match: TaskMatch): TemplateResult | typeof nothing {
    const { host } = this;
    if (match.count === 0) return nothing;
    const contacts = match.contactable();
    const others = match.count - contacts.length;
    return html`<div class="contacts" part="contacts">
      <p><strong>${host.t('fac.contacts')}</strong></p>
      ${
        contacts.length === 0
          ? html`<p class="hint">${host.t('fac.contacts-none')}</p>`
          : html`<ul>
              ${contacts.map(
                (person) =>
                  html`<li>
                    <span class="name">${person.name || host.t('fac.anonymous')}</span>
                    (${host.groupName(person.group)})
                    ${person.email ? html`<span class="contact">${person.email}</span>` : nothing}
                    ${person.phone ? html`<span class="contact">${person.phone}</span>` : nothing}
                    <span class="hint"
                      >${host.t('fac.contact-skills', {
                        skills: host.list(person.skills.map((s) => host.skillName(s))),
                      })}</span
                    >
                  </li>`,
              )}
            </ul>`
      }
      ${
        others > 0
          ? html`<p class="hint">${host.t('fac.contacts-others', { count: others })}</p>`
          : nothing
      }
    </div>`;
  }

  /**
   * The facilitator moves a task on (or back): planned → under way → done. Drawn in each task
   * of the list, but only a facilitator has them, so they come with the panel.
   */
  renderStatusButtons(task: Task): TemplateResult {
    const { host } = this;
    return html`<div class="status-buttons">
      ${taskStatuses
        .filter((status) => status !== task.status)
        .map(
          (status) =>
            html`<button
              type="button"
              class="secondary"
              data-status=${status}
              @click=${(event: Event) => void this.markStatus(task.id, status, event)}
            >
              ${host.t('fac.mark', { status: host.t(`status.${status}`).toLocaleLowerCase(host.language) })}<span
                class="visually-hidden"
              >
                ${host.t('fac.mark-task', { task: task.title })}</span
              >
            </button>`,
        )}
    </div>`;
  }

  /**
   * Moves a task on, then puts focus on the next step's button (or, once done, the step back):
   * the pressed button is gone, and the one left in its place does something else.
   */
  private async markStatus(task: string, status: TaskStatus, event: Event): Promise<void> {
    const buttons = (event.currentTarget as HTMLElement).parentElement!;
    if (!this.host.setStatus(task, status)) return;
    await this.host.updateComplete;
    const at = taskStatuses.indexOf(status);
    const next = taskStatuses[at + 1] ?? taskStatuses[at - 1];
    buttons.querySelector<HTMLElement>(`[data-status="${next}"]`)?.focus();
  }

  render(): TemplateResult {
    const { host } = this;
    const level = host.headingLevel;
    const t = host.t.bind(host);
    const waiting = host.confirmable;
    return html`<section class="facilitator" part="facilitator" aria-labelledby="fac-heading">
      ${heading(level, t('fac.title'), { id: 'fac-heading', class: 'h-main' })}
      <p class="hint">${t('fac.note')}</p>
      ${this.renderTaskForm(level + 1)} ${this.renderIdeas(level + 1)}
      ${
        waiting.length
          ? this.forms.renderWaiting(waiting, level + 1)
          : html`${heading(level + 1, t('time.waiting'), { class: 'h-minor', id: 'waiting-heading', tabindex: -1 })}
              <p class="hint">${t('time.none-waiting')}</p>`
      }
      ${this.renderBroker(level + 1)}
      <div class="downloads">
        <button type="button" class="secondary" @click=${() => void host.download('csv')}>
          ${t('download.csv')}
        </button>
        <button type="button" class="secondary" @click=${() => void host.download('json')}>
          ${t('download.json')}
        </button>
      </div>
    </section>`;
  }

  private renderTaskForm(level: number): TemplateResult {
    const { host } = this;
    const t = host.t.bind(host);
    const form = 'task-form';
    const err = (field: string) => this.forms.fieldError(form, field);
    const input = (id: string, label: string, hint?: string, extra?: TemplateResult) => {
      const error = err(id);
      return html`<div class="field ${error ? 'invalid' : ''}">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${renderInlineError(`${id}-error`, t('error.prefix'), error)} ${extra}
      </div>`;
    };
    const describe = (id: string, hint: boolean) =>
      describedBy(hint && `${id}-hint`, err(id) && `${id}-error`);
    return html`<form class="task-form" novalidate @submit=${this.submitTask}>
      ${heading(level, t('form.title'), { class: 'h-sub' })}
      ${renderErrorSummary({
        id: `${form}-summary`,
        title: t('problem.title'),
        level: level + 1,
        errors: this.forms.summaryErrors(form),
        text: this.forms.text,
      })}
      ${input(
        'f-title',
        t('form.task-title'),
        t('form.task-title-hint'),
        html`<input
          id="f-title"
          name="title"
          maxlength=${planLimits.title + 20}
          aria-describedby=${describe('f-title', true)}
          aria-invalid=${err('f-title') ? 'true' : 'false'}
        />`,
      )}
      ${input(
        'f-detail',
        t('form.detail'),
        undefined,
        html`<textarea
          id="f-detail"
          name="detail"
          rows="3"
          maxlength=${planLimits.detail}
        ></textarea>`,
      )}
      <fieldset
        class="skills-choice ${err('f-skill-0') ? 'invalid' : ''}"
        aria-describedby=${describedBy(err('f-skill-0') && 'f-skill-0-error')}
      >
        <legend>${t('form.skills')}</legend>
        ${renderInlineError('f-skill-0-error', t('error.prefix'), err('f-skill-0'))}
        <div class="skill-grid">
          ${host.skills.map(
            (skill, index) =>
              html`<label class="choice"
                ><input type="checkbox" name="skills" id="f-skill-${index}" value=${skill.id} />
                <span>${localised(skill.label, host.language)}</span></label
              >`,
          )}
        </div>
      </fieldset>
      ${input(
        'f-other',
        t('form.other-skills'),
        t('form.other-skills-hint'),
        html`<input id="f-other" name="other" aria-describedby=${describe('f-other', true)} />`,
      )}
      ${input(
        'f-when',
        t('form.when'),
        t('form.when-hint'),
        html`<input
          id="f-when"
          name="when"
          maxlength=${planLimits.when}
          aria-describedby=${describe('f-when', true)}
        />`,
      )}
      ${input(
        'f-people',
        t('form.people'),
        undefined,
        html`<input
          id="f-people"
          name="people"
          inputmode="numeric"
          size="4"
          aria-describedby=${describe('f-people', false)}
          aria-invalid=${err('f-people') ? 'true' : 'false'}
        />`,
      )}
      <fieldset
        class=${err('f-group-0') ? 'invalid' : ''}
        aria-describedby=${describedBy('f-groups-hint', err('f-group-0') && 'f-group-0-error')}
      >
        <legend>${t('form.groups')}</legend>
        <p class="hint" id="f-groups-hint">${t('form.groups-hint')}</p>
        ${renderInlineError('f-group-0-error', t('error.prefix'), err('f-group-0'))}
        ${host.groups.map(
          (group, index) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                name="groups"
                id="f-group-${index}"
                value=${group.id}
                checked
              />
              <span>${host.groupName(group.id)}</span></label
            >`,
        )}
      </fieldset>
      <button type="submit">${t('form.add')}</button>
    </form>`;
  }

  private readonly submitTask = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { host } = this;
    const t = host.t.bind(host);
    const element = event.target as HTMLFormElement;
    const fields = new FormData(element);
    const text = (name: string) => String(fields.get(name) ?? '').trim();
    const title = text('title').replace(/\s+/g, ' ');
    const others = text('other')
      .split(',')
      .map((skill) => skill.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    const skills = [...new Set([...fields.getAll('skills').map(String), ...others])];
    const groups = fields.getAll('groups').map(String);
    const peopleText = text('people');
    const people = peopleText === '' ? null : Number(peopleText);
    const errors: FieldProblem[] = [];
    if (!title) errors.push(problem('f-title', 'form.title-required'));
    else if (title.length > planLimits.title) {
      errors.push(problem('f-title', 'form.title-long', { max: planLimits.title }));
    }
    if (skills.length > planLimits.skills || others.some((s) => s.length > planLimits.skill)) {
      errors.push(problem('f-skill-0', 'form.too-many-skills', { max: planLimits.skills }));
    }
    if (
      people !== null &&
      !(Number.isInteger(people) && people >= 1 && people <= planLimits.people)
    ) {
      errors.push(problem('f-people', 'form.people-invalid', { max: planLimits.people }));
    }
    if (groups.length === 0) errors.push(problem('f-group-0', 'form.groups-required'));
    if (!(await this.forms.settle('task-form', errors, 'task-form-summary'))) return;
    // Every group ticked is the default, "both": saved as none, so a group added later is wanted too.
    const wanted = groups.length === host.groups.length ? [] : groups;
    const task = host.addTask({
      title,
      detail: text('detail').slice(0, planLimits.detail),
      skills,
      when: text('when').slice(0, planLimits.when),
      people,
      groups: wanted,
    });
    if (!task) return;
    element.reset();
    host.announce(t('form.added', { task: task.title }));
  };

  private renderIdeas(level: number): TemplateResult {
    const { host } = this;
    const t = host.t.bind(host);
    const ideas = host.agreedIdeas;
    const made = new Set(
      liveTasks(host.data)
        .filter((task) => task.source?.kind === 'idea-board')
        .map((task) => task.source?.item),
    );
    return html`<div class="ideas">
      ${heading(level, t('ideas.title'), { class: 'h-sub', id: 'ideas-heading', tabindex: -1 })}
      ${
        ideas.length === 0
          ? html`<p class="hint">${t('ideas.none')}</p>`
          : html`<ul>
              ${ideas.map(
                (idea) =>
                  html`<li data-idea=${idea.id}>
                    <span>${idea.title}</span>
                    ${
                      made.has(idea.id)
                        ? html`<span class="hint">${t('ideas.made')}</span>`
                        : html`<button
                            type="button"
                            class="secondary"
                            @click=${() => void this.makeTask(idea.id)}
                          >
                            ${t('ideas.make-button')}<span class="visually-hidden">
                              ${t('ideas.make', { idea: idea.title })}</span
                            >
                          </button>`
                    }
                  </li>`,
              )}
            </ul>`
      }
    </div>`;
  }

  /**
   * Makes a task from an idea. Its button gives way to "a task was made", so focus goes to the
   * list's heading rather than the page (the new task is announced).
   */
  private async makeTask(idea: string): Promise<void> {
    const { host } = this;
    if (!(await host.taskFromIdea(idea))) return;
    await host.updateComplete;
    if (!host.renderRoot.querySelector(':focus')) {
      host.renderRoot.querySelector<HTMLElement>('#ideas-heading')?.focus();
    }
  }

  private renderBroker(level: number): TemplateResult {
    const { host } = this;
    const t = host.t.bind(host);
    const tasks = host.tasks;
    const form = 'broker';
    const err = (field: string) => this.forms.fieldError(form, field);
    return html`<form class="broker" novalidate @submit=${this.submitBroker}>
      ${heading(level, t('broker.title'), { class: 'h-sub' })}
      <p class="hint">${t('broker.hint')}</p>
      ${
        tasks.length === 0
          ? html`<p class="hint">${t('broker.no-tasks')}</p>`
          : html`${renderErrorSummary({
                id: 'broker-summary',
                title: t('problem.title'),
                level: level + 1,
                errors: this.forms.summaryErrors(form),
                text: this.forms.text,
              })}
              <div class="field">
                <label for="b-task">${t('broker.task')}</label>
                <select id="b-task" name="task">
                  ${tasks.map((task) => html`<option value=${task.id}>${task.title}</option>`)}
                </select>
              </div>
              <div class="field ${err('b-name') ? 'invalid' : ''}">
                <label for="b-name">${t('broker.name')}</label>
                ${renderInlineError('b-name-error', t('error.prefix'), err('b-name'))}
                <input
                  id="b-name"
                  name="name"
                  autocomplete="off"
                  maxlength=${planLimits.name}
                  aria-describedby=${describedBy(err('b-name') && 'b-name-error')}
                  aria-invalid=${err('b-name') ? 'true' : 'false'}
                />
              </div>
              <div class="field">
                <label for="b-group">${t('broker.group')}</label>
                <select id="b-group" name="group">
                  ${host.groups.map(
                    (group) => html`<option value=${group.id}>${host.groupName(group.id)}</option>`,
                  )}
                </select>
              </div>
              <div class="actions">
                <button type="submit" name="action" value="sign-up">${t('broker.sign-up')}</button>
              </div>
              <fieldset
                class="time-inputs ${err('b-hours') ? 'invalid' : ''}"
                aria-describedby=${describedBy(err('b-hours') && 'b-hours-error')}
              >
                <legend>${t('broker.time')}</legend>
                ${renderInlineError('b-hours-error', t('error.prefix'), err('b-hours'))}
                <label
                  >${t('time.hours')}
                  <input id="b-hours" name="hours" inputmode="numeric" size="3" />
                </label>
                <label
                  >${t('time.minutes')}
                  <input id="b-minutes" name="minutes" inputmode="numeric" size="3" />
                </label>
              </fieldset>
              <button type="submit" class="secondary" name="action" value="record">
                ${t('broker.record')}
              </button>`
      }
    </form>`;
  }

  private readonly submitBroker = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { host } = this;
    const t = host.t.bind(host);
    const element = event.target as HTMLFormElement;
    const fields = new FormData(element);
    const action = (event.submitter as HTMLButtonElement | null)?.value ?? 'sign-up';
    const task = String(fields.get('task') ?? '');
    const name = String(fields.get('name') ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    const group = String(fields.get('group') ?? '');
    const errors: FieldProblem[] = [];
    if (!name) errors.push(problem('b-name', 'broker.name-required'));
    let minutes: number | undefined;
    if (action === 'record') {
      minutes = readMinutes(String(fields.get('hours') ?? ''), String(fields.get('minutes') ?? ''));
      if (minutes === undefined) errors.push(problem('b-hours', 'time.invalid'));
    }
    if (!(await this.forms.settle('broker', errors, 'broker-summary'))) return;
    const title = host.taskTitle(task);
    if (action === 'record') {
      if (!host.recordTimeFor(task, name, group, minutes as number)) return;
      host.announce(t('broker.recorded', { name, task: title }));
    } else {
      if (!host.signUpFor(task, name, group)) return;
      host.announce(t('broker.signed-up', { name, task: title }));
    }
    (element.elements.namedItem('name') as HTMLInputElement).value = '';
    (element.elements.namedItem('hours') as HTMLInputElement).value = '';
    (element.elements.namedItem('minutes') as HTMLInputElement).value = '';
  };
}
