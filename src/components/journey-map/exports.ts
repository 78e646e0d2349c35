import { toCsv, type CsvRow } from '../../core/csv.js';
import { downloadRecordFile } from '../../core/download.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import type { Lane } from './lanes.js';
import type { MapHost } from './map-host.js';
import { ideaLinkText, type MapContext } from './view-context.js';
import {
  layers,
  liveNotes,
  orderedStages,
  type Evidence,
  type IdeaLink,
  type JourneyData,
  type Layer,
} from './model.js';

/** Words for the CSV, in the element's language. */
export interface ExportWords {
  /** The header row: one word per column of {@link noteRows}. */
  header: readonly string[];
  lane: (id: string) => string;
  layer: (layer: Layer) => string;
  group: (id: string) => string;
  evidence: (evidence: Evidence) => string;
  /** The linked idea's current column, when known. */
  ideaColumn: (link: IdeaLink) => string;
}

export const csvColumns = [
  'stage-number',
  'stage',
  'lane',
  'layer',
  'note',
  'group',
  'evidence',
  'idea',
  'idea-board',
  'idea-column',
] as const;

/**
 * One row per note, in the map's order (stage, then lane, then as-is before after, then
 * oldest first), after a header row. Notes in lanes the page hides are exported too: they
 * are still the participants' words.
 */
export function noteRows(data: JourneyData, lanes: readonly Lane[], words: ExportWords): CsvRow[] {
  const stages = orderedStages(data);
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(lanes.map((lane, index) => [lane.id, index]));
  const laneOrder = (id: string) => laneIndex.get(id) ?? lanes.length;
  const notes = liveNotes(data)
    .filter((note) => stageIndex.has(note.stage))
    .sort(
      (a, b) =>
        stageIndex.get(a.stage)! - stageIndex.get(b.stage)! ||
        laneOrder(a.lane) - laneOrder(b.lane) ||
        layers.indexOf(a.layer) - layers.indexOf(b.layer),
    );
  const rows: CsvRow[] = [[...words.header]];
  for (const note of notes) {
    const index = stageIndex.get(note.stage)!;
    const link = note.linkedIdea;
    rows.push([
      index + 1,
      stages[index].name,
      words.lane(note.lane),
      words.layer(note.layer),
      note.text,
      note.group ? words.group(note.group) : '',
      note.evidence ? words.evidence(note.evidence) : '',
      link?.idea ?? '',
      link?.board ?? '',
      link ? words.ideaColumn(link) : '',
    ]);
  }
  return rows;
}

/**
 * Styles that make the curve look the same outside the page, with SVG's initial values: a
 * property is written onto an element only where it differs from what the element would
 * inherit in the file, so the file stays small.
 */
const copiedStyles: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'text-anchor': 'start',
  opacity: '1',
};

/**
 * The curve as a standalone SVG file. The rendered element is cloned and serialised with
 * `XMLSerializer` (text stays text: no HTML is parsed), its computed colours and line styles
 * written onto the clone so that the file looks like the page (theme included) without the
 * element's stylesheet.
 */
function serialiseSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map(live.map((element) => [element, getComputedStyle(element)]));
  live.forEach((element, index) => {
    const own = computed.get(element)!;
    const parent = element === svg ? undefined : computed.get(element.parentElement!);
    for (const [property, initial] of Object.entries(copiedStyles)) {
      const value = own.getPropertyValue(property);
      const inherited = parent ? parent.getPropertyValue(property) : initial;
      if (value && value !== inherited) copies[index].setAttribute(property, value);
    }
    for (const name of ['class', 'part', 'style']) copies[index].removeAttribute(name);
  });
  // Lit's markers are comments: they mean nothing in a file.
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.viewBox.baseVal;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

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
