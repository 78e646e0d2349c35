import * as v from 'valibot';
import { describeIssues } from './validation.js';

/**
 * A group people take part as. Parity gives each group its weight whatever its head count.
 * `label` is plain text or a map by language (`{"en": "Young people", "cy": "Pobl ifanc"}`);
 * the two default groups have built-in English and Welsh labels.
 */
export interface Group {
  id: string;
  label?: string | Readonly<Record<string, string>>;
  /** Relative weight, any positive number; weights are normalised. Default 1. */
  weight?: number;
}

/** A group's weight, 1 unless set; one that is not a number above 0 is the page's mistake, so it throws. */
export function groupWeight(group: Group): number {
  const weight = group.weight ?? 1;
  if (!Number.isFinite(weight) || weight <= 0) {
    throw new Error(`the weight of group "${group.id}" must be a number more than 0`);
  }
  return weight;
}

export const defaultGroups: readonly Group[] = Object.freeze([
  { id: 'community' },
  { id: 'professional' },
]);

const GroupSchema = v.object({
  id: v.pipe(
    v.string('a group needs an "id" that is text'),
    v.regex(/^[\w-]{1,40}$/, 'a group "id" is 1–40 letters, digits, "-" or "_"'),
  ),
  label: v.optional(
    v.union(
      [
        v.pipe(v.string(), v.maxLength(200)),
        v.record(v.string(), v.pipe(v.string(), v.maxLength(200))),
      ],
      'a group "label" is text or {"en": …, "cy": …}',
    ),
  ),
  weight: v.optional(
    v.pipe(
      v.number('a group "weight" is a number'),
      v.finite('a group "weight" is a finite number'),
      v.gtValue(0, 'a group "weight" must be more than 0'),
    ),
  ),
});

const GroupsSchema = v.pipe(
  v.array(GroupSchema, 'groups are a list, like [{"id": "community"}, {"id": "professional"}]'),
  v.minLength(1, 'at least one group is needed'),
  v.check(
    (groups) => new Set(groups.map((g) => g.id)).size === groups.length,
    'each group "id" must be different',
  ),
);

/**
 * Checks a page's own groups (parsed JSON or a property value). Accepts a list of ids as a
 * shorthand (`["tenants", "staff"]`). Throws an Error that says what is wrong.
 */
export function parseGroups(value: unknown): Group[] {
  const input = Array.isArray(value)
    ? value.map((item: unknown) => (typeof item === 'string' ? { id: item } : item))
    : value;
  const result = v.safeParse(GroupsSchema, input);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

/**
 * The name of a group in `lang`: the page's label (in that language, else English, else the
 * first given), the built-in label of a default group, or its id.
 */
export function groupLabel(
  group: Group,
  lang: string,
  builtIn: (key: string) => string | undefined,
): string {
  const { label } = group;
  if (typeof label === 'string') return label;
  if (label) return label[lang] ?? label.en ?? Object.values(label)[0] ?? group.id;
  return builtIn(`group.${group.id}`) ?? group.id;
}

/** Weights normalised to sum to 1, by group id. */
export function normalisedWeights(groups: readonly Group[]): Map<string, number> {
  const total = groups.reduce((sum, g) => sum + (g.weight ?? 1), 0);
  return new Map(groups.map((g) => [g.id, (g.weight ?? 1) / total]));
}
