/**
 * The vote's parts that load by import() when first shown rather than with the element: the
 * facilitator's panel (only facilitators see it), the results (most people see them, if at
 * all, after casting), and the ballot and count of a ranked or graded vote (a page uses one
 * method; vote-methods.ts), and the CSV downloads (a facilitator's, `exportCsv()`). In one table, so that a test can stand in an unreachable network
 * (a loader that fails) for any of them.
 */
export const voteParts = {
  facilitator: () => import('./facilitator-panel.js'),
  results: () => import('./results-part.js'),
  ranked: () => import('./ranked-part.js'),
  grades: () => import('./grades-part.js'),
  downloads: () => import('./vote-downloads.js'),
};
