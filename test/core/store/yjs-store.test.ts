import { expect } from '@open-wc/testing';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import type { PresenceCounts } from '../../../src/core/store/record-store.js';
import { createYjsStore, type YjsStore } from '../../../src/core/store/yjs-store.js';
import { startSyncServer, until, type SyncServer } from './sync-server.js';

let counter = 0;
const freshSpace = () => `yjs-${Date.now()}-${(counter += 1)}`;

interface Board {
  ideas: Record<string, { id: string; text: string; updatedAt: string }>;
  settings: { updatedAt: string; open: boolean };
}

const at = (second: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, second)).toISOString();
const idea = (id: string, text: string, second = 0) => ({ id, text, updatedAt: at(second) });

/** What an element's storage controller does: merge its items into what is stored. */
function addIdeas(space: string, ideas: Board['ideas']) {
  return (current: unknown): Envelope => {
    const stored = (current as Envelope<Board> | undefined)?.data;
    return createEnvelope({ space, kind: 'idea-board', id: 'main' }, {
      ideas: { ...stored?.ideas, ...ideas },
      settings: stored?.settings ?? { updatedAt: at(0), open: true },
    } as unknown as Record<string, unknown>);
  };
}

const ideasOf = (envelope: unknown) =>
  (envelope as Envelope<Board> | undefined)?.data.ideas ?? ({} as Board['ideas']);

