import type { BaseIssue } from 'valibot';

/** Where an issue is, as keys and indexes: `['records', 2, 'updatedAt']`. */
export function issuePath(issue: BaseIssue<unknown>): (string | number)[] {
  const path: (string | number)[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') path.push(key);
  }
  return path;
}

/** `['records', 2, 'updatedAt']` → `records[2].updatedAt`, the way a developer would write it. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Turns valibot issues into one sentence a person can act on: where, then what.
 * `records[2].schema: must be a number` reads better than a stack of nested unions.
 * A message may place the path itself with `{path}` (so a translation can put it where its
 * word order wants it); otherwise the path goes first, followed by a colon.
 */
export function describeIssues(issues: readonly BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = formatPath(issuePath(issue));
    if (issue.message.includes('{path}')) {
      return issue.message.replace('{path}', path || 'the value');
    }
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return lines.join('; ') + more;
}
