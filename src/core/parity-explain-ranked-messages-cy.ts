import type { Catalog } from './i18n.js';

/** The Welsh of parity-explain-ranked-messages.ts, loaded when an element first speaks Welsh. */
export const rankedExplainWelsh: Catalog = {
  'grade.0': 'Da iawn',
  'grade.1': 'Da',
  'grade.2': 'Gweddol',
  'grade.3': 'Gwael',
  'grade.4': 'Gwrthod',
  'grade.number': 'gradd {number}',
  'runoff.intro':
    "Mae pob pleidlais yn cyfrif i'w dewis cyntaf. Ym mhob rownd, mae'r opsiwn sydd â'r lleiaf o gefnogaeth yn gadael y cyfrif, ac mae ei bleidleisiau'n symud i'r dewis nesaf sy'n dal yn y cyfrif.",
  'runoff.round': 'Rownd {round}: {items}.',
  'runoff.item': '{option} {percent}% ({ballots})',
  'runoff.exhausted': {
    one: 'Doedd dim dewis ar ôl ar {count} bleidlais.',
    two: 'Doedd dim dewis ar ôl ar {count} bleidlais.',
    few: 'Doedd dim dewis ar ôl ar {count} pleidlais.',
    many: 'Doedd dim dewis ar ôl ar {count} phleidlais.',
    other: 'Doedd dim dewis ar ôl ar {count} pleidlais.',
  },
  'runoff.eliminated': "Y lleiaf o gefnogaeth: {option}, felly mae'n gadael y cyfrif.",
  'runoff.level-earlier':
    'Roedd yr un gefnogaeth leiaf gan yr opsiynau hyn: {options}. Mae {option} yn gadael y cyfrif am fod ganddo lai o gefnogaeth mewn rownd gynharach.',
  'runoff.level-list':
    'Roedd yr un gefnogaeth ym mhob rownd gan yr opsiynau hyn: {options}. Mae {option} yn gadael y cyfrif am ei fod yn is yn y rhestr o opsiynau.',
  'runoff.majority':
    "Mae gan yr opsiwn hwn fwy na hanner y gefnogaeth sy'n dal yn y cyfrif: {option}.",
  'outcome.tie-runoff': {
    other:
      'Roedd union yr un gefnogaeth ym mhob rownd gan yr opsiynau hyn, felly does dim un enillydd: {options}.',
  },
  'borda.points': {
    other:
      'Mae opsiwn sydd yn gyntaf yn cael {count} pwynt, pob lle is un pwynt yn llai, ac opsiwn heb ei restru ddim un.',
  },
  'group.ranked': "yn y grŵp {group}, cafodd {option} {percent}% o'r pwyntiau posibl",
  'tie.first-preferences':
    "Mae gan yr opsiynau hyn yr un pwyntiau: {options}. Mae {option} yn dod yn gyntaf am fod mwy o'r dewisiadau cyntaf (gyda phob grŵp yn cyfrif am ei gyfran) wedi mynd iddo.",
  'grades.intro':
    'Canlyniad pob opsiwn yw ei radd ganol (y canolrif), gyda phob grŵp yn cyfrif am ei gyfran.',
  'grades.option': '{option}: y radd ganol yw “{grade}”; rhoddodd {percent}% “{grade}” neu well.',
  'tie.majority-value':
    "Mae gan yr opsiynau hyn yr un radd ganol: {options}. Yn ôl rheol y farn fwyafrifol, rhoddir y graddau canol o'r neilltu un ar y tro nes eu bod yn wahanol: {option} sy'n dod yn gyntaf.",
  'outcome.tie-grades': {
    other: 'Cafodd yr opsiynau hyn union yr un graddau, felly does dim un enillydd: {options}.',
  },
};
