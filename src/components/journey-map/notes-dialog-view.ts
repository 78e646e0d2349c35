import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import { live } from 'lit/directives/live.js';
import { describedBy, renderFieldError, renderFormSummary } from './form-errors.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { limits, notesIn, type Evidence, type JourneyNote, type NoteFields } from './model.js';
import { ideaLinkText, noteMeta, type MapContext } from './view-context.js';

/** The note form as the person is filling it in. */
export interface NoteDraft {
  text: string;
  group: string;
  evidence: 'none' | 'heard' | 'assumption';
  /** How many people, as typed (checked on submit). */
  count: string;
}

export const emptyDraft = (group = ''): NoteDraft => ({
  text: '',
  group,
  evidence: 'none',
  count: '',
});

/** The cell being edited and the form's state. */
export interface NoteEditorState {
  stage: string;
  lane: string;
  /** The note being changed; undefined while adding. */
  changing?: string;
  draft: NoteDraft;
  errors: readonly FieldProblem[];
  /** Something to tell the person in the dialog (e.g. no idea board on this page). */
  notice?: string;
  /** Whether this lane's notes can become ideas. */
  ideas: boolean;
}

export interface NoteEditorActions {
  groups: readonly { id: string; label: string }[];
  draft: (change: Partial<NoteDraft>) => void;
  submit: () => void;
  cancelChange: () => void;
  change: (note: string) => void;
  remove: (note: string) => void;
  toIdea: (note: string) => void;
  close: () => void;
  closed: () => void;
}

/** Reads a draft into note fields, or the problems with it. */
export function readDraft(draft: NoteDraft): { fields: NoteFields } | { errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const text = draft.text.trim();
  if (!text) errors.push({ field: 'note-text', key: 'note.text-required', control: 'note-text' });
  else if (text.length > limits.noteText) {
    errors.push({
      field: 'note-text',
      key: 'note.text-long',
      params: { count: limits.noteText },
      control: 'note-text',
    });
  }
  let evidence: Evidence | undefined;
  if (draft.evidence === 'assumption') evidence = { type: 'assumption' };
  if (draft.evidence === 'heard') {
    const count = Number(draft.count.trim());
    if (!/^\d+$/.test(draft.count.trim()) || count < 1 || count > limits.heardFrom) {
      errors.push({ field: 'note-count', key: 'note.count-invalid', control: 'note-count' });
    } else evidence = { type: 'heard', count };
  }
  if (errors.length) return { errors };
  return { fields: { text, group: draft.group || undefined, evidence } };
}

/** A short version of a note, for button names ("Delete note: Had to phone three times"). */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

function noteItem(
  ctx: MapContext,
  state: NoteEditorState,
  actions: NoteEditorActions,
  note: JourneyNote,
) {
  const meta = noteMeta(ctx, note);
  const name = short(note.text);
  return html`<li class="editor-note" data-note=${note.id}>
    <p class="note-text">${note.text}</p>
    ${meta.length ? html`<p class="note-meta">${meta.join(' · ')}</p>` : nothing}
    ${note.linkedIdea ? html`<p class="note-idea">${ideaLinkText(ctx, note.linkedIdea)}</p>` : nothing}
    <div class="actions">
      <button
        type="button"
        class="secondary"
        data-action="change"
        aria-label=${ctx.t('note.change-named', { note: name })}
        @click=${() => actions.change(note.id)}
      >
        ${ctx.t('note.change')}
      </button>
      <button
        type="button"
        class="warning"
        data-action="delete"
        aria-label=${ctx.t('note.delete-named', { note: name })}
        @click=${() => actions.remove(note.id)}
      >
        ${ctx.t('note.delete')}
      </button>
      ${
        state.ideas && !note.linkedIdea
          ? html`<button
              type="button"
              class="secondary"
              data-action="idea"
              aria-label=${ctx.t('note.to-idea-named', { note: name })}
              @click=${() => actions.toIdea(note.id)}
            >
              ${ctx.t('note.to-idea')}
            </button>`
          : nothing
      }
    </div>
  </li>`;
}