describe('yjs store against a real Hocuspocus server', function () {
  this.timeout(30000);
  let server: SyncServer;
  const stores: YjsStore[] = [];
  const store = () => {
    const made = createYjsStore(server.wsUrl);
    stores.push(made);
    return made;
  };

  beforeEach(async () => {
    server = await startSyncServer();
  });

  afterEach(async () => {
    for (const made of stores.splice(0)) made.close();
    await server.dispose();
  });

  it('shares a record: what one device saves reaches another, item ids of any spelling included', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/idea-board/main`;
    const a = store();
    const b = store();
    const seen: Envelope[] = [];
    b.subscribe((changed, envelope) => changed === key && envelope && seen.push(envelope));
    expect(await b.load(key)).to.equal(undefined);
    // From JSON, as `{ __proto__: … }` in code would set the prototype instead of a key.
    const odd = JSON.parse(
      JSON.stringify({ x: idea('__proto__', 'odd id') }).replace('"x"', '"__proto__"'),
    );
    await a.update(key, addIdeas(space, odd));
    await a.update(key, addIdeas(space, { constructor: idea('constructor', 'also odd') }));
    await until(() => Object.keys(ideasOf(seen.at(-1))).length === 2, 'both ideas on b');
    const ideas = ideasOf(seen.at(-1));
    expect(Object.hasOwn(ideas, '__proto__')).to.equal(true);
    expect(ideas['__proto__'].text).to.equal('odd id');
    expect(Object.getPrototypeOf(ideas)).to.equal(Object.prototype);
    // A third device that opens the record later loads all of it, and lists it.
    const c = store();
    expect(Object.keys(ideasOf(await c.load(key))).sort()).to.deep.equal([
      '__proto__',
      'constructor',
    ]);
    expect(await c.list(space)).to.deep.equal([key]);
  });

  it('sends only what changed: one idea edited on a board of 200 is a small update', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/idea-board/main`;
    const a = store();
    const many = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`i${i}`, idea(`i${i}`, `idea number ${i}`)]),
    );
    await a.update(key, addIdeas(space, many));
    const sizes: number[] = [];
    type Wire = { on(event: 'update', listener: (update: Uint8Array) => void): void };
    const documents = (a as unknown as { documents: Map<string, { wire: Wire }> }).documents;
    const wire = documents.get(key)!.wire;
    wire.on('update', (update: Uint8Array) => sizes.push(update.byteLength));
    await a.update(key, addIdeas(space, { i7: idea('i7', 'edited', 5) }));
    expect(sizes.length).to.equal(1);
    expect(sizes[0]).to.be.below(200);
  });

  it('keeps the later version of an item that two devices change at once', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/idea-board/main`;
    const a = store();
    const b = store();
    await a.update(key, addIdeas(space, { x: idea('x', 'first', 1) }));
    await b.load(key);
    await server.stop();
    await until(() => a.connection === 'offline' && b.connection === 'offline', 'both offline');
    // Both change idea x while apart; b's change is the later one, whichever Yjs keeps.
    await b.update(key, addIdeas(space, { x: idea('x', 'later, from b', 30) }));
    await a.update(key, addIdeas(space, { x: idea('x', 'earlier, from a', 20) }));
    await server.restart();
    let loadedA: unknown;
    let loadedB: unknown;
    await until(
      () => {
        void a.load(key).then((value) => (loadedA = value));
        void b.load(key).then((value) => (loadedB = value));
        return (
          ideasOf(loadedA).x?.text === 'later, from b' &&
          ideasOf(loadedB).x?.text === 'later, from b'
        );
      },
      'both devices to keep the later version',
      10000,
    );
  });

  it('works offline: saves resolve, the state says offline, and everything arrives when the server is back', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/idea-board/main`;
    const a = store();
    const b = store();
    const states: string[] = [];
    a.watchConnection((state) => states.push(state));
    await a.update(key, addIdeas(space, { a1: idea('a1', 'before the drop') }));
    await b.load(key);
    await server.stop();
    await until(() => a.connection === 'offline' && b.connection === 'offline', 'both offline');
    await a.update(key, addIdeas(space, { a2: idea('a2', 'typed offline on a') }));
    await b.update(key, addIdeas(space, { b1: idea('b1', 'typed offline on b') }));
    expect(Object.keys(ideasOf(await b.load(key)))).not.to.include('a2');
    await server.restart();
    await until(() => a.connection === 'online' && b.connection === 'online', 'both online', 10000);
    const all = ['a1', 'a2', 'b1'];
    let onA: unknown;
    let onB: unknown;
    await until(
      () => {
        void a.load(key).then((value) => (onA = value));
        void b.load(key).then((value) => (onB = value));
        return all.every((id) => ideasOf(onA)[id] && ideasOf(onB)[id]);
      },
      'every edit on both devices',
      10000,
    );
    expect(states).to.deep.equal(['online', 'offline', 'online']);
    // And the server holds them too, kept in SQLite across the restart.
    const held = await server.read(key);
    expect(Object.keys(held['items:ideas']).sort()).to.deep.equal(all);
  });

  it('shows what was typed offline after a reload, from the copy on this device', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/idea-board/main`;
    const first = store();
    await first.load(key);
    await server.stop();
    await until(() => first.connection === 'offline', 'offline');
    await first.update(key, addIdeas(space, { o1: idea('o1', 'typed with no connection') }));
    // Give IndexedDB its moment, then "reload": a new store, still with no server.
    await new Promise((resolve) => setTimeout(resolve, 200));
    first.close();
    const reloaded = store();
    expect(ideasOf(await reloaded.load(key)).o1?.text).to.equal('typed with no connection');
  });

  for (const kind of ['items', 'meta', 'nested', 'unknown'] as const) {
    it(`refuses junk from the server (${kind}) and keeps its own copy intact`, async () => {
      const space = freshSpace();
      const key = `together-kit/${space}/idea-board/main`;
      const a = store();
      const refusals: string[] = [];
      const seen: (Envelope | undefined)[] = [];
      a.watchRefusals((refusedKey, problem) => refusedKey === key && refusals.push(problem));
      a.subscribe((changed, envelope) => changed === key && seen.push(envelope));
      await a.update(key, addIdeas(space, { good: idea('good', 'kept') }));
      const before = JSON.stringify(await a.load(key));
      await new Promise((resolve) => setTimeout(resolve, 50)); // the save's own notice
      seen.length = 0;
      await server.junk(key, kind);
      await until(() => refusals.length > 0, 'the refusal');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(JSON.stringify(await a.load(key))).to.equal(before);
      expect(seen).to.deep.equal([]);
      // Reloaded in this browser: the copy on this device, as it was.
      const reloaded = store();
      expect(JSON.stringify(await reloaded.load(key))).to.equal(before);
      // A new device refuses the server's copy as a whole (it arrives as one update), so it
      // shows nothing unchecked.
      const fresh = createYjsStore(server.wsUrl, { offlineCopy: false });
      stores.push(fresh);
      const freshRefusals: string[] = [];
      fresh.watchRefusals((_key, problem) => freshRefusals.push(problem));
      expect(await fresh.load(key)).to.equal(undefined);
      expect(freshRefusals.length).to.be.greaterThan(0);
    });
  }

  it('keeps a damaged record aside, lists it, and removes records for every device', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/idea-board/main`;
    const a = store();
    const b = store();
    await a.update(key, addIdeas(space, { r: idea('r', 'to remove') }));
    const aside = await a.keepAside(key, { broken: true });
    expect(aside.startsWith(`${key}#corrupt-`)).to.equal(true);
    expect((await b.list(space)).sort()).to.deep.equal([key, aside].sort());
    expect(await b.load(aside)).to.deep.equal({ broken: true });
    const removed: string[] = [];
    b.subscribe((changed, envelope) => envelope === undefined && removed.push(changed));
    await b.load(key);
    await a.remove(key);
    await a.remove(aside);
    await until(() => removed.includes(key), 'the removal on b');
    expect(await b.load(key)).to.equal(undefined);
    expect(await a.list(space)).to.deep.equal([]);
  });

  it('counts who is here by group, never who, and forgets a device that leaves', async () => {
    const space = freshSpace();
    const key = `together-kit/${space}/partnership-vote/main`;
    const a = store();
    const b = store();
    const c = store();
    let counts: PresenceCounts = { total: 0, groups: {} };
    const onA = a.joinPresence(key, (next) => (counts = next));
    onA.setGroup('community');
    b.joinPresence(key, () => undefined).setGroup('professional');
    const onC = c.joinPresence(key, () => undefined);
    onC.setGroup('<script>');
    await until(() => counts.total === 3, 'three here');
    expect(counts.groups).to.deep.equal({ community: 1, professional: 1 });
    onC.leave();
    await until(() => counts.total === 2, 'two here');
  });
});
