import type { MessageParams } from '../../core/i18n.js';

export { explainSentences } from '../../core/parity-explain-sentences.js';
export { renderResults } from './results-view.js';
export { resultsWords as words } from './results-messages.js';
export { resultsStyles as styles } from './results.styles.js';

/**
 * The results of a vote, loaded by import() when they are first shown (vote-parts.ts): the
 * view, its styles (adopted as it arrives, core/part-styles.ts), the explanation and the words of all of them (results-messages.ts).
 */

/** The explanation's words: the element's, under `explain.` (results-messages.ts). */
export function explainWords(t: (key: string, params?: MessageParams) => string) {
  return (key: string, params?: MessageParams): string => t(`explain.${key}`, params);
}
