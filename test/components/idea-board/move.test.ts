import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { CoIdeaBoard, IdeaMoveDetail } from '../../../src/components/idea-board/idea-board.js';
import { EDGE_ZONE } from '../../../src/core/ui/pointer-drag.js';
import {
  $,
  $$,
  announced,
  card,
  focusedIdea,
  ideaOf,
  press,
  seededBoard,
  seedIdea,
  titlesIn,
} from './helpers.js';

const five = () => [
  seedIdea('a', 'ideas', 1, { title: 'Evening opening' }),
  seedIdea('b', 'ideas', 2, { title: 'Late bus' }),
  seedIdea('c', 'developing', 1, { title: 'Quiet room' }),
  seedIdea('d', 'developing', 2, { title: 'Homework club' }),
  seedIdea('e', 'developing', 3, { title: 'Job club' }),
  seedIdea('f', 'developing', 4, { title: 'Story time' }),
];

function moves(el: CoIdeaBoard): { events: IdeaMoveDetail[]; stop: () => void } {
  const events: IdeaMoveDetail[] = [];
  const listener = (e: Event) => events.push((e as CustomEvent<IdeaMoveDetail>).detail);
  el.addEventListener('co-idea-move', listener);
  return { events, stop: () => el.removeEventListener('co-idea-move', listener) };
}

async function focusCard(el: CoIdeaBoard, id: string): Promise<void> {
  card(el, id).focus();
  await el.updateComplete;
}

/** Brings the columns into the viewport: the pointer can only reach what is on screen. */
async function inView(el: CoIdeaBoard): Promise<void> {
  await setViewport({ width: 1000, height: 800 });
  $(el, '.columns').scrollIntoView();
}

