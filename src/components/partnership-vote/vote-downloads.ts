import { toCsv } from '../../core/csv.js';
import { downloadRecordFile } from '../../core/download.js';
import type { TallyResult, VoteMethod } from '../../core/parity.js';
import type { StoredBallot } from './model.js';
import type { MethodPart } from './method-part.js';
import type { VoteSettings } from './vote-settings.js';
import { ballotRows, resultRows, type ExportWords } from './vote-export.js';

export { exportWords as words } from './export-messages.js';

/** What the downloads read from the element. */
export interface DownloadsHost {
  readonly ballots: StoredBallot[];
  readonly voteSettings: VoteSettings;
  readonly storageController: { space: string; id: string };
  readonly methods: { need(method: VoteMethod): MethodPart };
  t(key: string, params?: Record<string, string | number>): string;
  tally(): TallyResult;
  groupName(id: string): string;
  optionName(id: string): string;
  exportResultsJson(): string;
}

/**
 * The facilitator's downloads of the ballots and the results, and `exportCsv()`'s tables:
 * loaded by import() with their words when first asked for (most people never download).
 */
export class VoteDownloads {
  constructor(private readonly host: DownloadsHost) {}

  private get words(): ExportWords {
    const { host } = this;
    return {
      word: (key, params) => host.t(key, params),
      groupLabel: (id) => host.groupName(id),
      optionLabel: (id) => host.optionName(id),
    };
  }

  ballotsCsv(): string {
    const { host } = this;
    const { method, options } = host.voteSettings.config;
    const part = host.methods.need(method);
    return toCsv(ballotRows(host.ballots, method, options, this.words, part));
  }

  resultsCsv(): string {
    const { host } = this;
    const part = host.methods.need(host.voteSettings.config.method);
    return toCsv(resultRows(host.tally(), this.words, part));
  }

  /** Saves one download as a file; the name says the space, the record and the date. */
  download(what: 'ballots' | 'results' | 'results-json'): void {
    const { space, id } = this.host.storageController;
    const record = { space, kind: 'partnership-vote', id };
    if (what === 'ballots') downloadRecordFile(record, 'csv', this.ballotsCsv(), 'ballots');
    else if (what === 'results') downloadRecordFile(record, 'csv', this.resultsCsv(), 'results');
    else downloadRecordFile(record, 'json', this.host.exportResultsJson(), 'results');
  }
}
