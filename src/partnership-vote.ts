/**
 * Registers `<co-partnership-vote>` (`import 'together-kit/partnership-vote.js'`, or `dist/cdn/partnership-vote.js` in a page).
 * The element class itself is in components/partnership-vote/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoPartnershipVote } from './components/partnership-vote/partnership-vote.js';
import { defineElement } from './core/define.js';

defineElement('co-partnership-vote', CoPartnershipVote);

export { CoPartnershipVote };
