import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only notes-dialog.ts shows, loaded with it by import() (core/lazy-part.ts `withWords`)
 * rather than with the element; Welsh in notes-messages-cy.ts, loaded when the element speaks it.
 */
export const notesWords: LazyCatalogs = {
  en: {
    'notes.title': '{lane}: {stage}',
    'notes.list': 'Notes',
    'notes.none': 'No notes here yet.',
    'note.change': 'Change',
    'note.change-named': 'Change note: {note}',
    'note.delete': 'Delete',
    'note.delete-named': 'Delete note: {note}',
    'note.to-idea': 'Turn into an idea',
    'note.form-add': 'Add a note',
    'note.form-change': 'Change the note',
    'note.text': 'Note',
    'note.text-hint': 'One thing per note, in the words people used.',
    'note.text-required': 'Enter the note',
    'note.text-long': 'The note must be {count} characters or fewer',
    'note.group': 'Who is it from?',
    'note.group-none': 'Not said',
    'note.evidence': 'What is it based on?',
    'note.evidence-hint': 'Saying so keeps what people told us apart from our own guesses.',
    'note.evidence-none': 'Not said',
    'note.evidence-heard': 'We heard it from people',
    'note.evidence-assumption': 'It is an assumption we have not checked with people yet',
    'note.count': 'How many people?',
    'note.count-invalid': 'Enter how many people, as a whole number from 1',
    'note.add': 'Add note',
    'note.save': 'Save changes',
    'note.cancel-change': 'Cancel change',
    'note.added': 'Note added.',
    'note.changed': 'Note changed.',
    'note.deleted': 'Note deleted.',
    'idea.no-board':
      'There is no idea board on this page, so this note cannot become an idea here. Ask whoever runs this page to add one.',
    'idea.context': 'From the journey map: {lane}, at the stage “{stage}”.',
    'idea.failed': 'The idea could not be posted to the idea board. Your note is kept: try again.',
    'idea.posted': 'Posted to the idea board as an idea.',
  },
  cy: () => import('./notes-messages-cy.js').then((m) => m.notesWelsh),
};
