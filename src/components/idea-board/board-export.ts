/**
 * The facilitator's CSV: one row per idea, in board order, with its column, cluster, words,
 * the author's group, dots by group, the parity score and how many builds it has.
 */
import { toCsv, type CsvRow } from '../../core/csv.js';
import type { BoardIndex } from './board-index.js';
import type { BoardHost } from './board-host.js';
import type { Build } from './model.js';
import { noResult, type DotResults } from './votes.js';

// The CSV's column names come with it (core/lazy-part.ts `withWords`).
export { boardExportWords as words } from './export-messages.js';

export interface CsvWords {
  /** Column headings, in the board's language. */
  headings: {
    column: string;
    cluster: string;
    title: string;
    detail: string;
    tags: string;
    group: string;
    votes: (group: string) => string;
    parity: string;
    builds: string;
  };
  columnLabel: (id: string) => string;
  groupLabel: (id: string) => string;
}

export function boardCsv(
  index: BoardIndex,
  columns: readonly string[],
  groups: readonly string[],
  results: DotResults,
  builds: ReadonlyMap<string, readonly Build[]>,
  words: CsvWords,
): string {
  const h = words.headings;
  const rows: CsvRow[] = [
    [
      h.column,
      h.cluster,
      h.title,
      h.detail,
      h.tags,
      h.group,
      ...groups.map((g) => h.votes(words.groupLabel(g))),
      h.parity,
      h.builds,
    ],
  ];
  for (const column of columns) {
    for (const idea of index.order(column)) {
      const result = results.byIdea.get(idea.id) ?? noResult;
      rows.push([
        words.columnLabel(column),
        index.clusterOf(idea)?.name ?? '',
        idea.title,
        idea.detail ?? '',
        (idea.tags ?? []).join(', '),
        idea.group ? words.groupLabel(idea.group) : '',
        ...groups.map((g) => result.byGroup[g] ?? 0),
        result.percent,
        builds.get(idea.id)?.length ?? 0,
      ]);
    }
  }
  return toCsv(rows);
}

/** The board's CSV with headings and names in the board's language. */
export function boardCsvOf(host: BoardHost): string {
  const { state, settings } = host;
  const h = (key: string) => host.t(`csv.${key}`);
  return boardCsv(
    state.index,
    settings.columns.map((c) => c.id),
    settings.groups.map((g) => g.id),
    state.results,
    state.builds,
    {
      headings: {
        column: h('column'),
        cluster: h('cluster'),
        title: h('title'),
        detail: h('detail'),
        tags: h('tags'),
        group: h('group'),
        votes: (group) => host.t('csv.votes', { group }),
        parity: h('parity'),
        builds: h('builds'),
      },
      columnLabel: (id) => settings.columnName(id),
      groupLabel: (id) => settings.groupName(id),
    },
  );
}
