import * as v from 'valibot';
import { describeIssues } from './validation.js';

/** Plain text, or the same text by language (`{"en": "Young people", "cy": "Pobl ifanc"}`). */
type LabelText = string | Readonly<Record<string, string>>;

/** A setting the page lists by id with an optional label: a group, a board column, a map lane. */
export interface Labelled {
  id: string;
  label?: LabelText;
}

/** What differs between the lists a page gives as `groups`, `columns` or `lanes`. */
export interface LabelledListRules {
  /** One of them, in the messages: `group`. */
  noun: string;
  /** What the whole list should look like, said when it is not a list. */
  notAList: string;
  /** The longest label, in characters. */
  labelMax: number;
  /** At most this many, with the words said when there are more. */
  most?: readonly [number, string];
  /** Settings beyond `id` and `label` (a lane's `hidden`), checked as they are. */
  more?: v.ObjectEntries;
  /** What a plain string in the list stands for; by default its id. */
  fromText?: (text: string, index: number) => Labelled;
}

/**
 * One parser for "a list of {id, label} settings" given as parsed JSON text or a property
 * value: a list of objects, or of strings as a shorthand. Groups, board columns and map lanes
 * all read this way, so they say the same things about the same mistakes. The parser throws
 * an Error whose message says what is wrong.
 */
export function labelledListParser<T extends Labelled>(
  rules: LabelledListRules,
): (value: unknown) => T[] {
  const { noun, labelMax } = rules;
  const label = v.pipe(v.string(), v.maxLength(labelMax));
  const item = v.object({
    id: v.pipe(
      v.string(`a ${noun} needs an "id" that is text`),
      v.regex(/^[\w-]{1,40}$/, `a ${noun} "id" is 1–40 letters, digits, "-" or "_"`),
    ),
    label: v.optional(
      v.union(
        [label, v.record(v.string(), label)],
        `a ${noun} "label" is text or {"en": …, "cy": …}`,
      ),
    ),
    ...rules.more,
  });
  const list = v.pipe(
    v.array(item, rules.notAList),
    v.minLength(1, `at least one ${noun} is needed`),
    v.maxLength(rules.most?.[0] ?? Infinity, rules.most?.[1]),
    v.check(
      (items) => new Set(items.map((i) => i.id)).size === items.length,
      `each ${noun} "id" must be different`,
    ),
  );
  const fromText = rules.fromText ?? ((id: string) => ({ id }));
  return (value) => {
    const input = Array.isArray(value)
      ? value.map((entry: unknown, index) =>
          typeof entry === 'string' ? fromText(entry, index) : entry,
        )
      : value;
    const result = v.safeParse(list, input);
    if (!result.success) throw new Error(describeIssues(result.issues));
    return result.output as T[];
  };
}

/**
 * The name of a labelled setting in `lang`: the page's label (in that language, else English,
 * else the first given), the built-in label (message `<prefix>.<id>`) of a default one, or
 * its id.
 */
export function labelIn(
  item: Labelled,
  prefix: string,
  lang: string,
  builtIn: (key: string) => string | undefined,
): string {
  const { label } = item;
  if (typeof label === 'string') return label;
  if (label) return label[lang] ?? label.en ?? Object.values(label)[0] ?? item.id;
  return builtIn(`${prefix}.${item.id}`) ?? item.id;
}

/**
 * A group people take part as. Parity gives each group its weight whatever its head count.
 * `label` is plain text or a map by language (`{"en": "Young people", "cy": "Pobl ifanc"}`);
 * the two default groups have built-in English and Welsh labels.
 */
export interface Group extends Labelled {
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

/**
 * Checks a page's own groups (parsed JSON or a property value). Accepts a list of ids as a
 * shorthand (`["tenants", "staff"]`). Throws an Error that says what is wrong.
 */
export const parseGroups: (value: unknown) => Group[] = labelledListParser<Group>({
  noun: 'group',
  notAList: 'groups are a list, like [{"id": "community"}, {"id": "professional"}]',
  labelMax: 200,
  more: {
    weight: v.optional(
      v.pipe(
        v.number('a group "weight" is a number'),
        v.finite('a group "weight" is a finite number'),
        v.gtValue(0, 'a group "weight" must be more than 0'),
      ),
    ),
  },
});

/**
 * The name of a group in `lang`: the page's label (in that language, else English, else the
 * first given), the built-in label of a default group, or its id.
 */
export function groupLabel(
  group: Group,
  lang: string,
  builtIn: (key: string) => string | undefined,
): string {
  return labelIn(group, 'group', lang, builtIn);
}

/** Weights normalised to sum to 1, by group id. */
export function normalisedWeights(groups: readonly Group[]): Map<string, number> {
  const total = groups.reduce((sum, g) => sum + (g.weight ?? 1), 0);
  return new Map(groups.map((g) => [g.id, (g.weight ?? 1) / total]));
}
