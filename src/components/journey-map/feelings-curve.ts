import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { StageComparison } from './comparison.js';
import { feelingScores, type FeelingScore, type Layer } from './model.js';

/** What the curve needs, with every word already in the element's language. */
export interface CurveInput {
  rows: readonly StageComparison[];
  /** The figure's title, also the exported file's `<title>`. */
  title: string;
  /** What a screen reader hears instead of the drawing (the table says it in full). */
  summary: string;
  /** The word for a score, for the axis ("Very good"). */
  word: (score: FeelingScore) => string;
  layerName: (layer: Layer) => string;
}

const COLUMN = 120;
const LEFT = 104;
const RIGHT = 16;
const TOP = 56;
const PLOT = 200;
const BOTTOM = 52;
const LABEL_CHARS = 16;

const x = (index: number) => LEFT + (index + 0.5) * COLUMN;
const y = (score: number) => TOP + ((2 - score) * PLOT) / 4;

/** A stage name in at most two short lines under its column, cut with "…" when longer. */
export function labelLines(name: string, width = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    if (lines.length === 2) break;
  }
  if (lines.length < 2 && line) lines.push(line);
  else if (line && lines.length === 2) {
    // More words than fit: end the second line at a word, with room for the "…".
    let last = lines[1];
    while (last.length >= width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
    lines[1] = `${last}…`;
  }
  return lines.map((text) => (text.length > width ? `${text.slice(0, width - 1)}…` : text));
}

/** The line through the scored stages of one layer; a stage with no score breaks it. */
export function curvePath(scores: readonly (number | undefined)[]): string {
  let path = '';
  let drawing = false;
  scores.forEach((score, index) => {
    if (score === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index)} ${y(score)} `;
    drawing = true;
  });
  return path.trim();
}

function layerMarks(layer: Layer, scores: readonly (number | undefined)[]): SVGTemplateResult {
  // Two layers are told apart by line style and marker shape, not by colour alone (WCAG 1.4.1).
  const marks = scores.map((score, index) => {
    if (score === undefined) return nothing;
    return layer === 'as-is'
      ? svg`<circle class="point as-is" cx=${x(index)} cy=${y(score)} r="6"></circle>`
      : svg`<rect class="point after" x=${x(index) - 6} y=${y(score) - 6} width="12" height="12"></rect>`;
  });
  return svg`<path class="curve-line ${layer}" d=${curvePath(scores)}></path>${marks}`;
}

function legend(input: CurveInput, shown: readonly Layer[]): SVGTemplateResult[] {
  return shown.map((layer, index) => {
    const left = LEFT + index * 220;
    const marker =
      layer === 'as-is'
        ? svg`<circle class="point as-is" cx=${left + 20} cy="24" r="6"></circle>`
        : svg`<rect class="point after" x=${left + 14} y="18" width="12" height="12"></rect>`;
    return svg`<g class="legend-item">
      <path class="curve-line ${layer}" d="M${left} 24 L${left + 40} 24"></path>${marker}
      <text class="label" x=${left + 48} y="29">${input.layerName(layer)}</text>
    </g>`;
  });
}

/**
 * The curve of feelings by stage, both layers, as SVG with a text alternative. Its size is set
 * with the `width` and `height` attributes, not a `style` attribute, which a strict CSP
 * (`style-src-attr`) refuses; it is drawn at its own size so its 13 px labels stay 13 px.
 */
export function renderCurve(input: CurveInput): TemplateResult {
  const { rows } = input;
  const width = LEFT + Math.max(rows.length, 2) * COLUMN + RIGHT;
  const height = TOP + PLOT + BOTTOM;
  const before = rows.map((row) => row.before);
  const after = rows.map((row) => row.after);
  const shown = (['as-is', 'after'] as const).filter((layer) =>
    (layer === 'as-is' ? before : after).some((score) => score !== undefined),
  );
  return html`<svg
    class="curve"
    part="curve"
    role="img"
    aria-label=${input.summary}
    viewBox="0 0 ${width} ${height}"
    width=${width}
    height=${height}
  >
    <title>${input.title}</title>
    ${feelingScores.map(
      (score) =>
        svg`<line class=${score === 0 ? 'axis' : 'grid-line'} x1=${LEFT} x2=${width - RIGHT} y1=${y(score)} y2=${y(score)}></line>
        <text class="label axis-label" x=${LEFT - 8} y=${y(score) + 5}>${input.word(score)}</text>`,
    )}
    ${rows.map((row, index) =>
      labelLines(row.stage.name).map(
        (line, n) =>
          svg`<text class="label stage-label" x=${x(index)} y=${TOP + PLOT + 22 + n * 17}>${line}</text>`,
      ),
    )}
    ${legend(input, shown)} ${shown.includes('as-is') ? layerMarks('as-is', before) : nothing}
    ${shown.includes('after') ? layerMarks('after', after) : nothing}
  </svg>`;
}
