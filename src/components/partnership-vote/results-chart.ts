import { svg, html, nothing, type TemplateResult } from 'lit';

/**
 * The results as horizontal bars: one solid bar per option for the parity result and, when
 * asked, an outlined bar under it for the head count, so the difference is seen at a glance
 * and not by colour alone. The SVG is one image (`role="img"`) whose text alternative says
 * every figure; the table below it holds the same numbers for reading and copying.
 *
 * Lengths are percentages of the chart's width rather than a scaled viewBox, so the text
 * stays at the page's font size on a phone.
 */

export interface ChartRow {
  label: string;
  /** Shown percentages, as in the table. */
  parity: number;
  raw: number;
  /** Extra words after the label ("blocked"). */
  note?: string;
  /** Consent: an objection blocks it, so its bar is drawn grey with a dashed edge. */
  blocked?: boolean;
}

export interface ChartContext {
  rows: readonly ChartRow[];
  showRaw: boolean;
  rtl: boolean;
  /** What the image says: every figure, in words. */
  summary: string;
  percent: (value: number) => string;
}

const LINE = 22;
const BAR = 22;
const GAP = 4;
const ROW_GAP = 18;
/** The bars use this much of the width; the rest holds the figure after the longest bar. */
const TRACK = 80;
/** Characters per label line: about what fits a 360px phone at 16px. */
const LINE_CHARS = 34;
const MAX_LINES = 2;

/** Splits a label into at most two lines at spaces, ending in "…" when it is longer. */
export function wrapLabel(text: string, width = LINE_CHARS, maxLines = MAX_LINES): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let next = 0;
  while (next < words.length && lines.length < maxLines) {
    let line = words[next++];
    while (next < words.length && [...`${line} ${words[next]}`].length <= width) {
      line += ` ${words[next++]}`;
    }
    lines.push(clip(line, width));
  }
  if (next < words.length) {
    // Words are left over: the last line says so.
    const last = [...lines[lines.length - 1]];
    const kept = last.length < width ? last : last.slice(0, width - 1);
    lines[lines.length - 1] = `${kept.join('').replace(/…$/, '')}…`;
  }
  return lines;
}

/** The label's lines, then the note ("blocked"), which is never cut short: it may be the point. */
export function labelLines(row: Pick<ChartRow, 'label' | 'note'>): string[] {
  const lines = wrapLabel(row.label);
  if (!row.note) return lines;
  const note = `(${row.note})`;
  const last = lines.length - 1;
  if (last >= 0 && [...`${lines[last]} ${note}`].length <= LINE_CHARS) {
    lines[last] = `${lines[last]} ${note}`;
  } else {
    lines.push(note);
  }
  return lines;
}

/** A single word longer than a line is cut, with "…". */
function clip(text: string, width: number): string {
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, width - 1).join('')}…`;
}

export function renderChart(context: ChartContext): TemplateResult {
  const { rows, showRaw, rtl } = context;
  let y = 0;
  const parts = rows.map((row) => {
    const lines = labelLines(row);
    const top = y;
    const barsTop = top + lines.length * LINE + GAP;
    y = barsTop + BAR + (showRaw ? GAP + BAR : 0) + ROW_GAP;
    return svg`<g class="chart-row">
      ${lines.map(
        (line, index) =>
          svg`<text class="chart-label" x=${rtl ? '100%' : '0'} y=${top + (index + 1) * LINE - 6}
            text-anchor=${rtl ? 'end' : 'start'}>${line}</text>`,
      )}
      ${bar(context, row.blocked ? 'bar blocked' : 'bar', row.parity, barsTop)}
      ${showRaw ? bar(context, 'raw-bar', row.raw, barsTop + BAR + GAP) : nothing}
    </g>`;
  });
  const height = Math.max(y - ROW_GAP, 1);
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-label=${context.summary}
    width="100%"
    height=${height}
  >
    <title>${context.summary}</title>
    ${parts}
  </svg>`;
}

function bar(context: ChartContext, kind: string, percent: number, top: number) {
  const { rtl } = context;
  const width = (Math.min(Math.max(percent, 0), 100) * TRACK) / 100;
  // The figure sits just past the end of the bar, on the reading side.
  const textAt = width + 1.5;
  return svg`<rect class="track" x=${rtl ? `${100 - TRACK}%` : '0'} y=${top} width=${`${TRACK}%`}
      height=${BAR}></rect>
    <rect class=${kind} x=${rtl ? `${100 - width}%` : '0'} y=${top} width=${`${width}%`}
      height=${BAR}></rect>
    <text class="chart-figure" x=${`${rtl ? 100 - textAt : textAt}%`} y=${top + BAR - 6}
      text-anchor=${rtl ? 'end' : 'start'}>${context.percent(percent)}</text>`;
}
