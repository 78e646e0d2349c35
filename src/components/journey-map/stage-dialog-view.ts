import { renderConfirmDialog } from '../../core/ui/confirm-dialog.js';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import { live } from 'lit/directives/live.js';
import { describedBy, renderFieldError, renderFormSummary } from './form-errors.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { noteCount } from './model.js';
import type { MapContext } from './view-context.js';

export interface StageEditorState {
  stage: string;
  name: string;
  errors: readonly FieldProblem[];
}

export interface StageEditorActions {
  name: (value: string) => void;
  rename: () => void;
  move: (by: -1 | 1) => void;
  askDelete: () => void;
  confirmDelete: () => void;
  close: () => void;
  closed: () => void;
}

/**
 * A stage's own dialog, opened with Enter on its header or its "Change" button: rename, move
 * earlier or later (the non-drag way to reorder), and delete, which asks first in a second
 * dialog because it takes the stage's notes with it.
 */
export function renderStageEditor(
  ctx: MapContext,
  state: StageEditorState | undefined,
  actions: StageEditorActions,
): TemplateResult {
  const index = state ? ctx.stages.findIndex((s) => s.id === state.stage) : -1;
  const stage = ctx.stages[index];
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    actions.rename();
  };
  const errors = state?.errors ?? [];
  // aria-disabled rather than disabled: the button keeps focus when it reaches the end.
  const move = (by: -1 | 1, key: string) => {
    const blocked = by < 0 ? index === 0 : index === ctx.stages.length - 1;
    return html`<button
      type="button"
      class="secondary"
      data-move=${by}
      aria-disabled=${blocked ? 'true' : 'false'}
      @click=${() => (blocked ? undefined : actions.move(by))}
    >
      ${ctx.t(key)}
    </button>`;
  };
  return html`<dialog
      id="stage-dialog"
      part="dialog"
      aria-labelledby="stage-dialog-title"
      @close=${actions.closed}
    >
      ${
        state && stage
          ? html`${heading(ctx.headingLevel, ctx.t('stage.dialog-title', { stage: stage.name }), {
                id: 'stage-dialog-title',
                class: 'h-main',
              })}
              <p class="hint" id="stage-dialog-position">${ctx.stagePosition(stage.id)}</p>
              <form class="rename-stage" novalidate @submit=${onSubmit}>
                ${renderFormSummary(ctx, 'stage-summary', ctx.headingLevel + 1, errors)}
                <label for="stage-name">${ctx.t('stage.name')}</label>
                ${renderFieldError(ctx, errors, 'stage-name')}
                <div class="inline">
                  <input
                    id="stage-name"
                    autocomplete="off"
                    aria-describedby=${describedBy(errors, 'stage-name')}
                    aria-invalid=${errors.length ? 'true' : 'false'}
                    .value=${live(state.name)}
                    @input=${(e: Event) => actions.name((e.target as HTMLInputElement).value)}
                  />
                  <button type="submit">${ctx.t('stage.rename')}</button>
                </div>
              </form>
              <div class="actions" role="group" aria-label=${ctx.t('stage.order')}>
                ${move(-1, 'stage.move-earlier')} ${move(1, 'stage.move-later')}
              </div>
              <div class="actions">
                <button
                  type="button"
                  class="warning"
                  data-action="delete-stage"
                  @click=${actions.askDelete}
                >
                  ${ctx.t('stage.delete')}
                </button>
              </div>
              <div class="dialog-foot">
                <button type="button" class="secondary" data-action="done" @click=${actions.close}>
                  ${ctx.t('dialog.done')}
                </button>
              </div>`
          : nothing
      }
    </dialog>
    ${renderConfirmDialog({
      id: 'delete-stage-dialog',
      level: ctx.headingLevel,
      title: stage ? ctx.t('stage.delete-title', { stage: stage.name }) : '',
      body: stage ? ctx.t('stage.delete-body', { count: noteCount(ctx.data, stage.id) }) : '',
      confirm: ctx.t('stage.delete-confirm'),
      cancel: ctx.t('dialog.cancel'),
      confirmAction: 'confirm-delete',
      onConfirm: actions.confirmDelete,
    })}`;
}
