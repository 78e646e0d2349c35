/**
 * What a person types for an idea, a build or a cluster name, and what is wrong with it.
 * Pure: the forms show these errors GOV.UK style (a summary linking to inline messages).
 */
import { IDEA_DETAIL_MAX, IDEA_TITLE_MAX } from '../../core/idea.js';
import {
  AUTHOR_MAX,
  BUILD_MAX,
  CLUSTER_NAME_MAX,
  TAG_MAX,
  TAGS_MAX,
  type IdeaContent,
} from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';

export interface IdeaDraft {
  title: string;
  detail: string;
  /** Tags as typed: separated by commas. */
  tags: string;
  /** A display name; blank to stay anonymous. */
  author: string;
  column: string;
}

export const emptyDraft = (column = ''): IdeaDraft => ({
  title: '',
  detail: '',
  tags: '',
  author: '',
  column,
});

/** The most characters each field takes (the character counts show them). */
export const limits = {
  title: IDEA_TITLE_MAX,
  detail: IDEA_DETAIL_MAX,
  author: AUTHOR_MAX,
  build: BUILD_MAX,
  cluster: CLUSTER_NAME_MAX,
} as const;

/** "bus, Evening ,bus" → ["bus", "Evening"]: trimmed, blanks dropped, the same tag once. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

export function validateDraft(draft: IdeaDraft): FieldProblem[] {
  const errors: FieldProblem[] = [];
  const title = draft.title.trim();
  if (!title) errors.push({ field: 'title', key: 'error.title-required' });
  else if (title.length > limits.title)
    errors.push({ field: 'title', key: 'error.title-long', params: { max: limits.title } });
  if (draft.detail.trim().length > limits.detail)
    errors.push({ field: 'detail', key: 'error.detail-long', params: { max: limits.detail } });
  const tags = parseTags(draft.tags);
  if (tags.length > TAGS_MAX)
    errors.push({ field: 'tags', key: 'error.tags-many', params: { max: TAGS_MAX } });
  else if (tags.some((tag) => tag.length > TAG_MAX))
    errors.push({ field: 'tags', key: 'error.tag-long', params: { max: TAG_MAX } });
  if (draft.author.trim().length > limits.author)
    errors.push({ field: 'author', key: 'error.author-long', params: { max: limits.author } });
  return errors;
}

/** The checked content of a valid draft. */
export function draftContent(draft: IdeaDraft): IdeaContent {
  const detail = draft.detail.trim();
  const tags = parseTags(draft.tags);
  return {
    title: draft.title.trim(),
    ...(detail ? { detail } : {}),
    ...(tags.length ? { tags } : {}),
  };
}

/** A draft to edit an idea with. */
export function draftOf(idea: {
  title: string;
  detail?: string;
  tags?: readonly string[];
  author?: string;
  column: string;
}): IdeaDraft {
  return {
    title: idea.title,
    detail: idea.detail ?? '',
    tags: (idea.tags ?? []).join(', '),
    author: idea.author ?? '',
    column: idea.column,
  };
}

/** A short text (a build, a cluster name): required, at most `max` characters. */
export function validateShort(field: string, text: string, max: number): FieldProblem | undefined {
  const trimmed = text.trim();
  if (!trimmed) return { field, key: `error.${field}-required` };
  if (trimmed.length > max) return { field, key: `error.${field}-long`, params: { max } };
  return undefined;
}
