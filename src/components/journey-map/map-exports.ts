import { toCsv } from '../../core/csv.js';
import { downloadFile } from '../../core/download.js';
import { createEnvelope } from '../../core/store/envelope.js';
import type { noteRows } from './export.js';
import type { MapHost } from './map-host.js';
import type { MapContext } from './view-context.js';
import { ideaLinkText } from './view-context.js';

/** The export code (rows, file names, the curve as a file): loaded when someone downloads. */
const exportCode = () => import('./export.js');

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

  /** The record as saved, with anything still waiting saved first. */
  async json(): Promise<void> {
    await this.host.flush();
    const { exportFileName } = await exportCode();
    const { space, id } = this.host.record();
    const envelope = createEnvelope({ space, kind: 'journey-map', id }, this.host.data());
    downloadFile(
      exportFileName(space, id, 'json'),
      JSON.stringify(envelope, null, 2),
      'application/json',
    );
    this.host.announce(this.host.t('export.done'));
  }

  /** One row per note: stage, lane, layer, words, group, evidence and linked idea. */
  async csv(): Promise<void> {
    const { exportFileName, noteRows, csvColumns } = await exportCode();
    const ctx = this.context();
    const { space, id } = this.host.record();
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
    downloadFile(exportFileName(space, id, 'csv'), toCsv(rows), 'text/csv;charset=utf-8');
    this.host.announce(this.host.t('export.done'));
  }

  /** The curve as drawn, as a file; false when there is no curve to save. */
  async svg(): Promise<boolean> {
    const { exportFileName, serialiseSvg } = await exportCode();
    const curve = this.host.element.renderRoot.querySelector<SVGSVGElement>('svg.curve');
    if (!curve) return false;
    const { space, id } = this.host.record();
    downloadFile(exportFileName(space, id, 'svg'), serialiseSvg(curve), 'image/svg+xml');
    this.host.announce(this.host.t('export.done'));
    return true;
  }
}
