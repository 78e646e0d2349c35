import type { Catalog } from '../../core/i18n.js';
import { allForms } from './welsh-forms.js';

/** The Welsh of facilitator-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const facilitatorWelsh: Catalog = {
  'facilitator.open': 'Mae postio ar agor.',
  'facilitator.locked':
    "Mae postio wedi'i gloi: does neb yn gallu postio syniadau nac ychwanegiadau.",
  'facilitator.lock': 'Cloi postio',
  'facilitator.unlock': 'Agor postio',
  'facilitator.reveal': 'Datgelu nifer y dotiau',
  'facilitator.conceal': 'Cuddio nifer y dotiau eto',
  'facilitator.revealed': "Mae nifer y dotiau i'w weld gan bawb.",
  'facilitator.concealed': "Mae nifer y dotiau'n gudd eto.",
  'facilitator.csv': 'Allforio CSV',
  'facilitator.json': 'Allforio JSON',
  'facilitator.clear': "Clirio'r bwrdd…",
  'clear.title': "Clirio'r bwrdd i bawb?",
  'clear.body': allForms(
    "Bydd hyn yn dileu pob syniad ar y bwrdd ({count} syniad), gyda'u hychwanegiadau, eu clystyrau a'u dotiau, i bawb. Does dim modd dadwneud hyn: allforiwch gopi yn gyntaf os gallai fod ei angen arnoch.",
  ),
  'clear.confirm': 'Ie, cliriwch y bwrdd',
  'clear.done': "Mae'r bwrdd wedi'i glirio.",
};
