import type { Catalog, LazyCatalogs } from '../../core/i18n.js';

/** English; Welsh is in messages-cy.ts. Core strings (groups, problems, status) come from core. */
const english: Catalog = {
  'health.title': 'How well are we working together?',
  'health.round': 'Round {round}',
  'health.framework.unavailable':
    'The statements for this check could not be loaded, so there is nothing to answer yet.',
  'health.kiosk.note': 'This device is shared: each person answers in turn.',
  // A group's name inside a sentence, where it is people.
  'health.group-name.community': 'people who use services',
  'health.group-name.professional': 'professionals',

  // The scale
  'health.scale.1': 'Not yet',
  'health.scale.2': 'A little',
  'health.scale.3': 'Sometimes',
  'health.scale.4': 'Mostly',
  'health.scale.5': 'We do this well',
  'health.scale.dont-know': "I don't know",

  // The form
  'health.form.hint':
    'For each sentence, choose how true it is, from "{low}" to "{high}". If you are not sure, choose "I don\'t know". Nobody will see who gave which answer.',
  'health.form.group-hint': {
    one: 'Your answers are shown only as part of your group.',
    other:
      'Your answers are shown only as part of your group, and only once at least {count} people in it have answered.',
  },
  'health.form.comment': 'What would make "{principle}" better? (optional)',
  'health.form.comment-hint': 'Up to {max} characters. Please do not write names.',
  'health.form.send': 'Send my answers',
  'health.form.save': 'Save my changes',
  'health.form.keep': 'Keep my answers as they were',
  'health.error.group': 'Choose the group you are taking part as',
  'health.error.rating': 'Choose an answer for "{statement}", or choose "I don\'t know"',
  'health.error.comment-long': 'Your comment on "{principle}" must be {max} characters or fewer',

  // The ladder
  'health.ladder.title': 'The ladder of co-production',
  'health.ladder.question': 'Which step best describes how this project works now?',
  'health.ladder.hint':
    'The steps go from doing things to people, to doing things for them, to doing things with them. This question is optional.',
  'health.ladder.doing-with': 'Doing with: people work as equals',
  'health.ladder.doing-for': 'Doing for: people are asked or told',
  'health.ladder.doing-to': 'Doing to: people have no say',
  'health.rung.co-production': 'Co-production',
  'health.rung.co-production.about':
    'People and staff share power and work as equals from start to end.',
  'health.rung.co-design': 'Co-design',
  'health.rung.co-design.about': 'People help to design the service, but staff still decide.',
  'health.rung.engagement': 'Engagement',
  'health.rung.engagement.about': 'People have more say, but staff hold the power.',
  'health.rung.consultation': 'Consultation',
  'health.rung.consultation.about': 'People are asked what they think, and then others decide.',
  'health.rung.informing': 'Informing',
  'health.rung.informing.about': 'People are told what has been decided.',
  'health.rung.educating': 'Educating',
  'health.rung.educating.about': 'People are taught to use the service as it is.',
  'health.rung.coercion': 'Coercion',
  'health.rung.coercion.about': 'People are made to take part, with no real choice.',

  // After sending
  'health.sent.title': 'Thank you: your answers for round {round} are saved',
  'health.sent.change-hint': 'You can change your answers until this round closes.',
  'health.sent.change': 'Change my answers',
  'health.sent.closed': 'Round {round} is closed, so your answers can no longer be changed.',
  'health.closed': 'Round {round} is closed, so it no longer takes answers.',
  'health.closed-before': 'This round closed before you sent your answers, so they were not saved.',
  'health.refused.read-only':
    'This check was saved by a newer version of Together Kit, so nothing can be changed here.',
  'health.kiosk.thanks': 'Thank you: your answers are saved',
  'health.kiosk.next-hint': 'Please pass the device to the next person.',
  'health.kiosk.next': 'Start for the next person',

  'health.results.wait':
    'The results will be shown here when the people running this check share them.',
  'health.results.facilitator-note':
    'Only you can see these results. Other people will see them when you show them to everyone.',

  'health.ladder.results-title': 'Where each group puts the project on the ladder',
  'health.ladder.caption': 'How many in each group chose each step',
  'health.ladder.rung': 'Step',
  'health.ladder.answered': { one: '{count} answer', other: '{count} answers' },
  'health.ladder.cell': '{count} ({percent}%)',

  'health.facilitator.new-round-hint':
    'Starting a new round closes this one. Everyone can then answer again, and the results compare the first round with the latest.',

  'health.announce.opened': 'Round {round} is open again.',
  'health.announce.closed': 'Round {round} is closed.',
  'health.announce.new-round': 'Round {round} has started.',
  'health.announce.revealed': 'The results are shown to everyone.',
  'health.announce.hidden': 'The results are hidden.',
};

// The words of parts loaded by import() when first shown come with them, not here:
// the results (results-messages.ts), the facilitator's panel (facilitator-messages.ts) and
// the downloads' tables (export-messages.ts).
export const healthCheckMessages: LazyCatalogs = {
  en: english,
  // Loaded when an element first speaks Welsh: an English page never downloads it.
  cy: () => import('./messages-cy.js').then((m) => m.welsh),
};
