import { downloadRecordFile } from '../../core/download.js';
import type { LazyPart } from '../../core/lazy-part.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import type { Lane } from './lanes.js';
import type { MapHost } from './map-host.js';
import type { JourneyData } from './model.js';
import type { MapContext } from './view-context.js';

/**
 * The three downloads: the map's record as JSON (the envelope an import reads back), the notes
 * as CSV for a spreadsheet, and the feelings curve as an SVG file. The JSON needs nothing
 * that loads later: it is also the way out when saving fails, when the network may be gone
 * too. The CSV and the SVG come with their code and words (map-downloads.ts), loaded when
 * first asked for.
 */
export class MapExports {
  constructor(
    private readonly host: MapHost,
    private readonly context: () => MapContext,
    private readonly lanes: () => readonly Lane[],
    private readonly downloads: LazyPart<typeof import('./map-downloads.js')>,
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

  /**
   * One row per note: stage, lane, layer, words, group, evidence and linked idea. Rejects if
   * its code cannot load (the map has said so, with `co-error` `part-unavailable`).
   */
  async csvText(): Promise<string> {
    const downloads = await this.downloads.ready();
    if (!downloads) throw new Error('The map could not load what writes its table.');
    return downloads.csvText(this.context(), this.lanes());
  }

  private record() {
    return { ...this.host.record(), kind: 'journey-map' };
  }

  /** Downloads the notes as CSV. */
  csv(): void {
    this.downloads.use((downloads) => {
      downloadRecordFile(this.record(), 'csv', downloads.csvText(this.context(), this.lanes()));
      this.host.announce(this.host.t('export.done'));
    });
  }

  /** The curve as drawn, as a file; false when there is no curve to save. */
  svg(): boolean {
    const curve = this.host.element.renderRoot.querySelector<SVGSVGElement>('svg.curve');
    if (!curve) return false;
    this.downloads.use((downloads) => {
      downloadRecordFile(this.record(), 'svg', downloads.serialiseSvg(curve));
      this.host.announce(this.host.t('export.done'));
    });
    return true;
  }
}
