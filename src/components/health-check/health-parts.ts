/**
 * The health check's parts that load by import() when first shown rather than with the
 * element: the facilitator's panel (only facilitators see it), the results view (shown once
 * a facilitator reveals them), the CSV tables (a facilitator's downloads, `exportCsv()`), and
 * the nef and SCIE frameworks (only on a page that names one; Wales, the default, comes with
 * the element). In one table, so that a test can stand in an unreachable network (a loader
 * that fails) for any of them.
 */
export const healthParts = {
  facilitator: () => import('./facilitator-panel.js'),
  results: () => import('./results-part.js'),
  downloads: () => import('./health-downloads.js'),
  nef: () => import('./preset-nef.js'),
  scie: () => import('./preset-scie.js'),
};
