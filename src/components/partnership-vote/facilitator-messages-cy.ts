import type { Catalog } from '../../core/i18n.js';

/** The Welsh of facilitator-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const facilitatorWelsh: Catalog = {
  'vote.facilitator.title': 'Rhedeg y bleidlais',
  'vote.facilitator.open': "Mae'r bleidlais ar agor.",
  'vote.facilitator.closed': "Mae'r bleidlais wedi cau.",
  'vote.facilitator.turnout': {
    zero: '{group}: {count} pleidlais',
    one: '{group}: {count} bleidlais',
    two: '{group}: {count} bleidlais',
    few: '{group}: {count} pleidlais',
    many: '{group}: {count} phleidlais',
    other: '{group}: {count} pleidlais',
  },
  'vote.facilitator.close': "Cau'r bleidlais",
  'vote.facilitator.reopen': 'Agor y bleidlais eto',
  'vote.facilitator.reveal': 'Dangos y canlyniadau i bawb',
  'vote.facilitator.hide': "Cuddio'r canlyniadau eto",
  'vote.facilitator.reset': 'Ailosod y bleidlais…',
  'vote.facilitator.download': 'Lawrlwytho',
  'vote.facilitator.ballots-csv': 'Pleidleisiau (CSV)',
  'vote.facilitator.results-csv': 'Canlyniadau (CSV)',
  'vote.facilitator.json': 'Y cyfan (JSON)',
  'vote.reset.title': 'Dileu pob pleidlais a dechrau eto?',
  'vote.reset.body':
    "Bydd hyn yn dileu pob pleidlais a fwriwyd hyd yma ({count}), yma a lle bynnag mae'r bleidlais hon yn cael ei chadw. Does dim modd dadwneud hyn: lawrlwythwch y pleidleisiau yn gyntaf os oes eu hangen arnoch chi.",
  'vote.reset.confirm': 'Dileu pob pleidlais',
  'vote.reset.cancel': 'Canslo',
  'vote.facilitator.results-json': 'Canlyniadau (JSON)',
  'vote.facilitator.closed-by-page':
    "Mae'r dudalen hon yn ei chau, felly does dim modd ei hagor yma.",
};
