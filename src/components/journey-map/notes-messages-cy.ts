import type { Catalog } from '../../core/i18n.js';

/** The Welsh of notes-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const notesWelsh: Catalog = {
  'notes.title': '{lane}: {stage}',
  'notes.list': 'Nodiadau',
  'notes.none': 'Dim nodiadau yma eto.',
  'note.change': 'Newid',
  'note.change-named': 'Newid nodyn: {note}',
  'note.delete': 'Dileu',
  'note.delete-named': 'Dileu nodyn: {note}',
  'note.to-idea': 'Troi’n syniad',
  'note.form-add': 'Ychwanegu nodyn',
  'note.form-change': 'Newid y nodyn',
  'note.text': 'Nodyn',
  'note.text-hint': 'Un peth ym mhob nodyn, yn y geiriau a ddefnyddiodd pobl.',
  'note.text-required': 'Rhowch y nodyn',
  'note.text-long': 'Rhaid i’r nodyn fod yn {count} nod neu lai',
  'note.group': 'Gan bwy mae’n dod?',
  'note.group-none': 'Heb ddweud',
  'note.evidence': 'Ar beth mae’n seiliedig?',
  'note.evidence-hint':
    'Mae dweud hyn yn cadw’r hyn a ddywedodd pobl wrthym ar wahân i’n dyfaliadau ni.',
  'note.evidence-none': 'Heb ddweud',
  'note.evidence-heard': 'Fe’i clywsom gan bobl',
  'note.evidence-assumption': 'Tybiaeth yw hi, nad ydym wedi’i gwirio gyda phobl eto',
  'note.count': 'Faint o bobl?',
  'note.count-invalid': 'Rhowch faint o bobl, fel rhif cyfan o 1 i fyny',
  'note.add': 'Ychwanegu’r nodyn',
  'note.save': 'Cadw’r newidiadau',
  'note.cancel-change': 'Canslo’r newid',
  'note.added': 'Ychwanegwyd y nodyn.',
  'note.changed': 'Newidiwyd y nodyn.',
  'note.deleted': 'Dilëwyd y nodyn.',
  'idea.no-board':
    'Does dim bwrdd syniadau ar y dudalen hon, felly ni all y nodyn hwn droi’n syniad yma. Gofynnwch i bwy bynnag sy’n rhedeg y dudalen hon ychwanegu un.',
  'idea.context': 'O’r map taith: {lane}, yn y cam “{stage}”.',
  'idea.failed':
    'Doedd dim modd postio’r syniad i’r bwrdd syniadau. Mae eich nodyn wedi’i gadw: rhowch gynnig arall arni.',
  'idea.posted': 'Postiwyd i’r bwrdd syniadau fel syniad.',
};
