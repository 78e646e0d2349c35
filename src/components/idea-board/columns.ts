import * as v from 'valibot';
import { describeIssues } from '../../core/validation.js';

/**
 * A column of the board. `label` is plain text or a map by language
 * (`{"en": "Now", "cy": "Nawr"}`); the default columns have built-in English and Welsh labels.
 */
export interface BoardColumn {
  id: string;
  label?: string | Readonly<Record<string, string>>;
}

export const defaultColumns: readonly BoardColumn[] = Object.freeze([
  { id: 'ideas' },
  { id: 'developing' },
  { id: 'agreed' },
]);

const ColumnSchema = v.object({
  id: v.pipe(
    v.string('a column needs an "id" that is text'),
    v.regex(/^[\w-]{1,40}$/, 'a column "id" is 1–40 letters, digits, "-" or "_"'),
  ),
  label: v.optional(
    v.union(
      [
        v.pipe(v.string(), v.maxLength(80)),
        v.record(v.string(), v.pipe(v.string(), v.maxLength(80))),
      ],
      'a column "label" is text or {"en": …, "cy": …}',
    ),
  ),
});

const ColumnsSchema = v.pipe(
  v.array(ColumnSchema, 'columns are a list, like [{"id": "now"}, {"id": "next"}]'),
  v.minLength(1, 'at least one column is needed'),
  v.maxLength(12, 'a board has at most 12 columns'),
  v.check(
    (columns) => new Set(columns.map((c) => c.id)).size === columns.length,
    'each column "id" must be different',
  ),
);

/**
 * Checks a page's columns (parsed JSON or a property value). Plain strings are a shorthand:
 * `["Now", "Next"]` makes columns with those labels (and those ids, when they are valid ids).
 */
export function parseColumns(value: unknown): BoardColumn[] {
  const input = Array.isArray(value)
    ? value.map((item: unknown, index) =>
        typeof item === 'string'
          ? { id: /^[\w-]{1,40}$/.test(item) ? item : `column-${index + 1}`, label: item }
          : item,
      )
    : value;
  const result = v.safeParse(ColumnsSchema, input);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

/** The name of a column in `lang`, as `groupLabel` does for groups. */
export function columnLabel(
  column: BoardColumn,
  lang: string,
  builtIn: (key: string) => string | undefined,
): string {
  const { label } = column;
  if (typeof label === 'string') return label;
  if (label) return label[lang] ?? label.en ?? Object.values(label)[0] ?? column.id;
  return builtIn(`column.${column.id}`) ?? column.id;
}
