import { svg, html, nothing, type TemplateResult } from 'lit';

/**
 * The results as horizontal bars: one solid bar per option for the parity result and, when
 * asked, an outlined bar under it for the head count, so the difference is seen at a glance
 * and not by colour alone. The chart is one image (`role="img"`) whose text alternative says
 * every figure; the table below it holds the same numbers for reading and copying.
 *
 * Labels and figures are HTML text, not SVG text: they wrap at the width there is (320 px, a
 * long Welsh label), follow the page's direction, and grow with the reader's text size
 * (200 %) without overlapping the bars, which are sized in `em`. Only the bars are SVG: their
 * lengths are `width` attributes in percent, since a strict CSP refuses a `style` attribute.
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

/** A bar's length in percent of its track, kept within 0–100. */
export function barLength(percent: number): number {
  return Math.min(Math.max(percent, 0), 100);
}

export function renderChart(context: ChartContext): TemplateResult {
  const { rows, showRaw } = context;
  return html`<div class="chart" part="chart" role="img" aria-label=${context.summary}>
    ${rows.map(
      (row) =>
        html`<div class="chart-row">
          <p class="chart-label">
            ${row.label}${row.note ? html` <span class="chart-note">(${row.note})</span>` : nothing}
          </p>
          ${bar(context, row.blocked ? 'bar blocked' : 'bar', row.parity)}
          ${showRaw ? bar(context, 'raw-bar', row.raw) : nothing}
        </div>`,
    )}
  </div>`;
}

function bar(context: ChartContext, kind: string, percent: number) {
  const width = barLength(percent);
  // On a right-to-left page the bar grows from the right, where reading starts.
  const x = context.rtl ? `${100 - width}%` : '0';
  return html`<div class="chart-bar">
    <svg class="bar-track" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="0" width="100%" height="100%"></rect>
      ${svg`<rect class=${kind} x=${x} y="0" width=${`${width}%`} height="100%"></rect>`}
    </svg>
    <span class="chart-figure">${context.percent(percent)}</span>
  </div>`;
}
