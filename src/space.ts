/**
 * Registers `<co-space>` (`import 'together-kit/space.js'`, or `dist/cdn/space.js` in a page).
 * The element class itself is in components/space/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoSpace } from './components/space/space.js';
import { defineElement } from './core/define.js';

defineElement('co-space', CoSpace);

export { CoSpace };
