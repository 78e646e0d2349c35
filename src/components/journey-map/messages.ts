import type { LazyCatalogs, Message } from '../../core/i18n.js';
import type { journeyMapWelsh } from './messages-cy.js';

/** English strings of `<co-journey-map>`; Welsh in messages-cy.ts. */
export const journeyMapEnglish = {
  'map.title': 'Journey map',
  'map.name': 'Name of the journey',
  'map.name-hint': 'For example, “Applying for a Blue Badge”.',
  'map.name-save': 'Save name',
  'map.rename': 'Change the journey’s name',
  'map.name-it': 'Name this journey',
  'map.renamed': 'Journey name saved.',
  'map.empty': 'This map has no stages yet. Add the first stage of the journey below.',
  'map.empty-read-only': 'This map has no stages.',
  'map.read-only-refused': 'This map is read-only, so nothing was changed.',

  'layer.question': 'Show the journey',
  'layer.as-is': 'As it is now',
  'layer.after': 'After the change',

  'view.to-stages': 'Show one stage at a time',
  'view.to-grid': 'Show all stages as a grid',
  'view.now-grid': 'Showing all stages as a grid.',
  'view.now-stages': 'Showing one stage at a time.',

  'export.menu': 'Download',
  'export.json': 'The map as a file (JSON)',
  'export.csv': 'The notes as a spreadsheet (CSV)',
  'export.svg': 'The feelings curve as a picture (SVG)',
  'export.done': 'Download started.',

  'grid.hint':
    'Use the arrow keys to move between cells. Press Enter to add or change the notes in a cell, or to change a stage from its heading. Alt with the left or right arrow key moves a stage.',
  'grid.hint-read-only': 'Use the arrow keys to move between cells.',
  'cell.add': 'Add a note',
  'cell.empty': 'No notes',

  'lane.doing': 'What the person does',
  'lane.touchpoints': 'Touchpoints: phone, post, in person, online',
  'lane.thinking': 'What they think',
  'lane.feeling': 'How they feel',
  'lane.pain-points': 'Pain points',
  'lane.opportunities': 'Opportunities',
  'lane.backstage': 'Backstage: staff and systems',
  'lane.add-note': 'Add a note',
  'lane.edit-notes': 'Add or change notes',

  'stage.position': 'Stage {index} of {count}',
  'stage.move-earlier-named': 'Move “{stage}” earlier',
  'stage.move-later-named': 'Move “{stage}” later',
  'stage.change': 'Change',
  'stage.change-named': 'Change stage “{stage}”',
  'stage.new': 'Add a stage',
  'stage.new-hint':
    'A step in the journey, in the words of the people who go through it, like “Finding out” or “Applying”.',
  'stage.add': 'Add stage',
  'stage.name-required': 'Enter a name for the stage',
  'stage.name-long': 'The stage name must be {count} characters or fewer',
  'stage.added': 'Stage “{stage}” added: stage {index} of {count}.',
  'stage.moved': '“{stage}” moved to stage {index} of {count}.',
  'stage.showing': 'Showing stage {index} of {count}: {stage}',
  'stage.dialog-title': 'Change stage “{stage}”',

  'stage.delete-title': 'Delete the stage “{stage}”?',

  'stages.pager': 'Stages',
  'stages.previous': 'Previous stage',
  'stages.next': 'Next stage',

  'dialog.done': 'Done',
  'dialog.cancel': 'Cancel',

  'note.to-idea-named': 'Turn into an idea: {note}',

  'evidence.heard': { one: 'Heard from 1 person', other: 'Heard from {count} people' },
  'evidence.assumption': 'Assumption',
  'group-short.community': 'People who use services',
  'group-short.professional': 'Professionals',

  'idea.loading': 'Checking the idea board…',
  'idea.standing':
    'Idea on the board, in “{column}”, with {percent}% of the votes (each group counting equally).',
  'idea.standing-no-votes': 'Idea on the board, in “{column}”, with no votes yet.',
  'idea.hidden': 'Idea on the board, in “{column}”, hidden by a facilitator.',
  'idea.gone': 'This was turned into an idea, which is no longer on the board.',
  'idea.unreadable': 'This was turned into an idea, but the idea board could not be read.',

  'column.ideas': 'Ideas',
  'column.developing': 'Developing',
  'column.agreed': 'Agreed',

  'feeling.-2': 'Very bad',
  'feeling.-1': 'Bad',
  'feeling.0': 'Neutral',
  'feeling.1': 'Good',
  'feeling.2': 'Very good',

  'feelings.title': 'How people feel at each stage',
  'feelings.question.as-is': 'How do people feel at each stage as it is now?',
  'feelings.question.after': 'How do people feel at each stage after the change?',
  'feelings.stage-question.as-is': 'How do people feel at this stage as it is now?',
  'feelings.stage-question.after': 'How do people feel at this stage after the change?',
  'feelings.no-stages': 'Add stages to score how people feel.',
  'feelings.table-caption': 'How people feel at each stage, in words',
  'curve.title': 'How people feel at each stage',
  'curve.box': 'Curve of how people feel',
  'curve.stage-score': '{stage}: {word}',
  'curve.layer': '{layer}: {scores}',
  'curve.empty': 'No stage has a score yet',

  'comparison.none': 'Score the stages after the change to compare them with how they are now.',
  'comparison.all-same': 'Every stage scored both ways feels the same after the change.',
  'comparison.better': {
    one: '{stage} improved by 1 point, from {from} to {to}',
    other: '{stage} improved by {count} points, from {from} to {to}',
  },
  'comparison.worse': {
    one: '{stage} got worse by 1 point, from {from} to {to}',
    other: '{stage} got worse by {count} points, from {from} to {to}',
  },
  'comparison.joiner': ' ',
  'comparison.sentence': '{clause}.',
  'comparison.rest-same': {
    one: '1 other stage stayed the same.',
    other: '{count} other stages stayed the same.',
  },
  'comparison.feeling.-2': 'very bad',
  'comparison.feeling.-1': 'bad',
  'comparison.feeling.0': 'neutral',
  'comparison.feeling.1': 'good',
  'comparison.feeling.2': 'very good',

  'table.stage': 'Stage',
  'table.change': 'Difference',
  'table.score': '{word} ({score})',
  'table.not-scored': 'Not scored',
  'table.not-compared': 'Not compared yet',
  'table.same': 'No change',
  'table.better': 'Better by {count}',
  'table.worse': 'Worse by {count}',
} as const;

// The words of parts loaded by import() when first shown come with them, not here:
// the notes dialog (notes-messages.ts), the stage dialog (stage-messages.ts) and the CSV
// and SVG downloads (export-messages.ts).
export const journeyMapMessages: LazyCatalogs = {
  en: journeyMapEnglish,
  // Loaded when an element first speaks Welsh: an English page never downloads it.
  cy: () => import('./messages-cy.js').then((m) => m.journeyMapWelsh),
};

/**
 * Every English string has its Welsh: a missing one is a type error here. (Checked in this
 * file, as types only, so that messages-cy.ts need not import this one.)
 */
const welshIsComplete: typeof journeyMapWelsh extends Record<
  keyof typeof journeyMapEnglish,
  Message
>
  ? true
  : never = true;
void welshIsComplete;
