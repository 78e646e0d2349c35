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
function searchTextOf(idea: Idea): string {
  let text = searchable.get(idea);
  if (text === undefined) {
    text = [idea.title, idea.detail ?? '', ...(idea.tags ?? []), idea.author ?? '']
      .join('\n')
      .toLocaleLowerCase();
    searchable.set(idea, text);
  }
  return text;
}

/** A test for ideas; every word typed must appear somewhere in the idea. */
export function matcher(filter: IdeaFilter): (idea: Idea, column: string) => boolean {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag.toLocaleLowerCase();
  return (idea, column) =>
    (!filter.column || column === filter.column) &&
    (!filter.group || idea.group === filter.group) &&
    (!tag || (idea.tags ?? []).some((t) => t.toLocaleLowerCase() === tag)) &&
    words.every((word) => searchTextOf(idea).includes(word));
}
