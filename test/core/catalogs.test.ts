// Every catalog ships complete in English and Welsh: the core's, each element's, and the words
// of each part loaded by import() (issue #13: a part brings its own words). The same keys in
// both languages, the same placeholders (a plural in one language may be one text in the other); and a key lives in
// one catalog only, so a part's words never shadow, or are shadowed by, the element's.
import { expect } from '@open-wc/testing';
import type { Catalog, LazyCatalogs, Message } from '../../src/core/i18n.js';
import { coreMessages } from '../../src/core/messages.js';
import { presenceWords } from '../../src/core/store/presence-messages.js';
import { deliveryPlanMessages } from '../../src/components/delivery-plan/messages.js';
import { facilitatorWords as planFacilitator } from '../../src/components/delivery-plan/facilitator-messages.js';
import { planExportWords } from '../../src/components/delivery-plan/export-messages.js';
import { healthCheckMessages } from '../../src/components/health-check/messages.js';
import { facilitatorWords as healthFacilitator } from '../../src/components/health-check/facilitator-messages.js';
import { resultsWords as healthResults } from '../../src/components/health-check/results-messages.js';
import { healthExportWords } from '../../src/components/health-check/export-messages.js';
import { ideaBoardMessages } from '../../src/components/idea-board/messages.js';
import { cardToolsWords } from '../../src/components/idea-board/card-tools-messages.js';
import { boardExportWords } from '../../src/components/idea-board/export-messages.js';
import { facilitatorWords as boardFacilitator } from '../../src/components/idea-board/facilitator-messages.js';
import { journeyMapMessages } from '../../src/components/journey-map/messages.js';
import { notesWords } from '../../src/components/journey-map/notes-messages.js';
import { stageWords } from '../../src/components/journey-map/stage-messages.js';
import { mapExportWords } from '../../src/components/journey-map/export-messages.js';
import { partnershipVoteMessages } from '../../src/components/partnership-vote/messages.js';
import { facilitatorWords as voteFacilitator } from '../../src/components/partnership-vote/facilitator-messages.js';
import { resultsWords as voteResults } from '../../src/components/partnership-vote/results-messages.js';
import { rankedWords } from '../../src/components/partnership-vote/ranked-messages.js';
import { exportWords as voteExport } from '../../src/components/partnership-vote/export-messages.js';
import { skillOfferMessages } from '../../src/components/skill-offer/messages.js';
import { directoryWords } from '../../src/components/skill-offer/directory-messages.js';
import { reviewWords } from '../../src/components/skill-offer/review-messages.js';
import { offerExportWords } from '../../src/components/skill-offer/export-messages.js';
import { spaceMessages } from '../../src/components/space/messages.js';

/** Each element's catalog, then its parts' (core's words are every element's). */
const elements: Record<string, Record<string, LazyCatalogs>> = {
  'delivery-plan': {
    element: deliveryPlanMessages,
    facilitator: planFacilitator,
    export: planExportWords,
  },
  'health-check': {
    element: healthCheckMessages,
    facilitator: healthFacilitator,
    results: healthResults,
    export: healthExportWords,
  },
  'idea-board': {
    element: ideaBoardMessages,
    'card-tools': cardToolsWords,
    facilitator: boardFacilitator,
    export: boardExportWords,
  },
  'journey-map': {
    element: journeyMapMessages,
    notes: notesWords,
    stage: stageWords,
    export: mapExportWords,
  },
  'partnership-vote': {
    element: partnershipVoteMessages,
    facilitator: voteFacilitator,
    results: voteResults,
    ranked: rankedWords,
    export: voteExport,
  },
  'skill-offer': {
    element: skillOfferMessages,
    review: reviewWords,
    directory: directoryWords,
    export: offerExportWords,
  },
  space: { element: spaceMessages },
};

async function language(source: LazyCatalogs, lang: string): Promise<Catalog> {
  const entry = source[lang];
  return typeof entry === 'function' ? entry() : (entry ?? {});
}

/** A message's placeholders; `{count}` only picks the plural form, so a language may leave it out. */
const holes = (message: Message) =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])]
    .filter((hole) => hole !== '{count}')
    .sort();

describe('every catalog, parts included', () => {
  for (const [element, sources] of Object.entries({
    core: { element: coreMessages, presence: presenceWords },
    ...elements,
  })) {
    for (const [name, source] of Object.entries(sources)) {
      it(`${element} ${name}: every English key in Welsh, with the same placeholders`, async () => {
        const en = await language(source, 'en');
        const cy = await language(source, 'cy');
        expect(Object.keys(en).length, 'English words').to.be.greaterThan(0);
        expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
        for (const [key, english] of Object.entries(en)) {
          const welsh = cy[key];
          expect(holes(welsh), key).to.deep.equal(holes(english));
        }
      });
    }
  }

  for (const [element, sources] of Object.entries(elements)) {
    it(`${element}: a key is in one catalog only (core, element or one part)`, async () => {
      const owner = new Map<string, string>();
      for (const core of [coreMessages, presenceWords]) {
        for (const key of Object.keys(await language(core, 'en'))) owner.set(key, 'core');
      }
      for (const [name, source] of Object.entries(sources)) {
        for (const key of Object.keys(await language(source, 'en'))) {
          expect(owner.get(key), `${key} in ${name}`).to.equal(undefined);
          owner.set(key, name);
        }
      }
    });
  }
});
