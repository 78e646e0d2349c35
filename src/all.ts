/**
 * Registers every element and exports the public API: what `dist/together-kit.min.js` (one
 * tag) and `together-kit/all.js` give a page.
 */
import './space.js';
import './skill-offer.js';
import './partnership-vote.js';
import './idea-board.js';
import './journey-map.js';
import './health-check.js';
import './delivery-plan.js';

export * from './index.js';
