import type { Catalog, LazyCatalogs } from '../../core/i18n.js';

/** The board's English strings. `{title}`, `{column}`, `{name}` are what people typed or the page set. */
const english: Catalog = {
  'board.columns': 'Columns of ideas',
  'column.ideas': 'Ideas',
  'column.developing': 'Developing',
  'column.agreed': 'Agreed',
  'column.count': { one: '{count} idea', other: '{count} ideas' },
  'column.count-filtered': { one: '{shown} of {count} idea', other: '{shown} of {count} ideas' },
  'column.empty': 'No ideas here yet.',
  'column.none-match': 'No ideas here match what you are looking for.',

  'post.heading': 'Post an idea',
  'post.submit': 'Post idea',
  'field.title': 'Your idea, in a few words',
  'field.detail': 'More detail (optional)',
  'field.tags': 'Tags (optional)',
  'field.tags-hint': 'Separate tags with commas, like: transport, evenings',
  'field.author': 'Your name (optional)',
  'field.author-hint':
    'Leave this blank to post without a name. Others will see the name you give.',
  'field.column': 'Column',
  'count.limit': { other: 'You can enter up to {count} characters' },
  'count.remaining': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  'count.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },

  'error.title-required': 'Enter your idea in a few words',
  'error.title-long': 'Your idea must be {max} characters or fewer',
  'error.detail-long': 'More detail must be {max} characters or fewer',
  'error.tags-many': 'Enter {max} tags or fewer',
  'error.tag-long': 'Each tag must be {max} characters or fewer',
  'error.author-long': 'Your name must be {max} characters or fewer',
  'error.build-required': 'Enter what you would add to the idea',
  'error.build-long': 'What you add must be {max} characters or fewer',
  'error.cluster-required': 'Enter a name for the cluster',
  'error.cluster-long': 'The cluster name must be {max} characters or fewer',
  'error.locked':
    'Posting is closed for now. The person running the board has locked it. Nothing was posted, and what you typed is still here.',
  'notice.locked': 'Posting is closed for now. The person running the board has locked it.',

  'action.cancel': 'Cancel',

  'group.first': 'First, say which group you are taking part as.',

  'idea.anonymous': 'Anonymous',
  'idea.hidden': 'Hidden from people taking part',

  'idea.tags': 'Tags',
  'idea.tags-line': 'Tags: {tags}',
  'idea.posted': "'{title}' posted in {column}.",

  'idea.delete-title': "Delete '{title}'?",

  'build.count': { zero: 'No builds yet', one: '{count} build', other: '{count} builds' },
  'build.start': 'Build on this',

  'move.open': 'Move to…',

  'move.done': "'{title}' moved to {column}, position {position} of {total}",
  'move.done-cluster':
    "'{title}' moved to {column}, position {position} of {total}, in cluster '{cluster}'",
  'move.vetoed': "'{title}' was not moved.",
  'move.cancelled': "Move cancelled: '{title}' is where it was.",
  'move.at-top': "'{title}' is already first in its column.",
  'move.at-bottom': "'{title}' is already last in its column.",
  'move.at-first': "'{title}' is already in the first column.",
  'move.at-last': "'{title}' is already in the last column.",

  'cluster.count': { one: '{count} card', other: '{count} cards' },
  'cluster.rename': 'Rename',
  'cluster.dissolve': 'Take apart',

  'cluster.in': 'In cluster: {name}',

  'cluster.dissolved': "Cluster '{name}' taken apart. Its cards stay where they were.",

  'votes.give': 'Add a dot',
  'votes.take': 'Take a dot back',
  'votes.mine': { one: 'You gave it {count} dot.', other: 'You gave it {count} dots.' },
  'votes.left': { one: 'You have {count} dot left.', other: 'You have {count} dots left.' },
  'votes.how':
    'Give your dots to the ideas you back most. You can give one idea more than one, and take them back.',
  'votes.none-left': 'You have no dots left. Take one back from another idea to give it here.',
  'votes.given': "Dot added to '{title}'.",
  'votes.taken': "Dot taken back from '{title}'.",
  // In words, not "parity score": the percentage is explained by votes.parity above the board.
  'votes.result': {
    one: '{count} dot · {percent}% of the vote when each group counts the same',
    other: '{count} dots · {percent}% of the vote when each group counts the same',
  },
  'votes.group-dots': '{group}: {count}',
  'votes.parity':
    "Each group's dots count the same, however many people are in the group. The % on each idea is its share of the vote counted that way. The number of dots is shown too.",
  'votes.hidden':
    'Dot counts stay hidden until the person running the board shows them. That way, early dots do not sway later ones.',

  'find.heading': 'Find ideas',
  'find.text': 'Words',
  'find.tag': 'Tag',
  'find.any-tag': 'Any tag',
  'find.column': 'Column',
  'find.any-column': 'Any column',
  'find.group': 'Posted by',
  'find.any-group': 'Any group',
  'find.clear': 'Clear filters',
  'find.count': { one: '{shown} of {count} idea shown', other: '{shown} of {count} ideas shown' },
  'find.total': { one: '{count} idea', other: '{count} ideas' },

  'view.list': 'List view',
  'view.list-on': 'Showing the list view.',
  'view.board-on': 'Showing the board.',
  'list.sort': 'Order',
  'list.sort-board': 'Board order',
  'list.sort-score': 'Biggest share of the vote first',
  'page.more': { one: 'Show {count} more', other: 'Show {count} more' },
  'page.where': '(column: {column})',
  'page.hidden': { one: '{count} not shown yet', other: '{count} not shown yet' },

  'keys.heading': 'Keyboard shortcuts',
  'keys.arrows': 'Arrow keys',
  'keys.arrows-do': 'Go to the card above or below, or in the next column',
  'keys.home-end': 'Home, End',
  'keys.home-end-do': 'Go to the first or last card shown in the column',
  'keys.enter': 'Enter',
  'keys.enter-do': 'Open the card: details, dots, builds, cluster, edit',
  'keys.escape': 'Escape',
  'keys.escape-do': 'Close the card and go back to it',
  'keys.alt-up-down': 'Alt + Up, Alt + Down',
  'keys.alt-up-down-do': 'Move the card up or down its column',
  'keys.alt-left-right': 'Alt + Left, Alt + Right',
  'keys.alt-left-right-do': 'Move the card to the previous or next column',
  'keys.tab': 'Tab',
  'keys.tab-do': "Go to the card's buttons, then on past the board",

  'facilitator.heading': 'Facilitator',

  'facilitator.exported': 'Export downloaded.',
};

// The words of parts loaded by import() when first shown come with them, not here:
// a card's details, the cluster editor and the move menu (card-tools-messages.ts), the
// facilitator's panel (facilitator-messages.ts) and the CSV (export-messages.ts).
export const ideaBoardMessages: LazyCatalogs = {
  en: english,
  // Loaded when an element first speaks Welsh: an English page never downloads it.
  cy: () => import('./messages-cy.js').then((m) => m.ideaBoardWelsh),
};
