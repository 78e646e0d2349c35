import type { Catalog } from '../../core/i18n.js';

/** The Welsh of results-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const resultsWelsh: Catalog = {
  'health.results.title': 'Canlyniadau: rownd {round}',
  'health.results.by-principle': 'Sut mae pob grŵp yn sgorio pob egwyddor',
  'health.privacy.why': {
    one: "Rydyn ni'n dangos atebion grŵp ar ôl i {count} person ynddo ateb.",
    other:
      "Rydyn ni'n dangos atebion grŵp ar ôl i {count} o bobl ynddo ateb, fel nad oes modd adnabod neb.",
  },
  'health.privacy.group': '{group}: {count} o atebion hyd yma, angen {needed} arall.',
  'health.gaps.title': "Lle mae'r grwpiau'n gweld pethau'n wahanol",
  'health.gaps.widest':
    '{low}: sgôr o {lowMean} allan o {max} i "{principle}"; {high}: {highMean}. Dyma\'r bwlch mwyaf.',
  'health.gaps.next': '{low}: sgôr o {lowMean} allan o {max} i "{principle}"; {high}: {highMean}.',
  'health.gaps.none': "Mae'r grwpiau'n sgorio pob egwyddor tua'r un fath.",
  'health.gaps.one-group':
    "Pan fydd gan fwy nag un grŵp ddigon o atebion, bydd y bylchau rhyngddyn nhw'n cael eu dangos yma.",
  'health.chart.label': 'Sgôr cyfartalog allan o {max}, fesul grŵp.',
  'health.combined': 'Cyfunol (mae pob grŵp yn cyfrif yr un fath)',
  'health.combined-weighted': 'Cyfunol (mae pob grŵp yn cyfrif yn ôl ei bwysau)',
  'health.none-rated': 'Dim sgorau',
  'health.responses': '{count} o ymatebion',
  'health.table.caption': 'Sgôr cyfartalog allan o {max} yn rownd {round}, fesul grŵp',
  'health.table.statement': 'Egwyddor a brawddeg',
  'health.table.combined': 'Cyfunol',
  'health.table.equal': 'mae pob grŵp yn cyfrif yr un fath',
  'health.table.weighted': 'mae pob grŵp yn cyfrif yn ôl ei bwysau',
  'health.table.range': 'o {low} i {high}',
  'health.table.rated': '{count} o sgorau',
  'health.table.dont-know': '{count} ddim yn gwybod',
  'health.rounds.title': 'Rownd {first} o gymharu â rownd {latest}',
  'health.rounds.caption': 'Sgôr cyfartalog allan o {max}: rownd {first}, yna rownd {latest}',
  'health.rounds.principle': 'Egwyddor',
  'health.rounds.up': '{first} i {latest} (i fyny {change})',
  'health.rounds.down': '{first} i {latest} (i lawr {change})',
  'health.rounds.same': "{first} i {latest} (tua'r un fath)",
  'health.rounds.none':
    'Does gan yr un grŵp ddigon o atebion yn rownd {first} a rownd {latest} i gymharu eto.',
  'health.comments.title': "Beth ddywedodd pobl fyddai'n gwella pethau",
  'health.comments.none': 'Dim sylwadau eto.',
};
