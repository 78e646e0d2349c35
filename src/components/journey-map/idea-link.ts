import * as v from 'valibot';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Group } from '../../core/groups.js';
import {
  IDEA_BOARD_KIND,
  IDEA_TITLE_MAX,
  IdeaSchema,
  DotVoteSchema,
  TombstoneSchema,
  ideaStandings,
  postIdea,
  type IdeaStanding,
  type SharedBoardData,
} from '../../core/idea.js';
import { recordKey, validateEnvelope } from '../../core/store/envelope.js';
import { itemCollection } from '../../core/store/item-collection.js';
import type { RecordStore } from '../../core/store/record-store.js';
import type { IdeaLink, JourneyNote } from './model.js';

/** What a note knows about the idea it became. */
export type IdeaLinkState =
  | { state: 'loading' }
  | { state: 'found'; standing: IdeaStanding }
  /** The board has no such idea (any more). */
  | { state: 'gone' }
  /** The board's record could not be read. */
  | { state: 'unreadable' };

const BoardDataSchema = v.object({
  ideas: v.optional(itemCollection(IdeaSchema, TombstoneSchema), {}),
  votes: v.optional(itemCollection(DotVoteSchema, TombstoneSchema), {}),
});

interface BoardEntry {
  status: 'loading' | 'ok' | 'missing' | 'unreadable';
  data?: SharedBoardData;
  /** Standings for `groups`, worked out when first asked for. */
  standings?: Map<string, IdeaStanding>;
  groups?: readonly Group[];
  /** Bumped on every change, so a slow first load cannot overwrite a newer notification. */
  version: number;
}

const boardKey = (link: Pick<IdeaLink, 'space' | 'board'>) =>
  recordKey({ space: link.space, kind: IDEA_BOARD_KIND, id: link.board });

/**
 * Follows the idea boards that the map's notes were posted to, through the same store, so a
 * note shows its idea's current column and parity score, and moving the idea on the board
 * updates the note. The map never imports the board element: it reads the board's record,
 * whose idea format is shared in core.
 */
export class IdeaLinks implements ReactiveController {
  private store?: RecordStore;
  private unsubscribe?: () => void;
  private readonly boards = new Map<string, BoardEntry>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storeOf: () => RecordStore,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.boards.clear();
  }

  /** Starts following the boards these links point to; the host calls it when data changes. */
  watch(links: readonly IdeaLink[]): void {
    if (links.length === 0) return;
    const store = this.storeOf();
    if (store !== this.store) {
      this.unsubscribe?.();
      this.boards.clear();
      this.store = store;
      this.unsubscribe = store.subscribe((key, envelope) => {
        const entry = this.boards.get(key);
        if (!entry) return;
        this.accept(entry, envelope);
        this.host.requestUpdate();
      });
    }
    for (const link of links) {
      const key = boardKey(link);
      if (this.boards.has(key)) continue;
      const entry: BoardEntry = { status: 'loading', version: 0 };
      this.boards.set(key, entry);
      void this.load(store, entry, key);
    }
  }

  /** Where the linked idea stands now. */
  state(link: IdeaLink, groups: readonly Group[]): IdeaLinkState {
    const entry = this.boards.get(boardKey(link));
    if (!entry || entry.status === 'loading') return { state: 'loading' };
    if (entry.status === 'unreadable') return { state: 'unreadable' };
    if (!entry.data) return { state: 'gone' };
    if (!entry.standings || entry.groups !== groups) {
      entry.standings = ideaStandings(entry.data, groups);
      entry.groups = groups;
    }
    const standing = entry.standings.get(link.idea);
    return standing ? { state: 'found', standing } : { state: 'gone' };
  }

  private async load(store: RecordStore, entry: BoardEntry, key: string): Promise<void> {
    const version = entry.version;
    let raw: unknown;
    try {
      raw = await store.load(key);
    } catch {
      raw = null; // unreadable
    }
    if (store !== this.store || entry.version !== version) return;
    this.accept(entry, raw);
    this.host.requestUpdate();
  }

  private accept(entry: BoardEntry, raw: unknown): void {
    entry.version += 1;
    entry.standings = undefined;
    entry.data = undefined;
    if (raw === undefined) {
      entry.status = 'missing';
      return;
    }
    const checked = validateEnvelope(raw);
    const parsed = checked.ok ? v.safeParse(BoardDataSchema, checked.envelope.data) : undefined;
    if (!parsed?.success) {
      entry.status = 'unreadable';
      return;
    }
    entry.status = 'ok';
    entry.data = parsed.output as SharedBoardData;
  }
}

/** What the idea says beside the note's own words. */
export interface IdeaFromNote {
  space: string;
  board: string;
  /** The board column new ideas go to. */
  column: string;
  /** The journey map's record, for the idea's `source`. */
  map: { space: string; id: string };
  group?: string;
  participant: string;
  /** A line saying where on the map the note came from. */
  context: string;
}

/** The note's words as an idea title: whole if short enough, else cut at a word and marked. */
export function ideaTitle(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= IDEA_TITLE_MAX) return trimmed;
  const cut = trimmed.slice(0, IDEA_TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > IDEA_TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Posts a note onto an idea board through the store and returns the link to keep on it. */
export async function postNoteAsIdea(
  store: RecordStore,
  note: JourneyNote,
  target: IdeaFromNote,
  ideaId: string,
): Promise<IdeaLink> {
  const title = ideaTitle(note.text);
  const detail = title === note.text.trim() ? target.context : `${target.context}\n\n${note.text}`;
  await postIdea(
    store,
    { space: target.space, id: target.board },
    {
      id: ideaId,
      column: target.column,
      title,
      detail,
      participant: target.participant,
      ...(target.group ? { group: target.group } : {}),
      source: {
        kind: 'journey-map',
        space: target.map.space,
        id: target.map.id,
        item: note.id,
      },
    },
  );
  return { space: target.space, board: target.board, idea: ideaId };
}
