import type { BoardHost } from './board-host.js';
import { liveIdea } from './board-state.js';

/** Cards shown per list-view column before "Show more". */
const LIST_PAGE = 100;

/**
 * How much of each column is rendered: the board shows `page-size` cards per column and the
 * list 100, each with a "Show more" button. This is what keeps a board of 10,000 ideas quick;
 * its cost is that find-in-page only sees what is rendered (see the element's notes).
 */
export class Paging {
  private shown = new Map<string, number>();
  private listShown = new Map<string, number>();

  constructor(private readonly host: BoardHost) {}

  readonly listPageSize = LIST_PAGE;

  /** Cards rendered in a board column. */
  shownIn(column: string): number {
    return this.shown.get(column) ?? this.host.settings.pageSize;
  }

  /** Ideas rendered in a list-view column. */
  listShownIn(column: string): number {
    return this.listShown.get(column) ?? LIST_PAGE;
  }

  /** Shows the next page of a board column. */
  async showMore(column: string): Promise<void> {
    this.shown = new Map(this.shown).set(
      column,
      this.shownIn(column) + this.host.settings.pageSize,
    );
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Shows the next page and puts focus on its first card, where the person was heading. */
  async showMoreAndFocus(column: string): Promise<void> {
    const first = this.shownIn(column);
    await this.showMore(column);
    const next = this.host.state.visible.get(column)?.[first];
    if (next) await this.host.focusCard(next.id);
  }

  /**
   * Shows the next page of a list-view column and puts focus on the first idea it added, as
   * the board does: the button may be gone (nothing more to show), and focus with it.
   */
  async showMoreInList(column: string): Promise<void> {
    const first = this.listShownIn(column);
    this.listShown = new Map(this.listShown).set(column, first + LIST_PAGE);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const items = this.host.renderRoot.querySelectorAll<HTMLElement>(
      `.list-column[data-column="${CSS.escape(column)}"] .list-idea`,
    );
    items[first]?.focus();
  }

  /** Makes sure the idea's card is rendered: its column shows enough pages to reach it. */
  reveal(id: string): void {
    const { host } = this;
    const idea = liveIdea(host.state, id);
    if (!idea) return;
    const { index, visible } = host.state;
    const column = index.columnOf(idea);
    const at = index.indexIn(visible.get(column) ?? [], idea);
    if (at >= this.shownIn(column)) {
      const size = host.settings.pageSize;
      this.shown = new Map(this.shown).set(column, Math.ceil((at + 1) / size) * size);
    }
  }
}
