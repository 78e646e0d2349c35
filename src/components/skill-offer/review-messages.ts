import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only review-view.ts (and the directory, which shows offers the same way) shows, loaded
 * with it by import() (core/lazy-part.ts `withWords`) rather than with the element; Welsh in
 * review-messages-cy.ts, loaded when the element speaks it.
 */
export const reviewWords: LazyCatalogs = {
  en: {
    'review.title': 'Your offer',
    'review.sent-not-saved': 'Your offer is not saved yet',
    'review.next-contact':
      'Someone from the project team will look at your offer and contact you about ways to take part.',
    'review.shared':
      'Partner organisations and other people taking part can see your name and offer.',
    'review.not-shared':
      'Only the project team sees your name and your own words. Others taking part can see your skills and time, without your name.',
    'review.answers': 'Your answers',
    'review.change': 'Change',
    'review.change-all': 'Change your offer',
    'review.withdraw': 'Withdraw your offer',
    'review.not-given': 'Not given',
    'review.anonymous': 'Anonymous',
    'withdraw.confirm-title': 'Withdraw your offer?',
    'withdraw.confirm-body':
      'This deletes your offer and everything you told us in it. It cannot be undone.',
    'withdraw.confirm': 'Yes, withdraw my offer',
    'withdraw.cancel': 'Keep my offer',
    'summary.name': 'Name',
    'summary.contact': 'Contact',
    'summary.group': 'Group',
    'summary.skills': 'Skills',
    'summary.experience': 'Experience of the service',
    'summary.ways': 'Ways to take part',
    'summary.hours': 'Hours a month',
    'summary.availability': 'When',
    'summary.support': 'What would help',
    'summary.consent-contact': 'Contact about this project',
    'summary.consent-share': 'Share name and offer',
    'month.1': 'January',
    'month.2': 'February',
    'month.3': 'March',
    'month.4': 'April',
    'month.5': 'May',
    'month.6': 'June',
    'month.7': 'July',
    'month.8': 'August',
    'month.9': 'September',
    'month.10': 'October',
    'month.11': 'November',
    'month.12': 'December',
  },
  cy: () => import('./review-messages-cy.js').then((m) => m.reviewWelsh),
};
