import type { Catalog } from './i18n.js';

/**
 * The Welsh words of `explainTally`, loaded by `<co-partnership-vote>` when it first speaks
 * Welsh. See parity-explain-sentences.ts for where names may stand in a Welsh sentence.
 */
export const explainWelsh: Catalog = {
  'no-ballots': 'Does neb wedi pleidleisio eto, felly does dim canlyniad.',
  ballots: {
    zero: '{count} pleidlais',
    one: '{count} bleidlais',
    two: '{count} bleidlais',
    few: '{count} pleidlais',
    many: '{count} phleidlais',
    other: '{count} pleidlais',
  },
  'groups.named': { one: 'y grŵp {groups}', other: 'y grwpiau {groups}' },
  'list.comma': ', ',
  'list.and': ', ',
  'list.or': ', ',
  'clause.separator': '; ',
  'weights.separator': '; ',
  'weights.equal': 'Mae pob grŵp yn cyfrif am {share}, faint bynnag o bobl sydd ynddo.',
  'weights.equal-many':
    "Mae pob un o'r {count} grŵp yn cyfrif yr un fath, faint bynnag o bobl sydd ym mhob un.",
  'weights.first': "mae'r grŵp {group} yn cyfrif am {share}",
  'weights.next': "mae'r grŵp {group} yn cyfrif am {share}",
  // Each follows "am", so each is written with the soft mutation it takes there.
  'share.1/2': 'hanner',
  'share.1/3': 'draean',
  'share.2/3': 'ddau draean',
  'share.1/4': 'chwarter',
  'share.3/4': 'dri chwarter',
  'share.1/5': 'bumed',
  'share.percent': '{percent}%',
  silent:
    "Does neb yn {silent} wedi pleidleisio, felly dim ond {ballots} gan {voting} sy'n penderfynu'r canlyniad hwn.",
  'group.single': "yn y grŵp {group}, roedd {count} o'r {turnout} wedi dewis {option} ({percent}%)",
  'group.approval':
    "yn y grŵp {group}, roedd {count} o'r {turnout} wedi cymeradwyo {option} ({percent}%)",
  'group.consent':
    "yn y grŵp {group}, roedd {count} o'r {turnout} yn cefnogi {option} ({percent}%)",
  'group.score':
    'yn y grŵp {group}, cafodd {option} sgôr gyfartalog o {mean} allan o {max} ({percent}%)',
  'group.dots': {
    other: "yn y grŵp {group}, cafodd {option} {dots} o'r {count} dot a roddwyd ({percent}%)",
  },
  result: "Felly, dyma'r canlyniad: {items}.",
  'result.item': '{option} {percent}%',
  raw: "Pe bai pob pleidlais yn cyfrif yr un fath, beth bynnag fo'r grŵp, y canlyniad fyddai: {items}.",
  'raw.item': '{option} {percent}%',
  'consent.blocked': {
    one: 'Mae {count} gwrthwynebiad yn atal {option}.',
    two: 'Mae {count} wrthwynebiad yn atal {option}.',
    other: 'Mae {count} gwrthwynebiad yn atal {option}.',
  },
  'consent.concerns': {
    one: 'Codwyd {count} pryder ynghylch {option}.',
    two: 'Codwyd {count} bryder ynghylch {option}.',
    few: 'Codwyd {count} phryder ynghylch {option}.',
    many: 'Codwyd {count} phryder ynghylch {option}.',
    other: 'Codwyd {count} pryder ynghylch {option}.',
  },
  'consent.from': 'Gan {group}: {reasons}.',
  'consent.no-reason': { other: '{count} heb roi rheswm' },
  quote: '“{text}”',
  quorum:
    "Nid yw'r canlyniad yn derfynol eto: mae angen o leiaf {needed} gan {group}, ond dim ond {had} sydd wedi dod i law.",
  'quorum.none':
    "Nid yw'r canlyniad yn derfynol eto: mae angen o leiaf {needed} gan {group}, ond does dim un wedi dod i law.",
  'outcome.wins': 'Yr enillydd yw {option}.',
  'outcome.every-group':
    "Mae {option} hefyd ar y blaen ym mhob grŵp, fel sy'n ofynnol yn y bleidlais hon.",
  'outcome.ahead': '{option} sydd ar y blaen am y tro.',
  'outcome.tie': {
    other:
      'Mae {count} opsiwn yn gyfartal ar y brig, gyda sgorau union yr un fath, felly does dim un enillydd: {options}.',
  },
  'outcome.double-majority':
    'Mae angen i un opsiwn fod ar y blaen ym mhob grŵp yn y bleidlais hon, ond does dim un, felly does dim penderfyniad eto.',
  'outcome.all-blocked': "Mae pob opsiwn wedi'i rwystro, felly does dim penderfyniad eto.",
  rejected: {
    one: 'Doedd dim modd cyfrif {count} bleidlais, felly cafodd ei gadael allan.',
    two: 'Doedd dim modd cyfrif {count} bleidlais, felly cawson nhw eu gadael allan.',
    few: 'Doedd dim modd cyfrif {count} pleidlais, felly cawson nhw eu gadael allan.',
    many: 'Doedd dim modd cyfrif {count} phleidlais, felly cawson nhw eu gadael allan.',
    other: 'Doedd dim modd cyfrif {count} pleidlais, felly cawson nhw eu gadael allan.',
  },
};
