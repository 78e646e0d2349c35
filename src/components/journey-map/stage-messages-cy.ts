import type { Catalog } from '../../core/i18n.js';

/** The Welsh of stage-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const stageWelsh: Catalog = {
  'stage.name': 'Enw’r cam',
  'stage.rename': 'Cadw’r enw',
  'stage.renamed': 'Enw newydd y cam yw “{stage}”.',
  'stage.order': 'Trefn',
  'stage.move-earlier': 'Symud yn gynharach',
  'stage.move-later': 'Symud yn hwyrach',
  'stage.delete': 'Dileu’r cam hwn',
  'stage.delete-body': {
    zero: 'Bydd hyn hefyd yn dileu sgoriau teimladau’r cam. Does dim modd dadwneud hyn.',
    other:
      'Bydd hyn hefyd yn dileu {count} nodyn y cam a’i sgoriau teimladau. Does dim modd dadwneud hyn.',
  },
  'stage.delete-confirm': 'Dileu’r cam',
  'stage.deleted': 'Dilëwyd y cam “{stage}”.',
};
