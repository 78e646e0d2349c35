/**
 * Registers `<co-delivery-plan>` (`import 'together-kit/delivery-plan.js'`, or `dist/cdn/delivery-plan.js` in a page).
 * The element class itself is in components/delivery-plan/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoDeliveryPlan } from './components/delivery-plan/delivery-plan.js';
import { defineElement } from './core/define.js';

defineElement('co-delivery-plan', CoDeliveryPlan);

export { CoDeliveryPlan };
