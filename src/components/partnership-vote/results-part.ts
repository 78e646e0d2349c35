import { translate, type MessageParams } from '../../core/i18n.js';
import { explainEnglish } from '../../core/parity-explain-messages.js';
import { rankedExplainEnglish } from '../../core/parity-explain-ranked-messages.js';

export { explainSentences } from '../../core/parity-explain-sentences.js';
export { renderResults } from './results-view.js';
export { resultsStyles as styles } from './results.styles.js';

/**
 * The results of a vote, loaded by import() when they are first shown (vote-parts.ts): the
 * view, its styles (adopted as it arrives, core/part-styles.ts), the explanation and the explanation's English words.
 */

const english = { en: { ...explainEnglish, ...rankedExplainEnglish } };

/**
 * The explanation's words: the element's own under `explain.` when it has them (its Welsh
 * catalog carries them, messages.ts), else the English that comes with this part.
 */
export function explainWords(t: (key: string, params?: MessageParams) => string) {
  return (key: string, params?: MessageParams): string => {
    const prefixed = `explain.${key}`;
    const text = t(prefixed, params);
    return text === prefixed ? translate(english, 'en', key, params) : text;
  };
}
