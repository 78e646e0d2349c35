/**
 * An index of the words in a board's ideas, so that typing in Find on a board of 10,000 ideas
 * does not read every idea's text on each key press. Pure, no DOM.
 *
 * Find matches parts of words ("bus" finds "busy"), so the index is not a plain word lookup:
 * it keeps each distinct word once, with the ideas that hold it, and a typed word is looked for
 * inside the distinct words (far fewer than the ideas' texts, and shorter), then inside only
 * those words that held the previous, shorter text as the person types on. A typed word never
 * holds white space (the filter splits on it), so it is found in an idea's text exactly when it
 * is found inside one of the text's words: the index gives what the plain scan gives.
 */
import { searchTextOf } from './filter.js';
import type { Idea } from './model.js';

/** The words of an idea's searchable text, once each. */
function wordsOf(idea: Idea): string[] {
  return [...new Set(searchTextOf(idea).split(/\s+/).filter(Boolean))];
}

export class WordIndex {
  /** Ideas by each distinct word in their text. */
  private readonly ideasBy = new Map<string, Set<Idea>>();
  /** The last typed words looked up, with the distinct words that held each. */
  private recent = new Map<string, string[]>();
  /** The last answer, given again (the same set) while typing on finds the same words. */
  private last?: { lists: string[][]; ideas: Set<Idea> };

  static build(ideas: Iterable<Idea>): WordIndex {
    const index = new WordIndex();
    for (const idea of ideas) index.add(idea);
    return index;
  }

  add(idea: Idea): void {
    this.forget();
    for (const word of wordsOf(idea)) {
      let ideas = this.ideasBy.get(word);
      if (!ideas) this.ideasBy.set(word, (ideas = new Set()));
      ideas.add(idea);
    }
  }

  remove(idea: Idea): void {
    this.forget();
    for (const word of wordsOf(idea)) {
      const ideas = this.ideasBy.get(word);
      if (!ideas) continue;
      ideas.delete(idea);
      if (ideas.size === 0) this.ideasBy.delete(word);
    }
  }

  private forget(): void {
    this.recent.clear();
    this.last = undefined;
  }

  /** The distinct words that hold `typed`, narrowing from a shorter typed word seen last. */
  private wordsHolding(typed: string): string[] {
    const known = this.recent.get(typed);
    if (known) return known;
    let from: Iterable<string> = this.ideasBy.keys();
    for (const [earlier, words] of this.recent) {
      // Every word that holds "bus" also holds "bu": search only those.
      if (typed.includes(earlier)) from = words;
    }
    const found: string[] = [];
    for (const word of from) if (word.includes(typed)) found.push(word);
    // Remember the last few, so typing on (and deleting back) reuses them.
    if (this.recent.size >= 8) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(typed, found);
    return found;
  }

  /** Ideas whose text holds every one of `typed` (lower-cased words, none empty). */
  matching(typed: readonly string[]): Set<Idea> {
    let result: Set<Idea> | undefined;
    // The rarest word first keeps the sets small.
    const lists = typed.map((word) => this.wordsHolding(word));
    lists.sort((a, b) => a.length - b.length);
    // "li", "lib", "libr" … often hold the same few words: then the answer is the same too.
    if (this.last && sameLists(this.last.lists, lists)) return this.last.ideas;
    for (const words of lists) {
      const ideas = new Set<Idea>();
      for (const word of words) {
        for (const idea of this.ideasBy.get(word) ?? [])
          if (!result || result.has(idea)) ideas.add(idea);
      }
      result = ideas;
      if (result.size === 0) break;
    }
    this.last = { lists, ideas: result ?? new Set() };
    return this.last.ideas;
  }
}

function sameLists(a: readonly string[][], b: readonly string[][]): boolean {
  return (
    a.length === b.length &&
    a.every((list, i) => list.length === b[i].length && list.every((w, j) => w === b[i][j]))
  );
}
