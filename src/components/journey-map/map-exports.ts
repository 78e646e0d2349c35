import { toCsv } from '../../core/csv.js';
import { downloadRecordFile } from '../../core/download.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import type { JourneyData } from './model.js';
import { noteRows, serialiseSvg, csvColumns } from './export.js';
import type { MapHost } from './map-host.js';
import type { MapContext } from './view-context.js';
import { ideaLinkText } from './view-context.js';

/**
 * The three downloads: the map's record as JSON (the envelope an import reads back), the notes
 * as CSV for a spreadsheet, and the feelings curve as an SVG file.
 */
export class MapExports {
  constructor(
    private readonly host: MapHost,
    private readonly context: () => MapContext,
    private readonly lanes: () => Parameters<typeof noteRows>[1],
  ) {}

  /** The record's envelope, with anything still waiting saved first. */
  async envelope(): Promise<Envelope<JourneyData>> {
    await this.host.flush();
    const { space, id } = this.host.record();
    return createEnvelope({ space, kind: 'journey-map', id }, this.host.data());
  }

  /** Downloads the envelope. */
  async json(): Promise<void> {
    const envelope = await this.envelope();
    downloadRecordFile(envelope, 'json', JSON.stringify(envelope, null, 2));
    this.host.announce(this.host.t('export.done'));
  }

  /** One row per note: stage, lane, layer, words, group, evidence and linked idea. */
  csvText(): string {
    const ctx = this.context();
    const rows = noteRows(ctx.data, this.lanes(), {
      header: csvColumns.map((column) => ctx.t(`csv.${column}`)),
      lane: ctx.laneName,
      layer: (layer) => ctx.t(`layer.${layer}`),
      group: ctx.groupName,
      evidence: ctx.evidenceText,
      ideaColumn: (link) => {
        const state = ctx.ideaState(link);
        return state.state === 'found'
          ? ctx.ideaColumnName(state.standing.column)
          : ideaLinkText(ctx, link);
      },
    });
    return toCsv(rows);
  }

  private record() {
    return { ...this.host.record(), kind: 'journey-map' };
  }

  /** Downloads the notes as CSV. */
  csv(): void {
    downloadRecordFile(this.record(), 'csv', this.csvText());
    this.host.announce(this.host.t('export.done'));
  }

  /** The curve as drawn, as a file; false when there is no curve to save. */
  svg(): boolean {
    const curve = this.host.element.renderRoot.querySelector<SVGSVGElement>('svg.curve');
    if (!curve) return false;
    downloadRecordFile(this.record(), 'svg', serialiseSvg(curve));
    this.host.announce(this.host.t('export.done'));
    return true;
  }
}
