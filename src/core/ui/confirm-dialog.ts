import { css, html, type TemplateResult } from 'lit';
import { heading } from './heading.js';

/**
 * "Are you sure?" for a step that cannot be undone (clear a board, reset a vote, delete a
 * stage, import or delete a space): a modal `<dialog>` named by its heading and described by
 * what confirming will do, so a screen reader reads both when it opens; focus starts on
 * Cancel (the safe choice), Escape cancels, and focus goes back to what had it before.
 * https://design-system.service.gov.uk/patterns/confirm-a-deletion/ (not GOV.UK's own
 * component: it has none for modals; WAI-ARIA APG "alertdialog" for the naming and focus).
 */

export interface ConfirmDialogOptions {
  /** The dialog's id; its heading is `<id>-title`, its description `<id>-body`. */
  id: string;
  /** The level of the dialog's heading (the element's main heading level). */
  level: number;
  title: string;
  /** What confirming does, in words (text, or a template such as a list). */
  body: unknown;
  confirm: string;
  cancel: string;
  /** `warning` (default) for a step that destroys something; `primary` otherwise. */
  tone?: 'warning' | 'primary';
  onConfirm: () => void;
  /** After the dialog closed, whichever way (confirm, cancel, Escape). */
  onClose?: () => void;
  /** For `::part`; default `dialog`. */
  part?: string;
  /** Attributes of the confirm button for tests and styling, such as `data-action`. */
  confirmAction?: string;
}

/** The element that had focus before each open dialog, to return it there on close. */
const returnTo = new WeakMap<HTMLDialogElement, HTMLElement>();

/**
 * Opens dialog `id` of `root` as a modal, remembering what has focus now (inside the shadow
 * root when it is there) so that closing the dialog gives focus back to it.
 */
export function openDialog(root: Document | ShadowRoot, id: string): HTMLDialogElement | null {
  const dialog = root.getElementById(id) as HTMLDialogElement | null;
  if (!dialog || dialog.open) return dialog;
  const active = (root.activeElement ?? document.activeElement) as HTMLElement | null;
  if (active) returnTo.set(dialog, active);
  dialog.showModal();
  return dialog;
}

/** Puts focus back where it was before the dialog opened, if that is still on the page. */
function returnFocus(dialog: HTMLDialogElement): void {
  const back = returnTo.get(dialog);
  returnTo.delete(dialog);
  if (back?.isConnected) back.focus();
}

export function renderConfirmDialog(o: ConfirmDialogOptions): TemplateResult {
  const close = (event: Event) => (event.currentTarget as Element).closest('dialog')?.close();
  const onClose = (event: Event) => {
    returnFocus(event.currentTarget as HTMLDialogElement);
    o.onClose?.();
  };
  return html`<dialog
    id=${o.id}
    class="confirm-dialog"
    part=${o.part ?? 'dialog'}
    aria-labelledby="${o.id}-title"
    aria-describedby="${o.id}-body"
    @close=${onClose}
  >
    ${heading(o.level, o.title, { id: `${o.id}-title`, class: 'dialog-title' })}
    <div id="${o.id}-body" class="dialog-body">${o.body}</div>
    <div class="actions">
      <button
        type="button"
        class=${o.tone === 'primary' ? '' : 'warning'}
        data-action=${o.confirmAction ?? 'confirm'}
        @click=${(event: Event) => {
          close(event);
          o.onConfirm();
        }}
      >
        ${o.confirm}
      </button>
      <button type="button" class="secondary" autofocus @click=${close}>${o.cancel}</button>
    </div>
  </dialog>`;
}

/** Every element's modal dialogs: size, colours, backdrop, and a heading without a top gap. */
export const dialogStyles = css`
  dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    overflow: auto;
    padding: calc(var(--_co-space) * 2);
    color: var(--_co-text);
    background: var(--_co-surface);
    border: 2px solid var(--_co-border);
    border-radius: var(--_co-radius);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }

  dialog .dialog-title,
  dialog .h-main {
    margin-block-start: 0;
  }
`;
