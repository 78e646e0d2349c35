// Two devices on one record over `storage="yjs"`, against a real Hocuspocus server: each
// element has its own provider and WebSocket (the first through `storage`/`endpoint` and the
// lazily loaded store, the second through `.store`), and its own participant id.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/idea-board.js';
import '../../../src/partnership-vote.js';
import '../../../src/journey-map.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import { toStoredBoard } from '../../../src/components/idea-board/model.js';
import { createCluster } from '../../../src/components/idea-board/ordering.js';
import { giveDot } from '../../../src/components/idea-board/votes.js';
import { addNote, addStage } from '../../../src/components/journey-map/model.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { storedData } from '../../../src/core/store/collection.js';
import type { StorageController } from '../../../src/core/store/storage-controller.js';
import { createYjsStore, type YjsStore } from '../../../src/core/store/yjs-store.js';
import { startSyncServer, until, type SyncServer } from './sync-server.js';

let counter = 0;
const freshSpace = () => `sync-${Date.now()}-${(counter += 1)}`;

/** JSON with keys sorted, so two copies of one record compare equal whatever their order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

type Synced = HTMLElement & {
  storageController: StorageController<object>;
  ready: Promise<void>;
  updateComplete: Promise<boolean>;
};
const recordOf = (el: Synced) => canonical(storedData(el.storageController.data));
const statusText = (el: Synced) =>
  (el.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('two devices on one record over yjs', function () {
  this.timeout(40000);
  let server: SyncServer;
  const stores: YjsStore[] = [];
  const errors: CoErrorDetail[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<CoErrorDetail>).detail);

  beforeEach(async () => {
    server = await startSyncServer();
    errors.length = 0;
    document.addEventListener('co-error', onError);
  });

  afterEach(async () => {
    document.removeEventListener('co-error', onError);
    for (const store of stores.splice(0)) store.close();
    await server.dispose();
  });

  /** Two elements of `tag` on one record: device A through `storage="yjs"`, B through `.store`. */
  async function twoDevices<T extends Synced>(
    tag: string,
    attributes: Record<string, string>,
    groups: [string, string] = ['community', 'professional'],
  ): Promise<[T, T]> {
    const holder = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const made: T[] = [];
    for (const [index, device] of ['device-a', 'device-b'].entries()) {
      // Each device has its own participant id (the element reads it when it is created).
      localStorage.setItem('together-kit/participant', `${device}-${attributes.space}`);
      const el = document.createElement(tag) as T;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.setAttribute('participant-group', groups[index]);
      if (index === 0) {
        el.setAttribute('storage', 'yjs');
        el.setAttribute('endpoint', server.wsUrl);
      } else {
        const store = createYjsStore(server.wsUrl);
        stores.push(store);
        (el as unknown as { store: YjsStore }).store = store;
      }
      holder.append(el);
      await el.updateComplete;
      await el.ready;
      made.push(el);
    }
    return made as [T, T];
  }

  /** Waits until both show the same record; returns ms since `since`. */
  async function converged(a: Synced, b: Synced, since: number, check?: () => boolean) {
    await until(
      () => recordOf(a) === recordOf(b) && (check?.() ?? true),
      'the same record on both',
    ).catch((error: Error) => {
      throw new Error(`${error.message}:\n${recordOf(a)}\n${recordOf(b)}`);
    });
    return performance.now() - since;
  }

  it('idea board: post, move, dot-vote and cluster at once, the same board on both within 1 s', async () => {
    const space = freshSpace();
    const [a, b] = await twoDevices<CoIdeaBoard & Synced>('co-idea-board', { space });
    const fromA = a.post({ title: 'Longer opening hours' })!;
    const fromB = b.post({ title: 'A quiet room for study' })!;
    await converged(a, b, 0, () => a.ideas.length === 2);
    const [first, second] = a.columns.map((column) => column.id);

    // At the same moment: A moves B's idea and clusters its own; B dot-votes for A's idea and
    // posts another.
    const moving = a.moveIdea(fromB.id, second, 1);
    a.commit(
      createCluster(
        a.storageController.data,
        { id: 'c1', name: 'Space', column: first, rank: 1 },
        fromA.id,
      ),
    );
    b.commit(
      giveDot(
        b.storageController.data,
        fromA.id,
        { participant: 'device-b', group: 'professional' },
        3,
      )!,
    );
    b.post({ title: 'Free printing' });
    await moving;
    const last = performance.now();
    const took = await converged(a, b, last, () => a.ideas.length === 3 && b.ideas.length === 3);

    const board = toStoredBoard(a.storageController.data);
    expect(board.ideas[fromB.id]).to.include({ column: second });
    expect(board.ideas[fromA.id]).to.include({ cluster: 'c1' });
    expect(Object.values(board.votes).length).to.equal(1);
    expect(took, `converged ${Math.round(took)} ms after the last change`).to.be.below(1000);
    expect(errors).to.deep.equal([]);
    await expect(a).to.be.accessible();
  });

  it('vote: a ballot cast on each device is counted on both', async () => {
    const space = freshSpace();
    const [a, b] = await twoDevices<CoPartnershipVote & Synced>('co-partnership-vote', {
      space,
      options: '["Library","Park"]',
      results: 'always',
    });
    a.shadowRoot!.querySelector<HTMLInputElement>('#choice-0')!.click();
    b.shadowRoot!.querySelector<HTMLInputElement>('#choice-1')!.click();
    await Promise.all([a.updateComplete, b.updateComplete]);
    const cast = await Promise.all([a.submit(), b.submit()]);
    expect(cast).to.deep.equal([true, true]);
    const took = await converged(a, b, performance.now(), () => a.ballots.length === 2);
    expect(took).to.be.below(1000);
    expect(canonical(a.tally())).to.equal(canonical(b.tally()));
    expect(b.ballots.map((ballot) => ballot.group).sort()).to.deep.equal([
      'community',
      'professional',
    ]);
  });

  it('journey map: stages and notes added on both devices appear on both', async () => {
    const space = freshSpace();
    const [a, b] = await twoDevices<CoJourneyMap & Synced>('co-journey-map', { space });
    const add = (el: CoJourneyMap & Synced, change: (data: never) => object) =>
      el.storageController.update(change(el.storageController.data as never));
    add(a, (data) => addStage(data, { id: 'find', name: 'Finding out' }));
    add(b, (data) => addStage(data, { id: 'apply', name: 'Applying' }));
    await converged(
      a,
      b,
      0,
      () => a.data.stages !== undefined && Object.keys(a.data.stages).length === 2,
    );
    add(a, (data) =>
      addNote(data, {
        id: 'n-a',
        stage: 'apply',
        lane: 'doing',
        layer: 'as-is',
        participant: 'a',
        text: 'Fills in a form',
      }),
    );
    add(b, (data) =>
      addNote(data, {
        id: 'n-b',
        stage: 'find',
        lane: 'doing',
        layer: 'as-is',
        participant: 'b',
        text: 'Asks a friend',
      }),
    );
    const took = await converged(
      a,
      b,
      performance.now(),
      () => Object.keys(b.data.notes).length === 2,
    );
    expect(took).to.be.below(1000);
  });

  it('server stopped mid-session: both keep editing and say offline; restarted: nothing lost, status clears', async () => {
    const space = freshSpace();
    const [a, b] = await twoDevices<CoIdeaBoard & Synced>('co-idea-board', { space });
    a.post({ title: 'Before the drop' });
    await converged(a, b, 0, () => b.ideas.length === 1);
    await until(() => a.storageController.status === 'saved', 'saved');
    expect(statusText(a)).to.include('Saved');
    expect(statusText(a)).not.to.include('browser');

    await server.stop();
    await until(
      () => a.storageController.status === 'offline' && b.storageController.status === 'offline',
      'both offline',
    );
    const offline = errors.filter((error) => error.code === 'sync-offline');
    expect(offline.length).to.equal(2); // once for each device
    expect(statusText(a)).to.include(
      'Offline: your changes are kept on this device and will be sent when the connection is back',
    );
    await expect(a).to.be.accessible();
    a.post({ title: 'Typed offline on A' });
    b.post({ title: 'Typed offline on B' });
    await until(
      () => a.storageController.status === 'offline' && b.storageController.status === 'offline',
      'offline again after saving on the device',
    );
    expect(a.ideas.length).to.equal(2);
    expect(errors.filter((error) => error.code === 'sync-offline').length).to.equal(2);

    const changes: unknown[] = [];
    b.addEventListener('co-change', (event) => changes.push(event.detail));
    await server.restart();
    await until(
      () => a.ideas.length === 3 && b.ideas.length === 3 && recordOf(a) === recordOf(b),
      'every edit on both',
      15000,
    );
    await until(
      () => a.storageController.status === 'saved' && b.storageController.status === 'saved',
      'the offline status to clear',
    );
    expect(statusText(b)).not.to.include('Offline');
    expect(changes.length).to.be.greaterThan(0); // co-change for what arrived
    const held = await server.read(`together-kit/${space}/idea-board/main`);
    expect(Object.keys(held['items:ideas']).length).to.equal(3);
  });

  it('refuses junk from the server with co-error and keeps what the element shows', async () => {
    const space = freshSpace();
    const [a] = await twoDevices<CoIdeaBoard & Synced>('co-idea-board', { space });
    a.post({ title: 'Worth keeping' });
    await until(() => a.storageController.status === 'saved', 'saved');
    const before = recordOf(a);
    await server.junk(`together-kit/${space}/idea-board/main`, 'items');
    await until(() => errors.some((error) => error.code === 'sync-refused'), 'the refusal');
    expect(recordOf(a)).to.equal(before);
    expect(a.shadowRoot!.textContent).to.include('could not be read, so they were not used');
    await expect(a).to.be.accessible();
  });

  it('says how many people are here by group, and tells the facilitator which group is missing', async () => {
    const space = freshSpace();
    const [a, b] = await twoDevices<CoIdeaBoard & Synced>('co-idea-board', { space }, [
      'community',
      'community',
    ]);
    a.toggleAttribute('facilitator', true);
    await until(
      () => statusText(a).includes('2 people here: 2 people who use services'),
      'presence',
    );
    expect(statusText(a)).to.include(
      'No professionals have joined yet: a parity result needs both groups',
    );
    expect(statusText(b)).not.to.include('No professionals'); // only the facilitator view
    await expect(a).to.be.accessible();
    b.setAttribute('participant-group', 'professional');
    await until(
      () => statusText(a).includes('2 people here: 1 person who uses services, 1 professional'),
      'presence with both groups',
    );
    expect(statusText(a)).not.to.include('No professionals');
    a.closest('div')!.setAttribute('lang', 'cy');
    await until(() => statusText(a).includes('2 o bobl yma'), 'presence in Welsh');
  });

  // Two elements of this page on one record share the page's one presence. Each used to put
  // its own group back on every render, which woke the other to put its own back: the tab
  // hung. Now the device says a group when its elements agree, and "not said" when not.
  it('two elements on one page in two groups count as one device, and the page stays usable', async () => {
    const space = freshSpace();
    const store = createYjsStore(server.wsUrl);
    stores.push(store);
    const holder = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const made: (CoPartnershipVote & Synced)[] = [];
    for (const group of ['community', 'professional']) {
      const el = document.createElement('co-partnership-vote') as CoPartnershipVote & Synced;
      el.setAttribute('space', space);
      el.setAttribute('options', '["A","B"]');
      el.setAttribute('participant-group', group);
      (el as unknown as { store: YjsStore }).store = store;
      holder.append(el);
      made.push(el);
    }
    const [a, b] = made;
    await Promise.all([a.ready, b.ready]);
    // An update loop never settles: a timer would not get its turn.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await until(() => statusText(a).includes('1 person here'), 'one device here');
    expect(a.storageController.presence).to.deep.equal({ total: 1, groups: {} });
    b.setAttribute('participant-group', 'community');
    await until(
      () => statusText(a).includes('1 person here: 1 person who uses services'),
      'the device says its group once its elements agree',
    );
    b.remove();
    a.setAttribute('participant-group', 'professional');
    await until(
      () => statusText(a).includes('1 person here: 1 professional'),
      'the element left speaks alone',
    );
  });
});
