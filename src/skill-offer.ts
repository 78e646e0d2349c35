/**
 * Registers `<co-skill-offer>` (`import 'together-kit/skill-offer.js'`, or `dist/cdn/skill-offer.js` in a page).
 * The element class itself is in components/skill-offer/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoSkillOffer } from './components/skill-offer/skill-offer.js';
import { defineElement } from './core/define.js';

defineElement('co-skill-offer', CoSkillOffer);

export { CoSkillOffer };
