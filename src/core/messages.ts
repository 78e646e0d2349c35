import type { Catalogs } from './i18n.js';

/** Strings every element shares: groups, storage status, problems. */
export const coreMessages: Catalogs = {
  en: {
    'group.community': 'People who use services, and their carers',
    'group.professional': 'Professionals and staff',
    'group.question': 'Which group are you taking part as?',
    'group.hint': 'Each group counts equally, however many people are in it.',
    'group.choose': 'Continue',
    'group.required': 'Choose the group you are taking part as',
    'group.change': 'Change group',
    'group.you': 'You are taking part as: {group}',
    'problem.title': 'There is a problem',
    'problem.attribute':
      'This page set "{name}" in a way we could not read, so the setting stays as it was. ({detail})',
    'problem.dismiss': 'Dismiss',
    'problem.unknown-storage':
      'This page asked to save in "{name}", which Together Kit does not know, so nothing entered here will be kept after you leave the page. (The page can use "local", "memory", "http" or "yjs".)',
    'problem.no-endpoint':
      'This page asked to save with "{name}" but did not say where the server is, so nothing entered here will be kept after you leave the page. (The page must set "endpoint".)',
    'status.loading': 'Loading…',
    'status.saving': 'Saving…',
    'status.saved': 'Saved in this browser',
    'status.saved-page': 'Kept on this page only: it is gone when you leave',
    'status.saved-remote': 'Saved',
    'status.memory':
      'Your work will not be kept after you leave this page, because this browser is not letting us store it.',
    'status.not-saved': 'Not saved yet',
    'status.failed': 'Not saved yet. Your work is kept on this page and we will try again.',
    'status.quota':
      'This browser is out of storage space, so your latest changes are not saved yet. They are kept on this page: export them to keep a copy, or free some space and we will save again.',
    'status.read-only':
      'This was saved by a newer version of Together Kit, so it is shown read-only and nothing will be changed.',
    'status.corrupt':
      'A saved copy could not be read, so it was put aside and kept safely. You are starting fresh.',
    'status.export': 'Export a copy',
    'status.retry': 'Try saving again',
    // a11y-board: the shared error summary (core/ui/error-summary.ts).
    'error.prefix': 'Error:',
    'status.offline':
      'Offline: your changes are kept on this device and will be sent when the connection is back',
    'status.refused':
      'Some changes that came from the server could not be read, so they were not used. Your work here is unchanged.',
    'presence.here': { one: '{count} person here', other: '{count} people here' },
    'presence.here-groups': {
      one: '{count} person here: {groups}',
      other: '{count} people here: {groups}',
    },
    'presence.group.community': {
      one: '{count} person who uses services',
      other: '{count} people who use services',
    },
    'presence.group.professional': { one: '{count} professional', other: '{count} professionals' },
    'presence.group.other': '{label}: {count}',
    'presence.group.unsaid': '{count} not said which group yet',
    'presence.missing.community':
      'No people who use services have joined yet: a parity result needs both groups',
    'presence.missing.professional':
      'No professionals have joined yet: a parity result needs both groups',
    'presence.missing.other':
      'Nobody from “{label}” has joined yet: a parity result needs every group',
  },
  cy: {
    'group.community': "Pobl sy'n defnyddio gwasanaethau, a'u gofalwyr",
    'group.professional': 'Gweithwyr proffesiynol a staff',
    'group.question': "Fel aelod o ba grŵp ydych chi'n cymryd rhan?",
    'group.hint': 'Mae pob grŵp yn cyfrif yn gyfartal, faint bynnag o bobl sydd ynddo.',
    'group.choose': 'Parhau',
    'group.required': "Dewiswch y grŵp rydych chi'n cymryd rhan fel aelod ohono",
    'group.change': 'Newid grŵp',
    'group.you': "Rydych chi'n cymryd rhan fel: {group}",
    'problem.title': 'Mae problem',
    'problem.attribute':
      'Gosododd y dudalen hon "{name}" mewn ffordd na allem ei darllen, felly mae’r gosodiad yn aros fel yr oedd. ({detail})',
    'problem.dismiss': 'Cau',
    'problem.unknown-storage':
      'Gofynnodd y dudalen hon am gadw yn "{name}", nad yw Together Kit yn ei adnabod, felly ni fydd dim a roddir yma yn cael ei gadw ar ôl i chi adael y dudalen. (Gall y dudalen ddefnyddio "local", "memory", "http" neu "yjs".)',
    'problem.no-endpoint':
      'Gofynnodd y dudalen hon am gadw gyda "{name}" ond ni ddywedodd ble mae\'r gweinydd, felly ni fydd dim a roddir yma yn cael ei gadw ar ôl i chi adael y dudalen. (Rhaid i\'r dudalen osod "endpoint".)',
    'status.loading': "Wrthi'n llwytho…",
    'status.saving': "Wrthi'n cadw…",
    'status.saved': "Wedi'i gadw yn y porwr hwn",
    'status.saved-page':
      "Wedi'i gadw ar y dudalen hon yn unig: bydd wedi mynd pan fyddwch chi'n gadael",
    'status.saved-remote': "Wedi'i gadw",
    'status.memory':
      "Ni fydd eich gwaith yn cael ei gadw ar ôl i chi adael y dudalen hon, oherwydd nid yw'r porwr hwn yn gadael i ni ei storio.",
    'status.not-saved': 'Heb ei gadw eto',
    'status.failed':
      'Heb ei gadw eto. Mae eich gwaith yn cael ei gadw ar y dudalen hon a byddwn yn rhoi cynnig arall arni.',
    'status.quota':
      "Does dim lle storio ar ôl yn y porwr hwn, felly nid yw eich newidiadau diweddaraf wedi'u cadw eto. Maen nhw'n cael eu cadw ar y dudalen hon: allforiwch nhw i gadw copi, neu gwnewch le a byddwn yn eu cadw eto.",
    'status.read-only':
      "Cafodd hwn ei gadw gan fersiwn mwy newydd o Together Kit, felly mae'n cael ei ddangos fel darllen yn unig ac ni fydd dim yn cael ei newid.",
    'status.corrupt':
      "Doedd dim modd darllen copi a gadwyd, felly cafodd ei roi o'r neilltu a'i gadw'n ddiogel. Rydych chi'n dechrau o'r newydd.",
    'status.export': 'Allforio copi',
    'status.retry': 'Ceisio cadw eto',
    // a11y-board: the shared error summary (core/ui/error-summary.ts).
    'error.prefix': 'Gwall:',
    'status.offline':
      "All-lein: mae eich newidiadau'n cael eu cadw ar y ddyfais hon a byddant yn cael eu hanfon pan fydd y cysylltiad yn ôl",
    'status.refused':
      "Nid oedd modd darllen rhai newidiadau a ddaeth o'r gweinydd, felly ni chawsant eu defnyddio. Nid yw eich gwaith yma wedi newid.",
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
  },
};
