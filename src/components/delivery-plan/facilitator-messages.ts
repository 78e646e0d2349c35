import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only facilitator-panel.ts shows, loaded with it by import() (core/lazy-part.ts
 * `withWords`) rather than with the element; Welsh in facilitator-messages-cy.ts, loaded when the
 * element speaks it.
 */
export const facilitatorWords: LazyCatalogs = {
  en: {
    'time.none-waiting': 'No time is waiting for confirmation.',
    // Facilitator
    'fac.title': 'Run the plan',
    'fac.contacts': 'People you may contact about this task',
    'fac.contacts-none': 'Nobody who offered these skills agreed to be contacted about delivery.',
    'fac.contacts-others': {
      one: '{count} more person offered these skills but did not agree to be contacted about delivery.',
      other:
        '{count} more people offered these skills but did not agree to be contacted about delivery.',
    },
    'fac.contact-skills': 'offered: {skills}',
    'fac.mark': 'Mark as {status}',
    'fac.mark-task': '(“{task}”)',
    'fac.note':
      'Only a facilitator sees names and contact details, and only of people who agreed to be contacted about delivery.',
    // New task form
    'form.title': 'Add a task',
    'form.detail': 'What it involves (optional)',
    'form.skills': 'Skills needed',
    'form.other-skills': 'Other skills (optional)',
    'form.when': 'When (optional)',
    'form.when-hint': 'For example, “Saturday mornings in June”.',
    'form.people': 'How many people (optional)',
    'form.groups': 'Which groups are wanted?',
    'form.groups-hint': 'Both groups are wanted unless you choose otherwise.',
    'form.add': 'Add the task',
    'form.title-required': 'Enter what the task is',
    'form.title-long': 'The task must be {max} characters or fewer',
    'form.people-invalid': 'Enter how many people as a whole number from 1 to {max}',
    'form.groups-required': 'Choose at least one group',
    // From ideas
    'ideas.title': 'Make tasks from agreed ideas',
    'ideas.none': 'The idea board in this space has no agreed ideas yet.',
    'ideas.make-button': 'Make a task',
    'ideas.make': 'from “{idea}”',
    'ideas.made': 'Already a task',
    // Broker
    'broker.title': 'For someone without internet',
    'broker.hint':
      'Sign someone up, or record their time, on their behalf. It is marked as recorded by the facilitator.',
    'broker.task': 'Task',
    'broker.name': 'Their name',
    'broker.group': 'Their group',
    'broker.sign-up': 'Sign them up',
    'broker.record': 'Record their time',
    'broker.time': 'Time they gave (confirmed by you as you record it)',
    'broker.name-required': 'Enter the person’s name',
    'broker.signed-up': '{name} signed up for “{task}”',
    'broker.recorded': 'Time recorded for {name} on “{task}”',
    'broker.no-tasks': 'Add a task first.',
    // Downloads
    'download.csv': 'Download the plan (CSV)',
    'download.json': 'Download the plan (JSON)',
  },
  cy: () => import('./facilitator-messages-cy.js').then((m) => m.facilitatorWelsh),
};
