import type { Catalog } from '../i18n.js';

/** The Welsh of presence-messages.ts, loaded when a Welsh page first shows who is here. */
export const presenceWelsh: Catalog = {
  'presence.here': { one: '{count} person yma', other: '{count} o bobl yma' },
  'presence.here-groups': {
    one: '{count} person yma: {groups}',
    other: '{count} o bobl yma: {groups}',
  },
  'presence.group.community': {
    one: "{count} person sy'n defnyddio gwasanaethau",
    other: "{count} o bobl sy'n defnyddio gwasanaethau",
  },
  'presence.group.professional': {
    one: '{count} gweithiwr proffesiynol',
    other: '{count} o weithwyr proffesiynol',
  },
  'presence.group.other': '{label}: {count}',
  'presence.group.unsaid': '{count} heb ddweud pa grŵp eto',
  'presence.missing.community':
    "Does neb sy'n defnyddio gwasanaethau wedi ymuno eto: mae canlyniad cydraddoldeb angen y ddau grŵp",
  'presence.missing.professional':
    'Does dim gweithwyr proffesiynol wedi ymuno eto: mae canlyniad cydraddoldeb angen y ddau grŵp',
  'presence.missing.other':
    'Does neb o “{label}” wedi ymuno eto: mae canlyniad cydraddoldeb angen pob grŵp',
};
