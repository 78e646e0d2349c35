import type { Catalog } from '../../core/i18n.js';

/** The Welsh of ranked-messages.ts, loaded when a ranked or graded vote first speaks Welsh. */
export const rankedVoteWelsh: Catalog = {
  'vote.hint.ranked':
    'Rhowch yr opsiynau yn eich trefn chi, 1 ar gyfer eich dewis cyntaf. Dewiswch safle wrth bob opsiwn, neu defnyddiwch Symud i fyny a Symud i lawr. Gallwch adael allan opsiynau nad ydych am eu rhestru.',
  'vote.hint.grades': 'Rhowch radd i bob opsiwn, o Da iawn i Gwrthod.',
  'vote.rank.position': 'Safle',
  'vote.rank.none': 'Heb ei restru',
  'vote.rank.up': 'Symud i fyny',
  'vote.rank.down': 'Symud i lawr',
  'vote.rank.up-label': 'Symud i fyny: {option}',
  'vote.rank.down-label': 'Symud i lawr: {option}',
  'vote.rank.moved': 'Mae {option} wedi symud i safle {position}',
  'vote.rank.unranked': 'Nid yw {option} wedi ei restru nawr',
  'vote.rank.already-first': 'Mae {option} yn gyntaf yn barod',
  'vote.rank.not-ranked': 'Nid yw {option} wedi ei restru, felly does dim modd ei symud i lawr',
  'vote.error.ranked': 'Rhowch o leiaf un opsiwn yn eich trefn',
  'vote.error.grade': 'Dewiswch radd ar gyfer yr opsiwn hwn: {option}',

  'vote.export.round': 'Rownd',
  'vote.export.round-share': 'Cyfran gydradd (%)',
  'vote.export.round-share-exact': 'Cyfran gydradd (0 i 1)',
  'vote.export.round-ballots': 'Pleidleisiau',
  'vote.export.round-eliminated': 'Wedi gadael y rownd hon',
  'vote.export.exhausted': 'Dim dewis ar ôl',
  'vote.export.median': 'Gradd ganol',
  'vote.export.grade-share': '{grade}: cydradd (%)',
  'vote.export.grade-count': '{group}: {grade}',
};
