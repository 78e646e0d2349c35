import { html, type TemplateResult } from 'lit';
import type { StageComparison } from './comparison.js';
import type { FeelingScore } from './model.js';
import type { MapContext } from './view-context.js';

/** "+2", "0", "−1": a real minus sign, so it is read as minus, not as a dash. */
export function signed(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `\u2212${-score}`;
  return '0';
}

function scoreText(ctx: MapContext, score: FeelingScore | undefined): string {
  return score === undefined
    ? ctx.t('table.not-scored')
    : ctx.t('table.score', { word: ctx.feelingWord(score), score: signed(score) });
}

function changeText(ctx: MapContext, change: number | undefined): string {
  if (change === undefined) return ctx.t('table.not-compared');
  if (change === 0) return ctx.t('table.same');
  return ctx.t(change > 0 ? 'table.better' : 'table.worse', { count: Math.abs(change) });
}

/**
 * The curve as a table: the same scores in words, for screen readers and for print. Stages
 * are rows, so a long journey grows down the page instead of off its side.
 */
export function renderFeelingsTable(
  ctx: MapContext,
  rows: readonly StageComparison[],
): TemplateResult {
  // Its own scroll box, so a narrow screen scrolls the table and not the whole page sideways
  // (WCAG 1.4.10); focusable and named, so it scrolls by keyboard and is announced.
  return html`<div
    class="table-scroll"
    role="region"
    tabindex="0"
    aria-labelledby="feelings-table-caption"
  >
    <table class="feelings-table" part="feelings-table">
      <caption id="feelings-table-caption">
        ${ctx.t('feelings.table-caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${ctx.t('table.stage')}</th>
          <th scope="col">${ctx.t('layer.as-is')}</th>
          <th scope="col">${ctx.t('layer.after')}</th>
          <th scope="col">${ctx.t('table.change')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-stage=${row.stage.id}>
              <th scope="row">${row.stage.name}</th>
              <td data-layer="as-is">${scoreText(ctx, row.before)}</td>
              <td data-layer="after">${scoreText(ctx, row.after)}</td>
              <td>${changeText(ctx, row.change)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
