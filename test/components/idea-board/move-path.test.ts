// The board's own move path (Alt+arrow keys, the "Move to…" menu, a pointer drag) leaves the
// data exactly as the pure `planMove` says, on boards with hidden ideas (which a participant
// neither sees nor counts) and with ranks packed so tight that a move must renumber.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { planMove, type IdeaMove } from '../../../src/components/idea-board/board-moves.js';
import { BoardIndex } from '../../../src/components/idea-board/board-index.js';
import type { BoardData, Idea } from '../../../src/components/idea-board/model.js';
import { card, dataOf, press, seedIdea, seededBoard } from './helpers.js';

/** The data after a move, as the board's own pure move plans it; undefined if it cannot. */
const moveIdea = (data: BoardData, move: IdeaMove) => planMove(data, move)?.next;

const columns = ['ideas', 'developing', 'agreed'];
/** A participant (not a facilitator) sees only ideas that are not hidden. */
const visible = (idea: Idea) => !idea.hidden;

/** What a move decides, per idea: its column, rank and cluster (not when it was made). */
function places(data: BoardData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const idea of data.ideas) {
    const live = idea as Idea;
    if (live.title !== undefined)
      out[live.id] = `${live.column} ${live.rank} ${live.cluster ?? ''}`;
  }
  return out;
}

/** The ideas of `column` the participant sees, in board order. */
const shownIn = (data: BoardData, column: string) =>
  BoardIndex.build(data, columns).order(column).filter(visible);

type Way = 'key' | 'menu' | 'drag';
interface Step {
  way: Way;
  which: number;
  column: number;
  at: number;
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
}

/** Makes one move through the element; returns the move `moveIdea` should make, or none. */
async function moveThroughElement(
  el: CoIdeaBoard,
  step: Step,
): Promise<{ id: string; column: string; at: number } | undefined> {
  const data = dataOf(el);
  const shown = columns.flatMap((column) => shownIn(data, column));
  if (shown.length === 0) return undefined;
  const idea = shown[step.which % shown.length];
  const from = BoardIndex.build(data, columns).columnOf(idea);
  const order = shownIn(data, from);
  const position = order.findIndex((other) => other.id === idea.id);
  if (step.way === 'key') {
    const next = columns[columns.indexOf(from) + (step.key === 'ArrowRight' ? 1 : -1)];
    let move: { id: string; column: string; at: number } | undefined;
    if (step.key === 'ArrowUp' && position > 0)
      move = { id: idea.id, column: from, at: position - 1 };
    else if (step.key === 'ArrowDown' && position < order.length - 1)
      move = { id: idea.id, column: from, at: position + 1 };
    else if ((step.key === 'ArrowLeft' || step.key === 'ArrowRight') && next)
      move = { id: idea.id, column: next, at: position };
    if (!move) return undefined;
    card(el, idea.id).focus();
    await press(`Alt+${step.key}`);
    return move;
  }
  const column = columns[step.column % columns.length];
  const others = shownIn(data, column).filter((other) => other.id !== idea.id);
  if (step.way === 'menu') {
    const at = step.at % (others.length + 1);
    card(el, idea.id).querySelector<HTMLElement>('[data-action="move"]')!.click();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const columnField = root.querySelector<HTMLSelectElement>('[id^="move-column-"]')!;
    columnField.value = column;
    columnField.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const positionField = root.querySelector<HTMLSelectElement>('[id^="move-position-"]')!;
    positionField.value = String(at + 1);
    positionField.dispatchEvent(new Event('change'));
    root.querySelector<HTMLFormElement>('.move-panel')!.requestSubmit();
    return { id: idea.id, column, at };
  }
  // A drag onto the top half of another card: the card lands just before it.
  if (others.length === 0) return undefined;
  const target = others[step.at % others.length];
  // A person scrolls until both cards are in sight, then drags: a point outside the viewport
  // reaches nothing (a move can push a card below the fold).
  const span = [card(el, idea.id), card(el, target.id)].map((c) => c.getBoundingClientRect());
  const middle =
    (Math.min(span[0].top, span[1].top) + Math.max(span[0].bottom, span[1].bottom)) / 2;
  window.scrollBy(0, middle - window.innerHeight / 2);
  const grip = card(el, idea.id).querySelector('.meta')!.getBoundingClientRect();
  const [x, y] = [Math.round(grip.left + 10), Math.round(grip.top + grip.height / 2)];
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [x + 20, y + 5] });
  const rect = card(el, target.id).getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(rect.left + 20), Math.round(rect.top + 4)],
  });
  await sendMouse({ type: 'up' });
  return { id: idea.id, column, at: others.indexOf(target) };
}

describe('<co-idea-board> moves through the element equal moveIdea', () => {
  before(async () => {
    // Tall enough for a column of six cards, so both ends of any drag fit on screen.
    await setViewport({ width: 1200, height: 1600 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('keyboard, menu and drag moves leave the data as moveIdea does (property)', async function () {
    this.timeout(120_000);
    // Ranks 1, 1 + ε, 1 + 2ε… leave no number between neighbours: such a move renumbers.
    const seedArb = fc.array(
      fc.record({ column: fc.nat(2), tight: fc.boolean(), hidden: fc.boolean() }),
      { minLength: 2, maxLength: 6 },
    );
    const stepArb = fc.record({
      way: fc.constantFrom<Way>('key', 'menu', 'drag'),
      which: fc.nat(),
      column: fc.nat(),
      at: fc.nat(),
      key: fc.constantFrom('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight' as const),
    });
    let boards = 0;
    await fc.assert(
      fc.asyncProperty(
        seedArb,
        fc.array(stepArb, { minLength: 1, maxLength: 4 }),
        async (seed, steps) => {
          const ideas = seed.map((s, i) =>
            seedIdea(`i${i}`, columns[s.column], s.tight ? 1 + i * Number.EPSILON : i + 1, {
              title: `Idea ${i}`,
              hidden: s.hidden && i > 0,
            }),
          );
          const el = await seededBoard(ideas);
          boards += 1;
          el.shadowRoot!.querySelector('.columns')!.scrollIntoView();
          for (const step of steps) {
            const before = dataOf(el);
            const move = await moveThroughElement(el, step);
            if (!move) continue;
            const expected = moveIdea(before, { ...move, visible, columns });
            await waitUntil(() => dataOf(el) !== before, `${step.way} moved ${move.id}`);
            await el.updateComplete;
            expect(places(dataOf(el)), `${step.way} ${JSON.stringify(move)}`).to.deep.equal(
              places(expected!),
            );
          }
          el.parentElement!.remove();
        },
      ),
      {
        numRuns: 12,
        examples: [
          // The first move pushed i1's grip below the fold; the second drag must still land.
          [
            [
              { column: 0, tight: false, hidden: false },
              { column: 2, tight: false, hidden: false },
              { column: 0, tight: false, hidden: true },
            ],
            [
              { way: 'drag', which: 0, column: 2, at: 0, key: 'ArrowUp' },
              { way: 'drag', which: 1, column: 2, at: 0, key: 'ArrowUp' },
            ],
          ],
        ],
      },
    );
    expect(boards).to.equal(12);
  });
});
