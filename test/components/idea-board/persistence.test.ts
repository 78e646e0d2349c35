import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { postIdea } from '../../../src/core/idea.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { Envelope } from '../../../src/core/store/envelope.js';
import { addBuild, clearBoard, setLocked } from '../../../src/components/idea-board/model.js';
import { createCluster } from '../../../src/components/idea-board/ordering.js';
import { giveDot } from '../../../src/components/idea-board/votes.js';
import { $, $$, card, change, freshSpace, makeBoard, me, titlesIn } from './helpers.js';

describe('<co-idea-board> saving', () => {
  it('keeps ideas, builds, clusters, dots and settings after a reload', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const first = await makeBoard({ store, space, facilitator: true });
    const idea = first.post({
      title: 'Evening opening',
      detail: 'Until 8',
      tags: ['access'],
      author: 'Ana',
    })!;
    first.post({ title: 'Late bus', column: 'developing' });
    change(first, (data) =>
      addBuild(data, { id: 'b1', idea: idea.id, text: 'Yes, and on Saturdays' }, me()),
    );
    change(first, (data) =>
      createCluster(data, { id: 'k1', name: 'Getting there', column: 'ideas', rank: 1 }, idea.id),
    );
    change(first, (data) => giveDot(data, idea.id, me(), 3));
    change(first, (data) => setLocked(data, true));
    setTimeout(() => undefined);
    const saved = await oneEvent(first, 'co-change');
    expect(saved.detail).to.include({ kind: 'idea-board', space, id: 'main' });
    await first.storageController.flush();
    first.parentElement!.remove();

    const again = await makeBoard({ store, space });
    expect(titlesIn(again, 'ideas')).to.deep.equal(['Evening opening']);
    expect(titlesIn(again, 'developing')).to.deep.equal(['Late bus']);
    expect(card(again, idea.id).textContent).to.contain('1 build');
    expect(card(again, idea.id).textContent).to.contain('You gave it 1 dot.');
    expect($(again, '.cluster-name').textContent).to.contain('Getting there');
    expect(again.storageController.data.settings.locked).to.be.true;
    expect(again.ideas[0]).to.deep.include({
      detail: 'Until 8',
      author: 'Ana',
      group: 'community',
    });
  });

  it('keeps everything in this browser (IndexedDB) by default', async () => {
    const space = freshSpace();
    const open = async () => {
      const el = document.createElement('co-idea-board');
      el.setAttribute('space', space);
      el.setAttribute('participant-group', 'community');
      document.body.append(el);
      await el.ready;
      await el.updateComplete;
      return el;
    };
    const first = await open();
    first.post({ title: 'Kept in IndexedDB' });
    await first.storageController.flush();
    first.remove();
    const reloaded = await open();
    expect(reloaded.ideas.map((i) => i.title)).to.deep.equal(['Kept in IndexedDB']);
    change(reloaded, clearBoard);
    await reloaded.storageController.flush();
    reloaded.remove();
  });

  it("shows an idea another element posts with postIdea() through the board's store", async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const el = await makeBoard({ store, space });
    el.post({ title: 'Already here' });
    await el.storageController.flush();
    await postIdea(
      store,
      { space },
      {
        id: 'from-journey',
        column: 'ideas',
        title: 'Turned into an idea',
        group: 'professional',
        source: { kind: 'journey-map', space, id: 'main', item: 'note-1' },
      },
      new Date(Date.now() + 5),
    );
    await waitUntil(() => card(el, 'from-journey') !== null, 'posted idea shown');
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Already here', 'Turned into an idea']);
    const saved = (await store.load(`together-kit/${space}/idea-board/main`)) as Envelope;
    // Stored as a plain object keyed by id, as every element's collections are.
    const ideas = (saved.data as { ideas: Record<string, { title: string }> }).ideas;
    expect(Object.values(ideas).map((idea) => idea.title)).to.have.members([
      'Already here',
      'Turned into an idea',
    ]);
  });

  it('shows ideas posted with postIdea() to a board that did not exist yet', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    await postIdea(store, { space }, { id: 'first', column: 'developing', title: 'First of all' });
    const el = await makeBoard({ store, space });
    expect(titlesIn(el, 'developing')).to.deep.equal(['First of all']);
    el.post({ title: 'Then this' });
    await el.storageController.flush();
    expect(el.storageController.data.builds.size).to.equal(0);
  });

  it('keeps both ideas when two documents post at once', async () => {
    const space = freshSpace();
    const frames = await Promise.all(
      [1, 2].map(async () => {
        const frame = document.createElement('iframe');
        frame.src = new URL(`./board-frame.html?space=${space}`, import.meta.url).href;
        document.body.append(frame);
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const win = frame.contentWindow as Window & { boardReady: Promise<CoIdeaBoard> };
        await waitUntil(() => win.boardReady, 'frame ready');
        const el = await win.boardReady;
        await el.ready;
        return { frame, el };
      }),
    );
    const [one, two] = frames;
    one.el.post({ title: 'Posted in tab one' });
    two.el.post({ title: 'Posted in tab two' });
    await waitUntil(
      () =>
        frames.every(({ el }) => {
          const titles = el.ideas.map((i) => i.title);
          return titles.includes('Posted in tab one') && titles.includes('Posted in tab two');
        }),
      'both ideas in both documents',
      { timeout: 3000, interval: 20 },
    );
    for (const { el } of frames) {
      await el.updateComplete;
      // A narrow frame shows the list view.
      expect($$(el, '.card, .list-idea').length).to.equal(2);
    }
    change(one.el, clearBoard);
    await one.el.storageController.flush();
    for (const { frame } of frames) frame.remove();
  });
});
