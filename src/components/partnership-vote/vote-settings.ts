import * as v from 'valibot';
import type { Group } from '../../core/groups.js';
import type { DecisionRule, RankedCount, TallyConfig, VoteMethod } from '../../core/parity.js';
import { describeIssues } from '../../core/validation.js';

/**
 * The page's settings for a vote (attributes and properties), checked and turned into the
 * one `TallyConfig` that both the ballot form and `parityTally` read. Pure: no DOM.
 */

/** A choice to vote on. `label` is text or a map by language; without it the id is shown. */
export interface VoteOption {
  id: string;
  label?: string | Readonly<Record<string, string>>;
}

/** When participants see the results (a facilitator always sees them). */
export type ResultsMode = 'always' | 'after-vote' | 'after-close';

export const methods: readonly VoteMethod[] = [
  'single',
  'approval',
  'score',
  'consent',
  'dots',
  'ranked',
  'grades',
];
export const counts: readonly RankedCount[] = ['instant-runoff', 'borda'];
export const rules: readonly DecisionRule[] = ['plurality', 'double-majority'];
export const resultsModes: readonly ResultsMode[] = ['always', 'after-vote', 'after-close'];

const DEFAULT_DOTS = 3;
const DEFAULT_MAX_SCORE = 5;
/** Enough for any real scale, and keeps a score ballot's radio rows short enough for a phone. */
const MAX_SCORE_LIMIT = 10;
const DOTS_LIMIT = 100;

const Label = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'an option needs a label'),
  v.maxLength(300, 'an option label is at most 300 characters'),
);
const OptionSchema = v.union(
  [
    Label,
    v.object({
      id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
      label: v.optional(v.union([Label, v.record(v.string(), Label)])),
    }),
  ],
  'an option is text, or {"id": …, "label": …} with a label that is text or {"en": …, "cy": …}',
);
const OptionsSchema = v.pipe(
  v.array(OptionSchema, 'options are a list, like ["Longer opening hours", "A new bus stop"]'),
  v.minLength(1, 'at least one option is needed'),
  v.maxLength(50, 'at most 50 options'),
);

/**
 * Checks the `options` attribute or property: a list of texts (each its own id) or of
 * `{id, label}`. Throws an Error that says what is wrong.
 */
export function parseOptions(value: unknown): VoteOption[] {
  const result = v.safeParse(OptionsSchema, value);
  if (!result.success) throw new Error(describeIssues(result.issues));
  const options = result.output.map((item) => (typeof item === 'string' ? { id: item } : item));
  if (new Set(options.map((option) => option.id)).size !== options.length) {
    throw new Error('each option must be different');
  }
  return options;
}

const WEIGHTS_HINT = 'weights are an object, like {"community": 1, "professional": 1}';
const WeightsSchema = v.record(
  v.pipe(v.string(), v.minLength(1)),
  v.pipe(
    v.number('a weight is a number'),
    v.finite('a weight is a finite number'),
    v.gtValue(0, 'a weight must be more than 0'),
  ),
  WEIGHTS_HINT,
);

