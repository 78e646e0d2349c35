import type { Catalog } from '../../core/i18n.js';

/** Welsh strings of `<co-space>`; loaded when it first speaks Welsh. */
export const spaceWelsh: Catalog = {
  'space.heading': 'Eich data yn y gofod hwn',
  'space.hint': "Gallwch gymryd copi o bopeth yn y gofod hwn, dod ag un yn ôl, neu ddileu'r cyfan.",
  'space.export': 'Allforio popeth',
  'space.import': 'Mewnforio ffeil',
  'space.delete': 'Dileu fy nata',
  'space.exported': {
    zero: 'Allforiwyd {count} cofnod',
    one: 'Allforiwyd {count} cofnod',
    two: 'Allforiwyd {count} gofnod',
    few: 'Allforiwyd {count} chofnod',
    many: 'Allforiwyd {count} chofnod',
    other: 'Allforiwyd {count} cofnod',
  },
  'space.import-problems': "Nid oes modd mewnforio'r ffeil hon",
  'space.import-confirm-title': "Mewnforio'r ffeil hon?",
  'space.import-confirm-body':
    "Mae mewnforio yn ychwanegu'r hyn sydd yn y ffeil at yr hyn sydd yma. Lle mae gan y ddau yr un eitem, cedwir y fersiwn mwy newydd. Does dim byd arall yn cael ei ddileu.",
  'space.import-adds': 'yn ychwanegu {name}',
  'space.import-merges': 'yn uno â {name}, a gadwyd yma {date}',
  'space.import-confirm': 'Mewnforio',
  'space.imported': {
    zero: 'Mewnforiwyd {count} cofnod',
    one: 'Mewnforiwyd {count} cofnod',
    two: 'Mewnforiwyd {count} gofnod',
    few: 'Mewnforiwyd {count} chofnod',
    many: 'Mewnforiwyd {count} chofnod',
    other: 'Mewnforiwyd {count} cofnod',
  },
  'space.import-failed': "Doedd dim modd cadw'r mewnforio, felly ni newidiwyd dim. ({detail})",
  'space.read-failed':
    "Doedd dim modd darllen yr hyn sydd wedi'i gadw yma, felly ni newidiwyd dim. Rhowch gynnig arall arni. ({detail})",
  'space.export-failed':
    "Doedd dim modd darllen yr hyn sydd wedi'i gadw yma, felly ni allforiwyd dim. Rhowch gynnig arall arni. ({detail})",
  'space.delete-failed': 'Doedd dim modd dileu popeth. Rhowch gynnig arall arni. ({detail})',
  'space.delete-confirm-title': 'Dileu popeth yn y gofod hwn?',
  'space.delete-confirm-body.browser':
    'Mae hyn yn dileu popeth sydd wedi\'i gadw yn "{space}" o\'r porwr hwn.',
  'space.delete-confirm-body.page': 'Mae hyn yn dileu popeth yn "{space}" o\'r dudalen hon.',
  'space.delete-confirm-body.shared':
    'Mae hyn yn dileu popeth sydd wedi\'i gadw yn "{space}" i bawb sy\'n cymryd rhan ynddo, nid dim ond yr hyn a ychwanegoch chi.',
  // Welsh counts with the singular noun after a number: "{count} cofnod" for every count.
  'space.delete-count': 'Dyna {count} cofnod.',
  'space.delete-undo':
    'Nid oes modd dadwneud hyn. Allforiwch gopi yn gyntaf os gallai fod ei angen arnoch.',
  'space.delete-confirm': 'Dileu popeth',
  'space.deleted': 'Cafodd popeth yn y gofod hwn ei ddileu.',
  'space.cancel': 'Canslo',
  'space.record': '{kind} "{id}"',
  'kind.partnership-vote': 'Pleidlais',
  'kind.idea-board': 'Bwrdd syniadau',
  'kind.skill-offer': 'Cynigion sgiliau',
  'kind.journey-map': 'Map taith',
  'kind.delivery-plan': 'Cynllun cyflawni',
  'kind.health-check': 'Archwiliad iechyd',
};