function noteForm(ctx: MapContext, state: NoteEditorState, actions: NoteEditorActions) {
  const { draft, errors } = state;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    actions.submit();
  };
  const evidenceChoice = (value: NoteDraft['evidence'], key: string) =>
    html`<label class="choice"
      ><input
        type="radio"
        name="note-evidence"
        .value=${value}
        .checked=${live(draft.evidence === value)}
        @change=${() => actions.draft({ evidence: value })}
      /><span>${ctx.t(key)}</span></label
    >`;
  return html`<form class="note-form" novalidate @submit=${onSubmit}>
    ${heading(ctx.headingLevel + 1, ctx.t(state.changing ? 'note.form-change' : 'note.form-add'), {
      id: 'note-form-title',
      class: 'h-sub',
    })}
    ${renderFormSummary(ctx, 'note-summary', ctx.headingLevel + 2, errors)}
    <div class="field">
      <label for="note-text">${ctx.t('note.text')}</label>
      <p class="hint" id="note-text-hint">${ctx.t('note.text-hint')}</p>
      ${renderFieldError(ctx, errors, 'note-text')}
      <textarea
        id="note-text"
        rows="3"
        aria-describedby=${describedBy(errors, 'note-text', 'note-text-hint')}
        aria-invalid=${errors.some((e) => e.field === 'note-text') ? 'true' : 'false'}
        .value=${live(draft.text)}
        @input=${(e: Event) => actions.draft({ text: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>
    <div class="field">
      <label for="note-group">${ctx.t('note.group')}</label>
      <select
        id="note-group"
        .value=${live(draft.group)}
        @change=${(e: Event) => actions.draft({ group: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${draft.group === ''}>${ctx.t('note.group-none')}</option>
        ${actions.groups.map(
          (g) => html`<option value=${g.id} ?selected=${draft.group === g.id}>${g.label}</option>`,
        )}
      </select>
    </div>
    <fieldset class="field">
      <legend>${ctx.t('note.evidence')}</legend>
      <p class="hint">${ctx.t('note.evidence-hint')}</p>
      ${evidenceChoice('none', 'note.evidence-none')}
      ${evidenceChoice('heard', 'note.evidence-heard')}
      ${
        draft.evidence === 'heard'
          ? html`<div class="conditional">
              <label for="note-count">${ctx.t('note.count')}</label>
              ${renderFieldError(ctx, errors, 'note-count')}
              <input
                id="note-count"
                class="count"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby=${describedBy(errors, 'note-count')}
                aria-invalid=${errors.some((e) => e.field === 'note-count') ? 'true' : 'false'}
                .value=${live(draft.count)}
                @input=${(e: Event) => actions.draft({ count: (e.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing
      }
      ${evidenceChoice('assumption', 'note.evidence-assumption')}
    </fieldset>
    <div class="actions">
      <button type="submit">${ctx.t(state.changing ? 'note.save' : 'note.add')}</button>
      ${
        state.changing
          ? html`<button type="button" class="secondary" @click=${actions.cancelChange}>
              ${ctx.t('note.cancel-change')}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}

/**
 * The notes of one cell in a modal dialog: the list with change, delete and "turn into an
 * idea", and a form to add or change a note. Escape closes it, and focus goes back to the
 * cell it was opened from.
 */
export function renderNoteEditor(
  ctx: MapContext,
  state: NoteEditorState | undefined,
  actions: NoteEditorActions,
): TemplateResult {
  const stage = state ? ctx.stages.find((s) => s.id === state.stage) : undefined;
  const notes = state && stage ? notesIn(ctx.data, state.stage, state.lane, ctx.layer) : [];
  return html`<dialog
    id="notes-dialog"
    part="dialog"
    aria-labelledby="notes-title"
    @close=${actions.closed}
  >
    ${
      state && stage
        ? html`${heading(
              ctx.headingLevel,
              ctx.t('notes.title', { lane: ctx.laneName(state.lane), stage: stage.name }),
              { id: 'notes-title', class: 'h-main' },
            )}
            <p class="hint">${ctx.t(`layer.${ctx.layer}`)}</p>
            ${state.notice ? html`<div class="notice" role="status">${state.notice}</div>` : nothing}
            ${
              notes.length
                ? html`<ul class="editor-notes" aria-label=${ctx.t('notes.list')}>
                    ${notes.map((note) => noteItem(ctx, state, actions, note))}
                  </ul>`
                : html`<p>${ctx.t('notes.none')}</p>`
            }
            ${noteForm(ctx, state, actions)}
            <div class="dialog-foot">
              <button type="button" class="secondary" data-action="done" @click=${actions.close}>
                ${ctx.t('dialog.done')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
