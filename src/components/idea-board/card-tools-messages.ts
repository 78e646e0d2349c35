import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only card-details.ts (a card's details, the cluster editor, the move menu) shows, loaded with it by import() (core/lazy-part.ts `withWords`)
 * rather than with the element; Welsh in card-tools-messages-cy.ts, loaded when the element speaks it.
 */
export const cardToolsWords: LazyCatalogs = {
  en: {
    'action.save': 'Save changes',
    'action.close': 'Close',
    'idea.hidden-note': 'This idea is hidden. Only the people running the board can see it.',
    'idea.saved': 'Your changes are saved.',
    'idea.deleted': "'{title}' deleted.",
    'idea.edit': 'Edit',
    'idea.delete': 'Delete',
    'idea.delete-body': 'Its builds and dots go with it. This cannot be undone.',
    'idea.delete-confirm': 'Yes, delete it',
    'idea.hide': 'Hide from people taking part',
    'idea.unhide': 'Show to everyone again',
    'idea.hidden-done': "'{title}' is now hidden from people taking part.",
    'idea.unhidden-done': "Everyone can see '{title}' again.",
    'idea.merge-into': 'Merge this idea into another one',
    'idea.merge': 'Merge',
    'idea.merged': "'{from}' merged into '{into}'.",
    'build.label': 'Build on this idea: "Yes, and…"',
    'build.hint': { other: 'Add to the idea in up to {count} characters.' },
    'build.add': 'Add build',
    'build.added': 'Your build is on the board.',
    'build.delete': 'Delete build',
    'build.deleted': 'Build deleted.',
    'move.menu-label': "Move '{title}'",
    'move.column': 'Column',
    'move.position': { one: 'Position (1)', other: 'Position (1 to {count})' },
    'move.submit': 'Move',
    'votes.heading': 'Dots',
  },
  cy: () => import('./card-tools-messages-cy.js').then((m) => m.cardToolsWelsh),
};
