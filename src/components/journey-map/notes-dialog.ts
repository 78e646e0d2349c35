import type { TemplateResult } from 'lit';
import { newId } from '../../core/participant.js';
import { postNoteAsIdea } from './idea-link.js';
import { laneTakesIdeas } from './lanes.js';
import type { MapHost } from './map-host.js';
import {
  addNote,
  deleteNote,
  linkIdea,
  noteById,
  notesIn,
  stageById,
  updateNote,
  type JourneyNote,
} from './model.js';
import {
  emptyDraft,
  readDraft,
  renderNoteEditor,
  type NoteDraft,
  type NoteEditorState,
} from './notes-dialog-view.js';
import type { MapContext } from './view-context.js';

// The dialog's words come with it (core/lazy-part.ts `withWords`).
export { notesWords as words } from './notes-messages.js';
// The dialogs' CSS comes with them (core/part-styles.ts); the notes and stage dialogs share it.
export { dialogFormStyles as styles } from './dialog-form.styles.js';

/** A note as the form shows it, to change it. */
function draftOf(note: JourneyNote): NoteDraft {
  return {
    text: note.text,
    group: note.group ?? '',
    evidence: note.evidence?.type ?? 'none',
    count: note.evidence?.type === 'heard' ? String(note.evidence.count) : '',
  };
}

/**
 * The notes dialog's state and what its buttons do: add, change and delete a cell's notes,
 * and turn one into an idea. Focus is put somewhere sensible after every action.
 */
export class NotesDialog {
  private state?: NoteEditorState;
  /** The layer the map shows, as of the last render: new notes go into it. */
  private layer: MapContext['layer'] = 'as-is';
  /** True while a cell's notes are rendering, before the dialog shows them. */
  private opening = false;
  /**
   * What someone typed and did not send when the dialog closed (Done, Escape), by cell and
   * layer: opening that cell again brings it back, so nothing typed is lost to a closed dialog.
   */
  private readonly unsent = new Map<string, Pick<NoteEditorState, 'draft' | 'changing'>>();

  constructor(private readonly host: MapHost) {}

  private get dialog(): HTMLDialogElement | null {
    return this.host.element.renderRoot.querySelector('#notes-dialog');
  }

