import type { BaseIssue } from 'valibot';
import { getDotPath } from 'valibot';

/**
 * Turns valibot issues into one sentence a person can act on: where, then what.
 * `records[2].schema: must be a number` reads better than a stack of nested unions.
 */
export function describeIssues(issues: readonly BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return lines.join('; ') + more;
}
