import { html, nothing, type TemplateResult } from 'lit';
import type { TaskMatch, TaskShare } from '../../core/delivery.js';
import { heading } from '../../core/ui/heading.js';
import { renderErrorSummary, renderInlineError, describedBy } from '../../core/ui/error-summary.js';
import type { PlanHost } from './plan-host.js';
import { EVALUATION_POINTS } from '../../core/kinds/delivery-plan.js';
import { evaluationsByGroup, type Task } from './model.js';

/**
 * The tasks as a list with names: each task is a list item whose heading is its title, so a
 * screen reader can list the tasks and jump between them; the buttons say which task they act
 * on. Every word a person typed (titles, skills in words, names) goes through a binding.
 */
export function renderTaskList(host: PlanHost, level: number): TemplateResult {
  const tasks = host.tasks;
  const shares = host.shares;
  const matches = host.taskMatches;
  const ideas = new Map(host.agreedIdeas.map((idea) => [idea.id, idea.title]));
  return html`<section class="task-section" aria-labelledby="tasks-heading">
    ${heading(level, host.t('plan.tasks'), { id: 'tasks-heading', class: 'h-main' })}
    ${
      tasks.length === 0
        ? html`<p class="empty">${host.t('plan.empty')}</p>`
        : html`<p class="summary">
              ${host.t('plan.summary', { count: tasks.length, together: shares.together })}
            </p>
            <ul class="tasks" part="tasks" aria-labelledby="tasks-heading">
              ${tasks.map((task, index) =>
                // deliveryShares and matchOffers answer for every task they are given.
                renderTask(host, task, index, level + 1, {
                  share: shares.tasks.get(task.id) as TaskShare,
                  match: matches.get(task.id) as TaskMatch,
                  idea: task.source ? ideas.get(task.source.item) : undefined,
                }),
              )}
            </ul>`
    }
  </section>`;
}

interface TaskContext {
  share: TaskShare;
  match: TaskMatch;
  idea?: string;
}

function renderTask(
  host: PlanHost,
  task: Task,
  index: number,
  level: number,
  { share, match, idea }: TaskContext,
): TemplateResult {
  const t = host.t.bind(host);
  const titleId = `task-${index}-title`;
  const state = share.together ? 'together' : share.onlyGroup ? 'one-group' : 'open';
  return html`<li
    class="task"
    part="task"
    data-task=${task.id}
    data-status=${task.status}
    data-state=${state}
    aria-labelledby=${titleId}
  >
    ${heading(level, task.title, { id: titleId, class: 'h-sub' })}
    <p class="status-tag" data-status=${task.status}>
      ${t('task.status', { status: t(`status.${task.status}`) })}
    </p>
    ${task.detail ? html`<p class="detail">${task.detail}</p>` : nothing}
    ${renderFacts(host, task, idea)} ${renderSkills(host, task, match, level)}
    ${renderOnIt(host, task, share)} ${renderActions(host, task, index)}
    ${task.status === 'done' ? renderEvaluation(host, task, index, level) : nothing}
    ${host.facilitator ? host.statusButtons(task) : nothing}
  </li>`;
}

function renderFacts(host: PlanHost, task: Task, idea?: string) {
  const facts: string[] = [];
  if (task.when) facts.push(host.t('task.when', { when: task.when }));
  if (task.people) facts.push(host.t('task.people', { count: task.people }));
  const wanted = task.groups.length ? task.groups : host.groups.map((g) => g.id);
  facts.push(host.t('task.groups', { groups: host.list(wanted.map((g) => host.groupName(g))) }));
  if (idea) facts.push(host.t('task.from-idea', { idea }));
  return html`<ul class="facts">
    ${facts.map((fact) => html`<li>${fact}</li>`)}
  </ul>`;
}

