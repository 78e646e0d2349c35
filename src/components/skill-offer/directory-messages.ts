import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only directory-view.ts shows, loaded with it by import() (core/lazy-part.ts
 * `withWords`) rather than with the element; Welsh in directory-messages-cy.ts, loaded when the
 * element speaks it.
 */
export const directoryWords: LazyCatalogs = {
  en: {
    'directory.title': 'What people can offer',
    'directory.filters': 'Filter offers',
    'filter.any': 'Any',
    'filter.other-skills': "In people's own words",
    'filter.clear': 'Clear filters',
    'directory.empty': 'No one has made an offer yet.',
    'directory.none-match': 'No offers match these filters.',
    'directory.anonymous': 'Anonymous offer: {skills}',
    'directory.your': 'Your offer',
    'directory.not-shared': 'This person did not agree to share their name or their own words.',
    'directory.no-contact': 'Did not agree to be contacted',
    'directory.offered-on': 'Offered on {date}',
    'export.title': 'Export offers',
    'export.hint':
      'The files include contact details only where people agreed to be contacted. Keep them safe, and delete them when you no longer need them.',
    'export.csv': 'Download as CSV (spreadsheet)',
    'export.json': 'Download as JSON',
    'filter.skill': 'Skill',
    'filter.way': 'Way of taking part',
    'filter.day': 'Day',
    'filter.time': 'Time of day',
  },
  cy: () => import('./directory-messages-cy.js').then((m) => m.directoryWelsh),
};
