/**
 * The delivery plan's parts that load by import() when first needed rather than with the
 * element: the facilitator's panel (with its own styles) and the CSV and file downloads. In
 * one table, so that a test can stand in an unreachable network (a loader that fails).
 */
export const planParts = {
  facilitator: () => import('./facilitator-panel.js'),
  exports: () => import('./plan-export.js'),
};
