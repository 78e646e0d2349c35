/**
 * Registers `<co-journey-map>` (`import 'together-kit/journey-map.js'`, or `dist/cdn/journey-map.js` in a page).
 * The element class itself is in components/journey-map/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoJourneyMap } from './components/journey-map/journey-map.js';
import { defineElement } from './core/define.js';

defineElement('co-journey-map', CoJourneyMap);

export { CoJourneyMap };