/** The middle of an element, in page coordinates for sendMouse. */
function middle(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

describe('<co-idea-board> moving cards', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('moves a card to the next column with Alt+Right, keeps focus on it, and says where it went', async () => {
    const el = await seededBoard(five());
    const { events, stop } = moves(el);
    await focusCard(el, 'a');
    await press('Alt+ArrowRight');
    await waitUntil(() => titlesIn(el, 'developing').includes('Evening opening'), 'moved');
    stop();
    expect(titlesIn(el, 'developing')).to.deep.equal([
      'Evening opening',
      'Quiet room',
      'Homework club',
      'Job club',
      'Story time',
    ]);
    expect(announced(el)).to.equal("'Evening opening' moved to Developing, position 1 of 5");
    await waitUntil(() => focusedIdea(el) === 'a', 'focus stays on the card');
    expect(events).to.deep.equal([
      {
        idea: 'a',
        from: { column: 'ideas', position: 1 },
        to: { column: 'developing', position: 1 },
      },
    ]);
  });

  it('reorders with Alt+Down and Alt+Up, touching only the moved idea', async () => {
    const el = await seededBoard(five());
    await focusCard(el, 'd');
    const before = el.storageController.data.ideas;
    await press('Alt+ArrowDown');
    await waitUntil(() => titlesIn(el, 'developing')[2] === 'Homework club');
    expect(announced(el)).to.equal("'Homework club' moved to Developing, position 3 of 4");
    const after = el.storageController.data.ideas;
    expect(
      Object.keys(after.toRecord()).filter((k) => after.get(k) !== before.get(k)),
    ).to.deep.equal(['d']);
    await waitUntil(() => focusedIdea(el) === 'd');
    await press('Alt+ArrowUp');
    await press('Alt+ArrowUp');
    await waitUntil(() => titlesIn(el, 'developing')[0] === 'Homework club');
    expect(announced(el)).to.equal("'Homework club' moved to Developing, position 1 of 4");
    await press('Alt+ArrowUp');
    await waitUntil(() => announced(el) === "'Homework club' is already first in its column.");
    await press('Alt+ArrowLeft');
    await waitUntil(() => titlesIn(el, 'ideas').includes('Homework club'));
    await press('Alt+ArrowLeft');
    await waitUntil(() => announced(el) === "'Homework club' is already in the first column.");
    expect(focusedIdea(el)).to.equal('d');
  });

  it('moves by the "Move to…" menu: column and position, focus back on the card', async () => {
    const el = await seededBoard(five());
    await focusCard(el, 'a');
    // Tab goes from the card into its own controls: title, dot, build, move.
    const toggle = card(el, 'a').querySelector<HTMLElement>('[data-action="move"]')!;
    while (el.shadowRoot!.activeElement !== toggle) await press('Tab');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement!.id).to.match(/^move-column-/);
    await expect(el).to.be.accessible();
    await press('ArrowDown'); // Developing
    await el.updateComplete;
    await press('Tab');
    // The position list now counts Developing's places: 1 to 5.
    const position = $<HTMLSelectElement>(el, '[id^="move-position-"]');
    expect(position.options.length).to.equal(5);
    expect($(el, `label[for="${position.id}"]`).textContent).to.equal('Position (1 to 5)');
    await press('Home');
    await press('ArrowDown'); // position 2
    await press('Tab');
    await press('Enter');
    await waitUntil(() => titlesIn(el, 'developing')[1] === 'Evening opening', 'moved');
    expect(announced(el)).to.equal("'Evening opening' moved to Developing, position 2 of 5");
    await waitUntil(() => focusedIdea(el) === 'a', 'focus on the moved card');
    expect($(el, '.move-panel')).to.equal(null);
  });

  it('closes the menu with Escape, focus back on its button', async () => {
    const el = await seededBoard(five());
    await focusCard(el, 'a');
    const toggle = card(el, 'a').querySelector<HTMLElement>('[data-action="move"]')!;
    toggle.focus();
    await press('Enter');
    await el.updateComplete;
    await press('Escape');
    await waitUntil(() => $(el, '.move-panel') === null);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('offers a number for the position in a long column', async () => {
    const ideas = Array.from({ length: 120 }, (_, i) => seedIdea(`i${i}`, 'ideas', i));
    const el = await seededBoard(ideas);
    card(el, 'i0').querySelector<HTMLElement>('[data-action="move"]')!.click();
    await el.updateComplete;
    const position = $<HTMLInputElement>(el, 'input[id^="move-position-"]');
    expect(position.max).to.equal('120');
    position.focus();
    position.select();
    await press('9');
    await press('0');
    await press('Enter');
    await waitUntil(() => el.ideas[89].id === 'i0', 'moved to position 90');
    expect(announced(el)).to.equal("'Idea i0' moved to Ideas, position 90 of 120");
    // Its page was shown so that focus could stay on it.
    await waitUntil(() => focusedIdea(el) === 'i0');
  });

  it('keeps the card where it was when the page cancels co-idea-move', async () => {
    const el = await seededBoard(five());
    el.addEventListener('co-idea-move', (e) => e.preventDefault(), { once: true });
    await focusCard(el, 'a');
    await press('Alt+ArrowRight');
    await waitUntil(() => announced(el) === "'Evening opening' was not moved.");
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
    expect(focusedIdea(el)).to.equal('a');
    expect(await el.moveIdea('a', 'agreed', 1)).to.equal(true);
    expect(titlesIn(el, 'agreed')).to.deep.equal(['Evening opening']);
    expect(await el.moveIdea('missing', 'agreed', 1)).to.equal(false);
  });

  it('drags a card with the pointer to another column, showing where it will land', async () => {
    const el = await seededBoard(five());
    const { events, stop } = moves(el);
    await inView(el);
    const [x, y] = middle(card(el, 'a').querySelector('.meta')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 20, y + 5] });
    const rect = card(el, 'd').getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.left + 20), Math.round(rect.top + 5)],
    });
    const indicator = $(el, '.drop-indicator');
    expect(indicator.hidden).to.be.false;
    expect(card(el, 'a').classList.contains('dragging')).to.be.true;
    expect(Math.abs(indicator.getBoundingClientRect().top - rect.top)).to.be.below(6);
    await sendMouse({ type: 'up' });
    await waitUntil(
      () => titlesIn(el, 'developing')[1] === 'Evening opening',
      'dropped before Homework club',
    );
    stop();
    expect(indicator.hidden).to.be.true;
    expect(announced(el)).to.equal("'Evening opening' moved to Developing, position 2 of 5");
    expect(events[0].to).to.deep.equal({ column: 'developing', position: 2 });
    await waitUntil(() => focusedIdea(el) === 'a');
  });

  it('drags a card onto a cluster heading to add it, and to an empty column', async () => {
    const el = await seededBoard(
      [seedIdea('a', 'ideas', 1), seedIdea('k1', 'developing', 1, { cluster: 'k' })],
      {},
      {
        clusters: {
          k: {
            id: 'k',
            column: 'developing',
            name: 'Transport',
            rank: 1,
            updatedAt: '2026-11-29T10:00:00.000Z',
          },
        },
      },
    );
    await inView(el);
    let [x, y] = middle(card(el, 'a').querySelector('.meta')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 10, y + 10] });
    await sendMouse({ type: 'move', position: middle($(el, '.cluster-name')) });
    expect($(el, '.cluster-head').classList.contains('drop-into')).to.be.true;
    await sendMouse({ type: 'up' });
    await waitUntil(() => $$(el, '.cluster .card').length === 2, 'added to the cluster');
    expect(announced(el)).to.equal(
      "'Idea a' moved to Developing, position 2 of 2, in cluster 'Transport'",
    );

    [x, y] = middle(card(el, 'a').querySelector('.meta')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 10, y + 10] });
    await sendMouse({ type: 'move', position: middle($(el, '.column[data-column="agreed"] h2')) });
    await sendMouse({ type: 'up' });
    await waitUntil(() => titlesIn(el, 'agreed').length === 1, 'moved to the empty column');
    expect(ideaOf(el, 'a')!.cluster).to.equal('');
  });

  it('scrolls the page when a card is dragged to the bottom of a phone screen, and drops it on a column below', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await seededBoard(five());
    const agreed = $(el, '.column[data-column="agreed"] h2');
    card(el, 'a').scrollIntoView({ block: 'start' });
    expect(agreed.getBoundingClientRect().top, 'the last column starts off screen').to.be.above(
      640,
    );
    const [x, y] = middle(card(el, 'a').querySelector('.meta')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    const end = document.scrollingElement!.scrollHeight - window.innerHeight;
    // Well inside the edge zone: the page scrolls at a pace the test can stop in time.
    await sendMouse({ type: 'move', position: [x, 615] });
    await waitUntil(
      () => agreed.getBoundingClientRect().bottom < 640 - EDGE_ZONE,
      'the page scrolls by itself',
      {
        timeout: 10_000,
      },
    );
    // The dragged card, moved by a transform, lengthens the page: the scrolling stops at the
    // page's end as it was when the drag began rather than chase the card for ever.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.scrollY).to.be.at.most(end);
    await sendMouse({ type: 'move', position: middle(agreed) });
    // The card stayed under the pointer while the page moved beneath it.
    const dragged = card(el, 'a').getBoundingClientRect();
    const [, pointerY] = middle(agreed);
    expect(pointerY).to.be.within(dragged.top, dragged.bottom);
    await sendMouse({ type: 'up' });
    await waitUntil(() => titlesIn(el, 'agreed')[0] === 'Evening opening', 'dropped in Agreed');
    window.scrollTo(0, 0);
  });

  it('cancels a drag with Escape, and treats a short press as a click', async () => {
    const el = await seededBoard(five());
    await inView(el);
    const [x, y] = middle(card(el, 'a').querySelector('.meta')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: middle(card(el, 'd')) });
    await press('Escape');
    expect(card(el, 'a').classList.contains('dragging')).to.be.false;
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
    expect(announced(el)).to.equal("Move cancelled: 'Evening opening' is where it was.");

    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
  });
});
