/**
 * Together Kit: registers every element and exports the public API.
 * Import `together-kit/<element>.js` instead to load one element only.
 */
export * from './core/index.js';
export { CoSpace } from './components/space/space.js';
export { CoSkillOffer } from './components/skill-offer/skill-offer.js';
export {
  CoPartnershipVote,
  type VoteDetail,
} from './components/partnership-vote/partnership-vote.js';
export { CoJourneyMap } from './components/journey-map/journey-map.js';
export { CoIdeaBoard } from './components/idea-board/idea-board.js';
