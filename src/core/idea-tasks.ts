import { createEnvelope, isPlainObject, recordKey, validateEnvelope } from './store/envelope.js';
import type { RecordStore } from './store/record-store.js';
import { IDEA_BOARD_KIND } from './kinds/index.js';

/**
 * "Turn an agreed idea into tasks" (issue #16), on the board's side: which ideas a board in
 * the space has agreed, and the note left on the idea so the board shows where it went. The
 * note is one of the board's own "yes, and…" builds, which every board already shows under
 * its idea; the task keeps the idea as its `source`. Elements never import each other, so
 * this reads and writes the board's record through the store, as `postIdea` does.
 */

/** What the delivery plan needs of an idea on a board. */
export interface BoardIdea {
  id: string;
  title: string;
  detail: string;
  column: string;
}

/** A build's text is at most this long on the board (BUILD_MAX there). */
const NOTE_MAX = 280;

const boardRef = (board: { space: string; id: string }) => ({
  space: board.space,
  kind: IDEA_BOARD_KIND,
  id: board.id,
});

/** The board record's key, to recognise its change notifications. */
export function boardKey(board: { space: string; id: string }): string {
  return recordKey(boardRef(board));
}

/**
 * The live, visible ideas of a stored board record in `column`, in board order. Anything
 * unreadable gives no ideas: the plan then simply offers none to turn into tasks.
 */
export function boardIdeas(raw: unknown, column: string): BoardIdea[] {
  if (raw === undefined) return [];
  const checked = validateEnvelope(raw);
  if (!checked.ok) return [];
  const ideas = (checked.envelope.data as { ideas?: unknown }).ideas;
  if (!isPlainObject(ideas)) return [];
  const found: (BoardIdea & { rank: number })[] = [];
  for (const value of Object.values(ideas)) {
    if (!isPlainObject(value) || value.deleted === true || value.hidden === true) continue;
    const { id, title, detail, rank } = value;
    if (value.column !== column || typeof id !== 'string' || typeof title !== 'string') continue;
    found.push({
      id,
      title,
      detail: typeof detail === 'string' ? detail : '',
      column,
      rank: typeof rank === 'number' ? rank : 0,
    });
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...idea }) => idea);
}

/** The note left on an idea: a build by the facilitator's device, in the board's format. */
export interface IdeaNote {
  id: string;
  idea: string;
  text: string;
  participant: string;
  group?: string;
}

/**
 * Leaves `note` under its idea on the board, merged with what is stored in one atomic step.
 * Throws when the board's record cannot be read (nothing is written then).
 */
export async function postIdeaNote(
  store: RecordStore,
  board: { space: string; id: string },
  note: IdeaNote,
  now = new Date(),
): Promise<void> {
  await store.update(boardKey(board), (current) => {
    const checked = current === undefined ? undefined : validateEnvelope(current);
    if (!checked?.ok) {
      throw new Error(
        checked ? `The idea board could not be read: ${checked.problem}` : 'There is no board',
      );
    }
    const data = checked.envelope.data as Record<string, unknown>;
    const builds = isPlainObject(data.builds) ? data.builds : {};
    const stamp = now.toISOString();
    const text = note.text.length > NOTE_MAX ? `${note.text.slice(0, NOTE_MAX - 1)}…` : note.text;
    const build = { ...note, text, createdAt: stamp, updatedAt: stamp };
    return createEnvelope(
      boardRef(board),
      { ...data, builds: { ...builds, [note.id]: build } },
      now,
    );
  });
}
