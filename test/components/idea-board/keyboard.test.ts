import { expect, waitUntil } from '@open-wc/testing';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import {
  $,
  $$,
  announced,
  card,
  focusedIdea,
  makeBoard,
  press,
  seedIdea,
  seededBoard,
  titlesIn,
  type,
} from './helpers.js';

const active = (el: CoIdeaBoard): HTMLElement | null =>
  el.shadowRoot!.activeElement as HTMLElement | null;
const activeText = (el: CoIdeaBoard) => active(el)?.textContent?.trim() ?? '';

/** Presses Tab (or Shift+Tab) until what has focus matches, as a keyboard user would. */
async function tabTo(
  el: CoIdeaBoard,
  match: (e: HTMLElement) => boolean,
  back = false,
): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    const now = active(el);
    if (now && match(now)) return;
    await press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not Tab to it; focus is on ${active(el)?.outerHTML.slice(0, 80)}`);
}
const byText = (text: string) => (e: HTMLElement) => e.textContent?.trim() === text;
const byId = (id: string) => (e: HTMLElement) => e.id === id;

async function focusCard(el: CoIdeaBoard, id: string): Promise<void> {
  card(el, id).focus();
  await el.updateComplete;
}

const dialogOpen = (el: CoIdeaBoard) => $<HTMLDialogElement>(el, '#card-dialog').open;

describe('<co-idea-board> by keyboard alone', () => {
  it('posts an idea, with a live character count and the board showing it', async () => {
    const el = await makeBoard();
    $(el, '#post-title').focus();
    await type('Evening opening');
    expect($(el, '.field-title .count').textContent!.trim()).to.equal(
      'You have 105 characters remaining',
    );
    expect($(el, '.field-title .count').getAttribute('aria-hidden')).to.equal('true');
    await waitUntil(
      () => announced(el) === 'You have 105 characters remaining',
      'count read out after a pause',
      { timeout: 3000 },
    );
    await press('Tab');
    await type('Until 8pm on weekdays');
    await press('Tab');
    await type('access, evenings');
    await press('Tab'); // column
    await press('Tab');
    await type('Ana');
    await press('Enter');
    await waitUntil(() => titlesIn(el, 'ideas').length === 1, 'posted');
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening']);
    const idea = el.ideas[0];
    expect(idea).to.deep.include({
      detail: 'Until 8pm on weekdays',
      author: 'Ana',
      group: 'community',
    });
    expect(idea.tags).to.deep.equal(['access', 'evenings']);
    expect(announced(el)).to.equal("'Evening opening' posted in Ideas.");
    expect(active(el)?.id).to.equal('post-title');
    expect(($(el, '#post-title') as HTMLInputElement).value).to.equal('');
    expect(($(el, '#post-author') as HTMLInputElement).value).to.equal('Ana');
  });

  it('shows an error summary that takes focus and links to the field', async () => {
    const el = await makeBoard();
    $(el, '#post-title').focus();
    await press('Enter');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('post-summary');
    expect($(el, '#post-summary').textContent).to.contain('Enter your idea in a few words');
    expect($(el, '#post-title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#post-title').getAttribute('aria-describedby')).to.contain('post-title-error');
    await press('Tab');
    await press('Enter');
    expect(active(el)?.id).to.equal('post-title');
    await type('x'.repeat(125));
    await el.updateComplete;
    expect($(el, '.field-title .count').textContent!.trim()).to.equal(
      'You have 5 characters too many',
    );
    expect($(el, '#post-title-error').textContent).to.contain('120 characters or fewer');
    await expect(el).to.be.accessible();
  });

  it('asks the group once before the first idea', async () => {
    const el = await makeBoard({ group: null });
    expect($(el, '#post-title')).to.equal(null);
    const radio = $(el, '.group-question input');
    radio.focus();
    await press('Space');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'post-title', 'title field focused after choosing');
    expect($(el, '.you').textContent).to.contain('People who use services');
  });

  it('moves between cards with the arrow keys, Home and End, skipping empty columns', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1),
      seedIdea('b', 'ideas', 2),
      seedIdea('c', 'ideas', 3),
      seedIdea('d', 'agreed', 1),
    ]);
    await focusCard(el, 'a');
    await press('ArrowDown');
    await waitUntil(() => focusedIdea(el) === 'b');
    expect(card(el, 'b').getAttribute('tabindex')).to.equal('0');
    expect(card(el, 'a').getAttribute('tabindex')).to.equal('-1');
    await press('End');
    await waitUntil(() => focusedIdea(el) === 'c');
    await press('ArrowDown');
    await waitUntil(() => focusedIdea(el) === 'c');
    await press('Home');
    await waitUntil(() => focusedIdea(el) === 'a');
    await press('ArrowUp');
    await waitUntil(() => focusedIdea(el) === 'a');
    await press('ArrowRight');
    await waitUntil(() => focusedIdea(el) === 'd');
    await press('ArrowRight');
    await waitUntil(() => focusedIdea(el) === 'd');
    await press('ArrowLeft');
    await waitUntil(() => focusedIdea(el) === 'a');
  });

  it('shows more cards when Down passes the last one shown', async () => {
    const el = await seededBoard(
      Array.from({ length: 4 }, (_, i) => seedIdea(`i${i}`, 'ideas', i)),
      { pageSize: 2 },
    );
    await focusCard(el, 'i1');
    await press('ArrowDown');
    await waitUntil(() => focusedIdea(el) === 'i2', 'next page shown and focused');
    expect($$(el, '.card').length).to.equal(4);
  });

  it('opens a card with Enter and closes it with Escape, focus back on the card', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1, { title: 'Evening opening', detail: 'Until 8' }),
    ]);
    await focusCard(el, 'a');
    await press('Enter');
    await waitUntil(() => dialogOpen(el), 'dialog open');
    expect(active(el)?.id).to.equal('dialog-title');
    expect($(el, '#card-dialog').textContent).to.contain('Until 8');
    await expect(el).to.be.accessible();
    await press('Escape');
    await waitUntil(() => !dialogOpen(el), 'dialog closed');
    await waitUntil(() => focusedIdea(el) === 'a', 'focus back on the card');
  });

  it('edits and deletes your own idea', async () => {
    const el = await makeBoard();
    el.post({ title: 'Evening opening' });
    el.post({ title: 'Late bus' });
    await el.updateComplete;
    const [first] = el.ideas;
    await focusCard(el, first.id);
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    await tabTo(el, byText('Edit'));
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'edit-title', 'edit form focused');
    await press('End');
    await type(' until 8pm');
    await press('Enter');
    await waitUntil(() => el.ideas[0].title === 'Evening opening until 8pm', 'edited');
    expect(announced(el)).to.equal('Your changes are saved.');
    await waitUntil(() => active(el)?.id === 'dialog-title');

    await tabTo(el, byText('Delete'));
    await press('Enter');
    // The confirmation opens on Cancel, the safe choice; "Yes, delete it" is just before it.
    await waitUntil(() => $<HTMLDialogElement>(el, '#delete-idea-dialog').open);
    expect(active(el)?.textContent?.trim()).to.equal('Cancel');
    expect($(el, '#delete-idea-dialog').textContent).to.contain('This cannot be undone.');
    await expect(el).to.be.accessible();
    await tabTo(el, byText('Yes, delete it'), true);
    await press('Enter');
    await waitUntil(() => el.ideas.length === 1, 'deleted');
    expect(announced(el)).to.equal("'Evening opening until 8pm' deleted.");
    await waitUntil(
      () => focusedIdea(el) === el.ideas[0].id,
      'focus on the card that took its place',
    );
    expect(dialogOpen(el)).to.be.false;
  });

  it("cannot edit or delete someone else's idea", async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1)]);
    await focusCard(el, 'a');
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    const labels = $$(el, '#card-dialog button').map((b) => b.textContent!.trim());
    expect(labels).not.to.include('Edit');
    expect(labels).not.to.include('Delete');
  });

  it('builds on an idea, and shows the builds under the card', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Evening opening' })]);
    await focusCard(el, 'a');
    await tabTo(el, byText('Build on this'));
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'build-text', 'build field focused');
    await tabTo(el, byText('Add build'));
    await press('Enter');
    await el.updateComplete;
    expect($(el, '#build-error').textContent).to.contain('Enter what you would add');
    await tabTo(el, byId('build-text'), true);
    await type('Yes, and a late bus home');
    await tabTo(el, byText('Add build'));
    await press('Enter');
    await waitUntil(() => announced(el) === 'Your build is on the board.');
    expect($(el, '#builds-heading').textContent).to.equal('1 build');
    await press('Escape');
    await waitUntil(() => focusedIdea(el) === 'a');
    await tabTo(el, byText('1 build'));
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter');
    await el.updateComplete;
    expect(card(el, 'a').querySelector('.builds')!.textContent).to.contain(
      'Yes, and a late bus home',
    );
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('true');
  });

  it('clusters cards: create, add, rename, take out, dissolve', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1, { title: 'Late bus' }),
      seedIdea('b', 'ideas', 2, { title: 'Night bus' }),
      seedIdea('c', 'ideas', 3, { title: 'Quiet room' }),
    ]);
    await focusCard(el, 'a');
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    await tabTo(el, byId('cluster-new'));
    await type('Getting there');
    await press('Enter');
    await waitUntil(() => $(el, '.cluster-name') !== null, 'cluster shown');
    expect(announced(el)).to.equal("Cluster 'Getting there' started with 'Late bus'.");
    expect($(el, '#card-dialog').textContent).to.contain('In cluster: Getting there');
    await press('Escape');
    await waitUntil(() => !dialogOpen(el));

    await focusCard(el, 'b');
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    await tabTo(el, byText('Add to cluster'));
    await press('Enter');
    await waitUntil(() => announced(el) === "'Night bus' added to cluster 'Getting there'.");
    await press('Escape');
    await waitUntil(() => !dialogOpen(el));
    expect($(el, '.cluster-name').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Getting there 2 cards',
    );
    expect($$(el, '.cluster .card').map((c) => c.dataset.idea)).to.deep.equal(['a', 'b']);
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Rename'));
    await press('Enter');
    await waitUntil(() => active(el)?.tagName === 'INPUT', 'name field focused');
    await type('Transport');
    await press('Enter');
    await waitUntil(() => announced(el) === "Cluster renamed to 'Transport'.");
    await waitUntil(() => activeText(el) === 'Rename', 'focus back on Rename');

    await focusCard(el, 'a');
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    await tabTo(el, byText('Take it out of the cluster'));
    await press('Enter');
    await waitUntil(() => announced(el) === "'Late bus' taken out of cluster 'Transport'.");
    await press('Escape');
    await waitUntil(() => !dialogOpen(el));
    expect($$(el, '.cluster .card').map((c) => c.dataset.idea)).to.deep.equal(['b']);

    await tabTo(el, byText('Take apart'));
    await press('Enter');
    await waitUntil(() => $(el, '.cluster') === null, 'dissolved');
    expect(announced(el)).to.equal(
      "Cluster 'Transport' taken apart. Its cards stay where they were.",
    );
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Night bus', 'Late bus', 'Quiet room']);
  });

  it('spends and takes back dots, keeping count of those left', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1, { title: 'Evening opening' }),
      seedIdea('b', 'ideas', 2),
    ]);
    el.dots = 2;
    await el.updateComplete;
    await focusCard(el, 'a');
    await tabTo(el, byText('Add a dot'));
    await press('Space');
    await waitUntil(() => announced(el) === "Dot added to 'Evening opening'. You have 1 dot left.");
    await press('Space');
    await waitUntil(
      () => announced(el) === "Dot added to 'Evening opening'. You have 0 dots left.",
    );
    expect(card(el, 'a').querySelector('.mine')!.textContent).to.equal('You gave it 2 dots.');
    expect(active(el)?.getAttribute('aria-disabled')).to.equal('true');
    await press('Space');
    await waitUntil(() => announced(el).startsWith('You have no dots left.'));
    await expect(el).to.be.accessible();
    await tabTo(el, byText('Take a dot back'));
    await press('Space');
    await waitUntil(
      () => announced(el) === "Dot taken back from 'Evening opening'. You have 1 dot left.",
    );
    await press('Space');
    await waitUntil(() => card(el, 'a').querySelector('.mine') === null);
    // The "take back" button went with the last dot: focus is on "Add a dot" beside it.
    expect(activeText(el)).to.equal('Add a dot');
    expect($(el, '.dots-info').textContent).to.contain('You have 2 dots left.');
  });

  it('gives and takes dots from the opened card too', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Evening opening' })]);
    await focusCard(el, 'a');
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    await tabTo(el, byId('dialog-give'));
    await press('Enter');
    await waitUntil(() => $(el, '#card-dialog').textContent!.includes('You gave it 1 dot.'));
    await tabTo(el, byText('Take a dot back'));
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'dialog-give', 'focus back on give');
  });

  it('finds ideas by words, tag, column and group, and says how many are shown', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1, { title: 'Late bus', tags: ['transport'] }),
      seedIdea('b', 'ideas', 2, { title: 'Quiet room', group: 'professional' }),
      seedIdea('c', 'agreed', 1, { title: 'Night bus' }),
    ]);
    $(el, '#find-text').focus();
    await type('bus');
    await waitUntil(() => announced(el) === '2 of 3 ideas shown', 'count read out', {
      timeout: 3000,
    });
    expect($$(el, '.card').map((c) => c.dataset.idea)).to.deep.equal(['a', 'c']);
    expect($(el, '.column h2').textContent!.replace(/\s+/g, ' ')).to.contain('1 of 2 ideas');
    await expect(el).to.be.accessible();
    await press('Tab');
    await press('ArrowDown'); // the first tag
    await waitUntil(() => announced(el) === '1 of 3 ideas shown', 'count read out', {
      timeout: 3000,
    });
    expect($$(el, '.card').map((c) => c.dataset.idea)).to.deep.equal(['a']);
    await tabTo(el, byText('Clear filters'));
    await press('Enter');
    await waitUntil(() => announced(el) === '3 ideas', 'count read out', { timeout: 3000 });
    expect(active(el)?.id).to.equal('find-text');
    await tabTo(el, byId('find-group'));
    await press('ArrowDown');
    await press('ArrowDown');
    await waitUntil(() => $$(el, '.card').length === 1);
    expect($$(el, '.card')[0].dataset.idea).to.equal('b');
    await tabTo(el, byId('find-column'), true);
    await press('ArrowDown');
    await press('ArrowDown'); // Developing: nothing there from that group
    await waitUntil(() => $$(el, '.card').length === 0);
    expect($(el, '.column .empty').textContent).to.contain('No ideas here match');
  });

  it('switches to the list view and opens an idea from it', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Evening opening' })]);
    await tabTo(el, byId('view-toggle'));
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Showing the list view.');
    expect($(el, '#view-toggle').getAttribute('aria-pressed')).to.equal('true');
    await tabTo(el, byText('Evening opening'));
    await press('Enter');
    await waitUntil(() => dialogOpen(el));
    await press('Escape');
    await waitUntil(() => activeText(el) === 'Evening opening', 'focus back in the list');
  });

  it('shows the keyboard shortcuts in a disclosure', async () => {
    const el = await makeBoard();
    await tabTo(el, (e) => e.tagName === 'SUMMARY');
    await press('Enter');
    expect($<HTMLDetailsElement>(el, '.shortcuts').open).to.be.true;
    expect($(el, '.shortcuts').textContent).to.contain('Alt + Up, Alt + Down');
  });
});
