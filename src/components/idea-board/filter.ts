/**
 * Finding ideas: by words, tag, column and the author's group. Pure, no DOM. On a board of
 * thousands of ideas this is how a person reaches every one of them, because the board shows
 * each column a page at a time (see the element's notes on scale).
 */
import type { Idea } from './model.js';

export interface IdeaFilter {
  /** Words to find in the title, detail, tags or name. */
  text: string;
  tag: string;
  column: string;
  group: string;
}

export const noFilter: IdeaFilter = Object.freeze({ text: '', tag: '', column: '', group: '' });

export function isFiltering(filter: IdeaFilter): boolean {
  return Boolean(filter.text.trim() || filter.tag || filter.column || filter.group);
}

// Lower-cased once per idea object: ideas are replaced, never changed, so the cache stays true.
const searchable = new WeakMap<Idea, string>();

/** The idea's text that Find searches, lower-cased: title, detail, tags and name. */
export function searchTextOf(idea: Idea): string {
  let text = searchable.get(idea);
  if (text === undefined) {
    text = [idea.title, idea.detail ?? '', ...(idea.tags ?? []), idea.author ?? '']
      .join('\n')
      .toLocaleLowerCase();
    searchable.set(idea, text);
  }
  return text;
}

/** The words typed into Find, lower-cased. */
export function typedWords(filter: IdeaFilter): string[] {
  return filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A test for ideas; every word typed must appear somewhere in the idea. `holdingWords`, when
 * given, is the set of ideas that hold every typed word (from the board's WordIndex), so the
 * test need not read each idea's text.
 */
export function matcher(
  filter: IdeaFilter,
  holdingWords?: ReadonlySet<Idea>,
): (idea: Idea, column: string) => boolean {
  const words = typedWords(filter);
  const tag = filter.tag.toLocaleLowerCase();
  const hasWords = holdingWords
    ? (idea: Idea) => holdingWords.has(idea)
    : (idea: Idea) => words.every((word) => searchTextOf(idea).includes(word));
  return (idea, column) =>
    (!filter.column || column === filter.column) &&
    (!filter.group || idea.group === filter.group) &&
    (!tag || (idea.tags ?? []).some((t) => t.toLocaleLowerCase() === tag)) &&
    hasWords(idea);
}
