import type { Catalog } from './i18n.js';

/** Welsh for the strings every element shares; loaded when an element first speaks Welsh. */
export const coreWelsh: Catalog = {
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
  'problem.part':
    "Doedd dim modd llwytho rhan o'r dudalen hon, felly dydy hi ddim yn cael ei dangos. Gwiriwch eich cysylltiad â'r rhyngrwyd, yna rhowch gynnig arall arni.",
  'problem.retry': 'Rhoi cynnig arall arni',
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
};
