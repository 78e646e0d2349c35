import type { Catalog, LazyCatalogs } from '../../core/i18n.js';

/** English; Welsh is in messages-cy.ts. Core strings (groups, problems, status) come from core. */
const english: Catalog = {
  'plan.kiosk': 'This device is shared: each person signs up in turn.',
  'plan.empty': 'There are no tasks yet.',
  'plan.tasks': 'Tasks',
  'plan.summary': {
    one: '{count} task, {together} delivered together',
    other: '{count} tasks, {together} delivered together',
  },
  // A group's name inside a sentence, where it is people ("Only professionals are on…").
  'plan.group-name.community': 'people who use services',
  'plan.group-name.professional': 'professionals',
  'plan.list.comma': ', ',
  'plan.list.and': ' and ',

  // A task
  'task.status': 'Status: {status}',
  'status.planned': 'Planned',
  'status.under-way': 'Under way',
  'status.done': 'Done',
  'task.when': 'When: {when}',
  'task.people': { one: 'Needs {count} person', other: 'Needs {count} people' },
  'task.groups': 'Groups wanted: {groups}',
  'task.skills': 'Skills needed',
  'task.from-idea': 'Made from the idea “{idea}” on the idea board',
  'task.offered': {
    one: '{count} person offered “{skill}”',
    other: '{count} people offered “{skill}”',
  },
  'task.offered-none': 'Nobody has offered “{skill}” yet',
  'task.on-it': 'On this task: {people}',
  'task.on-group': '{group}: {count}',
  'task.nobody': 'Nobody is on this task yet.',
  'task.together': 'Delivered together: both groups are on this task.',
  'task.only': 'Only {group} are on this task so far.',
  'task.missing': 'Still wanted: {groups}.',
  'task.time': 'Time given and confirmed: {time}',
  'task.time-group': '{group}: {time}',
  // Buttons: the visible words, then (for screen readers) which task they act on.
  'task.sign-up': 'Sign up',
  'task.sign-up-for': 'for “{task}”',
  'task.withdraw': 'Withdraw',
  'task.withdraw-from': 'from “{task}”',
  'task.signed-up': 'You are on this task as: {group}',

  // Time
  'time.value': '{hours} h {minutes} min',
  'time.legend': 'Record time you gave to “{task}”',
  'time.hours': 'Hours',
  'time.minutes': 'Minutes',
  'time.record': 'Record time',
  'time.hint': 'It counts once the facilitator, or someone you did it with, confirms it.',
  'time.invalid':
    'Enter the time as whole hours (0 to 24) and minutes (0 to 59), more than 0 in all',
  'time.waiting': 'Time waiting for confirmation',
  'time.someone': 'someone in {group}',
  'time.confirm': 'Confirm',
  'time.confirm-what': '{time} from {who} on “{task}”',

  'kiosk.next': 'I have finished: next person',

  // Your part
  'you.title': 'Your part',
  'you.summary': {
    one: 'You are on {count} task.',
    other: 'You are on {count} tasks.',
  },
  'you.time': 'Time you gave, confirmed: {time}.',
  'you.waiting': 'Waiting for confirmation: {time}.',

  // Evaluation
  'eval.question': 'Did this work?',
  'eval.legend': 'Did “{task}” work?',
  'eval.1': 'No, not at all',
  'eval.2': 'Not really',
  'eval.3': 'Partly',
  'eval.4': 'Mostly',
  'eval.5': 'Yes, completely',
  'eval.send': 'Send my answer',
  'eval.change': 'Change my answer',
  'eval.required': 'Choose an answer to “Did this work?”',
  'eval.results': 'Answers to “Did this work?” by group',
  'eval.group': 'Group',
  'eval.none': 'Nobody has answered yet.',

  'fac.people': 'Signed up',
  'fac.person': '{name} ({group})',
  'fac.anonymous': 'A participant',
  'fac.by-facilitator': 'signed up by the facilitator',

  'form.task-title': 'Task',
  'form.task-title-hint': 'A few words, like “Run the Saturday cooking class”.',

  'form.other-skills-hint': 'Separate skills with commas.',

  'form.added': 'Task added: {task}',
  'form.too-many-skills': 'Choose at most {max} skills',

  'ideas.note': 'Turned into a task in the delivery plan: {task}',
  'ideas.failed': 'The idea board could not be updated, so the idea does not show its task yet.',

  // Announcements
  'announce.signed-up': 'You signed up for “{task}”.',
  'announce.withdrawn': 'You withdrew from “{task}”.',
  'announce.status': '“{task}” is now {status}.',
  'announce.recorded': 'Time recorded on “{task}”. It counts once someone confirms it.',
  'announce.confirmed': 'Time confirmed.',
  'announce.evaluated': 'Thank you: your answer is saved.',

  // Settings
  'problem.offers': 'The skill offers in this space could not be read, so no matches are shown.',
  'problem.task': 'The task could not be added. ({detail})',
};

// The words of parts loaded by import() when first shown come with them, not here:
// the facilitator's panel (facilitator-messages.ts) and the CSV (export-messages.ts).
export const deliveryPlanMessages: LazyCatalogs = {
  en: english,
  // Loaded when an element first speaks Welsh: an English page never downloads it.
  cy: () => import('./messages-cy.js').then((m) => m.welsh),
};
