// The pointer drag of cards (drag-controller.ts, core/ui/pointer-drag.ts) is loaded by
// import() on the first press that could become a drag, not with the board: most people never
// drag a card. The first drag must lose nothing, even when the press, the moves and the
// release all happen before the code arrives. This file is its own page, so nothing here has
// loaded the drag code before its first test.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { boardParts } from '../../../src/components/idea-board/board-parts.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { requested, whilePartFails, whilePartIsLate } from '../lazy-part-checks.js';
import {
  $,
  announced,
  card,
  focusedIdea,
  press,
  seededBoard,
  seedIdea,
  titlesIn,
} from './helpers.js';

const four = () => [
  seedIdea('a', 'ideas', 1, { title: 'Evening opening' }),
  seedIdea('b', 'ideas', 2, { title: 'Late bus' }),
  seedIdea('c', 'developing', 1, { title: 'Quiet room' }),
  seedIdea('d', 'developing', 2, { title: 'Homework club' }),
];

async function board(): Promise<CoIdeaBoard> {
  await setViewport({ width: 1000, height: 800 });
  const el = await seededBoard(four());
  $(el, '.columns').scrollIntoView();
  return el;
}

/** A point on the card away from its controls (its meta line), in page coordinates. */
function onCard(el: CoIdeaBoard, id: string): [number, number] {
  const rect = card(el, id).querySelector('.meta')!.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/**
 * Over the top quarter of card `id`: a card dropped there lands just before it. Not nearer its
 * edge: the pressed card takes focus, and its focus ring may nudge the cards below a little.
 */
function aboveCard(el: CoIdeaBoard, id: string): [number, number] {
  const rect = card(el, id).getBoundingClientRect();
  return [Math.round(rect.left + 20), Math.round(rect.top + rect.height / 4)];
}

/** Press on `from`, move past the threshold, on to `to`, and release, with no wait between. */
async function dragInOneGo(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [from[0] + 20, from[1] + 5] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}

const dragCode = () => requested('idea-board/drag-controller.') || requested('ui/pointer-drag.');

describe('<co-idea-board> drag code loaded on the first press', () => {
  afterEach(() => resetMouse());

  it('is not requested with the board, is on the first press, and that first drag lands', async () => {
    const el = await board();
    expect(dragCode(), 'not with the board').to.be.false;
    await dragInOneGo(onCard(el, 'a'), aboveCard(el, 'd'));
    await el.updateComplete;
    expect(requested('idea-board/drag-controller.'), 'the card drag, on the press').to.be.true;
    expect(requested('ui/pointer-drag.'), 'the pointer drag, with it').to.be.true;
    await waitUntil(() => titlesIn(el, 'developing')[1] === 'Evening opening', 'dropped');
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Late bus']);
    expect($(el, '.dragging')).to.equal(null);
    expect($(el, '.drop-indicator').hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('drops where it was released when the code arrives after the release', async () => {
    await whilePartIsLate(boardParts, 'drag', async (late) => {
      const el = await board();
      const [from, to] = [onCard(el, 'b'), aboveCard(el, 'c')];
      await dragInOneGo(from, to);
      expect(late.asked(), 'asked for on the press').to.be.true;
      // Nothing has moved yet: the code that knows where a card lands is still on its way.
      expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
      // But the card is seen to be dragged: it stays where it was let go until then.
      expect(card(el, 'b').style.translate).to.equal(`${to[0] - from[0]}px ${to[1] - from[1]}px`);
      late.arrive();
      await el.updateComplete;
      await waitUntil(() => titlesIn(el, 'developing')[0] === 'Late bus', 'dropped before c');
      expect(titlesIn(el, 'developing')).to.deep.equal(['Late bus', 'Quiet room', 'Homework club']);
      expect(focusedIdea(el)).to.equal('b');
      expect($(el, '.dragging')).to.equal(null);
      expect(card(el, 'b').style.translate).to.equal('');
      expect(card(el, 'b').hasAttribute('data-pressed')).to.be.false;
      await expect(el).to.be.accessible();

      // Later presses go straight to the code that is here: the drag shows while under way.
      const [x, y] = onCard(el, 'a');
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 20, y + 5] });
      expect(card(el, 'a').classList.contains('dragging')).to.be.true;
      // The card being moved, and where it will land, keep their contrast (axe) mid-drag.
      await sendMouse({ type: 'move', position: aboveCard(el, 'd') });
      await expect(el).to.be.accessible();
      await sendMouse({ type: 'up' });
    });
  });

  it('keeps a press released before the code arrives, without moving, a click', async () => {
    await whilePartIsLate(boardParts, 'drag', async (late) => {
      const el = await board();
      let clicks = 0;
      card(el, 'a').addEventListener('click', () => (clicks += 1));
      const [x, y] = onCard(el, 'a');
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
      expect(clicks).to.equal(1);
      expect(focusedIdea(el)).to.equal('a');
      late.arrive();
      await el.updateComplete;
      expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
      expect($(el, '.dragging')).to.equal(null);
      expect(announced(el)).to.equal('');
    });
  });

  it('cancels with Escape a drag made before the code arrived', async () => {
    await whilePartIsLate(boardParts, 'drag', async (late) => {
      const el = await board();
      const [x, y] = onCard(el, 'a');
      let escapes = 0;
      const count = () => (escapes += 1);
      document.addEventListener('keydown', count);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: aboveCard(el, 'd') });
      expect(card(el, 'a').style.translate, 'follows the pointer').to.not.equal('');
      expect(card(el, 'a').hasAttribute('data-pressed'), 'lifted').to.be.true;
      await expect(el).to.be.accessible(); // lifted, its words keep their contrast
      await sendKeys({ press: 'Escape' });
      expect(card(el, 'a').style.translate, 'back in its place').to.equal('');
      expect(card(el, 'a').hasAttribute('data-pressed')).to.be.false;
      await sendMouse({ type: 'up' });
      document.removeEventListener('keydown', count);
      expect(escapes, 'the Escape belonged to the drag, not the page').to.equal(0);
      late.arrive();
      await el.updateComplete;
      await waitUntil(() => announced(el) !== '', 'said');
      expect(announced(el)).to.equal("Move cancelled: 'Evening opening' is where it was.");
      expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
      expect($(el, '.dragging')).to.equal(null);
    });
  });

  it('says so when the drag code cannot load; the press does nothing and Alt+arrow still moves', async () => {
    await whilePartFails(boardParts, 'drag', async () => {
      const el = await board();
      const failed = new Promise<CoErrorDetail>((resolve) =>
        el.addEventListener('co-error', (e) => resolve((e as CustomEvent<CoErrorDetail>).detail), {
          once: true,
        }),
      );
      await dragInOneGo(onCard(el, 'a'), aboveCard(el, 'd'));
      expect((await failed).code).to.equal('part-unavailable');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Part of this page could not be loaded');
      expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
      expect(card(el, 'a').hasPointerCapture(1)).to.be.false;
      await expect(el).to.be.accessible();

      card(el, 'a').focus();
      await press('Alt+ArrowDown');
      await waitUntil(() => titlesIn(el, 'ideas')[1] === 'Evening opening', 'moved by keys');
      // A second press is no drag either, and asks nothing more of the page.
      await dragInOneGo(onCard(el, 'b'), aboveCard(el, 'd'));
      await el.updateComplete;
      expect(titlesIn(el, 'developing')).to.deep.equal(['Quiet room', 'Homework club']);
    });
  });
});
