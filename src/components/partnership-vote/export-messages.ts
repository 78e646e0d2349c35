import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words of the vote's CSV downloads (vote-export.ts), English, and their Welsh loader: they
 * come with the downloads' code (vote-downloads.ts) when a facilitator or `exportCsv()` first
 * asks for a table (core/lazy-part.ts `withWords`). A ranked or graded vote's extra columns are
 * in ranked-messages.ts, with its part.
 */
export const exportWords: LazyCatalogs = {
  en: {
    'vote.export.cast-at': 'Cast at',
    'vote.export.changed-at': 'Last changed',
    'vote.export.group': 'Group',
    'vote.export.reason': 'Reason: {option}',
    'vote.export.option': 'Option',
    'vote.export.support': '{group}: support',
    'vote.export.share': '{group}: share (%)',
    'vote.export.concerns': '{group}: concerns',
    'vote.export.objections': '{group}: objections',
    'vote.export.raw-support': 'Head count: support',
    'vote.export.raw-share': 'Head count: share (%)',
    'vote.export.parity': 'Parity result (%)',
    'vote.export.parity-share': 'Parity result (0 to 1)',
    'vote.export.rank': 'Rank',
    'vote.export.tied': 'Tied',
    'vote.export.blocked': 'Blocked',
    'vote.export.yes': 'yes',
    'vote.export.no': 'no',
    'vote.export.ballots': 'Ballots',
  },
  cy: () => import('./export-messages-cy.js').then((m) => m.exportWelsh),
};
