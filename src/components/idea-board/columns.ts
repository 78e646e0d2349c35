import { labelledListParser, type Labelled } from '../../core/groups.js';

/**
 * A column of the board. `label` is plain text or a map by language
 * (`{"en": "Now", "cy": "Nawr"}`); the default columns have built-in English and Welsh labels.
 */
export type BoardColumn = Labelled;

export const defaultColumns: readonly BoardColumn[] = Object.freeze([
  { id: 'ideas' },
  { id: 'developing' },
  { id: 'agreed' },
]);

/**
 * Checks a page's columns (parsed JSON or a property value). Plain strings are a shorthand:
 * `["Now", "Next"]` makes columns with those labels (and those ids, when they are valid ids).
 */
export const parseColumns: (value: unknown) => BoardColumn[] = labelledListParser({
  noun: 'column',
  notAList: 'columns are a list, like [{"id": "now"}, {"id": "next"}]',
  labelMax: 80,
  most: [12, 'a board has at most 12 columns'],
  fromText: (text, index) => ({
    id: /^[\w-]{1,40}$/.test(text) ? text : `column-${index + 1}`,
    label: text,
  }),
});
