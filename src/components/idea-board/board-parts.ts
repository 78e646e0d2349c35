/**
 * The board's parts loaded by import() when first needed rather than with the element, in one
 * table so that a test can stand in an unreachable network (a loader that fails): the pointer
 * drag of cards, loaded on the first press that could become a drag (card-drag.ts).
 */
export const boardParts = {
  drag: () => import('./drag-controller.js'),
};