/** Checks the `weights` attribute or property: group id → any positive number. */
export function parseWeights(value: unknown): Record<string, number> {
  // A list is an object too, to valibot's record: say what is meant instead.
  if (Array.isArray(value)) throw new Error(WEIGHTS_HINT);
  const result = v.safeParse(WeightsSchema, value);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

const Needed = v.pipe(
  v.number('a quorum is a number'),
  v.safeInteger('a quorum is a whole number'),
  v.minValue(0, 'a quorum cannot be below 0'),
);
const QUORUM_HINT =
  'a quorum is a whole number, or one by group, like {"community": 5, "professional": 2}';
const QuorumSchema = v.union(
  [Needed, v.record(v.pipe(v.string(), v.minLength(1)), Needed)],
  QUORUM_HINT,
);

/** Checks the `quorum` attribute or property: one whole number for every group, or one by group. */
export function parseQuorum(value: unknown): number | Record<string, number> {
  if (Array.isArray(value)) throw new Error(QUORUM_HINT);
  const result = v.safeParse(QuorumSchema, value);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

/** What the element's properties hold (the JSON ones already parsed). */
export interface SettingsInput {
  method: string;
  rule: string;
  /** Ranked votes: `instant-runoff` or `borda`. */
  count?: string;
  results: string;
  dots: number;
  maxScore: number;
  groups: readonly Group[];
  weights?: Readonly<Record<string, number>>;
  quorum?: number | Readonly<Record<string, number>>;
  options: readonly VoteOption[];
}

/** A setting the page got wrong: `name` is the attribute, `detail` says what is wrong. */
export interface SettingProblem {
  name: string;
  detail: string;
}

export interface VoteSettings {
  config: TallyConfig & { maxScore: number; dots: number; rule: DecisionRule; count: RankedCount };
  results: ResultsMode;
  problems: SettingProblem[];
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function wholeNumber(value: number, least: number, most: number): boolean {
  return Number.isSafeInteger(value) && value >= least && value <= most;
}

/**
 * Reads the settings, replacing each one the page got wrong by its default and saying why,
 * so a typo in the page never stops people voting.
 */
export function readSettings(input: SettingsInput): VoteSettings {
  const problems: SettingProblem[] = [];
  const pick = <T extends string>(
    name: string,
    value: string,
    allowed: readonly T[],
    fallback: T,
  ) => {
    if (oneOf(value, allowed)) return value;
    problems.push({ name, detail: `"${value}" is not one of ${allowed.join(', ')}` });
    return fallback;
  };
  const count = (name: string, value: number, fallback: number, most: number): number => {
    if (wholeNumber(value, 1, most)) return value;
    problems.push({ name, detail: `"${value}" is not a whole number from 1 to ${most}` });
    return fallback;
  };

  const method = pick('method', input.method, methods, 'single');
  const rule = pick('rule', input.rule, rules, 'plurality');
  const rankedCount = pick('count', input.count ?? 'instant-runoff', counts, 'instant-runoff');
  const results = pick('results', input.results, resultsModes, 'after-vote');
  const dots = count('dots', input.dots, DEFAULT_DOTS, DOTS_LIMIT);
  const maxScore = count('max-score', input.maxScore, DEFAULT_MAX_SCORE, MAX_SCORE_LIMIT);
  const groups = withWeights(input.groups, input.weights, problems);
  const quorum = checkedQuorum(input.quorum, groups, problems);
  const config = {
    method,
    rule,
    options: input.options.map((option) => option.id),
    groups,
    dots,
    maxScore,
    count: rankedCount,
    ...(quorum !== undefined && { quorum }),
  };
  return { config, results, problems };
}

/** The page's weights merged into its groups; a weight for a group not set is reported. */
function withWeights(
  groups: readonly Group[],
  weights: Readonly<Record<string, number>> | undefined,
  problems: SettingProblem[],
): Group[] {
  if (!weights) return [...groups];
  const unknown = Object.keys(weights).filter((id) => !groups.some((group) => group.id === id));
  if (unknown.length > 0) {
    problems.push({ name: 'weights', detail: `no group is called ${quoted(unknown)}` });
  }
  return groups.map((group) =>
    Object.hasOwn(weights, group.id) ? { ...group, weight: weights[group.id] } : group,
  );
}

function checkedQuorum(
  quorum: SettingsInput['quorum'],
  groups: readonly Group[],
  problems: SettingProblem[],
): SettingsInput['quorum'] {
  if (quorum === undefined || typeof quorum === 'number') return quorum;
  const unknown = Object.keys(quorum).filter((id) => !groups.some((group) => group.id === id));
  if (unknown.length === 0) return quorum;
  problems.push({ name: 'quorum', detail: `no group is called ${quoted(unknown)}` });
  return Object.fromEntries(Object.entries(quorum).filter(([id]) => !unknown.includes(id)));
}

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

/** An option's name in `lang`: its label in that language, else English, else its id. */
export function optionLabel(option: VoteOption, lang: string): string {
  const { label } = option;
  if (typeof label === 'string') return label;
  if (label) return label[lang] ?? label.en ?? Object.values(label)[0] ?? option.id;
  return option.id;
}
