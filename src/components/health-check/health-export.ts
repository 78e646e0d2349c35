import type { CsvRow, CsvValue } from '../../core/csv.js';
import type { HealthResults } from '../../core/health-results.js';
import { DONT_KNOW, type StoredResponse } from './model.js';
import type { ResultsWords } from './results-words.js';

/**
 * The health check as tables for a spreadsheet: the answers (one row per response, with no
 * participant id: answers are anonymous) and the results (one row per principle and statement
 * per round). Cells are made formula-safe by `toCsv`; figures stay numbers.
 */

const round2 = (value: number | undefined) =>
  value === undefined ? undefined : Math.round(value * 100) / 100;

export function answerRows(
  responses: readonly StoredResponse[],
  roundNumber: (id: string) => number,
  words: ResultsWords,
): CsvRow[] {
  const { t, framework } = words;
  const statements = framework.principles.flatMap((p) => p.statements);
  const header: CsvRow = [
    t('health.export.round'),
    t('health.export.group'),
    t('health.export.sent'),
    t('health.export.changed'),
    ...statements.map((s) => words.statementText(s.id)),
    t('health.export.ladder'),
    ...framework.principles.map((p) =>
      t('health.export.comment', { principle: words.principleName(p.id) }),
    ),
  ];
  const rows = responses.map((response): CsvRow => [
    roundNumber(response.round),
    words.groupName(response.group),
    response.submittedAt,
    response.updatedAt,
    ...statements.map((s) => {
      const rating = response.ratings[s.id];
      return rating === DONT_KNOW ? t('health.scale.dont-know') : rating;
    }),
    response.ladder === undefined
      ? undefined
      : response.ladder === DONT_KNOW
        ? t('health.scale.dont-know')
        : t(`health.rung.${response.ladder}`),
    ...framework.principles.map((p) => response.comments?.[p.id]),
  ]);
  return [header, ...rows];
}

export function resultRows(
  rounds: readonly { number: number; results: HealthResults }[],
  words: ResultsWords,
): CsvRow[] {
  const { t } = words;
  const groups = rounds[0]?.results.groups.map((group) => group.group) ?? [];
  const header: CsvRow = [
    t('health.export.round'),
    t('health.export.principle'),
    t('health.export.statement'),
    ...groups.flatMap((group) => {
      const name = words.groupName(group);
      return [
        t('health.export.mean', { group: name }),
        t('health.export.spread', { group: name }),
        t('health.export.rated', { group: name }),
        t('health.export.dont-know', { group: name }),
      ];
    }),
    t('health.export.combined'),
  ];
  const rows: CsvRow[] = [header];
  for (const { number, results } of rounds) {
    for (const principle of results.principles) {
      for (const item of [principle, ...principle.statements]) {
        const isPrinciple = item === principle;
        rows.push([
          number,
          words.principleName(principle.id),
          isPrinciple ? t('health.export.all-statements') : words.statementText(item.id),
          ...groups.flatMap((group): CsvValue[] => {
            const standing = results.groups.find((entry) => entry.group === group);
            if (!standing?.shown) {
              return [t('health.export.not-shown', { count: results.minResponses }), '', '', ''];
            }
            const figure = item.groups.find((entry) => entry.group === group);
            return [round2(figure?.mean), round2(figure?.spread), figure?.rated, figure?.dontKnow];
          }),
          round2(item.combined),
        ]);
      }
    }
  }
  return rows;
}
