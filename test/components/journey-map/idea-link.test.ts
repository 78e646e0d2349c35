import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/space.js';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import type { JourneyNote } from '../../../src/components/journey-map/model.js';
import { recordKey, createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import type { Idea, SharedBoardData } from '../../../src/core/idea.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { tombstone } from '../../../src/core/store/merge.js';
import {
  $,
  button,
  catchDownloads,
  cell,
  dialog,
  freshSpace,
  makeMap,
  openDialog,
  seed,
  smallMap,
} from './helpers.js';

const boardKey = (space: string, id = 'main') => recordKey({ space, kind: 'idea-board', id });

async function mapInSpace() {
  const store = new MemoryStore();
  const space = freshSpace();
  await seed(store, space, smallMap());
  const wrapper = await fixture(
    html`<co-space space=${space} .store=${store} hide-controls>
      <co-journey-map participant-group="professional"></co-journey-map>
    </co-space>`,
  );
  const el = wrapper.querySelector('co-journey-map') as CoJourneyMap;
  await el.storageController.ready;
  await el.updateComplete;
  return { el, store, space };
}

async function turnIntoIdea(el: CoJourneyMap) {
  cell(el, 'pain-points', 'b').click();
  await openDialog(el, 'notes-dialog');
  button(dialog(el, 'notes-dialog'), 'Turn into an idea').click();
}

/** Changes the board's record the way the board element would: through the store. */
async function changeBoard(
  store: MemoryStore,
  space: string,
  change: (data: SharedBoardData) => SharedBoardData,
) {
  await store.update(boardKey(space), (current) => {
    const envelope = current as Envelope<SharedBoardData>;
    return createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      change(envelope.data) as unknown as Record<string, unknown>,
    );
  });
}

const ideaText = (el: CoJourneyMap) =>
  $(el, '[data-row="pain-points"][data-col="b"] .note-idea')?.textContent?.trim();

