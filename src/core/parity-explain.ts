/**
 * `explainTally`: plain sentences that say how a parity result was reached, in English or
 * Welsh, for any page or server (both languages are here at once; `<co-partnership-vote>`
 * uses parity-explain-sentences.ts with its own words, so an English page loads no Welsh).
 */
import { translate, type Catalogs } from './i18n.js';
import type { TallyResult } from './parity.js';
import { explainSentences, type ExplainOptions } from './parity-explain-sentences.js';
import { explainEnglish } from './parity-explain-messages.js';
import { explainWelsh } from './parity-explain-messages-cy.js';
import { rankedExplainEnglish } from './parity-explain-ranked-messages.js';
import { rankedExplainWelsh } from './parity-explain-ranked-messages-cy.js';

export type { ExplainOptions };

/** Every sentence's words, by language: the count's, and those ranked and graded votes add. */
export const explainMessages: Catalogs = {
  en: { ...explainEnglish, ...rankedExplainEnglish },
  cy: { ...explainWelsh, ...rankedExplainWelsh },
};

/** The sentences, in reading order. */
export function explainTally(result: TallyResult, options: ExplainOptions): string[] {
  return explainSentences(result, options, (key, params) =>
    translate(explainMessages, options.lang, key, params),
  );
}
