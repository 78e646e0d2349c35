// The `http` store against the real API (server/http-api.js), served by the test runner's dev
// server (test/servers/http-api-middleware.js): /api with events, /api-poll without.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/idea-board.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { HttpStore, createHttpStore } from '../../../src/core/store/http-store.js';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import type { ConnectionState } from '../../../src/core/store/record-store.js';
import { StoreError } from '../../../src/core/store/record-store.js';

let counter = 0;
const unique = (what: string) => `${what}-${Date.now()}-${(counter += 1)}`;
const stores: HttpStore[] = [];

/** A store as one device has it: its own offline queue, closed after the test. */
function device(
  endpoint = '/api',
  options: Partial<ConstructorParameters<typeof HttpStore>[0]> = {},
) {
  const store = new HttpStore({
    endpoint,
    localName: unique('device'),
    retryInterval: 150,
    pollInterval: 150,
    ...options,
  });
  stores.push(store);
  return store;
}

async function board(store: HttpStore, space: string): Promise<CoIdeaBoard> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en">
      <co-idea-board space=${space} .store=${store} participant-group="community"></co-idea-board>
    </div>`,
  );
  const el = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
  await el.ready;
  await el.updateComplete;
  return el;
}

const titles = (el: CoIdeaBoard) => el.ideas.map((idea) => idea.title).sort();
const setDown = (down: boolean) => executeServerCommand('http-api:down', { down });
const serverLog = (space: string) =>
  executeServerCommand<string[], { space: string }>('http-api:log', { space });

function errorsOf(el: HTMLElement): CoErrorDetail[] {
  const errors: CoErrorDetail[] = [];
  el.addEventListener('co-error', (event) =>
    errors.push((event as CustomEvent<CoErrorDetail>).detail),
  );
  return errors;
}

async function serverRecord(
  space: string,
  kind = 'idea-board',
  id = 'main',
): Promise<Envelope | undefined> {
  const response = await fetch(`/api/${space}/${kind}/${id}`, { cache: 'no-store' });
  return response.status === 200 ? ((await response.json()) as Envelope) : undefined;
}

afterEach(async () => {
  await setDown(false);
  for (const store of stores.splice(0)) store.close();
});

describe('HttpStore', () => {
  it('saves, loads, lists and removes records over the contract', async () => {
    const space = unique('space');
    const store = device();
    const key = `together-kit/${space}/idea-board/main`;
    const seen: [string, unknown][] = [];
    store.subscribe((changed, envelope) => seen.push([changed, envelope?.data]));
    expect(await store.load(key)).to.equal(undefined);
    const ref = { space, kind: 'idea-board', id: 'main' };
    const saved = await store.update(key, (current) => {
      expect(current).to.equal(undefined);
      return createEnvelope(ref, { a: 1 });
    });
    expect((await serverRecord(space))?.data).to.deep.equal({ a: 1 });
    await store.update(key, (current) => {
      expect((current as Envelope).updatedAt).to.equal(saved.updatedAt);
      return createEnvelope(ref, { a: 2 });
    });
    expect(((await device().load(key)) as Envelope).data).to.deep.equal({ a: 2 });
    expect(await store.list(space)).to.deep.equal([key]);
    const aside = await store.keepAside(key, '<junk>');
    expect(await store.load(aside)).to.equal('<junk>');
    expect(await store.list(space)).to.deep.equal([key, aside].sort());
    await store.remove(aside);
    await store.remove(key);
    expect(await store.list(space)).to.deep.equal([]);
    expect(await serverRecord(space)).to.equal(undefined);
    expect(seen.map(([, data]) => data)).to.deep.equal([{ a: 1 }, { a: 2 }, undefined]);
    expect(await store.durability()).to.equal('durable');
    await store
      .update('not a key', () => createEnvelope(ref, {}))
      .then(
        () => expect.fail('saved under a bad key'),
        (error: unknown) => expect(error).to.be.instanceOf(StoreError),
      );
  });

  it('is what storage="http" gives, loaded lazily', async () => {
    const store = createHttpStore('/api/');
    expect(store).to.be.instanceOf(HttpStore);
    (store as HttpStore).close();

    // The attributes alone: the page sets nothing else.
    const space = unique('space');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <co-idea-board
          space=${space}
          storage="http"
          endpoint="/api"
          participant-group="community"
        ></co-idea-board>
      </div>`,
    );
    const el = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
    await el.ready;
    el.post({ title: 'Over http' });
    await el.storageController.flush();
    const stored = await serverRecord(space);
    expect(
      Object.values(stored!.data.ideas as object).map((idea: { title: string }) => idea.title),
    ).to.deep.equal(['Over http']);
    await expect(el).to.be.accessible();
  });

  /** A backend that does not merge by itself: the same answers without Together-Kit-Merge. */
  const withoutMerge: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const headers = new Headers(response.headers);
    headers.delete('Together-Kit-Merge');
    const { status, statusText } = response;
    const body = [204, 304].includes(status) ? null : await response.arrayBuffer();
    return new Response(body, { status, statusText, headers });
  };

  for (const [who, fetchFn] of [
    ['the server', undefined],
    ['this device (a backend that does not merge)', withoutMerge],
  ] as const) {
    it(`merges with what another device saved first (412), item by item, on ${who}`, async () => {
      const space = unique('space');
      const key = `together-kit/${space}/idea-board/main`;
      const ref = { space, kind: 'idea-board', id: 'main' };
      const a = device();
      const b = device('/api', { events: false, pollInterval: 60000, fetch: fetchFn });
      const item = (id: string) => ({ id, updatedAt: new Date().toISOString() });
      await a.update(key, () => createEnvelope(ref, { ideas: { one: item('one') } }));
      await b.load(key);
      await a.update(key, (current) =>
        createEnvelope(ref, {
          ideas: { ...((current as Envelope).data.ideas as object), two: item('two') },
        }),
      );
      // b still holds the first version: its save meets a 412 and merges with a's.
      const calls: unknown[] = [];
      const written = await b.update(key, (current) => {
        calls.push(current);
        const ideas = (current as Envelope).data.ideas as object;
        return createEnvelope(ref, { ideas: { ...ideas, three: item('three') } });
      });
      expect(calls).to.have.length(2);
      expect(Object.keys(written.data.ideas as object).sort()).to.deep.equal([
        'one',
        'three',
        'two',
      ]);
      expect(Object.keys((await serverRecord(space))!.data.ideas as object).sort()).to.deep.equal([
        'one',
        'three',
        'two',
      ]);
    });
  }

  it('ignores an answer to a check sent before its own save (no deletion that never was)', async () => {
    const space = unique('space');
    const key = `together-kit/${space}/idea-board/main`;
    const ref = { space, kind: 'idea-board', id: 'main' };
    // Answers to reads can be held back, to arrive after a save that was sent later.
    let holding = false;
    const held: (() => void)[] = [];
    const gated: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (holding && (init?.method ?? 'GET') === 'GET')
        await new Promise<void>((resolve) => held.push(resolve));
      return response;
    };
    const store = device('/api', { fetch: gated, events: false, pollInterval: 20 });
    const seen: unknown[] = [];
    store.subscribe((_, envelope) => seen.push(envelope?.data));
    await store.load(key);
    holding = true;
    await waitUntil(() => held.length > 0, 'a poll asked (and heard: nothing saved)');
    await store.update(key, () => createEnvelope(ref, { saved: true }));
    holding = false;
    held.splice(0).forEach((release) => release());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).to.deep.equal([{ saved: true }]);
    await store.update(key, (current) => {
      expect((current as Envelope | undefined)?.data).to.deep.equal({ saved: true });
      return createEnvelope(ref, { saved: 2 });
    });
  });

  it('logs nothing and gets no 404 for a record never saved', async () => {
    const space = unique('space');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await board(device(), space);
      expect(el.ideas).to.deep.equal([]);
      expect(el.storageController.status).to.equal('saved');
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
    const log = await serverLog(space);
    expect(log).to.include(`GET /api/${space}/idea-board/main 204`);
    expect(log.filter((line) => / 4\d\d$/.test(line))).to.deep.equal([]);
  });

  for (const [how, endpoint] of [
    ['Server-Sent Events', '/api'],
    ['polling', '/api-poll'],
  ]) {
    it(`two devices converge without a reload, by ${how}`, async () => {
      const space = unique('space');
      const a = await board(device(endpoint), space);
      const b = await board(device(endpoint), space);
      a.post({ title: 'From A' });
      await waitUntil(() => titles(b).includes('From A'), 'A’s idea reached B', { timeout: 3000 });
      // At the same time on both: both ideas end up on both boards.
      a.post({ title: 'A again' });
      b.post({ title: 'From B' });
      const all = ['A again', 'From A', 'From B'];
      await waitUntil(
        () => titles(a).join() === all.join() && titles(b).join() === all.join(),
        'both boards show all three',
        { timeout: 4000 },
      );
      await a.storageController.flush();
      await b.storageController.flush();
      const stored = await fetch(`${endpoint}/${space}/idea-board/main`).then(
        (r) => r.json() as Promise<Envelope>,
      );
      expect(Object.keys(stored.data.ideas as object)).to.have.length(3);
    });
  }

  for (const endpoint of ['/api', '/api-poll']) {
    it(`keeps edits while the server answers 503, says offline, and sends them all when it is back (${endpoint})`, async () => {
      const space = unique('space');
      const storeA = device(endpoint);
      const storeB = device(endpoint);
      const states: ConnectionState[] = [];
      storeA.watchConnection((state) => states.push(state));
      const a = await board(storeA, space);
      const b = await board(storeB, space);
      a.post({ title: 'Before' });
      await waitUntil(() => titles(b).includes('Before'), 'first idea arrived', { timeout: 3000 });

      await setDown(true);
      const errorsA = errorsOf(a);
      a.post({ title: 'Offline in A' });
      b.post({ title: 'Offline in B' });
      await a.storageController.flush();
      await b.storageController.flush();
      await waitUntil(() => states.at(-1) === 'offline', 'A says offline', { timeout: 3000 });
      // Kept on the device: nothing failed, nothing is lost from the page, and it says so.
      await waitUntil(() => a.storageController.status === 'offline', 'A shows offline');
      expect(a.shadowRoot!.textContent).to.contain('Offline: your changes are kept on this device');
      expect(errorsA.map((e) => e.code)).to.include('sync-offline');
      expect(errorsA.filter((e) => e.code === 'storage-failed')).to.deep.equal([]);
      expect(titles(a)).to.deep.equal(['Before', 'Offline in A']);
      await expect(a).to.be.accessible();

      await setDown(false);
      const all = ['Before', 'Offline in A', 'Offline in B'];
      await waitUntil(
        () => titles(a).join() === all.join() && titles(b).join() === all.join(),
        'every edit arrived on both',
        { timeout: 5000 },
      );
      expect(states).to.deep.equal(['online', 'offline', 'online']);
      await waitUntil(() => a.storageController.status === 'saved', 'the offline status clears');
      await a.storageController.flush();
      await b.storageController.flush();
      const stored = (await (
        await fetch(`${endpoint}/${space}/idea-board/main`)
      ).json()) as Envelope;
      expect(
        Object.values(stored.data.ideas as Record<string, { title: string }>)
          .map((i) => i.title)
          .sort(),
      ).to.deep.equal(all);
    });
  }

  it('shows what was typed offline after a reload, and sends it later', async () => {
    const space = unique('space');
    const localName = unique('device');
    await setDown(true);
    const first = device('/api', { localName });
    const el = await board(first, space);
    el.post({ title: 'Typed with no connection' });
    await el.storageController.flush();
    el.parentElement!.remove();
    first.close();

    // A reload: a new store and element, the server still down.
    const again = await board(device('/api', { localName }), space);
    expect(titles(again)).to.deep.equal(['Typed with no connection']);
    again.post({ title: 'And one more' });
    await again.storageController.flush();

    await setDown(false);
    await waitUntil(
      async () => Object.keys((await serverRecord(space))?.data.ideas ?? {}).length === 2,
      'both sent',
      {
        timeout: 5000,
      },
    );
  });

  it('sends every request through the page’s own fetch (its authentication)', async () => {
    const space = unique('space');
    const withHeader: typeof fetch = (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), 'x-together-test': 'let-me-in' },
      });
    const allowed = await board(device('/api-auth', { fetch: withHeader }), space);
    allowed.post({ title: 'Signed in' });
    await allowed.storageController.flush();
    expect(allowed.storageController.status).to.equal('saved');
    const stored = await fetch(`/api-auth/${space}/idea-board/main`, {
      headers: { 'x-together-test': 'let-me-in' },
    });
    expect(stored.status).to.equal(200);

    // Without it the server refuses: said in words and co-error, the idea kept on the page.
    const refused = await board(device('/api-auth'), unique('space'));
    const errors = errorsOf(refused);
    refused.post({ title: 'Not signed in' });
    await refused.storageController.flush();
    expect(errors.map((e) => e.code)).to.include('storage-failed');
    expect(refused.storageController.status).to.equal('failed');
    expect(titles(refused)).to.deep.equal(['Not signed in']);
  });

  it('refuses junk from the server: kept aside here, reported at once, the local copy intact', async () => {
    const space = unique('space');
    await executeServerCommand('http-api:junk', { space });
    const store = device();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('co-idea-board') as CoIdeaBoard;
    const errors = errorsOf(el);
    el.setAttribute('space', space);
    el.setAttribute('participant-group', 'community');
    el.store = store;
    wrapper.append(el);
    await el.ready;
    // The record the server sent is not one: kept aside on this device, and said.
    expect(errors.map((e) => e.code)).to.include('storage-corrupt');
    const asides = (await store.list(space)).filter((key) => key.includes('#corrupt-'));
    const kept = await Promise.all(asides.map((key) => store.load(key)));
    expect(kept).to.deep.include('<html>Not a record</html>');

    // The event stream's junk never reaches the board; it is said as it arrives, and again
    // with the next save.
    await waitUntil(() => errors.some((e) => e.code === 'sync-refused'), 'junk said at once', {
      timeout: 3000,
    });
    el.post({ title: 'Mine' });
    await waitUntil(() => errors.some((e) => e.code === 'storage-failed'), 'junk reported', {
      timeout: 3000,
    });
    expect(titles(el)).to.deep.equal(['Mine']);
    expect(el.shadowRoot!.textContent).not.to.contain('onerror');
  });

  it('deletes and lists while offline; a record deleted then written again comes back empty', async () => {
    const space = unique('space');
    const store = device();
    const refA = { space, kind: 'idea-board', id: 'a' };
    const refB = { space, kind: 'idea-board', id: 'b' };
    const keyA = `together-kit/${space}/idea-board/a`;
    const keyB = `together-kit/${space}/idea-board/b`;
    const item = (id: string) => ({ [id]: { id, updatedAt: new Date().toISOString() } });
    await store.update(keyA, () => createEnvelope(refA, { items: item('old-a') }));
    await store.update(keyB, () => createEnvelope(refB, { items: item('old-b') }));

    await setDown(true);
    await store.remove(keyA);
    await store.remove(keyB);
    await store.update(keyB, (current) => {
      expect(current).to.equal(undefined);
      return createEnvelope(refB, { items: item('new-b') });
    });
    expect(await store.list(space)).to.deep.equal([keyB]);

    await setDown(false);
    await store.sendQueued();
    expect(await serverRecord(space, 'idea-board', 'a')).to.equal(undefined);
    expect(
      Object.keys((await serverRecord(space, 'idea-board', 'b'))!.data.items as object),
    ).to.deep.equal(['new-b']);
    expect(await store.list(space)).to.deep.equal([keyB]);
  });

  it('works with a server that merges by itself, and takes what it sends back', async () => {
    const space = unique('space');
    const key = `together-kit/${space}/idea-board/main`;
    const ref = { space, kind: 'idea-board', id: 'main' };
    // A backend that ignores preconditions and merges every save into what it has.
    const noPreconditions: typeof fetch = (input, init) => {
      const headers = { ...(init?.headers as Record<string, string> | undefined) };
      delete headers['If-Match'];
      delete headers['If-None-Match'];
      return fetch(input, { ...init, headers });
    };
    const store = device('/api', { fetch: noPreconditions, events: false, pollInterval: 60000 });
    const item = (id: string) => ({ [id]: { id, updatedAt: new Date().toISOString() } });
    await store.update(key, () => createEnvelope(ref, { items: item('first') }));
    await device().update(key, (current) =>
      createEnvelope(ref, {
        items: { ...((current as Envelope).data.items as object), ...item('theirs') },
      }),
    );
    const written = await store.update(key, () =>
      createEnvelope(ref, { items: { ...item('first'), ...item('mine') } }),
    );
    expect(Object.keys(written.data.items as object).sort()).to.deep.equal([
      'first',
      'mine',
      'theirs',
    ]);
  });

  it('goes offline when the network fails, keeps the change, and sends it when it is back', async () => {
    const space = unique('space');
    const key = `together-kit/${space}/idea-board/main`;
    let broken = true;
    const flaky: typeof fetch = (input, init) =>
      broken ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    const store = device('/api', { fetch: flaky });
    const states: ConnectionState[] = [];
    store.watchConnection((state) => states.push(state));
    expect(await store.load(key)).to.equal(undefined);
    const written = await store.update(key, () =>
      createEnvelope({ space, kind: 'idea-board', id: 'main' }, { kept: true }),
    );
    expect(states).to.deep.equal(['online', 'offline']);
    expect(await store.list(space)).to.deep.equal([key]);
    broken = false;
    await waitUntil(() => states.at(-1) === 'online', 'back online', { timeout: 3000 });
    await waitUntil(
      async () => (await serverRecord(space))?.data.kept === written.data.kept,
      'sent',
      { timeout: 3000 },
    );
  });

  it('says when a record is too large for the server, and when the server answers something else', async () => {
    const space = unique('space');
    const store = device('/api-small');
    const ref = { space, kind: 'idea-board', id: 'main' };
    const error = await store
      .update(`together-kit/${space}/idea-board/main`, () =>
        createEnvelope(ref, { text: 'x'.repeat(3000) }),
      )
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('failed');
    expect((error as StoreError).message).to.contain('too large');
    const refused = await device('/api-auth')
      .list(space)
      .catch((e: unknown) => e);
    expect((refused as StoreError).message).to.contain('403');
  });
});