/** The skills, with how many people offered each: counts only, for everyone. */
function renderSkills(host: PlanHost, task: Task, match: TaskMatch, level: number) {
  if (task.skills.length === 0) return nothing;
  return html`<div class="skills">
    ${heading(level + 1, host.t('task.skills'), { class: 'h-minor' })}
    <ul class="matches" part="matches">
      ${task.skills.map((skill) => {
        const name = host.skillName(skill);
        const count = match.bySkill.get(skill) ?? 0;
        return html`<li>
          ${
            count
              ? host.t('task.offered', { count, skill: name })
              : host.t('task.offered-none', { skill: name })
          }
        </li>`;
      })}
    </ul>
    ${host.facilitator ? host.contacts(match) : nothing}
  </div>`;
}

/** Who is on the task by group, and whether it is delivered together, in a plain sentence. */
function renderOnIt(host: PlanHost, task: Task, share: TaskShare) {
  const t = host.t.bind(host);
  const byGroup = [...share.byGroup];
  let sentence: string;
  if (share.people === 0) sentence = t('task.nobody');
  else if (share.together) sentence = t('task.together');
  else if (share.onlyGroup) {
    const group = host.groupInSentence(share.onlyGroup);
    sentence = t('task.only', { group });
  } else {
    sentence = t('task.missing', {
      groups: host.list(share.missing.map((g) => host.groupName(g))),
    });
  }
  // "Only professionals…" starts a sentence: capitalise the group's first letter.
  sentence = sentence.charAt(0).toLocaleUpperCase(host.language) + sentence.slice(1);
  const minutes = [...share.minutesByGroup];
  const people = host.facilitator ? host.signUpsOf(task.id) : [];
  return html`<div class="on-it">
    ${
      byGroup.length
        ? html`<p>
            ${t('task.on-it', {
              people: byGroup
                .map(([group, count]) =>
                  t('task.on-group', { group: host.groupName(group), count }),
                )
                .join(t('plan.list.comma')),
            })}
          </p>`
        : nothing
    }
    <p class="together" part="together" data-together=${share.together ? 'yes' : 'no'}>
      ${sentence}
    </p>
    ${
      people.length
        ? html`<p><strong>${t('fac.people')}</strong></p>
            <ul class="people">
              ${people.map(
                (person) =>
                  html`<li>
                    ${t('fac.person', {
                      name: person.name || t('fac.anonymous'),
                      group: host.groupName(person.group),
                    })}${person.recordedBy ? html`, ${t('fac.by-facilitator')}` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      minutes.length
        ? html`<p class="time-given">
            ${t('task.time', {
              time: minutes
                .map(([group, n]) =>
                  t('task.time-group', { group: host.groupName(group), time: host.time(n) }),
                )
                .join(t('plan.list.comma')),
            })}
          </p>`
        : nothing
    }
  </div>`;
}

/** Sign up or withdraw (named by the task), and record time once on it. */
function renderActions(host: PlanHost, task: Task, index: number) {
  const group = host.groupController.group;
  if (!group) return nothing;
  const mine = host.ownSignUp(task.id);
  const t = host.t.bind(host);
  if (!mine && task.status === 'done') return nothing;
  // One button that turns from "Sign up" into "Withdraw" and back: the same element, so
  // keyboard focus stays on it (two templates would replace it, dropping focus to the page).
  return html`<div class="actions">
    ${mine ? html`<p class="hint">${t('task.signed-up', { group: host.groupName(mine.group) })}</p>` : nothing}
    <button
      type="button"
      class=${mine ? 'secondary' : ''}
      part="sign-up"
      data-action=${mine ? 'withdraw' : 'sign-up'}
      @click=${() => (mine ? host.withdraw(task.id) : host.signUp(task.id))}
    >
      ${t(mine ? 'task.withdraw' : 'task.sign-up')}<span class="visually-hidden">
        ${t(mine ? 'task.withdraw-from' : 'task.sign-up-for', { task: task.title })}</span
      >
    </button>
    ${mine && !host.kiosk ? renderTimeForm(host, task, index) : nothing}
  </div>`;
}

function renderTimeForm(host: PlanHost, task: Task, index: number) {
  const t = host.t.bind(host);
  const id = `time-${index}`;
  const error = host.forms.errorFor(id);
  return html`<form
    class="time-form"
    part="time-form"
    novalidate
    @submit=${(event: SubmitEvent) => host.forms.submitTime(event, task.id, id)}
  >
    <fieldset
      aria-describedby=${describedBy(`${id}-hint`, error && `${id}-error`)}
      class=${error ? 'invalid' : ''}
    >
      <legend>${t('time.legend', { task: task.title })}</legend>
      <p class="hint" id="${id}-hint">${t('time.hint')}</p>
      ${renderInlineError(`${id}-error`, t('error.prefix'), error)}
      <div class="time-inputs">
        <label
          >${t('time.hours')}
          <input
            id="${id}-hours"
            name="hours"
            inputmode="numeric"
            size="3"
            aria-invalid=${error ? 'true' : 'false'}
        /></label>
        <label
          >${t('time.minutes')}
          <input
            id="${id}-minutes"
            name="minutes"
            inputmode="numeric"
            size="3"
            aria-invalid=${error ? 'true' : 'false'}
        /></label>
      </div>
    </fieldset>
    <button type="submit" class="secondary">${t('time.record')}</button>
  </form>`;
}

/** "Did this work?": the person's answer, and everyone's side by side by group. */
function renderEvaluation(host: PlanHost, task: Task, index: number, level: number) {
  const t = host.t.bind(host);
  const id = `eval-${index}`;
  const group = host.groupController.group;
  const answer = host.ownAnswer(task.id);
  const error = host.forms.errorFor(id);
  const answers = evaluationsByGroup(host.data, task.id);
  const groups = host.groups.map((g) => g.id).filter((g) => answers.has(g));
  for (const g of answers.keys()) if (!groups.includes(g)) groups.push(g);
  return html`<div class="evaluation" part="evaluation">
    ${heading(level + 1, t('eval.question'), { class: 'h-minor' })}
    ${
      group
        ? html`<form
            novalidate
            @submit=${(event: SubmitEvent) => host.forms.submitEvaluation(event, task.id, id)}
          >
            ${renderErrorSummary({
              id: `${id}-summary`,
              title: t('problem.title'),
              level: level + 2,
              errors: host.forms.summaryErrors(id),
              text: host.forms.text,
            })}
            <fieldset aria-describedby=${describedBy(error && `${id}-error`)}>
              <legend>${t('eval.legend', { task: task.title })}</legend>
              ${renderInlineError(`${id}-error`, t('error.prefix'), error)}
              ${EVALUATION_POINTS.map(
                (point) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="score"
                      id="${id}-${point}"
                      value=${point}
                      .checked=${answer === point}
                    /><span>${t(`eval.${point}`)}</span></label
                  >`,
              )}
            </fieldset>
            <button type="submit" class="secondary">
              ${t(answer ? 'eval.change' : 'eval.send')}
            </button>
          </form>`
        : nothing
    }
    ${
      groups.length === 0
        ? html`<p class="hint">${t('eval.none')}</p>`
        : // Scrolls on its own when Welsh headings do not fit a phone, rather than breaking
          // words letter by letter (WCAG 1.4.10 lets a data table scroll in its own box).
          html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
            <table class="answers">
              <caption id="${id}-caption">
                ${t('eval.results')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('eval.group')}</th>
                  ${EVALUATION_POINTS.map((point) => html`<th scope="col">${t(`eval.${point}`)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${groups.map(
                  (g) =>
                    html`<tr data-group=${g}>
                      <th scope="row">${host.groupName(g)}</th>
                      ${(answers.get(g) as number[]).map((n) => html`<td>${n}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </div>`;
}
