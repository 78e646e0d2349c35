import type { Catalog } from '../../core/i18n.js';
import { allForms } from './welsh-forms.js';

/** The Welsh of card-tools-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const cardToolsWelsh: Catalog = {
  'action.save': "Cadw'r newidiadau",
  'action.close': 'Cau',
  'idea.hidden-note':
    "Mae'r syniad hwn wedi'i guddio. Dim ond y bobl sy'n rhedeg y bwrdd sy'n gallu ei weld.",
  'idea.saved': "Mae eich newidiadau wedi'u cadw.",
  'idea.deleted': "Wedi dileu '{title}'.",
  'idea.edit': 'Golygu',
  'idea.delete': 'Dileu',
  'idea.delete-body':
    "Bydd ei ychwanegiadau a'i ddotiau'n mynd gydag ef. Does dim modd dadwneud hyn.",
  'idea.delete-confirm': 'Ie, dilëwch ef',
  'idea.hide': "Cuddio rhag pobl sy'n cymryd rhan",
  'idea.unhide': 'Dangos i bawb eto',
  'idea.hidden-done': "Mae '{title}' bellach wedi'i guddio rhag pobl sy'n cymryd rhan.",
  'idea.unhidden-done': "Mae pawb yn gallu gweld '{title}' eto.",
  'idea.merge-into': "Uno'r syniad hwn â syniad arall",
  'idea.merge': 'Uno',
  'idea.merged': "Wedi uno '{from}'. Mae bellach yn rhan o '{into}'.",
  'build.label': 'Adeiladu ar y syniad hwn: "Ie, a…"',
  'build.hint': allForms('Ychwanegwch at y syniad mewn hyd at {count} nod.'),
  'build.add': 'Ychwanegu',
  'build.added': 'Mae eich ychwanegiad ar y bwrdd.',
  'build.delete': "Dileu'r ychwanegiad",
  'build.deleted': "Wedi dileu'r ychwanegiad.",
  'move.menu-label': "Symud '{title}'",
  'move.column': 'Colofn',
  'move.position': {
    zero: 'Safle (1 i {count})',
    one: 'Safle (1)',
    two: 'Safle (1 i {count})',
    few: 'Safle (1 i {count})',
    many: 'Safle (1 i {count})',
    other: 'Safle (1 i {count})',
  },
  'move.submit': 'Symud',
  'votes.heading': 'Dotiau',
};
