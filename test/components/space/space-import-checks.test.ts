// Imports are checked record by record with each kind's own schema before anything is written,
// and ids are data whatever they spell (issue: "Nothing lost, nothing blocked").
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/space.js';
import '../../../src/idea-board.js';
import '../../../src/partnership-vote.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { storeFor } from '../../../src/core/store/choose-store.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { MAX_DATA_DEPTH } from '../../../src/core/store/import-file.js';
import { freshSpace, seedIdea, titlesIn } from '../idea-board/helpers.js';

const boardKey = (space: string) => `together-kit/${space}/idea-board/main`;

/** A space holding a board, on `store`; the board shows what the store holds. */
async function spaceWithBoard(space: string, store: MemoryStore) {
  const el = await fixture<CoSpace>(
    html`<co-space space=${space} .store=${store}>
      <co-idea-board participant-group="community"></co-idea-board>
    </co-space>`,
  );
  const board = el.querySelector('co-idea-board') as CoIdeaBoard;
  await board.ready;
  await board.updateComplete;
  return { el, board };
}

async function seed(store: MemoryStore, space: string, ideas: ReturnType<typeof seedIdea>[]) {
  await store.update(boardKey(space), () =>
    createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      {
        ideas: Object.fromEntries(ideas.map((idea) => [idea.id, idea])),
      },
    ),
  );
}

function voteEnvelope(space: string): Envelope {
  return createEnvelope(
    { space, kind: 'partnership-vote', id: 'main' },
    {
      settings: {
        id: 'settings',
        open: true,
        revealed: false,
        updatedAt: new Date(0).toISOString(),
      },
      ballots: {
        b1: {
          id: 'b1',
          participant: 'p1',
          group: 'community',
          marks: { a: 1 },
          castAt: '2026-11-29T10:00:00.000Z',
          updatedAt: '2026-11-29T10:00:00.000Z',
        },
      },
    },
  );
}

const spaceFile = (space: string, records: unknown[]) =>
  JSON.stringify({ format: 'together-kit-space', schema: 1, space, records });

async function refusal(el: CoSpace, file: string) {
  const error = oneEvent(el, 'co-error');
  let thrown: unknown;
  await el.importData(file).catch((e: unknown) => (thrown = e));
  const detail = ((await error) as CustomEvent<CoErrorDetail>).detail;
  expect(thrown, 'importData rejects').to.be.instanceOf(Error);
  return { detail, message: (thrown as Error).message };
}

describe('<co-space> import, checked per kind', () => {
  it('refuses a vote relabelled as an idea board, says which record, and the board keeps its ideas', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    await seed(store, space, [seedIdea('i1', 'ideas', 1, { title: 'Keep the library open late' })]);
    const { el, board } = await spaceWithBoard(space, store);
    expect(titlesIn(board, 'ideas')).to.deep.equal(['Keep the library open late']);

    const relabelled = { ...voteEnvelope(space), kind: 'idea-board' };
    const { detail, message } = await refusal(el, spaceFile(space, [relabelled]));
    expect(detail.code).to.equal('import-invalid');
    expect(message).to.match(
      /records\[0\] \(idea-board "main"\) does not hold what Together Kit saves/,
    );
    expect(message).to.match(/line \d+, column \d+/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#import-problems')!.textContent).to.contain('records[0]');

    // Nothing was written: after a reload the board is whole and nothing was set aside.
    expect((await store.list(space)).filter((key) => key.includes('#'))).to.deep.equal([]);
    const again = await spaceWithBoard(space, store);
    expect(titlesIn(again.board, 'ideas')).to.deep.equal(['Keep the library open late']);
    expect(again.board.problems).to.deep.equal([]);
  });

  it('refuses a kind it does not know, naming the kinds it does, before the dialog', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await spaceWithBoard(space, store);
    const sheet = createEnvelope({ space, kind: 'spreadsheet', id: 'main' }, { cells: {} });
    const { detail, message } = await refusal(el, JSON.stringify(sheet));
    expect(detail.code).to.equal('import-invalid');
    expect(message).to.contain('The record is a "spreadsheet"');
    expect(message).to.contain('"idea-board"');
    expect(message).to.contain('"partnership-vote"');
    expect(await store.list(space)).to.deep.equal([]);
  });

  it('refuses data nested 10,000 levels deep with co-error, in words, writing nothing', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await spaceWithBoard(space, store);
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level++) deep = { deeper: deep };
    const text = `{"format":"together-kit","schema":1,"kind":"idea-board","space":"${space}","id":"main","updatedAt":"2026-11-29T10:00:00.000Z","data":{"ideas":{},"extra":${JSON.stringify(deep)}}}`;
    const { detail, message } = await refusal(el, text);
    expect(detail.code).to.equal('import-invalid');
    expect(message).to.contain(`nested more than ${MAX_DATA_DEPTH} levels deep`);
    expect(await store.list(space)).to.deep.equal([]);
  });

  it('keeps and shows items whose ids are __proto__ or constructor, and exports them alike', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el, board } = await spaceWithBoard(space, store);
    const ideas = {
      ['__proto__']: seedIdea('__proto__', 'ideas', 1, { title: 'Proto idea' }),
      constructor: seedIdea('constructor', 'ideas', 2, { title: 'Constructor idea' }),
      prototype: seedIdea('prototype', 'ideas', 3, { title: 'Prototype idea' }),
    };
    // Written as text: an object literal would turn "__proto__" into the prototype.
    const text = `{"format":"together-kit","schema":1,"kind":"idea-board","space":"${space}","id":"main","updatedAt":"2026-11-29T10:00:00.000Z","data":{"ideas":{${Object.entries(
      ideas,
    )
      .map(([id, idea]) => `${JSON.stringify(id)}:${JSON.stringify(idea)}`)
      .join(',')}}}}`;
    expect(await el.importData(text)).to.equal(1);
    await waitUntil(() => titlesIn(board, 'ideas').length === 3, 'all three ideas shown');
    expect(titlesIn(board, 'ideas')).to.deep.equal([
      'Proto idea',
      'Constructor idea',
      'Prototype idea',
    ]);
    const exported = JSON.stringify(await el.exportData());
    for (const id of ['__proto__', 'constructor', 'prototype']) {
      expect(exported).to.contain(`"${id}":{"id":"${id}"`);
    }
  });

  it('replaces a saved record its element could not read, keeping the damaged one aside', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    // A valid envelope whose data is not a board (what a bad import used to leave behind).
    await store.update(boardKey(space), () => ({ ...voteEnvelope(space), kind: 'idea-board' }));
    // A page with only the space on it (a facilitator's backup page): nobody read it yet.
    const el = await fixture<CoSpace>(html`<co-space space=${space} .store=${store}></co-space>`);
    const board = createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      {
        ideas: { i9: seedIdea('i9', 'ideas', 1, { title: 'From the file' }) },
      },
    );
    expect(await el.importData(JSON.stringify(board))).to.equal(1);
    const keys = await store.list(space);
    expect(keys.filter((key) => key.includes('#corrupt-'))).to.have.length(1);
    const saved = (await store.load(boardKey(space))) as Envelope;
    expect(JSON.stringify(saved.data)).to.contain('From the file');
  });

  it('says in words and with co-error when an import cannot be written, and writes nothing', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await spaceWithBoard(space, store);
    store.update = () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
    const board = createEnvelope({ space, kind: 'idea-board', id: 'main' }, { ideas: {} });
    const { detail, message } = await refusal(el, JSON.stringify(board));
    expect(detail.code).to.equal('storage-failed');
    expect(message).to.contain('The import could not be saved, so nothing was changed.');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('The import could not be saved');
  });
});

