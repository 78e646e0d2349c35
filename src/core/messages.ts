import type { LazyCatalogs } from './i18n.js';

/** Strings every element shares: groups, storage status, problems. */
export const coreMessages: LazyCatalogs = {
  en: {
    'group.community': 'People who use services, and their carers',
    'group.professional': 'Professionals and staff',
    'group.question': 'Which group are you taking part as?',
    'group.hint': 'Each group counts equally, however many people are in it.',
    'group.choose': 'Continue',
    'group.required': 'Choose the group you are taking part as',
    'group.change': 'Change group',
    'group.you': 'You are taking part as: {group}',
    'problem.title': 'There is a problem',
    'problem.attribute':
      'This page set "{name}" in a way we could not read, so the setting stays as it was. ({detail})',
    'problem.part':
      'Part of this page could not be loaded, so it is not shown. Check your internet connection, then try again.',
    'problem.retry': 'Try again',
    'problem.unknown-storage':
      'This page asked to save in "{name}", which Together Kit does not know, so nothing entered here will be kept after you leave the page. (The page can use "local", "memory", "http" or "yjs".)',
    'problem.no-endpoint':
      'This page asked to save with "{name}" but did not say where the server is, so nothing entered here will be kept after you leave the page. (The page must set "endpoint".)',
    'status.loading': 'Loading…',
    'status.saving': 'Saving…',
    'status.saved': 'Saved in this browser',
    'status.saved-page': 'Kept on this page only: it is gone when you leave',
    'status.saved-remote': 'Saved',
    'status.memory':
      'Your work will not be kept after you leave this page, because this browser is not letting us store it.',
    'status.not-saved': 'Not saved yet',
    'status.failed': 'Not saved yet. Your work is kept on this page and we will try again.',
    'status.quota':
      'This browser is out of storage space, so your latest changes are not saved yet. They are kept on this page: export them to keep a copy, or free some space and we will save again.',
    'status.read-only':
      'This was saved by a newer version of Together Kit, so it is shown read-only and nothing will be changed.',
    'status.corrupt':
      'A saved copy could not be read, so it was put aside and kept safely. You are starting fresh.',
    'status.export': 'Export a copy',
    'status.retry': 'Try saving again',
    // a11y-board: the shared error summary (core/ui/error-summary.ts).
    'error.prefix': 'Error:',
    'status.offline':
      'Offline: your changes are kept on this device and will be sent when the connection is back',
    'status.refused':
      'Some changes that came from the server could not be read, so they were not used. Your work here is unchanged.',
  },
  cy: () => import('./messages-cy.js').then((m) => m.coreWelsh),
};
