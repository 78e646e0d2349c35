import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import { renderFeelingChoice } from './feelings-view.js';
import { renderNote } from './grid-view.js';
import { notesIn, type Stage } from './model.js';
import type { MapContext } from './view-context.js';

export interface StageViewParts {
  /** The stage shown. */
  stage: Stage;
  index: number;
  go: (index: number) => void;
}

/**
 * One stage at a time, every lane stacked under it: the map on a phone, where a grid of
 * columns would need sideways scrolling. Previous and next buttons step through the stages.
 */
export function renderStageView(ctx: MapContext, parts: StageViewParts): TemplateResult {
  const { stage, index, go } = parts;
  const count = ctx.stages.length;
  const previous = ctx.stages[index - 1];
  const next = ctx.stages[index + 1];
  return html`<section class="stage-view" part="stage-view" aria-labelledby="stage-view-title">
    <nav class="stage-pager controls" aria-label=${ctx.t('stages.pager')}>
      <button
        type="button"
        class="secondary"
        data-go="previous"
        ?disabled=${!previous}
        @click=${() => go(index - 1)}
      >
        <span aria-hidden="true" class="arrow-back">←</span>
        ${ctx.t('stages.previous')}<span class="visually-hidden"
          >${previous ? `: ${previous.name}` : ''}</span
        >
      </button>
      <button
        type="button"
        class="secondary"
        data-go="next"
        ?disabled=${!next}
        @click=${() => go(index + 1)}
      >
        ${ctx.t('stages.next')}<span class="visually-hidden">${next ? `: ${next.name}` : ''}</span>
        <span aria-hidden="true" class="arrow-forward">→</span>
      </button>
    </nav>
    <div class="stage-view-head">
      ${heading(
        ctx.headingLevel + 1,
        html`<span class="stage-number"
            >${ctx.t('stage.position', { index: index + 1, count })}</span
          >
          <span class="stage-name">${stage.name}</span>`,
        { id: 'stage-view-title', class: 'h-sub', tabindex: -1 },
      )}
      ${
        ctx.editable
          ? html`<button
              type="button"
              class="secondary"
              aria-label=${ctx.t('stage.change-named', { stage: stage.name })}
              @click=${() => ctx.openStage(stage.id)}
            >
              ${ctx.t('stage.change')}
            </button>`
          : nothing
      }
    </div>
    ${ctx.lanes.map((lane) => {
      const notes = notesIn(ctx.data, stage.id, lane.id, ctx.layer);
      const name = ctx.laneName(lane.id);
      return html`<section class="lane" data-lane=${lane.id} aria-labelledby="lane-${lane.id}">
        ${heading(ctx.headingLevel + 2, name, { id: `lane-${lane.id}`, class: 'h-minor' })}
        ${
          notes.length
            ? html`<ul class="notes">
                ${notes.map((note) => renderNote(ctx, note))}
              </ul>`
            : html`<p class="empty">${ctx.t('cell.empty')}</p>`
        }
        ${
          ctx.editable
            ? html`<button
                type="button"
                class="secondary"
                data-lane=${lane.id}
                @click=${() => ctx.openNotes(stage.id, lane.id)}
              >
                ${ctx.t(notes.length ? 'lane.edit-notes' : 'lane.add-note')}<span
                  class="visually-hidden"
                  >: ${name}</span
                >
              </button>`
            : nothing
        }
      </section>`;
    })}
    ${
      ctx.editable
        ? html`<div class="controls">
            ${renderFeelingChoice(ctx, stage, ctx.t(`feelings.stage-question.${ctx.layer}`))}
          </div>`
        : nothing
    }
  </section>`;
}
