import type { TemplateResult } from 'lit';
import { openDialog } from '../../core/ui/confirm-dialog.js';
import type { MapHost } from './map-host.js';
import { deleteStage, orderedStages, renameStage, stageById } from './model.js';
import { stageNameErrors } from './map-forms.js';
import { renderStageEditor, type StageEditorState } from './stage-dialog-view.js';
import type { MapContext } from './view-context.js';

// The dialog's words come with it (core/lazy-part.ts `withWords`).
export { stageWords as words } from './stage-messages.js';
// The dialogs' CSS comes with them (core/part-styles.ts); the notes and stage dialogs share it.
export { dialogFormStyles as styles } from './dialog-form.styles.js';

/** The stage dialog's state and actions: rename, move, delete after confirmation. */
export class StageDialog {
  private state?: StageEditorState;
  /** True while a confirmed delete closes the dialogs, so focus goes to a neighbour instead. */
  private deleting = false;
  /** Where the deleted stage was (from 0), for what the stage view shows next. */
  private deletedAt = 0;

  constructor(private readonly host: MapHost) {}

  private query<T extends Element>(selector: string): T | null {
    return this.host.element.renderRoot.querySelector<T>(selector);
  }

  private set(change: Partial<StageEditorState>): void {
    if (!this.state) return;
    this.state = { ...this.state, ...change };
    this.host.element.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.element.updateComplete;
    this.query<HTMLElement>(selector)?.focus();
  }

  async open(stage: string): Promise<void> {
    const found = stageById(this.host.data(), stage);
    if (!found) return;
    this.state = { stage, name: found.name, errors: [] };
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    const dialog = this.query<HTMLDialogElement>('#stage-dialog');
    if (dialog && !dialog.open) dialog.showModal();
    await this.focus('#stage-name');
  }

  private rename(): void {
    const state = this.state;
    if (!state) return;
    const name = state.name.trim();
    const errors = stageNameErrors(name, 'stage-name');
    if (errors.length) {
      this.set({ errors });
      void this.host.refuse('stage-summary');
      return;
    }
    if (!this.host.commit(renameStage(this.host.data(), state.stage, name))) return;
    this.set({ errors: [] });
    this.host.announce(this.host.t('stage.renamed', { stage: name }));
  }

  private askDelete(): void {
    openDialog(this.host.element.renderRoot as ShadowRoot, 'delete-stage-dialog');
  }

  private confirmDelete(): void {
    const state = this.state;
    if (!state) return;
    const data = this.host.data();
    const name = stageById(data, state.stage)?.name ?? '';
    if (!this.host.commit(deleteStage(data, state.stage))) return;
    this.deleting = true;
    this.deletedAt = Math.max(
      0,
      orderedStages(data).findIndex((s) => s.id === state.stage),
    );
    this.query<HTMLDialogElement>('#stage-dialog')?.close();
    this.host.announce(this.host.t('stage.deleted', { stage: name }));
  }

  private closed(): void {
    if (this.query<HTMLDialogElement>('#stage-dialog')?.open) return; // opened again meanwhile
    const state = this.state;
    this.state = undefined;
    this.host.element.requestUpdate();
    if (this.deleting) {
      this.deleting = false;
      this.host.focusAfterStageDeleted(this.deletedAt);
    } else if (state) {
      void this.host.focusCell(state.stage, '');
    }
  }

  render(ctx: MapContext): TemplateResult {
    // The stage was deleted elsewhere (another tab, another person): close its dialogs.
    const state = this.state;
    if (state && !this.deleting && !ctx.stages.some((s) => s.id === state.stage)) {
      queueMicrotask(() => {
        this.query<HTMLDialogElement>('#delete-stage-dialog')?.close();
        this.query<HTMLDialogElement>('#stage-dialog')?.close();
      });
    }
    return renderStageEditor(ctx, this.state, {
      name: (value) => this.set({ name: value }),
      rename: () => this.rename(),
      move: (by) => {
        if (this.state) this.host.moveStageBy(this.state.stage, by);
      },
      askDelete: () => this.askDelete(),
      confirmDelete: () => this.confirmDelete(),
      close: () => this.query<HTMLDialogElement>('#stage-dialog')?.close(),
      closed: () => this.closed(),
    });
  }
}
