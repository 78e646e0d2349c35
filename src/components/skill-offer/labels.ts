import * as v from 'valibot';
import { describeIssues } from '../../core/validation.js';
import { localised } from '../../core/skills.js';

/**
 * The page's own words for labels and hints: `{"name": "Your name or nickname",
 * "experience-hint": {"en": "…", "cy": "…"}}`. Keys are a label's key (`name`, `email`,
 * `phone`, `contact`, `skills`, `new-skill`, `experience`, `ways`, `hours`, `days`, `times`,
 * `support`, `support-other`, `consent`, `consent-contact`, `consent-share`, `group`), or
 * that key with `-hint` for its hint.
 */
export type LabelOverrides = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

const Text = v.pipe(v.string(), v.maxLength(500));
const LabelsSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/, 'a label key is a field name, like "name"')),
  v.union(
    [Text, v.record(v.string(), Text)],
    'a label is text or {"en": …, "cy": …}, at most 500 characters',
  ),
  'labels are an object, like {"name": "Your name or nickname"}',
);

/** Checks the `labels` attribute or property; throws an Error that says what is wrong. */
export function parseLabels(value: unknown): LabelOverrides {
  const result = v.safeParse(LabelsSchema, value);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

/** The page's text for `key` in `lang`, if it gave one. */
export function overrideFor(
  labels: LabelOverrides | undefined,
  key: string,
  lang: string,
): string | undefined {
  const label = labels?.[key];
  if (label === undefined) return undefined;
  return localised(label, lang) || undefined;
}