describe('<co-journey-map> turning notes into ideas', () => {
  it('posts a pain point to the space’s idea board and follows its column and score', async () => {
    const { el, store, space } = await mapInSpace();
    await turnIntoIdea(el);
    await waitUntil(async () => (await store.load(boardKey(space))) !== undefined, 'posted');
    const board = (await store.load(boardKey(space))) as Envelope<SharedBoardData>;
    const [idea] = Object.values(board.data.ideas) as Idea[];
    expect(idea).to.deep.include({
      column: 'ideas',
      title: 'No news for weeks',
      group: 'professional',
      source: { kind: 'journey-map', space, id: 'main', item: 'n2' },
    });
    expect(idea.detail).to.equal('From the journey map: Pain points, at the stage “Applying”.');
    await waitUntil(() => ideaText(el) !== undefined, 'the note shows its link');
    const note = el.data.notes.n2 as JourneyNote;
    expect(note.linkedIdea).to.deep.equal({ space, board: 'main', idea: idea.id });
    await waitUntil(
      () => ideaText(el) === 'Idea on the board, in “Ideas”, with no votes yet.',
      'the column is shown',
    );
    expect(dialog(el, 'notes-dialog').querySelector('[data-action="idea"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(
      'Posted to the idea board',
    );

    // Someone moves the idea on the board and votes: the note follows.
    await changeBoard(store, space, (data) => ({
      ideas: {
        ...data.ideas,
        [idea.id]: { ...idea, column: 'developing', updatedAt: new Date().toISOString() },
      },
      votes: {
        [`p1:${idea.id}`]: {
          id: `p1:${idea.id}`,
          participant: 'p1',
          group: 'community',
          idea: idea.id,
          dots: 2,
          updatedAt: new Date().toISOString(),
        },
      },
    }));
    await waitUntil(
      () =>
        ideaText(el) ===
        'Idea on the board, in “Developing”, with 100% of the votes (each group counting equally).',
      'the new column and score are shown',
    );
    await expect(el).to.be.accessible();
    const downloads = catchDownloads();
    try {
      $<HTMLButtonElement>(el, '[data-export="csv"]')!.click();
      // The export code loads on the first download.
      await waitUntil(() => downloads.files.length === 1, 'the file');
      const csv = await downloads.text(0);
      expect(csv).to.contain(
        `No news for weeks,People who use services,Heard from 12 people,${idea.id},main,Developing`,
      );
    } finally {
      downloads.stop();
    }

    await changeBoard(store, space, (data) => ({
      ...data,
      ideas: {
        [idea.id]: { ...idea, column: 'agreed', hidden: true, updatedAt: new Date().toISOString() },
      },
    }));
    await waitUntil(
      () => ideaText(el) === 'Idea on the board, in “Agreed”, hidden by a facilitator.',
      'hidden',
    );
    await changeBoard(store, space, (data) => ({
      ...data,
      ideas: { [idea.id]: tombstone(idea.id) },
    }));
    await waitUntil(
      () => ideaText(el) === 'This was turned into an idea, which is no longer on the board.',
      'gone',
    );
    await store.update(boardKey(space), () => ({ nonsense: true }) as unknown as Envelope);
    await waitUntil(
      () => ideaText(el) === 'This was turned into an idea, but the idea board could not be read.',
      'unreadable',
    );
    await store.remove(boardKey(space));
    await waitUntil(
      () => ideaText(el) === 'This was turned into an idea, which is no longer on the board.',
      'removed',
    );
  });

  it('posts to the board the board attribute names, into the column idea-column names', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    el.board = 'ideas-2';
    el.ideaColumn = 'inbox';
    await el.updateComplete;
    await turnIntoIdea(el);
    await waitUntil(
      async () => (await store.load(boardKey(space, 'ideas-2'))) !== undefined,
      'posted',
    );
    const board = (await store.load(boardKey(space, 'ideas-2'))) as Envelope<SharedBoardData>;
    const [idea] = Object.values(board.data.ideas) as Idea[];
    expect(idea.column).to.equal('inbox');
    expect(idea.group).to.equal('community');
    await waitUntil(
      () => ideaText(el) === 'Idea on the board, in “inbox”, with no votes yet.',
      'linked',
    );
  });

  it('fires a cancelable co-link-idea where there is no board, and otherwise says so', async () => {
    const { el } = await makeMap({ data: smallMap() });
    setTimeout(() => void turnIntoIdea(el));
    const event = await oneEvent(el, 'co-link-idea');
    expect(event.cancelable).to.be.true;
    expect(event.detail).to.deep.include({
      id: 'n2',
      text: 'No news for weeks',
      lane: 'pain-points',
    });
    await el.updateComplete;
    const notice = dialog(el, 'notes-dialog').querySelector('.notice');
    expect(notice!.textContent).to.contain('There is no idea board on this page');
    dialog(el, 'notes-dialog').close();
    await el.updateComplete;

    // A page that handles the event itself cancels it: no message.
    el.addEventListener('co-link-idea', (e) => e.preventDefault());
    await turnIntoIdea(el);
    await el.updateComplete;
    expect(dialog(el, 'notes-dialog').querySelector('.notice')).to.equal(null);
  });

  it('reports an idea board it cannot write to, keeping the note', async () => {
    const { el, store, space } = await mapInSpace();
    await store.update(boardKey(space), () => ({ broken: true }) as unknown as Envelope);
    setTimeout(() => void turnIntoIdea(el));
    const error = await oneEvent(el, 'co-error');
    expect(error.detail.code).to.equal('idea-post-failed');
    expect((el.data.notes.n2 as JourneyNote).linkedIdea).to.equal(undefined);
  });

  it('offers "Turn into an idea" only in lanes that take ideas', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'doing', 'a').click();
    await openDialog(el, 'notes-dialog');
    expect(dialog(el, 'notes-dialog').querySelector('[data-action="idea"]')).to.equal(null);
  });
});
