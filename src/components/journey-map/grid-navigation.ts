import type { ReactiveElement } from 'lit';

/**
 * A place in the map's grid, by ids so that it follows a stage that moves. Row `''` is the row
 * of stage headers; column `''` is the column of lane headers. The corner holds no cell.
 */
export interface GridPosition {
  row: string;
  col: string;
}

/** The grid's rows and columns, in order, each starting with `''` for the headers. */
export interface GridShape {
  rows: readonly string[];
  cols: readonly string[];
}

/** What the grid's own keys do besides moving: open a cell or stage, move a stage. */
export interface GridKeyActions {
  editable: boolean;
  rtl: boolean;
  /** Enter on a cell (`row` = lane id) or on a stage header (`row` = ''). */
  open: (row: string, col: string) => void;
  /** Alt+Left/Right on a stage header. */
  move: (col: string, by: -1 | 1) => void;
}

/**
 * Roving focus for the WAI-ARIA grid pattern: the grid is one tab stop (the active cell has
 * tabindex 0, every other cell -1); arrows move between cells, Home/End to the ends of a row,
 * Ctrl+Home/Ctrl+End to the first and last cell. https://www.w3.org/WAI/ARIA/apg/patterns/grid/
 */
export class GridNavigation {
  private active?: GridPosition;
  /** Where the active cell was, so that a deleted stage or lane hands focus to a neighbour. */
  private lastIndex = { row: 1, col: 1 };

  constructor(
    private readonly host: ReactiveElement,
    private readonly shape: () => GridShape,
  ) {}

  /** The active cell, resolved against the grid as it is now. */
  current(): GridPosition | undefined {
    const { rows, cols } = this.shape();
    if (rows.length < 2 && cols.length < 2) return undefined;
    const active = this.active;
    let row = active ? rows.indexOf(active.row) : -1;
    let col = active ? cols.indexOf(active.col) : -1;
    if (row < 0) row = Math.min(this.lastIndex.row, rows.length - 1);
    if (col < 0) col = Math.min(this.lastIndex.col, cols.length - 1);
    if (row === 0 && col === 0) col = cols.length > 1 ? 1 : 0;
    if (row === 0 && col === 0) row = rows.length > 1 ? 1 : 0;
    return { row: rows[row], col: cols[col] };
  }

  tabIndex(row: string, col: string): 0 | -1 {
    const current = this.current();
    return current && current.row === row && current.col === col ? 0 : -1;
  }

  /** Remembers the cell that got focus (by click, by Tab, by script). */
  setActive(position: GridPosition): void {
    const changed = this.active?.row !== position.row || this.active?.col !== position.col;
    this.active = position;
    const { rows, cols } = this.shape();
    this.lastIndex = { row: rows.indexOf(position.row), col: cols.indexOf(position.col) };
    if (changed) this.host.requestUpdate();
  }

  /** Makes `position` active and focuses its cell once rendered. */
  async focus(position?: GridPosition): Promise<void> {
    if (position) this.setActive(position);
    await this.host.updateComplete;
    const target = this.current();
    if (!target) return;
    const selector = `[data-row="${CSS.escape(target.row)}"][data-col="${CSS.escape(target.col)}"]`;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Keys pressed in the grid: Enter (or F2) opens, Alt+arrows move a stage, others navigate. */
  onKeydown(event: KeyboardEvent, actions: GridKeyActions): void {
    const cell = event.target as HTMLElement;
    if (!cell.matches('[data-col]')) return; // a key on a button inside a cell is its own
    const { row = '', col = '' } = cell.dataset;
    if (event.key === 'Enter' || event.key === 'F2') {
      if (!actions.editable || !col) return;
      event.preventDefault();
      actions.open(row, col);
      return;
    }
    const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    if (event.altKey && horizontal && row === '' && col) {
      event.preventDefault();
      const later = (event.key === 'ArrowRight') !== actions.rtl;
      if (actions.editable) actions.move(col, later ? 1 : -1);
      return;
    }
    this.handleKey(event, actions.rtl);
  }

  /** A cell got focus (by click, Tab or script): it becomes the grid's tab stop. */
  onFocusin(event: FocusEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    if (cell) this.setActive({ row: cell.dataset.row ?? '', col: cell.dataset.col ?? '' });
  }

  /**
   * Handles a navigation key pressed on a cell; returns true when it moved focus. `rtl`
   * swaps Left and Right, so an arrow goes the way it points.
   */
  handleKey(event: KeyboardEvent, rtl: boolean): boolean {
    const next = this.target(event, rtl);
    if (!next) return false;
    event.preventDefault();
    void this.focus(next);
    return true;
  }

  private target(event: KeyboardEvent, rtl: boolean): GridPosition | undefined {
    const { rows, cols } = this.shape();
    const current = this.current();
    if (!current || event.altKey || event.shiftKey) return undefined;
    let row = rows.indexOf(current.row);
    let col = cols.indexOf(current.col);
    const lastRow = rows.length - 1;
    const lastCol = cols.length - 1;
    const ctrl = event.ctrlKey || event.metaKey;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    switch (event.key) {
      case forward:
        col = Math.min(lastCol, col + 1);
        break;
      case back:
        col = Math.max(0, col - 1);
        break;
      case 'ArrowDown':
        row = Math.min(lastRow, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'Home':
        if (ctrl) row = 0;
        col = row === 0 ? 1 : 0;
        break;
      case 'End':
        if (ctrl) row = lastRow;
        col = lastCol;
        break;
      default:
        return undefined;
    }
    // The corner has no cell: a move into it stays where it was.
    if (row === 0 && col === 0) return current;
    return { row: rows[row], col: cols[col] };
  }
}
