import type { Catalog } from '../../core/i18n.js';

/**
 * Welsh. A noun after a number stays singular ("3 ateb"), and the nouns after numbers here
 * start with a vowel (ateb, ymateb, sgôr as "sgôr" after "o"), so no number mutates them.
 * Names from the page (groups, principles) follow a colon or quotation marks, never a word
 * that would mutate them.
 */
export const welsh: Catalog = {
  'health.title': "Pa mor dda ydyn ni'n gweithio gyda'n gilydd?",
  'health.round': 'Rownd {round}',
  'health.framework.unavailable':
    "Doedd dim modd llwytho datganiadau'r gwiriad hwn, felly does dim byd i'w ateb eto.",
  'health.kiosk.note': "Mae'r ddyfais hon yn cael ei rhannu: mae pob person yn ateb yn ei dro.",
  'health.group-name.community': "pobl sy'n defnyddio gwasanaethau",
  'health.group-name.professional': 'gweithwyr proffesiynol',

  'health.scale.1': 'Ddim eto',
  'health.scale.2': 'Ychydig',
  'health.scale.3': 'Weithiau',
  'health.scale.4': 'Gan amlaf',
  'health.scale.5': "Rydyn ni'n gwneud hyn yn dda",
  'health.scale.dont-know': 'Dydw i ddim yn gwybod',

  'health.form.hint':
    'Ar gyfer pob brawddeg, dewiswch pa mor wir yw hi, o "{low}" i "{high}". Os nad ydych chi\'n siŵr, dewiswch "Dydw i ddim yn gwybod". Fydd neb yn gweld pwy roddodd pa ateb.',
  'health.form.group-hint': {
    one: "Dim ond fel rhan o'ch grŵp y bydd eich atebion yn cael eu dangos.",
    other:
      "Dim ond fel rhan o'ch grŵp y bydd eich atebion yn cael eu dangos, a dim ond ar ôl i o leiaf {count} o bobl yn y grŵp ateb.",
  },
  'health.form.comment': 'Beth fyddai\'n gwella "{principle}"? (dewisol)',
  'health.form.comment-hint': 'Hyd at {max} nod. Peidiwch ag ysgrifennu enwau, os gwelwch yn dda.',
  'health.form.send': 'Anfon fy atebion',
  'health.form.save': 'Cadw fy newidiadau',
  'health.form.keep': 'Cadw fy atebion fel roedden nhw',
  'health.error.group': "Dewiswch y grŵp rydych chi'n cymryd rhan fel aelod ohono",
  'health.error.rating':
    'Dewiswch ateb ar gyfer "{statement}", neu dewiswch "Dydw i ddim yn gwybod"',
  'health.error.comment-long': 'Rhaid i\'ch sylw ar "{principle}" fod yn {max} nod neu lai',

  'health.ladder.title': 'Ysgol cydgynhyrchu',
  'health.ladder.question': "Pa ris sy'n disgrifio orau sut mae'r prosiect hwn yn gweithio nawr?",
  'health.ladder.hint':
    "Mae'r grisiau'n mynd o wneud pethau i bobl, i wneud pethau drostyn nhw, i wneud pethau gyda nhw. Mae'r cwestiwn hwn yn ddewisol.",
  'health.ladder.doing-with': 'Gwneud gyda: pobl yn gweithio fel pobl gyfartal',
  'health.ladder.doing-for': 'Gwneud dros: gofyn i bobl neu ddweud wrthyn nhw',
  'health.ladder.doing-to': 'Gwneud i: does gan bobl ddim llais',
  'health.rung.co-production': 'Cydgynhyrchu',
  'health.rung.co-production.about':
    "Mae pobl a staff yn rhannu grym ac yn gweithio'n gyfartal o'r dechrau i'r diwedd.",
  'health.rung.co-design': 'Cyd-ddylunio',
  'health.rung.co-design.about':
    "Mae pobl yn helpu i ddylunio'r gwasanaeth, ond y staff sy'n dal i benderfynu.",
  'health.rung.engagement': 'Ymgysylltu',
  'health.rung.engagement.about': "Mae gan bobl fwy o lais, ond y staff sy'n dal y grym.",
  'health.rung.consultation': 'Ymgynghori',
  'health.rung.consultation.about':
    "Mae pobl yn cael eu holi beth maen nhw'n ei feddwl, ac yna mae eraill yn penderfynu.",
  'health.rung.informing': 'Hysbysu',
  'health.rung.informing.about': "Mae pobl yn cael gwybod beth sydd wedi'i benderfynu.",
  'health.rung.educating': 'Addysgu',
  'health.rung.educating.about': "Mae pobl yn cael eu dysgu i ddefnyddio'r gwasanaeth fel y mae.",
  'health.rung.coercion': 'Gorfodi',
  'health.rung.coercion.about': 'Mae pobl yn cael eu gorfodi i gymryd rhan, heb ddewis go iawn.',

  'health.sent.title': "Diolch: mae eich atebion ar gyfer rownd {round} wedi'u cadw",
  'health.sent.change-hint': "Gallwch newid eich atebion nes i'r rownd hon gau.",
  'health.sent.change': 'Newid fy atebion',
  'health.sent.closed':
    'Mae rownd {round} wedi cau, felly does dim modd newid eich atebion mwyach.',
  'health.closed': "Mae rownd {round} wedi cau, felly nid yw'n derbyn atebion mwyach.",
  'health.closed-before':
    "Caeodd y rownd hon cyn i chi anfon eich atebion, felly chawson nhw mo'u cadw.",
  'health.refused.read-only':
    'Cafodd yr archwiliad hwn ei gadw gan fersiwn mwy newydd o Together Kit, felly does dim modd newid dim byd yma.',
  'health.kiosk.thanks': "Diolch: mae eich atebion wedi'u cadw",
  'health.kiosk.next-hint': "Rhowch y ddyfais i'r person nesaf, os gwelwch yn dda.",
  'health.kiosk.next': 'Dechrau ar gyfer y person nesaf',

  'health.results.wait':
    "Bydd y canlyniadau'n cael eu dangos yma pan fydd y bobl sy'n cynnal yr archwiliad hwn yn eu rhannu.",
  'health.results.facilitator-note':
    "Dim ond chi sy'n gallu gweld y canlyniadau hyn. Bydd pobl eraill yn eu gweld pan fyddwch chi'n eu dangos i bawb.",

  'health.ladder.results-title': "Lle mae pob grŵp yn rhoi'r prosiect ar yr ysgol",
  'health.ladder.caption': 'Faint ym mhob grŵp a ddewisodd bob gris',
  'health.ladder.rung': 'Gris',
  'health.ladder.answered': '{count} o atebion',
  'health.ladder.cell': '{count} ({percent}%)',

  'health.facilitator.new-round-hint':
    "Mae dechrau rownd newydd yn cau'r un hon. Gall pawb ateb eto wedyn, ac mae'r canlyniadau'n cymharu'r rownd gyntaf â'r un ddiweddaraf.",

  'health.announce.opened': 'Mae rownd {round} ar agor eto.',
  'health.announce.closed': 'Mae rownd {round} wedi cau.',
  'health.announce.new-round': 'Mae rownd {round} wedi dechrau.',
  'health.announce.revealed': "Mae'r canlyniadau'n cael eu dangos i bawb.",
  'health.announce.hidden': "Mae'r canlyniadau wedi'u cuddio.",
};
