/**
 * The skill offer's parts that load by import() when first shown rather than with the
 * element: the review of one's own offer (after sending), the directory of offers and the
 * facilitator's exports. The review and the directory bring their own styles. In one table,
 * so that a test can stand in an unreachable network (a loader that fails) for any of them.
 */
export const offerParts = {
  review: () => import('./review-view.js'),
  directory: () => import('./directory-view.js'),
  exports: () => import('./offer-export.js'),
};
