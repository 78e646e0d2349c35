/**
 * Registers every element: what `dist/together-kit.min.js` (one tag) and `together-kit/all.js`
 * give a page. It exports the element classes it registers, and nothing else: the rest of the
 * public API (`parityTally`, `explainTally` in both languages, the import-file reader, the
 * stores) comes from the package root, so a page that only shows elements does not download
 * it (issue #13, "Lighter").
 */
import './space.js';
import './skill-offer.js';
import './partnership-vote.js';
import './idea-board.js';
import './journey-map.js';
import './health-check.js';
import './delivery-plan.js';

export { CoSpace } from './components/space/space.js';
export { CoSkillOffer } from './components/skill-offer/skill-offer.js';
export { CoPartnershipVote } from './components/partnership-vote/partnership-vote.js';
export { CoIdeaBoard } from './components/idea-board/idea-board.js';
export { CoJourneyMap } from './components/journey-map/journey-map.js';
export { CoHealthCheck } from './components/health-check/health-check.js';
export { CoDeliveryPlan } from './components/delivery-plan/delivery-plan.js';
