import type { ReactiveElement } from 'lit';
import type { CoErrorCode } from '../../core/events.js';
import type { MessageParams } from '../../core/i18n.js';
import type { RecordStore } from '../../core/store/record-store.js';
import type { Lane } from './lanes.js';
import type { JourneyData, JourneyNote } from './model.js';

/** Where "Turn into an idea" posts: the board's space and id, and the map's own record. */
export interface IdeaTarget {
  store: RecordStore;
  space: string;
  board: string;
  column: string;
  map: { space: string; id: string };
}

/**
 * What the map's dialogs and exports may ask of the element. It is handed to them as closures
 * so that none of it becomes public API of `<co-journey-map>`.
 */
export interface MapHost {
  readonly element: ReactiveElement;
  t(key: string, params?: MessageParams): string;
  data(): JourneyData;
  /** Saves `next`; false (and the person is told) when the map is read-only. */
  commit(next: JourneyData): boolean;
  announce(message: string): void;
  reportProblem(code: CoErrorCode, message: string, cause?: unknown): void;
  /** Focus back on a cell (`row` = lane id, or '' for the stage header). */
  focusCell(stage: string, row: string): Promise<void>;
  /** A stage was deleted from place `index` (from 0): show and focus its neighbour. */
  focusAfterStageDeleted(index: number): void;
  /** A form sent with something to fix: focus on its summary (by id), `co-error` to the page. */
  refuse(summary: string): Promise<void>;
  moveStageBy(stage: string, by: -1 | 1): void;

  // For notes
  lane(id: string): Lane | undefined;
  laneName(id: string): string;
  groups(): readonly { id: string; label: string }[];
  /** The group a new note is from by default: the participant's, when known. */
  defaultGroup(): string | undefined;
  rememberGroup(id: string): void;
  participant(): string;
  /** Where ideas go, or undefined when this page has no idea board. */
  ideaTarget(): IdeaTarget | undefined;
  /** Fires the cancelable `co-link-idea`; false when the page cancelled it. */
  emitLinkIdea(note: JourneyNote): boolean;

  // For exports
  record(): { space: string; id: string };
  flush(): Promise<void>;
}
