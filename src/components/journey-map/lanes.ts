import * as v from 'valibot';
import { describeIssues } from '../../core/validation.js';

/**
 * A row of the map. The page may give its own list (`lanes` attribute or property): ids,
 * or objects with a label (text, or `{"en": …, "cy": …}`), `hidden` to leave a lane out, and
 * `ideas` to offer "Turn into an idea" on its notes.
 */
export interface Lane {
  id: string;
  label?: string | Readonly<Record<string, string>>;
  hidden?: boolean;
  /** Notes here can become ideas. Default: true for `pain-points` and `opportunities`. */
  ideas?: boolean;
}

/** The lanes of a service journey, as the service design books draw them. */
export const defaultLaneIds = [
  'doing',
  'touchpoints',
  'thinking',
  'feeling',
  'pain-points',
  'opportunities',
  'backstage',
] as const;

export const defaultLanes: readonly Lane[] = Object.freeze(defaultLaneIds.map((id) => ({ id })));

const LaneSchema = v.object({
  id: v.pipe(
    v.string('a lane needs an "id" that is text'),
    v.regex(/^[\w-]{1,40}$/, 'a lane "id" is 1–40 letters, digits, "-" or "_"'),
  ),
  label: v.optional(
    v.union(
      [
        v.pipe(v.string(), v.maxLength(200)),
        v.record(v.string(), v.pipe(v.string(), v.maxLength(200))),
      ],
      'a lane "label" is text or {"en": …, "cy": …}',
    ),
  ),
  hidden: v.optional(v.boolean('a lane\'s "hidden" is true or false')),
  ideas: v.optional(v.boolean('a lane\'s "ideas" is true or false')),
});

const LanesSchema = v.pipe(
  v.array(LaneSchema, 'lanes are a list, like ["doing", "pain-points"]'),
  v.minLength(1, 'at least one lane is needed'),
  v.check(
    (lanes) => new Set(lanes.map((lane) => lane.id)).size === lanes.length,
    'each lane "id" must be different',
  ),
);

/** Checks the page's lanes; ids alone are a shorthand. Throws an Error saying what is wrong. */
export function parseLanes(value: unknown): Lane[] {
  const input = Array.isArray(value)
    ? value.map((item: unknown) => (typeof item === 'string' ? { id: item } : item))
    : value;
  const result = v.safeParse(LanesSchema, input);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

export function visibleLanes(lanes: readonly Lane[]): Lane[] {
  return lanes.filter((lane) => !lane.hidden);
}

/** Whether notes in this lane offer "Turn into an idea". */
export function laneTakesIdeas(lane: Lane | undefined, id: string): boolean {
  return lane?.ideas ?? (id === 'pain-points' || id === 'opportunities');
}

/**
 * A lane's name in `lang`: the page's label (in that language, else English, else the first
 * given), the built-in name of a default lane, or the id.
 */
export function laneLabel(
  lane: Lane,
  lang: string,
  builtIn: (key: string) => string | undefined,
): string {
  const { label } = lane;
  if (typeof label === 'string') return label;
  if (label) return label[lang] ?? label.en ?? Object.values(label)[0] ?? lane.id;
  return builtIn(`lane.${lane.id}`) ?? lane.id;
}
