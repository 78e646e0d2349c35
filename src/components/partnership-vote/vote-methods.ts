import type { CSSResult } from 'lit';
import type { LazyCatalogs } from '../../core/i18n.js';
import type { CoElement } from '../../core/co-element.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import type { VoteMethod } from '../../core/parity-ballots.js';
import { consentRules } from '../../core/parity-consent.js';
import { marksRules } from '../../core/parity-marks.js';
import { loadStyledPart } from '../../core/part-styles.js';
import type { MethodPart } from './method-part.js';
import { voteParts } from './vote-parts.js';

type LoadedPart = MethodPart & { styles: CSSResult; words: LazyCatalogs };
type Lazy = 'ranked' | 'grades';

const marks: MethodPart = { rules: marksRules };
const consent: MethodPart = { rules: consentRules };

/**
 * The vote's methods. Single choice, approval, score, dots and consent come with the element
 * (small, and single choice is the default); a ranked or graded vote's ballot and count are
 * bigger and a page uses one method, so each loads by import() the first time its vote is
 * shown. Until it arrives the vote keeps the ballot's room and shows no results;
 * `updateComplete` waits for it. If it cannot load, the element says so (LazyPart).
 */
export class VoteMethods {
  private readonly parts: Record<Lazy, LazyPart<LoadedPart>>;
  private readonly failed = new Set<VoteMethod>();

  constructor(host: CoElement) {
    const part = (method: Lazy) =>
      new LazyPart(host, () =>
        loadStyledPart(host, () => withWords<LoadedPart>(host, voteParts[method])).catch(
          (error: unknown) => {
            this.failed.add(method);
            throw error;
          },
        ),
      );
    this.parts = { ranked: part('ranked'), grades: part('grades') };
  }

  /** The method's part could not load (the element has said so): its room is given back. */
  unavailable(method: VoteMethod): boolean {
    return this.failed.has(method);
  }

  /** The method's part; undefined while a ranked or graded one loads (this starts it) or failed. */
  get(method: VoteMethod): MethodPart | undefined {
    if (method === 'ranked' || method === 'grades') return this.parts[method].get();
    return method === 'consent' ? consent : marks;
  }

  /** The method's part, for what cannot go on without it (the tally, the downloads). */
  need(method: VoteMethod): MethodPart {
    const part = this.get(method);
    if (!part) throw new Error(`the ${method} count has not loaded: await ready first`);
    return part;
  }

  /** The method's part once it is here; undefined if it could not load. */
  async ready(method: VoteMethod): Promise<MethodPart | undefined> {
    if (method === 'ranked' || method === 'grades') return this.parts[method].ready();
    return this.get(method);
  }
}
