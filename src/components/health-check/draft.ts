import type { Framework } from './framework.js';
import { COMMENT_MAX, DONT_KNOW, type Rating, type StoredResponse } from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';

/** What a person has marked on the form so far (nothing is saved until they send it). */
export interface Draft {
  group?: string;
  ratings: Readonly<Record<string, Rating>>;
  ladder?: string;
  comments: Readonly<Record<string, string>>;
}

export const emptyDraft = (): Draft => ({ ratings: {}, comments: {} });

/** A saved response back on the form, to change it. */
export function draftFromResponse(response: StoredResponse): Draft {
  return {
    group: response.group,
    ratings: { ...response.ratings },
    ...(response.ladder && { ladder: response.ladder }),
    comments: { ...response.comments },
  };
}

export function rate(draft: Draft, statement: string, value: string): Draft {
  const rating: Rating = value === DONT_KNOW ? DONT_KNOW : Number(value);
  return { ...draft, ratings: { ...draft.ratings, [statement]: rating } };
}

export function writeComment(draft: Draft, principle: string, text: string): Draft {
  return { ...draft, comments: { ...draft.comments, [principle]: text } };
}

/** Nothing marked yet. */
export function isBlank(draft: Draft): boolean {
  return (
    Object.keys(draft.ratings).length === 0 &&
    draft.ladder === undefined &&
    Object.values(draft.comments).every((text) => text.trim() === '')
  );
}

/**
 * What stops the draft being sent, in the order of the form: the group (when asked), every
 * statement (each needs a point of the scale or "I don't know"), and comments over the limit.
 */
export function checkDraft(draft: Draft, framework: Framework, asksGroup: boolean): FieldProblem[] {
  const errors: FieldProblem[] = [];
  if (asksGroup && !draft.group) {
    errors.push({ key: 'health.error.group', field: 'group', control: 'group-0' });
  }
  for (const principle of framework.principles) {
    for (const statement of principle.statements) {
      if (draft.ratings[statement.id] === undefined) {
        errors.push({
          key: 'health.error.rating',
          field: statement.id,
          control: `rate-${statement.id}-1`,
        });
      }
    }
    if ((draft.comments[principle.id] ?? '').length > COMMENT_MAX) {
      errors.push({
        key: 'health.error.comment-long',
        field: principle.id,
        control: `comment-${principle.id}`,
      });
    }
  }
  return errors;
}

/** The draft's ratings of this framework's statements (a changed framework drops the rest). */
export function ratingsFor(draft: Draft, framework: Framework): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  for (const principle of framework.principles) {
    for (const { id } of principle.statements) {
      const value = draft.ratings[id];
      if (value !== undefined) ratings[id] = value;
    }
  }
  return ratings;
}
