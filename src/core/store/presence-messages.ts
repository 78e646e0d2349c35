import type { LazyCatalogs } from '../i18n.js';

/**
 * Who is here, in words (presence-view.ts), English, and the loader of the Welsh: they come
 * with the view, which only a store shared live (\`yjs\`) ever shows.
 */
export const presenceWords: LazyCatalogs = {
  en: {
    'presence.here': { one: '{count} person here', other: '{count} people here' },
    'presence.here-groups': {
      one: '{count} person here: {groups}',
      other: '{count} people here: {groups}',
    },
    'presence.group.community': {
      one: '{count} person who uses services',
      other: '{count} people who use services',
    },
    'presence.group.professional': { one: '{count} professional', other: '{count} professionals' },
    'presence.group.other': '{label}: {count}',
    'presence.group.unsaid': '{count} not said which group yet',
    'presence.missing.community':
      'No people who use services have joined yet: a parity result needs both groups',
    'presence.missing.professional':
      'No professionals have joined yet: a parity result needs both groups',
    'presence.missing.other':
      'Nobody from “{label}” has joined yet: a parity result needs every group',
  },
  cy: () => import('./presence-messages-cy.js').then((m) => m.presenceWelsh),
};
