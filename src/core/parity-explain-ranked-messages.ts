import type { Catalogs } from './i18n.js';

/**
 * The words `explainTally` adds for ranked votes (instant-runoff and Borda) and for majority
 * judgment, and the default grade words. As in parity-explain-messages.ts, a Welsh sentence
 * puts a name from the page only where Welsh does not mutate it: as the subject after "mae"
 * or "cafodd", after "y grŵp", or after a colon.
 */
export const rankedExplainMessages: Catalogs = {
  en: {
    'grade.0': 'Very good',
    'grade.1': 'Good',
    'grade.2': 'Fair',
    'grade.3': 'Poor',
    'grade.4': 'Reject',
    'grade.number': 'grade {number}',
    'runoff.intro':
      'Each ballot counts for its first preference. Round by round, the option with the least support is eliminated and its ballots pass to their next preference still in the count.',
    'runoff.round': 'Round {round}: {items}.',
    'runoff.item': '{option} {percent}% ({ballots})',
    'runoff.exhausted': {
      one: '{count} ballot had no preference left.',
      other: '{count} ballots had no preference left.',
    },
    'runoff.eliminated': '{option} had the least support, so it was eliminated.',
    'runoff.level-earlier':
      '{options} had the same least support; {option} was eliminated because it had less support in an earlier round.',
    'runoff.level-list':
      '{options} had the same support in every round; {option} was eliminated because it comes later in the list of options.',
    'runoff.majority': '{option} has more than half of the support still in the count.',
    'outcome.tie-runoff': {
      other: '{options} had exactly the same support in every round, so there is no single winner.',
    },
    'borda.points': {
      one: 'An option ranked first gets {count} point; one ranked lower or not at all gets none.',
      other:
        'An option ranked first gets {count} points, each place lower one point fewer, and one left unranked none.',
    },
    'group.ranked': '{option} got {percent}% of the points {group} could give',
    'tie.first-preferences':
      '{options} have the same points; {option} comes first because more of the first preferences (with each group counting for its share) went to it.',
    'grades.intro':
      'Each option’s result is its middle grade (the median), with each group counting for its share.',
    'grades.option':
      '{option}: the middle grade is “{grade}”; {percent}% graded it “{grade}” or better.',
    'tie.majority-value':
      '{options} have the same middle grade, so, by the majority judgment rule, middle grades are set aside one at a time until they differ: {option} comes first.',
    'outcome.tie-grades': {
      other: '{options} were graded exactly alike, so there is no single winner.',
    },
  },
  cy: {
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
  },
};
