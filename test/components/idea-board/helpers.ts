// Shared set-up for the idea board's element tests.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/idea-board.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { BoardData, Idea, StoredBoardData } from '../../../src/components/idea-board/model.js';
import { emptyBoard, toStoredBoard } from '../../../src/components/idea-board/model.js';
import { Collection } from '../../../src/core/store/collection.js';
import { createEnvelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { participantId } from '../../../src/core/participant.js';

let counter = 0;
export const freshSpace = (): string => `board-${Date.now()}-${(counter += 1)}`;

export interface BoardOptions {
  store?: MemoryStore;
  space?: string;
  group?: string | null;
  facilitator?: boolean;
  hideVotes?: boolean;
  view?: 'board' | 'list';
  pageSize?: number;
  lang?: string;
}

/** A board on its own store, with the participant's group fixed unless `group: null`. */
export async function makeBoard(options: BoardOptions = {}): Promise<CoIdeaBoard> {
  const store = options.store ?? new MemoryStore();
  const space = options.space ?? freshSpace();
  const group = options.group === null ? undefined : (options.group ?? 'community');
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <co-idea-board
        space=${space}
        .store=${store}
        participant-group=${ifDefined(group)}
        ?facilitator=${options.facilitator ?? false}
        ?hide-votes=${options.hideVotes ?? false}
        view=${options.view ?? 'board'}
        page-size=${options.pageSize ?? 50}
      ></co-idea-board>
    </div>`,
  );
  const el = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
  await el.ready;
  await el.updateComplete;
  return el;
}

const stamp = new Date('2026-11-29T10:00:00.000Z').toISOString();

/** An idea for seeding a board. */
export function seedIdea(
  id: string,
  column: string,
  rank: number,
  extra: Partial<Idea> = {},
): Idea {
  return {
    id,
    column,
    rank,
    title: `Idea ${id}`,
    participant: 'someone-else',
    group: 'community',
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

/** The board's data, as the element holds it, with these ideas and stored collections. */
export function boardData(ideas: Idea[], extra: Partial<StoredBoardData> = {}): BoardData {
  const stored = { ...toStoredBoard(emptyBoard()), ...extra };
  return {
    ...stored,
    ideas: Collection.from({
      ...stored.ideas,
      ...Object.fromEntries(ideas.map((idea) => [idea.id, idea])),
    }),
    votes: Collection.from(stored.votes),
    builds: Collection.from(stored.builds),
    clusters: Collection.from(stored.clusters),
  };
}

/** A store already holding a board with these ideas (and any other data). */
export async function seededStore(
  space: string,
  ideas: Idea[],
  extra: Partial<StoredBoardData> = {},
): Promise<MemoryStore> {
  const store = new MemoryStore();
  const data: StoredBoardData = {
    ...toStoredBoard(emptyBoard()),
    ideas: Object.fromEntries(ideas.map((idea) => [idea.id, idea])),
    ...extra,
  };
  await store.update(`together-kit/${space}/idea-board/main`, () =>
    createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      data as unknown as Record<string, unknown>,
    ),
  );
  return store;
}

/** A board seeded with ideas. */
export async function seededBoard(
  ideas: Idea[],
  options: BoardOptions = {},
  extra: Partial<StoredBoardData> = {},
): Promise<CoIdeaBoard> {
  const space = options.space ?? freshSpace();
  const store = await seededStore(space, ideas, extra);
  return makeBoard({ ...options, space, store });
}

export const $ = <T extends Element = HTMLElement>(el: CoIdeaBoard, selector: string): T =>
  el.shadowRoot!.querySelector(selector) as T;
export const $$ = <T extends Element = HTMLElement>(el: CoIdeaBoard, selector: string): T[] =>
  [...el.shadowRoot!.querySelectorAll(selector)] as T[];

export const card = (el: CoIdeaBoard, id: string) => $(el, `.card[data-idea="${id}"]`);
export const titlesIn = (el: CoIdeaBoard, column: string): string[] =>
  $$(el, `.column[data-column="${column}"] .card .title`).map((t) => t.textContent!.trim());
export const focusedIdea = (el: CoIdeaBoard): string | undefined =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.idea;
export const announced = (el: CoIdeaBoard): string =>
  (el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').replace(/\u00a0$/, '');
export const buttonByText = (root: ParentNode, text: string): HTMLButtonElement =>
  [...root.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === text,
  ) as HTMLButtonElement;

/** Types into whatever has focus. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}
/** Presses a key, with modifiers written `Alt+ArrowUp` or `Shift+Tab`. */
export async function press(key: string): Promise<void> {
  const parts = key.split('+');
  const main = parts.pop() as string;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}

/** The board's data as it stands (what the next save writes). */
export const dataOf = (el: CoIdeaBoard): BoardData => el.storageController.data;

/** A live idea of the board, by id (through the public `ideas`). */
export const ideaOf = (el: CoIdeaBoard, id: string): Idea | undefined =>
  el.ideas.find((idea) => idea.id === id);

/** Who a test acts as when it changes data with the model's pure functions. */
export const me = (group = 'community') => ({ participant: participantId(), group });

/** Saves the data `change` makes of the board's data, through the public `commit`. */
export function change(el: CoIdeaBoard, next: (data: BoardData) => BoardData | undefined): void {
  const made = next(dataOf(el));
  if (!made || !el.commit(made)) throw new Error('the board did not take the change');
}
