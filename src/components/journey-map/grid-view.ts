import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { GridNavigation } from './grid-navigation.js';
import { notesIn, type JourneyNote, type Stage } from './model.js';
import type { DragPress } from '../../core/ui/drag-press.js';
import type { StageDrag } from './stage-drag.js';
import { ideaLinkText, noteMeta, type MapContext } from './view-context.js';

export interface GridParts {
  nav: GridNavigation;
  /** The dragging of stages, whose code arrives on the first press on a header. */
  drag: DragPress<StageDrag>;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusin: (event: FocusEvent) => void;
}

/** One note as it sits in a cell or a stage view: words, who and evidence, idea link. */
export function renderNote(ctx: MapContext, note: JourneyNote): TemplateResult {
  const meta = noteMeta(ctx, note);
  return html`<li class="note" part="note" data-note=${note.id}>
    <span class="note-text">${note.text}</span>
    ${meta.length ? html`<span class="note-meta">${meta.join(' · ')}</span>` : nothing}
    ${
      note.linkedIdea
        ? html`<span class="note-idea" data-idea=${note.linkedIdea.idea}
            >${ideaLinkText(ctx, note.linkedIdea)}</span
          >`
        : nothing
    }
  </li>`;
}

/** A press on a stage's header may drag the stage; one on its buttons is a click on them. */
function pressHeader(drag: DragPress<StageDrag>, event: PointerEvent, stage: string): void {
  if ((event.target as Element).closest('button')) return;
  const header = event.currentTarget as HTMLElement;
  drag.press(event, header, (part, seen) => part.press(event, header, stage, seen));
}

function stageHeader(ctx: MapContext, parts: GridParts, stage: Stage, index: number) {
  const { nav, drag } = parts;
  const last = index === ctx.stages.length - 1;
  const shown = drag.loaded;
  const classes = {
    'stage-header': true,
    dragging: shown?.dragging === stage.id,
    'drop-target': shown?.dragging !== undefined && shown.target === index,
  };
  const labelId = `stage-label-${stage.id}`;
  // The header is named by its number and name only, so the move buttons inside it are not
  // read out again with every cell of the column.
  return html`<th
    scope="col"
    class=${classMap(classes)}
    data-row=""
    data-col=${stage.id}
    data-stage=${stage.id}
    tabindex=${nav.tabIndex('', stage.id)}
    aria-labelledby=${labelId}
    @pointerdown=${ctx.editable ? (event: PointerEvent) => pressHeader(drag, event, stage.id) : nothing}
  >
    <span id=${labelId} class="stage-title">
      <span class="stage-number">${ctx.stagePosition(stage.id)}</span>
      <span class="stage-name">${stage.name}</span>
    </span>
    ${
      ctx.editable
        ? html`<span class="stage-actions controls">
            <button
              type="button"
              class="secondary icon"
              tabindex="-1"
              aria-label=${ctx.t('stage.move-earlier-named', { stage: stage.name })}
              ?disabled=${index === 0}
              @click=${() => ctx.moveStageBy(stage.id, -1)}
            >
              <span aria-hidden="true" class="arrow-back">←</span>
            </button>
            <button
              type="button"
              class="secondary icon"
              tabindex="-1"
              aria-label=${ctx.t('stage.move-later-named', { stage: stage.name })}
              ?disabled=${last}
              @click=${() => ctx.moveStageBy(stage.id, 1)}
            >
              <span aria-hidden="true" class="arrow-forward">→</span>
            </button>
            <button
              type="button"
              class="secondary"
              tabindex="-1"
              aria-label=${ctx.t('stage.change-named', { stage: stage.name })}
              @click=${() => ctx.openStage(stage.id)}
            >
              ${ctx.t('stage.change')}
            </button>
          </span>`
        : nothing
    }
  </th>`;
}

function cell(ctx: MapContext, nav: GridNavigation, stage: Stage, lane: string) {
  const notes = notesIn(ctx.data, stage.id, lane, ctx.layer);
  // A click anywhere in the cell opens its notes, as Enter does: one big target on a phone.
  return html`<td
    role="gridcell"
    data-row=${lane}
    data-col=${stage.id}
    tabindex=${nav.tabIndex(lane, stage.id)}
    class="cell"
    @click=${ctx.editable ? () => ctx.openNotes(stage.id, lane) : nothing}
  >
    ${
      notes.length
        ? html`<ul class="notes">
            ${notes.map((note) => renderNote(ctx, note))}
          </ul>`
        : html`<span class="empty">${ctx.t(ctx.editable ? 'cell.add' : 'cell.empty')}</span>`
    }
  </td>`;
}

/**
 * The map as a WAI-ARIA grid: lanes are rows (their names are row headers), stages are
 * columns (column headers). It scrolls sideways on narrow screens with the lane names kept in
 * view. https://www.w3.org/WAI/ARIA/apg/patterns/grid/
 */
export function renderGrid(ctx: MapContext, parts: GridParts): TemplateResult {
  const { nav } = parts;
  return html`<div class="grid-scroll" part="grid-scroll">
    <table
      role="grid"
      class="grid"
      part="grid"
      aria-labelledby="map-title"
      aria-describedby="grid-hint"
      @keydown=${parts.onKeydown}
      @focusin=${parts.onFocusin}
    >
      <thead>
        <tr>
          <td class="corner"></td>
          ${ctx.stages.map((stage, index) => stageHeader(ctx, parts, stage, index))}
        </tr>
      </thead>
      <tbody>
        ${ctx.lanes.map(
          (lane) =>
            html`<tr>
              <th
                scope="row"
                class="lane-header"
                data-row=${lane.id}
                data-col=""
                tabindex=${nav.tabIndex(lane.id, '')}
              >
                ${ctx.laneName(lane.id)}
              </th>
              ${ctx.stages.map((stage) => cell(ctx, nav, stage, lane.id))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
