import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The column names of the facilitator's CSV (offer-export.ts, read by offer-directory.ts once the
 * part is here), loaded with it by import() (core/lazy-part.ts `withWords`) rather than with the
 * element; Welsh in export-messages-cy.ts, loaded when the element speaks it.
 */
export const offerExportWords: LazyCatalogs = {
  en: {
    'column.id': 'Offer id',
    'column.created': 'Offered on',
    'column.name': 'Name',
    'column.group': 'Group',
    'column.email': 'Email',
    'column.phone': 'Phone',
    'column.skills': 'Skills',
    'column.other-skills': 'Skills in their own words',
    'column.experience': 'Experience of the service',
    'column.ways': 'Ways to take part',
    'column.hours': 'Hours a month',
    'column.days': 'Days',
    'column.times': 'Times of day',
    'column.support': 'What would help',
    'column.support-other': 'Other help',
    'column.consent-contact': 'Agreed to be contacted',
    'column.consent-share': 'Agreed to share',
    'column.lang': 'Language',
  },
  cy: () => import('./export-messages-cy.js').then((m) => m.offerExportWelsh),
};
