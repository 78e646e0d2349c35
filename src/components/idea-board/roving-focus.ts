import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The arrow keys that move a card with Alt held. */
export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** One column as the keyboard sees it: the cards the filter lets through, and how many show. */
export interface NavColumn {
  id: string;
  ideas: readonly { id: string }[];
  shown: number;
}

/**
 * The board as one composite widget with a roving tabindex (WAI-ARIA APG): one card is in
 * the tab order, the arrow keys move between cards, and the card's own buttons are in the
 * tab order only while it is the active card, so Tab leaves a board of thousands of cards in
 * a few presses.
 */
/** What the keyboard asks of the board around it. */
export interface RovingBoard {
  /** The board's columns as the keyboard sees them. */
  columns(): NavColumn[];
  /** True on a right-to-left page. */
  rtl(): boolean;
  /** Alt+arrow: moves the card. */
  move(id: string, key: MoveKey): Promise<void>;
  /** Enter: opens the card. */
  open(id: string, from: HTMLElement): void;
  /** Down at the last card shown: shows the next page of the column. */
  showMore(column: string): Promise<void>;
}

/** The idea's card, or its item in the list view. */
export function cardElement(root: ParentNode, id: string): HTMLElement | null {
  const idea = CSS.escape(id);
  return root.querySelector<HTMLElement>(
    `.card[data-idea="${idea}"], .list-idea[data-idea="${idea}"]`,
  );
}

export class RovingFocus implements ReactiveController {
  /** The card that takes Tab, by idea id. */
  activeId?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly board: RovingBoard,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The card in the tab order: the active one while it is shown, else the first shown. */
  tabStop(columns: readonly NavColumn[]): string | undefined {
    let first: string | undefined;
    for (const column of columns) {
      const shown = column.ideas.slice(0, column.shown);
      if (first === undefined && shown.length) first = shown[0].id;
      if (this.activeId !== undefined && shown.some((idea) => idea.id === this.activeId)) {
        return this.activeId;
      }
    }
    return first;
  }

  /** Makes the card active and focuses it once rendered. */
  async focusCard(id: string): Promise<void> {
    this.activeId = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    cardElement(this.host.renderRoot, id)?.focus();
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const card = (event.target as Element).closest<HTMLElement>('.card');
    const id = card?.dataset.idea;
    if (id !== undefined && id !== this.activeId) {
      this.activeId = id;
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const card = event.target as HTMLElement;
    // Only the card itself: its buttons, fields and the move menu keep their own keys.
    if (!card.classList?.contains('card') || event.ctrlKey || event.metaKey) return;
    const id = card.dataset.idea as string;
    const { key } = event;
    if (event.altKey) {
      if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight') {
        event.preventDefault();
        void this.board.move(id, this.logical(key));
      }
      return;
    }
    if (event.shiftKey) return;
    if (key === 'Enter') {
      event.preventDefault();
      this.board.open(id, card);
      return;
    }
    const target = this.target(id, key);
    if (target === undefined) return;
    event.preventDefault();
    void target.then((next) => {
      if (next !== undefined) void this.focusCard(next);
    });
  };

  /** Left and right swap on a right-to-left page, so "next column" follows the reading order. */
  private logical(key: MoveKey): MoveKey {
    if (!this.board.rtl()) return key;
    if (key === 'ArrowLeft') return 'ArrowRight';
    if (key === 'ArrowRight') return 'ArrowLeft';
    return key;
  }

  /** Where a navigation key goes from card `id`; undefined when it is not ours. */
  private target(id: string, rawKey: string): Promise<string | undefined> | undefined {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(rawKey)) return undefined;
    const key = rawKey.startsWith('Arrow') ? this.logical(rawKey as MoveKey) : rawKey;
    const columns = this.board.columns();
    const col = columns.findIndex((c) => c.ideas.some((idea) => idea.id === id));
    if (col < 0) return Promise.resolve(undefined);
    const column = columns[col];
    const at = column.ideas.findIndex((idea) => idea.id === id);
    switch (key) {
      case 'ArrowUp':
        return Promise.resolve(column.ideas[Math.max(0, at - 1)].id);
      case 'ArrowDown':
        if (at + 1 >= column.ideas.length) return Promise.resolve(id);
        // The last card shown: show the next page rather than stopping at an invisible edge.
        if (at + 1 >= column.shown)
          return this.board.showMore(column.id).then(() => column.ideas[at + 1].id);
        return Promise.resolve(column.ideas[at + 1].id);
      case 'Home':
        return Promise.resolve(column.ideas[0].id);
      case 'End':
        return Promise.resolve(column.ideas[Math.min(column.shown, column.ideas.length) - 1].id);
      default: {
        const step = key === 'ArrowRight' ? 1 : -1;
        for (let next = col + step; next >= 0 && next < columns.length; next += step) {
          const other = columns[next];
          const shown = Math.min(other.shown, other.ideas.length);
          if (shown > 0) return Promise.resolve(other.ideas[Math.min(at, shown - 1)].id);
        }
        return Promise.resolve(id);
      }
    }
  }
}

/**
 * Ids come from storage (another element may post an idea with any id): spelled with letters,
 * digits and `-` only, anything else as `_<hex>_`, so each id stays distinct and safe in an
 * `id` attribute and a selector.
 */
export function cssId(id: string): string {
  return id.replace(/[^a-zA-Z0-9-]/g, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}_`);
}
