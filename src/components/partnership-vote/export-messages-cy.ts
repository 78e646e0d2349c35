import type { Catalog } from '../../core/i18n.js';

/** The Welsh of export-messages.ts, loaded when a Welsh page first asks for a table. */
export const exportWelsh: Catalog = {
  'vote.export.cast-at': 'Amser bwrw',
  'vote.export.changed-at': 'Newidiwyd ddiwethaf',
  'vote.export.group': 'Grŵp',
  'vote.export.reason': 'Rheswm: {option}',
  'vote.export.option': 'Opsiwn',
  'vote.export.support': '{group}: cefnogaeth',
  'vote.export.share': '{group}: cyfran (%)',
  'vote.export.concerns': '{group}: pryderon',
  'vote.export.objections': '{group}: gwrthwynebiadau',
  'vote.export.raw-support': 'Cyfrif pennau: cefnogaeth',
  'vote.export.raw-share': 'Cyfrif pennau: cyfran (%)',
  'vote.export.parity': 'Canlyniad cydradd (%)',
  'vote.export.parity-share': 'Canlyniad cydradd (0 i 1)',
  'vote.export.rank': 'Safle',
  'vote.export.tied': 'Cyfartal',
  'vote.export.blocked': "Wedi'i atal",
  'vote.export.yes': 'ie',
  'vote.export.no': 'na',
  'vote.export.ballots': 'Pleidleisiau',
};
