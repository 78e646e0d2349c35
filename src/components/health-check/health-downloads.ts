import { toCsv } from '../../core/csv.js';
import { downloadRecordFile } from '../../core/download.js';
import type { HealthResults } from '../../core/health-results.js';
import { answerRows, resultRows } from './health-export.js';
import { HEALTH_KIND, type HealthRound, type StoredResponse } from './model.js';
import type { ResultsWords } from './results-words.js';

export { healthExportWords as words } from './export-messages.js';

/** What the downloads read from the element. */
export interface DownloadsHost {
  readonly rounds: HealthRound[];
  readonly storageController: { space: string; id: string };
  readonly resultsWords: ResultsWords;
  responses(round: string): StoredResponse[];
  results(round: string): HealthResults;
}

/** A table the health check gives as CSV. */
export type HealthTable = 'answers' | 'results';

/**
 * The facilitator's downloads of the answers and the results, and `exportCsv()`'s tables:
 * loaded by import() with their words when first asked for (most people never download).
 */
export class HealthDownloads {
  constructor(private readonly host: DownloadsHost) {}

  /** One row per response of every round, with no participant ids. */
  answersCsv(): string {
    const { host } = this;
    const rounds = host.rounds;
    const responses = rounds.flatMap((round) => host.responses(round.id));
    const numberOf = (id: string) => rounds.find((round) => round.id === id)?.number ?? 0;
    return toCsv(answerRows(responses, numberOf, host.resultsWords));
  }

  /** The results of every round; groups below `min-responses` are left out. */
  resultsCsv(): string {
    const { host } = this;
    const rounds = host.rounds.map((round) => ({
      number: round.number,
      results: host.results(round.id),
    }));
    return toCsv(resultRows(rounds, host.resultsWords));
  }

  csv(table: HealthTable): string {
    return table === 'results' ? this.resultsCsv() : this.answersCsv();
  }

  /** Saves a table as a file; the name says the space, the record, the table and the date. */
  download(table: HealthTable): void {
    const { space, id } = this.host.storageController;
    downloadRecordFile({ space, kind: HEALTH_KIND, id }, 'csv', this.csv(table), table);
  }
}
