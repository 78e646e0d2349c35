/**
 * Together Kit's public API: functions, stores, types and the element classes. Importing it
 * has no side effects — no element is registered, nothing touches the DOM — so it runs in
 * Node (`parityTally` on a server) and tree-shakes in a bundler. Register elements with
 * `together-kit/<element>.js` or `together-kit/all.js`.
 */
export * from './core/index.js';
export { CoSpace } from './components/space/space.js';
export { CoSkillOffer, type SkillOfferSubmitDetail } from './components/skill-offer/skill-offer.js';
export {
  CoPartnershipVote,
  type VoteDetail,
} from './components/partnership-vote/partnership-vote.js';
export { CoJourneyMap, type LinkIdeaDetail } from './components/journey-map/journey-map.js';
export { CoIdeaBoard, type IdeaMoveDetail } from './components/idea-board/idea-board.js';
export { CoHealthCheck } from './components/health-check/health-check.js';
export {
  localText,
  type Framework,
  type Principle,
  type Statement,
  type LocalText,
} from './components/health-check/framework.js';
export {
  parseFramework,
  presets as healthCheckPresets,
} from './components/health-check/all-presets.js';
export { CoDeliveryPlan } from './components/delivery-plan/delivery-plan.js';
