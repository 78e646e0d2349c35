/**
 * The results view of the health check, loaded by import() when the results are first shown
 * (health-parts.ts), with its styles (adopted as it arrives, core/part-styles.ts) and words (results-messages.ts). The figures
 * themselves (`healthCheckResults`) stay with the element: its `results()` and the results
 * download give them at once.
 */
export { renderResults } from './results-view.js';
export { healthResultsStyles as styles } from './results.styles.js';
export { resultsWords as words } from './results-messages.js';
