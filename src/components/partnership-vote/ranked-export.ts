import type { CsvRow } from '../../core/csv.js';
import type { TallyResult } from '../../core/parity.js';
import type { StoredBallot } from './model.js';
import type { ExportWords } from './export-words.js';

/**
 * The downloads' parts for ranked and graded votes: a ballot's cell (its position, or its
 * grade in words), and the rows added under the results: every instant-runoff round, or each
 * option's grades. Exact shares go out as decimals, never "1/2", which a spreadsheet reads as
 * a date.
 */

/** A ranked ballot's cell: the option's position (1 the first), empty when not ranked. */
export function rankCell(ballot: StoredBallot, option: string): string | number {
  return ballot.ranks?.[option] ?? '';
}

/** A graded ballot's cell: the grade in words, empty when not graded. */
export function gradeCell(ballot: StoredBallot, option: string, words: ExportWords): string {
  const grade = ballot.grades?.[option];
  return grade === undefined ? '' : words.word(`vote.grade.${grade}`);
}

const decimal = (value: number) => Number(value.toFixed(6));

/**
 * After an empty row: one row per option per round, then the ballots with no preference left.
 * None for a Borda count, which has no rounds.
 */
export function roundRows(result: TallyResult, words: ExportWords): CsvRow[] {
  if (!result.rounds) return [];
  const { word } = words;
  const rows: CsvRow[] = [
    [],
    [
      word('vote.export.round'),
      word('vote.export.option'),
      word('vote.export.round-ballots'),
      word('vote.export.round-share'),
      word('vote.export.round-share-exact'),
      word('vote.export.round-eliminated'),
    ],
  ];
  for (const round of result.rounds) {
    for (const entry of round.options) {
      rows.push([
        round.round,
        words.optionLabel(entry.option),
        entry.support,
        entry.share.percent,
        decimal(entry.share.value),
        word(round.eliminated === entry.option ? 'vote.export.yes' : 'vote.export.no'),
      ]);
    }
    const { exhausted } = round;
    rows.push([
      round.round,
      word('vote.export.exhausted'),
      exhausted.support,
      exhausted.share.percent,
      decimal(exhausted.share.value),
      '',
    ]);
  }
  return rows;
}

/** After an empty row: one row per option, each group's ballots by grade, the parity share of
 * each grade and the middle grade. */
export function gradeRows(result: TallyResult, words: ExportWords): CsvRow[] {
  if (!result.grades) return [];
  const { word } = words;
  const scale = Array.from({ length: result.scale ?? 5 }, (_, grade) => grade);
  const gradeWord = (grade: number) => word(`vote.grade.${grade}`);
  const header: string[] = [word('vote.export.option')];
  for (const group of result.groups) {
    for (const grade of scale) {
      header.push(
        word('vote.export.grade-count', {
          group: words.groupLabel(group.group),
          grade: gradeWord(grade),
        }),
      );
    }
  }
  for (const grade of scale)
    header.push(word('vote.export.grade-share', { grade: gradeWord(grade) }));
  header.push(word('vote.export.median'));
  const rows: CsvRow[] = [[], header];
  for (const entry of result.grades) {
    rows.push([
      words.optionLabel(entry.option),
      ...entry.groups.flatMap((group) => group.counts),
      ...entry.distribution.map((share) => share.percent),
      gradeWord(entry.median),
    ]);
  }
  return rows;
}
