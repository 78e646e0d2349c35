import type { PluralMessage } from '../../core/i18n.js';

/**
 * One Welsh text for every plural form: where the noun after a number stays singular
 * ("3 syniad"), as in the board's Welsh catalogs (messages-cy.ts and its parts').
 */
export const allForms = (text: string): PluralMessage => ({
  zero: text,
  one: text,
  two: text,
  few: text,
  many: text,
  other: text,
});
