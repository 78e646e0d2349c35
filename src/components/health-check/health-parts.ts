/**
 * The health check's parts that load by import() when first shown rather than with the
 * element: the facilitator's panel (only facilitators see it), the results view (shown once
 * a facilitator reveals them) and the CSV tables (a facilitator's downloads, `exportCsv()`).
 * In one table, so that a test can stand in an unreachable network (a loader that fails) for
 * any of them.
 */
export const healthParts = {
  facilitator: () => import('./facilitator-panel.js'),
  results: () => import('./results-part.js'),
  downloads: () => import('./health-downloads.js'),
};