  private set(change: Partial<NoteEditorState>): void {
    if (!this.state) return;
    this.state = { ...this.state, ...change };
    this.host.element.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.element.updateComplete;
    this.dialog?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Opens the notes of one cell, ready to add one. */
  async open(stage: string, lane: string): Promise<void> {
    // Opened again before the last close was seen: what was typed there is kept all the same.
    if (this.state) this.keepUnsent(this.state);
    const key = this.cellKey(stage, lane);
    const kept = this.unsent.get(key);
    this.unsent.delete(key);
    // A change to a note deleted since (elsewhere) comes back as a new note, not lost.
    const changing =
      kept?.changing && noteById(this.host.data(), kept.changing) ? kept.changing : undefined;
    this.state = {
      stage,
      lane,
      changing,
      draft: kept?.draft ?? emptyDraft(this.host.defaultGroup()),
      errors: [],
      ideas: laneTakesIdeas(this.host.lane(lane), lane),
    };
    this.host.element.requestUpdate();
    this.opening = true;
    await this.host.element.updateComplete;
    this.opening = false;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    await this.focus('#note-text');
  }

  private keepUnsent(state: NoteEditorState): void {
    if (this.typed(state))
      this.unsent.set(this.cellKey(state.stage, state.lane), {
        draft: state.draft,
        changing: state.changing,
      });
  }

  /** Whether the form holds something not saved: a new note's words, or a change. */
  private typed(state: NoteEditorState): boolean {
    const saved = state.changing ? noteById(this.host.data(), state.changing) : undefined;
    if (!saved) return state.draft.text.trim() !== '';
    return JSON.stringify(state.draft) !== JSON.stringify(draftOf(saved));
  }

  private cellKey(stage: string, lane: string): string {
    return JSON.stringify([stage, lane, this.layer]);
  }

  private draft(change: Partial<NoteDraft>): void {
    if (this.state) this.set({ draft: { ...this.state.draft, ...change } });
  }

  private submit(): void {
    const state = this.state;
    if (!state) return;
    const read = readDraft(state.draft);
    if ('errors' in read) {
      this.set({ errors: read.errors });
      void this.host.refuse('note-summary');
      return;
    }
    const data = this.host.data();
    const next = state.changing
      ? updateNote(data, state.changing, read.fields)
      : addNote(data, {
          id: newId(),
          stage: state.stage,
          lane: state.lane,
          layer: this.layer,
          participant: this.host.participant(),
          ...read.fields,
        });
    if (!this.host.commit(next)) return;
    if (read.fields.group) this.host.rememberGroup(read.fields.group);
    this.host.announce(this.host.t(state.changing ? 'note.changed' : 'note.added'));
    const keep = { group: state.draft.group, evidence: 'none' as const };
    this.set({
      changing: undefined,
      errors: [],
      notice: undefined,
      draft: { ...emptyDraft(), ...keep },
    });
    void this.focus('#note-text');
  }

  private change(id: string): void {
    const note = noteById(this.host.data(), id);
    if (!note) return;
    this.set({ changing: id, errors: [], draft: draftOf(note) });
    void this.focus('#note-text');
  }

  private cancelChange(): void {
    const changing = this.state?.changing;
    this.set({ changing: undefined, errors: [], draft: emptyDraft(this.host.defaultGroup()) });
    if (changing) void this.focus(`[data-note="${CSS.escape(changing)}"] [data-action="change"]`);
  }

  private remove(id: string): void {
    const state = this.state;
    if (!state) return;
    const data = this.host.data();
    const notes = notesIn(data, state.stage, state.lane, this.layer);
    const index = notes.findIndex((n) => n.id === id);
    if (!this.host.commit(deleteNote(data, id))) return;
    this.host.announce(this.host.t('note.deleted'));
    if (state.changing === id)
      this.set({ changing: undefined, draft: emptyDraft(state.draft.group) });
    // Focus moves to the note that took its place, else the one before, else the form.
    const neighbour = notes[index + 1] ?? notes[index - 1];
    void this.focus(
      neighbour ? `[data-note="${CSS.escape(neighbour.id)}"] [data-action="change"]` : '#note-text',
    );
  }

  private async toIdea(id: string): Promise<void> {
    const note = noteById(this.host.data(), id);
    if (!note) return;
    const target = this.host.ideaTarget();
    if (!target) {
      if (this.host.emitLinkIdea(note)) {
        this.set({ notice: this.host.t('idea.no-board') });
        this.host.announce(this.host.t('idea.no-board'));
      }
      return;
    }
    const stage = stageById(this.host.data(), note.stage);
    let link;
    try {
      link = await postNoteAsIdea(
        target.store,
        note,
        {
          ...target,
          participant: this.host.participant(),
          group: this.host.defaultGroup() ?? note.group,
          context: this.host.t('idea.context', {
            stage: stage?.name ?? '',
            lane: this.host.laneName(note.lane),
          }),
        },
        newId(),
      );
    } catch (error) {
      this.host.reportProblem('idea-post-failed', this.host.t('idea.failed'), error);
      return;
    }
    if (!this.host.commit(linkIdea(this.host.data(), id, link))) return;
    this.host.announce(this.host.t('idea.posted'));
    this.set({ notice: undefined });
    void this.focus(`[data-note="${CSS.escape(id)}"] [data-action="change"]`);
  }

  private closed(): void {
    // Opened again before the close event arrived (or about to be): this close is not that one's.
    if (this.dialog?.open || this.opening) return;
    const state = this.state;
    this.state = undefined;
    this.host.element.requestUpdate();
    if (!state) return;
    this.keepUnsent(state);
    void this.host.focusCell(state.stage, state.lane);
  }

  render(ctx: MapContext): TemplateResult {
    this.layer = ctx.layer;
    // The stage was deleted elsewhere (another tab, another person): nothing left to edit.
    const state = this.state;
    if (state && !ctx.stages.some((s) => s.id === state.stage)) {
      queueMicrotask(() => this.dialog?.close());
    }
    return renderNoteEditor(ctx, this.state, {
      groups: this.host.groups(),
      draft: (change) => this.draft(change),
      submit: () => this.submit(),
      cancelChange: () => this.cancelChange(),
      change: (id) => this.change(id),
      remove: (id) => this.remove(id),
      toIdea: (id) => void this.toIdea(id),
      close: () => this.dialog?.close(),
      closed: () => this.closed(),
    });
  }
}
