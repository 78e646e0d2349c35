import type { LazyCatalogs } from '../../core/i18n.js';

export const spaceMessages: LazyCatalogs = {
  en: {
    'space.heading': 'Your data in this space',
    // Where it is kept the elements' status lines say; "delete" says it in its dialog.
    'space.hint':
      'You can take a copy of everything in this space, bring one back, or delete it all.',
    'space.export': 'Export everything',
    'space.import': 'Import a file',
    'space.delete': 'Delete my data',
    'space.exported': { one: 'Exported {count} record', other: 'Exported {count} records' },
    'space.import-problems': 'This file cannot be imported',
    'space.import-confirm-title': 'Import this file?',
    'space.import-confirm-body':
      'Importing adds what is in the file to what is here. Where both have the same item, the newer version is kept. Nothing else is removed.',
    'space.import-adds': 'adds {name}',
    'space.import-merges': 'merges into {name}, saved here {date}',
    'space.import-confirm': 'Import',
    'space.imported': { one: 'Imported {count} record', other: 'Imported {count} records' },
    'space.import-failed': 'The import could not be saved, so nothing was changed. ({detail})',
    'space.read-failed':
      'What is saved here could not be read, so nothing was changed. Try again. ({detail})',
    'space.export-failed':
      'What is saved here could not be read, so nothing was exported. Try again. ({detail})',
    'space.delete-failed': 'Not everything could be deleted. Try again. ({detail})',
    'space.delete-confirm-title': 'Delete everything in this space?',
    'space.delete-confirm-body.browser':
      'This deletes everything saved in "{space}" from this browser.',
    'space.delete-confirm-body.page': 'This deletes everything in "{space}" from this page.',
    'space.delete-confirm-body.shared':
      'This deletes everything saved in "{space}" for everyone who takes part in it, not only what you added.',
    'space.delete-count': { one: 'That is {count} record.', other: 'That is {count} records.' },
    'space.delete-undo': 'It cannot be undone. Export a copy first if you might need it.',
    'space.delete-confirm': 'Delete everything',
    'space.deleted': 'Everything in this space was deleted.',
    'space.cancel': 'Cancel',
    'space.record': '{kind} "{id}"',
    'kind.partnership-vote': 'Vote',
    'kind.idea-board': 'Idea board',
    'kind.skill-offer': 'Skill offers',
    'kind.delivery-plan': 'Delivery plan',
    'kind.journey-map': 'Journey map',
    'kind.health-check': 'Health check',
  },
  cy: () => import('./messages-cy.js').then((m) => m.spaceWelsh),
};
