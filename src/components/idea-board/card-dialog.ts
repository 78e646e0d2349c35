import { html, nothing, type TemplateResult } from 'lit';
import type { BoardHost } from './board-host.js';
import { liveIdea } from './board-state.js';
import type { CardDetails } from './card-details.js';
import type { Idea } from './model.js';
import { cardElement } from './roving-focus.js';

/**
 * A card opened (Enter on a card, or its title). A modal `<dialog>`: focus stays inside while
 * it is open, Escape closes it, and focus goes back to where it was (the card). What it shows
 * (card-details.ts) is loaded the first time a card is opened: the element opens the dialog
 * once it is here, and focus moves as it always did; if it cannot load, the element says so
 * in words and the dialog stays shut, focus staying on the card.
 */
export class CardDialog {
  openId?: string;
  mode: 'view' | 'edit' = 'view';
  private returnTo?: HTMLElement;

  constructor(
    private readonly host: BoardHost,
    /** The details, once loaded (the element loads them before it opens a card). */
    private readonly details: () => CardDetails | undefined,
  ) {}

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('#card-dialog');
  }

  /** Opens idea `id`; `focus` picks what takes focus (the title, or the build field). */
  async open(id: string, from?: HTMLElement, focus: 'title' | 'build' = 'title'): Promise<void> {
    const details = this.details();
    if (!details || !liveIdea(this.host.state, id)) return;
    this.openId = id;
    this.mode = 'view';
    this.returnTo = from;
    details.reset();
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    const idea = liveIdea(this.host.state, id);
    // Closed while being edited, with changes not saved: it opens where the person left off.
    if (idea && focus === 'title' && details.hasUnsentEdit(id)) await this.setMode('edit', idea);
    else this.focus(focus === 'build' ? '#build-text' : '#dialog-title');
  }

  close(): void {
    this.dialog?.close();
  }

  /** The dialog closed (Close, Escape, or after a delete): focus goes back to the card. */
  private readonly onClose = (): void => {
    const id = this.openId;
    const editing = this.mode === 'edit' && id !== undefined && liveIdea(this.host.state, id);
    if (editing) this.details()?.keepEdit(editing);
    this.openId = undefined;
    this.mode = 'view';
    this.host.requestUpdate();
    const back = this.returnTo;
    this.returnTo = undefined;
    if (back?.isConnected) back.focus();
    else if (id !== undefined && cardElement(this.host.renderRoot, id))
      void this.host.focusCard(id);
  };

  async setMode(mode: 'view' | 'edit', idea: Idea): Promise<void> {
    this.mode = mode;
    if (mode === 'edit') this.details()?.startEdit(idea);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus(mode === 'edit' ? '#edit-title' : '#dialog-title');
  }

  focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  render(): TemplateResult {
    const idea = this.openId === undefined ? undefined : liveIdea(this.host.state, this.openId);
    const details = idea && this.details();
    return html`<dialog
      id="card-dialog"
      part="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onClose}
    >
      ${details ? details.render(idea) : nothing}
    </dialog>`;
  }
}
