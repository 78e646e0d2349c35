import type { Emit, ReportProblem, Translate } from '../../core/element-host.js';
import type { ReactiveControllerHost } from 'lit';
import type { Group } from '../../core/groups.js';
import type { BoardState } from './board-state.js';
import type { BoardData } from './model.js';

/**
 * What the board's helpers (actions, moves, dialogs, views) may use of the element: read
 * what it shows, save the next data, speak. Nothing else: a helper that needs a sibling
 * (the dialog, the pager) is given that sibling or a callback by the element, so the
 * helpers never reach each other through the element, and a test can stand in for it.
 */
export interface BoardHost extends ReactiveControllerHost {
  /** The shadow root the board draws into (focus, hit tests). */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** What the board shows, derived from its data (see board-state.ts). */
  readonly state: BoardState;
  /** The settings and who the person is, as they are now. */
  readonly settings: BoardSettings;
  /** Saves `next`; `changed` names the ideas that changed. False when read-only (said aloud). */
  commit(next: BoardData, changed?: readonly string[]): boolean;
  emit: Emit;
  reportProblem: ReportProblem;
  /** Says `text` in the polite live region. */
  announce(text: string): void;
  t: Translate;
  /** Makes the card the roving tab stop and focuses it once drawn. */
  focusCard(id: string): Promise<void>;
  /** Asks the person's group (before their first idea, build or dot). */
  askGroup(): void;
}

/** The board's settings and the person, read fresh on every access. */
export interface BoardSettings {
  participant: string;
  /** Undefined until the person says which group they take part as. */
  group: string | undefined;
  facilitator: boolean;
  locked: boolean;
  revealed: boolean;
  hideVotes: boolean;
  /** Dot counts are shown (not hidden, or revealed). */
  votesShown: boolean;
  /** Dots each person may spend; 0 turns voting off. */
  dots: number;
  dotsLeft: number;
  pageSize: number;
  headingLevel: number;
  language: string;
  groups: readonly Group[];
  /** The columns with their labels in the board's language. */
  columns: readonly { id: string; label: string }[];
  columnName(id: string): string;
  groupName(id: string): string;
}
