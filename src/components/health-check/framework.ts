import * as v from 'valibot';
import { describeIssues } from '../../core/validation.js';

/**
 * What the health check asks: principles, each with its statements, and the words of the
 * scale. A page sets it as `framework` (JSON, or the name of a preset: `wales`, `nef`,
 * `scie`), or as a property. Text is plain, or a map by language (`{"en": …, "cy": …}`).
 */

export type { LocalText, Statement, Principle, Framework } from './framework-types.js';
import type { Framework, LocalText, Statement } from './framework-types.js';

/** The text in `lang`, else English, else the first given. */
export function localText(text: LocalText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

const IdSchema = v.pipe(
  v.string('an "id" is text'),
  v.regex(/^[\w-]{1,40}$/, 'an "id" is 1–40 letters, digits, "-" or "_"'),
);

const TextSchema = v.union(
  [
    v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    v.pipe(
      v.record(v.string(), v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300))),
      v.check((map) => Object.keys(map).length > 0, 'give the text in at least one language'),
    ),
  ],
  'text is words (up to 300 letters), or {"en": …, "cy": …}',
);

const StatementSchema = v.union(
  [v.object({ id: IdSchema, text: TextSchema }), TextSchema],
  'a statement is its words, or {"id": …, "text": …}',
);

const PrincipleSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  statements: v.pipe(
    v.array(StatementSchema, 'a principle\'s "statements" are a list'),
    v.minLength(1, 'each principle needs at least one statement'),
    v.maxLength(10, 'a principle has at most 10 statements'),
  ),
});

const FrameworkSchema = v.object(
  {
    title: v.optional(TextSchema),
    principles: v.pipe(
      v.array(PrincipleSchema, '"principles" are a list'),
      v.minLength(1, 'at least one principle is needed'),
      v.maxLength(12, 'at most 12 principles'),
    ),
    scale: v.optional(
      v.pipe(
        v.array(TextSchema, '"scale" is a list of words, lowest first'),
        v.minLength(3, 'a scale has 3 to 7 points'),
        v.maxLength(7, 'a scale has 3 to 7 points'),
      ),
    ),
  },
  'a framework is {"principles": [{"id": …, "label": …, "statements": […]}]}, or "wales", "nef" or "scie"',
);

/**
 * Checks a page's framework (parsed JSON, a property value, or a preset's name, which `named`
 * gives) and gives every statement an id (`<principle>-<n>` where none is given). Throws an
 * Error that says what is wrong. (The package's `parseFramework`, in all-presets.ts, knows
 * every preset at once; the element's knows Wales at once and loads nef and SCIE when named.)
 */
export function readFramework(
  value: unknown,
  named: (name: string) => Framework | undefined,
): Framework {
  if (typeof value === 'string') {
    const preset = named(value);
    if (preset) return preset;
    throw new Error(`there is no framework called "${value}" (try "wales", "nef" or "scie")`);
  }
  const result = v.safeParse(FrameworkSchema, value);
  if (!result.success) throw new Error(describeIssues(result.issues));
  const principles = result.output.principles.map((principle) => ({
    id: principle.id,
    label: principle.label,
    statements: principle.statements.map((statement, index) =>
      typeof statement === 'object' && 'id' in statement && 'text' in statement
        ? (statement as Statement)
        : { id: `${principle.id}-${index + 1}`, text: statement as LocalText },
    ),
  }));
  const ids = [
    ...principles.map((p) => p.id),
    ...principles.flatMap((p) => p.statements.map((s) => s.id)),
  ];
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw new Error(`"${repeated}" is used twice: each principle and statement needs its own id`);
  }
  return { ...result.output, principles };
}

/**
 * The attribute, or text the page sets as the property: a preset's name is written bare
 * (`framework="nef"`), so it is given as the JSON text it stands for (`"nef"`); anything else
 * is JSON already.
 */
export function frameworkJsonText(raw: string): string {
  const trimmed = raw.trim();
  return /^[\w-]+$/.test(trimmed) ? JSON.stringify(trimmed) : raw;
}

/** The number of points on the framework's scale. */
export function scalePoints(framework: Framework): number {
  return framework.scale?.length ?? 5;
}