describe('storage names', () => {
  it('refuses an unknown storage name in words and keeps nothing durable (memory)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-partnership-vote storage="memroy" options='["A","B"]'></co-partnership-vote>
      </div>`,
    );
    const vote = wrapper.querySelector('co-partnership-vote') as CoPartnershipVote;
    await vote.updateComplete;
    await vote.ready;
    // The problem may have been reported before we listened: read it from the element too.
    const problem = vote.problems.find((p) => p.code === 'attribute-invalid');
    expect(problem?.message).to.contain('"memroy", which Together Kit does not know');
    expect(vote.shadowRoot!.textContent).to.contain('does not know');
    expect(vote.storageController.recordStore).to.equal(storeFor('memory'));
    // And the status line does not claim the browser keeps it.
    expect(vote.shadowRoot!.textContent).to.contain('Kept on this page only');
    expect(vote.shadowRoot!.textContent).not.to.contain('Saved in this browser');
  });

  it('fires co-error once when the name is set, and clears it when a good name follows', async () => {
    const vote = document.createElement('co-partnership-vote') as CoPartnershipVote;
    vote.setAttribute('options', '["A","B"]');
    const errors: CoErrorDetail[] = [];
    vote.addEventListener('co-error', (e) => errors.push(e.detail));
    vote.storage = 'cloud';
    document.body.append(vote);
    await vote.updateComplete;
    await vote.ready;
    vote.requestUpdate();
    await vote.updateComplete;
    expect(errors.filter((e) => e.code === 'attribute-invalid')).to.have.length(1);
    vote.storage = 'memory';
    await vote.updateComplete;
    expect(vote.problems.some((p) => p.code === 'attribute-invalid')).to.equal(false);
    vote.remove();
  });

  it('refuses yjs without an endpoint, and <co-space> refuses unknown names too', async () => {
    const errors: CoErrorDetail[] = [];
    const el = await fixture<CoSpace>(
      html`<co-space
        storage="yjs"
        @co-error=${(e: CustomEvent<CoErrorDetail>) => errors.push(e.detail)}
      >
        <co-partnership-vote options='["A","B"]'></co-partnership-vote>
      </co-space>`,
    );
    const vote = el.querySelector('co-partnership-vote') as CoPartnershipVote;
    await vote.ready;
    await vote.updateComplete;
    const messages = errors.filter((e) => e.code === 'attribute-invalid').map((e) => e.message);
    expect(messages.some((m) => m.includes('did not say where the server is'))).to.equal(true);
    expect(vote.storageController.recordStore).to.equal(storeFor('memory'));
    expect(el.shadowRoot!.textContent).to.contain('did not say where the server is');
  });
});
