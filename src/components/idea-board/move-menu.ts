import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BoardHost } from './board-host.js';
import type { MoveOptions } from './board-moves.js';
import { positionOf, roleOrder } from './board-state.js';
import type { Idea } from './model.js';
import { cardElement, cssId } from './roving-focus.js';

/** Moves idea `id` to `index` (from 0) of `column` (the board's moves). */
export type MoveTo = (
  id: string,
  column: string,
  index: number,
  options?: MoveOptions,
) => Promise<boolean>;

/** Up to this many places, the position is a list to pick from; beyond, a number to type. */
const LIST_LIMIT = 100;

/**
 * The "Move to…" disclosure on every card: a column and a position, so that no move needs
 * dragging (WCAG 2.5.7). The button says whether it is open (`aria-expanded`); opening puts
 * focus on the first field; Escape closes it and returns focus to the button; moving returns
 * focus to the moved card.
 */
export class MoveMenu implements ReactiveController {
  /** The idea whose menu is open. */
  openFor?: string;
  private column = '';
  private position = 1;

  constructor(
    private readonly host: BoardHost,
    private readonly moveTo: MoveTo,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async toggle(id: string): Promise<void> {
    if (this.openFor === id) {
      this.close(id);
      return;
    }
    const where = positionOf(this.host.state, id);
    if (!where) return;
    this.openFor = id;
    this.column = where.column;
    this.position = where.position;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#move-column-${cssId(id)}`)?.focus();
  }

  /** Closes the menu and puts focus back on its button. */
  async close(id: string): Promise<void> {
    this.openFor = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    cardElement(this.host.renderRoot, id)
      ?.querySelector<HTMLElement>('[data-action="move"]')
      ?.focus();
  }

  /** How many places the idea can take in a column (those there, plus one). */
  private places(id: string, column: string): number {
    const ideas = roleOrder(this.host.state, column);
    return ideas.filter((idea) => idea.id !== id).length + 1;
  }

  render(idea: Idea): TemplateResult | typeof nothing {
    if (this.openFor !== idea.id) return nothing;
    const { host } = this;
    const id = cssId(idea.id);
    const places = this.places(idea.id, this.column);
    const position = Math.min(this.position, places);
    const onColumn = (event: Event) => {
      this.column = (event.target as HTMLSelectElement).value;
      // A new column: the end of it is the likeliest place, and always a valid one.
      this.position = this.places(idea.id, this.column);
      host.requestUpdate();
    };
    const onPosition = (event: Event) => {
      const value = Number((event.target as HTMLInputElement | HTMLSelectElement).value);
      this.position = Number.isFinite(value) ? Math.max(1, Math.min(places, Math.round(value))) : 1;
    };
    const submit = (event: Event) => {
      event.preventDefault();
      const { column } = this;
      const to = Math.min(this.position, this.places(idea.id, column));
      this.openFor = undefined;
      void this.moveTo(idea.id, column, to - 1, { focus: true });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      void this.close(idea.id);
    };
    // Named by a legend, not aria-label on the form: a named form is a landmark, and one per
    // open menu would crowd the page's landmarks.
    return html`<form
      class="move-panel"
      id="move-${id}"
      part="move-menu"
      @submit=${submit}
      @keydown=${onKeyDown}
    >
      <fieldset>
        <legend class="visually-hidden">${host.t('move.menu-label', { title: idea.title })}</legend>
        <div class="field">
          <label for="move-column-${id}">${host.t('move.column')}</label>
          <select id="move-column-${id}" @change=${onColumn}>
            ${host.settings.columns.map(
              (c) =>
                html`<option value=${c.id} ?selected=${c.id === this.column}>${c.label}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="move-position-${id}">${host.t('move.position', { count: places })}</label>
          ${
            places <= LIST_LIMIT
              ? html`<select id="move-position-${id}" @change=${onPosition}>
                  ${Array.from(
                    { length: places },
                    (_, i) =>
                      html`<option value=${i + 1} ?selected=${i + 1 === position}>
                        ${i + 1}
                      </option>`,
                  )}
                </select>`
              : html`<input
                  id="move-position-${id}"
                  type="number"
                  inputmode="numeric"
                  min="1"
                  max=${places}
                  .value=${String(position)}
                  @input=${onPosition}
                />`
          }
        </div>
        <div class="actions">
          <button type="submit">${host.t('move.submit')}</button>
          <button type="button" class="secondary" @click=${() => this.close(idea.id)}>
            ${host.t('action.cancel')}
          </button>
        </div>
      </fieldset>
    </form>`;
  }
}
