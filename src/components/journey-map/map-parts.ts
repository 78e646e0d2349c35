/**
 * The journey map's parts that load by import() when first opened rather than with the
 * element: a cell's notes dialog and a stage's dialog, each with the dialogs' styles; the
 * dragging of stages, on the first press on a stage's header; what follows the idea boards
 * that notes were posted to (when the map first holds such a note); and the CSV and SVG
 * downloads. In one table, so that a test can stand in an unreachable network (a loader that
 * fails).
 */
export const mapParts = {
  notes: () => import('./notes-dialog.js'),
  stage: () => import('./stage-dialog.js'),
  drag: () => import('./stage-drag.js'),
  ideaLinks: () => import('./idea-link.js'),
  downloads: () => import('./map-downloads.js'),
};
