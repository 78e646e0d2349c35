import type { CsvRow } from '../../core/csv.js';
import type { TallyResult, VoteMethod } from '../../core/parity.js';
import type { StoredBallot } from './model.js';
import type { ExportWords } from './export-words.js';
import type { MethodPart } from './method-part.js';

export type { ExportWords };

/**
 * The facilitator's downloads as tables, in the element's language. `toCsv` (core) turns them
 * into RFC 4180 text and neutralises cells a spreadsheet would run as formulas. Numbers stay
 * numbers, so a spreadsheet can add them up.
 */

/**
 * One row per ballot: when it was cast and last changed, the group, then each option's mark
 * (a number, or the consent in words) and, for consent, each option's reason. No participant
 * ids: the export is about the decision, not about who made it.
 */
export function ballotRows(
  ballots: readonly StoredBallot[],
  method: VoteMethod,
  options: readonly string[],
  words: ExportWords,
  part?: Pick<MethodPart, 'exportCell' | 'exportRows'>,
): CsvRow[] {
  const consent = method === 'consent';
  const header: string[] = [
    words.word('vote.export.cast-at'),
    words.word('vote.export.changed-at'),
    words.word('vote.export.group'),
    ...options.map(words.optionLabel),
    ...(consent
      ? options.map((option) =>
          words.word('vote.export.reason', { option: words.optionLabel(option) }),
        )
      : []),
  ];
  const rows: CsvRow[] = [header];
  for (const ballot of ballots) {
    const marks = options.map((option) => {
      if (consent) {
        const value = ballot.consent?.[option];
        return value === undefined ? '' : words.word(`vote.consent.${value}`);
      }
      // A ranked or graded vote's part writes its cells (ranked-export.ts).
      if (part?.exportCell) return part.exportCell(ballot, option, words);
      return ballot.marks?.[option] ?? 0;
    });
    const reasons = consent ? options.map((option) => ballot.reasons?.[option] ?? '') : [];
    rows.push([
      ballot.castAt,
      ballot.updatedAt,
      words.groupLabel(ballot.group),
      ...marks,
      ...reasons,
    ]);
  }
  return rows;
}

/**
 * One row per option: each group's raw support and share, the head count, the parity result,
 * the rank and whether it is tied or blocked; then a row of ballots counted per group.
 */
export function resultRows(
  result: TallyResult,
  words: ExportWords,
  part?: Pick<MethodPart, 'exportCell' | 'exportRows'>,
): CsvRow[] {
  const { word } = words;
  const consent = result.method === 'consent';
  const header: string[] = [word('vote.export.option')];
  for (const group of result.groups) {
    const name = words.groupLabel(group.group);
    header.push(
      word('vote.export.support', { group: name }),
      word('vote.export.share', { group: name }),
    );
    if (consent) {
      header.push(
        word('vote.export.concerns', { group: name }),
        word('vote.export.objections', { group: name }),
      );
    }
  }
  header.push(
    word('vote.export.raw-support'),
    word('vote.export.raw-share'),
    word('vote.export.parity'),
    word('vote.export.parity-share'),
    word('vote.export.rank'),
    word('vote.export.tied'),
    word('vote.export.blocked'),
  );
  const yesNo = (value: boolean) => word(value ? 'vote.export.yes' : 'vote.export.no');
  const rows: CsvRow[] = [header];
  result.options.forEach((option, index) => {
    const ranked = result.ranking.find((entry) => entry.option === option);
    const row: CsvRow[number][] = [words.optionLabel(option)];
    for (const group of result.groups) {
      const support = group.options[index];
      row.push(support.support, group.silent ? '' : support.share.percent);
      if (consent) row.push(support.concerns ?? 0, support.objections ?? 0);
    }
    const raw = result.raw.options[index];
    row.push(
      raw.support,
      raw.share.percent,
      ranked?.score.percent,
      // A decimal, not the exact "1/2", which a spreadsheet would read as a date.
      ranked === undefined ? undefined : Number(ranked.score.value.toFixed(6)),
      ranked?.rank,
      yesNo(Boolean(ranked?.tie)),
      yesNo(Boolean(ranked?.blocked)),
    );
    rows.push(row);
  });
  const turnout: CsvRow[number][] = [word('vote.export.ballots')];
  for (const group of result.groups) {
    turnout.push(group.turnout, '');
    if (consent) turnout.push('', '');
  }
  turnout.push(result.turnout);
  rows.push(turnout);
  if (part?.exportRows) rows.push(...part.exportRows(result, words));
  return rows;
}
