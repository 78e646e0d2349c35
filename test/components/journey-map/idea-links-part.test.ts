// What follows the idea boards that notes were posted to (idea-link.ts, with the idea format
// and the dots count) loads by import() when a map first holds such a note (issue #13): a map
// without one never downloads it. Its own file, so that the page's first load is what is seen.
import { expect, waitUntil } from '@open-wc/testing';
import { mapParts } from '../../../src/components/journey-map/map-parts.js';
import { linkIdea } from '../../../src/components/journey-map/model.js';
import { postIdea } from '../../../src/core/idea.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { expectPartUnavailable, whilePartFails } from '../lazy-part-checks.js';
import { freshSpace, makeMap, seed, smallMap } from './helpers.js';

const requested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/journey-map/idea-link.'));

const ideaText = (el: HTMLElement) =>
  el
    .shadowRoot!.querySelector('[data-row="pain-points"][data-col="b"] .note-idea')
    ?.textContent?.trim();

/** A map whose pain point n2 was posted as idea `i1` on the space's board. */
async function linkedMap() {
  const store = new MemoryStore();
  const space = freshSpace();
  await postIdea(
    store,
    { space },
    { id: 'i1', column: 'ideas', title: 'No news', participant: 'p' },
  );
  await seed(store, space, linkIdea(smallMap(), 'n2', { space, board: 'main', idea: 'i1' }));
  return { store, space };
}

describe('<co-journey-map> idea links, loaded when a note has one', () => {
  it('a map without linked notes never downloads them; one with a link shows where its idea is', async () => {
    await makeMap({ data: smallMap() });
    expect(requested(), 'no linked note, no idea-link code').to.be.false;

    const { store, space } = await linkedMap();
    const { el } = await makeMap({ store, space });
    expect(requested()).to.be.true;
    await waitUntil(
      () => ideaText(el) === 'Idea on the board, in “Ideas”, with no votes yet.',
      'the note follows its idea',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when they cannot load: co-error, words, and the note says its board is unread', async () => {
    await whilePartFails(mapParts, 'ideaLinks', async () => {
      const store = new MemoryStore();
      const space = freshSpace();
      await seed(store, space, smallMap());
      const { el } = await makeMap({ store, space });
      // Another tab posts the pain point as an idea: the map now holds a linked note.
      await expectPartUnavailable(el, () => {
        void seed(store, space, linkIdea(smallMap(), 'n2', { space, board: 'main', idea: 'i1' }));
      });
      expect(ideaText(el)).to.equal(
        'This was turned into an idea, but the idea board could not be read.',
      );
    });
  });
});
