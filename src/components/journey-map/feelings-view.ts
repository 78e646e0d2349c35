import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import { compareLayers, comparisonSentence, type StageComparison } from './comparison.js';
import { renderCurve } from './feelings-curve.js';
import { renderFeelingsTable } from './feelings-table.js';
import { feelingOf, feelingScores, type FeelingScore, type Stage } from './model.js';
import type { MapContext } from './view-context.js';

/**
 * One stage's score as a native radio group: arrow keys move between the five words, and the
 * choice is saved at once (changing a score is cheap and can be changed back).
 */
export function renderFeelingChoice(
  ctx: MapContext,
  stage: Stage,
  legend = stage.name,
): TemplateResult {
  const current = feelingOf(ctx.data, stage.id, ctx.layer);
  const name = `feeling-${ctx.layer}-${stage.id}`;
  return html`<fieldset class="feeling-choice" data-stage=${stage.id}>
    <legend>${legend}</legend>
    ${feelingScores.map(
      (score) =>
        html`<label class="choice"
          ><input
            type="radio"
            name=${name}
            .value=${String(score)}
            .checked=${current === score}
            @change=${() => ctx.setFeeling(stage.id, score)}
          /><span>${ctx.feelingWord(score)}</span></label
        >`,
    )}
  </fieldset>`;
}

/** A plain sentence for the curve's text alternative: each layer's scores in order. */
function curveSummary(ctx: MapContext, rows: readonly StageComparison[]): string {
  const layerText = (pick: (row: StageComparison) => FeelingScore | undefined) =>
    rows
      .flatMap((row) => {
        const score = pick(row);
        return score === undefined ? [] : [{ stage: row.stage.name, word: ctx.feelingWord(score) }];
      })
      .map((params) => ctx.t('curve.stage-score', params))
      .join(', ');
  const before = layerText((row) => row.before);
  const after = layerText((row) => row.after);
  const parts = [ctx.t('curve.title')];
  if (before) parts.push(ctx.t('curve.layer', { layer: ctx.t('layer.as-is'), scores: before }));
  if (after) parts.push(ctx.t('curve.layer', { layer: ctx.t('layer.after'), scores: after }));
  if (!before && !after) parts.push(ctx.t('curve.empty'));
  return parts.join('. ') + '.';
}

/**
 * How people feel: the score of each stage (editable in the grid view), the curve of both
 * layers, the comparison sentence, and the same scores as a table.
 */
export function renderFeelings(ctx: MapContext, options: { choices: boolean }): TemplateResult {
  const rows = compareLayers(ctx.data);
  return html`<section class="feelings" part="feelings" aria-labelledby="feelings-title">
    ${heading(ctx.headingLevel + 1, ctx.t('feelings.title'), {
      id: 'feelings-title',
      class: 'h-sub',
    })}
    ${
      options.choices && ctx.editable && rows.length
        ? html`<fieldset class="feeling-choices controls">
            <legend>${ctx.t(`feelings.question.${ctx.layer}`)}</legend>
            <div class="choices-row">
              ${ctx.stages.map((stage) => renderFeelingChoice(ctx, stage))}
            </div>
          </fieldset>`
        : nothing
    }
    ${
      rows.length
        ? html`<div class="curve-scroll" tabindex="0" role="group" aria-label=${ctx.t('curve.box')}>
              ${renderCurve({
                rows,
                title: ctx.t('curve.title'),
                summary: curveSummary(ctx, rows),
                word: ctx.feelingWord,
                layerName: (layer) => ctx.t(`layer.${layer}`),
              })}
            </div>
            <p class="comparison" part="comparison">${comparisonSentence(rows, ctx.t)}</p>
            ${renderFeelingsTable(ctx, rows)}`
        : html`<p class="hint">${ctx.t('feelings.no-stages')}</p>`
    }
  </section>`;
}
