/**
 * The space's part that loads by import() when first used rather than with the space: reading
 * an import file (validation, migrations, where a JSON error is) and writing an export, a fifth
 * of its weight. In a table, so that a test can stand in an unreachable network for it.
 */
export const spaceParts = {
  file: () => import('../../core/store/import-file.js'),
};
