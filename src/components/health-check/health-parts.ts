/**
 * The health check's parts that load by import() when first shown rather than with the
 * element: the facilitator's panel (only facilitators see it) and the results view (shown
 * once a facilitator reveals them). In one table, so that a test can stand in an unreachable
 * network (a loader that fails) for either.
 */
export const healthParts = {
  facilitator: () => import('./facilitator-panel.js'),
  results: () => import('./results-part.js'),
};
