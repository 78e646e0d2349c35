/**
 * The skills taxonomy moved to core (src/core/skills.ts) so that `<co-delivery-plan>` can
 * name the same skills without importing this element; kept here for the offer's own imports.
 */
export * from '../../core/skills.js';
