/**
 * Registers `<co-health-check>` (`import 'together-kit/health-check.js'`, or `dist/cdn/health-check.js` in a page).
 * The element class itself is in components/health-check/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoHealthCheck } from './components/health-check/health-check.js';
import { defineElement } from './core/define.js';

defineElement('co-health-check', CoHealthCheck);

export { CoHealthCheck };
