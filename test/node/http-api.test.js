// The `http` contract (server/http-api.js) against a real server on 127.0.0.1.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApi } from '../../server/http-api.js';
import { loadKit } from '../../server/kit.js';
import { addItems, startApi } from '../servers/http-writer.js';

const { parityTally } = await loadKit();

const envelope = (space, kind, id, data, updatedAt = new Date().toISOString()) => ({
  format: 'together-kit',
  schema: 1,
  kind,
  space,
  id,
  updatedAt,
  data,
});

/** The status of a GET sent exactly as written (fetch would resolve `..` itself). */
function rawStatus(url) {
  const { hostname, port, pathname } = new URL(url);
  const path = url.slice(url.indexOf(pathname.split('/')[1]) - 1);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

const put = (url, body, headers = {}) =>
  fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Reads Server-Sent Events from a response until `count` change events have arrived. */
async function readEvents(response, count, timeoutMs = 3000) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const events = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const { value, done } = await Promise.race([
      reader.read(),
      new Promise((resolve) => setTimeout(() => resolve({ value: undefined }), 200)),
    ]);
    if (done) break;
    if (value) buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      if (data) events.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return events;
}

for (const storage of ['memory', 'sqlite']) {
  describe(`http api (${storage})`, () => {
    let running;
    let directory;
    before(async () => {
      directory = mkdtempSync(join(tmpdir(), 'tk-http-'));
      running = await startApi(createHttpApi, {
        dbPath: storage === 'sqlite' ? join(directory, 'records.db') : undefined,
      });
    });
    after(async () => {
      await running.stop();
      rmSync(directory, { recursive: true, force: true });
    });

    test('a record never saved is 204 with no body; saved, it comes back with its ETag', async () => {
      const url = `${running.base}/s1/idea-board/main`;
      const missing = await fetch(url);
      assert.equal(missing.status, 204);
      assert.equal(await missing.text(), '');

      const saved = await put(url, envelope('s1', 'idea-board', 'main', { a: 1 }), {
        'If-None-Match': '*',
      });
      assert.equal(saved.status, 204);
      const etag = saved.headers.get('etag');
      assert.match(etag, /^"[\w-]+"$/);

      const loaded = await fetch(url);
      assert.equal(loaded.status, 200);
      assert.equal(loaded.headers.get('etag'), etag);
      assert.deepEqual((await loaded.json()).data, { a: 1 });
      const again = await fetch(url, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    });

    test('If-Match: a stale ETag gets 412 with the current record, the right one saves', async () => {
      const url = `${running.base}/s2/idea-board/main`;
      const first = await put(url, envelope('s2', 'idea-board', 'main', { n: 1 }), {
        'If-None-Match': '*',
      });
      const etag1 = first.headers.get('etag');
      const second = await put(url, envelope('s2', 'idea-board', 'main', { n: 2 }), {
        'If-Match': etag1,
      });
      assert.equal(second.status, 204);
      const stale = await put(url, envelope('s2', 'idea-board', 'main', { n: 3 }), {
        'If-Match': etag1,
      });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('etag'), second.headers.get('etag'));
      assert.deepEqual((await stale.json()).data, { n: 2 });
      const create = await put(url, envelope('s2', 'idea-board', 'main', { n: 4 }), {
        'If-None-Match': '*',
      });
      assert.equal(create.status, 412, 'If-None-Match: * refuses to overwrite');
      await create.arrayBuffer();
      const missing = await put(
        `${running.base}/s2/idea-board/other`,
        envelope('s2', 'idea-board', 'other', {}),
        { 'If-Match': etag1 },
      );
      assert.equal(missing.status, 412);
      await missing.arrayBuffer();
    });

    test('without a precondition the server merges item by item with the package merge', async () => {
      const url = `${running.base}/s3/idea-board/main`;
      const t1 = '2026-11-30T10:00:00.000Z';
      const t2 = '2026-11-30T10:00:01.000Z';
      await put(
        url,
        envelope(
          's3',
          'idea-board',
          'main',
          { ideas: { a: { id: 'a', text: 'A', updatedAt: t1 } } },
          t1,
        ),
      );
      const merged = await put(
        url,
        envelope(
          's3',
          'idea-board',
          'main',
          { ideas: { b: { id: 'b', text: 'B', updatedAt: t2 } } },
          t2,
        ),
      );
      assert.equal(merged.status, 200, 'a merged record is sent back');
      const body = await merged.json();
      assert.deepEqual(Object.keys(body.data.ideas).sort(), ['a', 'b']);
      assert.equal(merged.headers.get('etag'), (await fetch(url)).headers.get('etag'));
      // An older write of an item does not win over a newer one, and a tombstone stays.
      await put(
        url,
        envelope(
          's3',
          'idea-board',
          'main',
          { ideas: { a: { id: 'a', deleted: true, updatedAt: t2 } } },
          t2,
        ),
      );
      const stale = await put(
        url,
        envelope(
          's3',
          'idea-board',
          'main',
          { ideas: { a: { id: 'a', text: 'old', updatedAt: t1 } } },
          t1,
        ),
      );
      assert.deepEqual((await stale.json()).data.ideas.a, {
        id: 'a',
        deleted: true,
        updatedAt: t2,
      });
    });

    test('lists a space and deletes records', async () => {
      const base = `${running.base}/s4`;
      await put(`${base}/idea-board/main`, envelope('s4', 'idea-board', 'main', {}));
      await put(`${base}/partnership-vote/v1`, envelope('s4', 'partnership-vote', 'v1', {}));
      await put(
        `${running.base}/elsewhere/idea-board/main`,
        envelope('elsewhere', 'idea-board', 'main', {}),
      );
      const list = await (await fetch(`${base}/`)).json();
      assert.deepEqual(list.map(({ kind, id }) => `${kind}/${id}`).sort(), [
        'idea-board/main',
        'partnership-vote/v1',
      ]);
      assert.ok(list.every((entry) => /^"/.test(entry.etag) && entry.updatedAt));
      assert.equal((await fetch(`${base}/idea-board/main`, { method: 'DELETE' })).status, 204);
      assert.equal((await fetch(`${base}/idea-board/main`, { method: 'DELETE' })).status, 204);
      assert.equal((await fetch(`${base}/idea-board/main`)).status, 204);
      assert.equal((await (await fetch(base)).json()).length, 1);
      assert.deepEqual(await (await fetch(`${running.base}/empty/`)).json(), []);
    });

    test('Server-Sent Events tell every client of a space about saves and deletions', async () => {
      const stream = await fetch(`${running.base}/s5/events`);
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type'), /^text\/event-stream/);
      const other = await fetch(`${running.base}/other-space/events`);
      const url = `${running.base}/s5/idea-board/main`;
      const saved = await put(url, envelope('s5', 'idea-board', 'main', { x: 1 }));
      await fetch(url, { method: 'DELETE' });
      const events = await readEvents(stream, 2);
      assert.equal(events.length, 2);
      assert.equal(events[0].kind, 'idea-board');
      assert.equal(events[0].id, 'main');
      assert.equal(events[0].etag, saved.headers.get('etag'));
      assert.deepEqual(events[0].envelope.data, { x: 1 });
      assert.deepEqual(events[1], { kind: 'idea-board', id: 'main', deleted: true });
      assert.deepEqual(await readEvents(other, 1, 300), [], 'another space hears nothing');
    });

    test('refuses bad input and keeps what is stored', async () => {
      const url = `${running.base}/s6/idea-board/main`;
      const good = envelope('s6', 'idea-board', 'main', { keep: true });
      await put(url, good);
      const cases = [
        ['not JSON', '{"format":', {}, 400],
        ['not an envelope', { hello: 'world' }, {}, 422],
        ['data not an object', { ...good, data: [] }, {}, 422],
        ['a bad date', { ...good, updatedAt: '2026-02-30T10:00:00Z' }, {}, 422],
        ['another address', { ...good, id: 'other' }, {}, 422],
        ['not JSON content', JSON.stringify(good), { 'Content-Type': 'text/plain' }, 415],
      ];
      for (const [what, body, headers, status] of cases) {
        const response = await put(url, body, headers);
        assert.equal(response.status, status, what);
        assert.match((await response.json()).error, /\w/, what);
      }
      const small = await startApi(createHttpApi, { maxBytes: 1000 });
      try {
        const big = envelope('s6', 'idea-board', 'main', { text: 'x'.repeat(2000) });
        const response = await put(`${small.base}/s6/idea-board/main`, big);
        assert.equal(response.status, 413);
        await response.arrayBuffer();
        assert.equal((await fetch(`${small.base}/s6/idea-board/main`)).status, 204);
      } finally {
        await small.stop();
      }
      for (const path of [
        '/s6/idea-board/%2E%2E',
        '/s6/idea-board/..',
        '/s6/a%2Fb/main',
        '/s6/%ZZ/main',
        '/s6/k/i/extra',
        '/',
      ]) {
        assert.equal(await rawStatus(`${running.base}${path}`), 404, path);
      }
      const post = await fetch(url, { method: 'POST', body: '{}' });
      assert.equal(post.status, 405);
      await post.arrayBuffer();
      assert.deepEqual((await (await fetch(url)).json()).data, { keep: true });
    });

    for (const [how, serverMerge] of [
      ['merging on the client (If-Match, 412, retry)', false],
      ['letting the server merge after a 412 (as the browser store does)', true],
    ]) {
      test(`50 concurrent writers each add one ballot, ${how}: none lost, same tally`, async () => {
        const ref = { space: `s7-${serverMerge}`, kind: 'partnership-vote', id: 'budget' };
        const groups = ['community', 'professional'];
        const options = ['parks', 'library', 'buses'];
        const sent = Array.from({ length: 50 }, (_, index) => {
          const at = new Date(Date.UTC(2026, 10, 30, 10, 0, index)).toISOString();
          return {
            id: `ballot-${index}`,
            participant: `person-${index}`,
            group: groups[index % 2],
            marks: { [options[index % 3]]: 1 },
            castAt: at,
            updatedAt: at,
          };
        });
        const attempts = await Promise.all(
          sent.map((ballot) =>
            addItems(running.base, ref, 'ballots', { [ballot.id]: ballot }, { serverMerge }),
          ),
        );
        const stored = await (
          await fetch(`${running.base}/${ref.space}/partnership-vote/budget`)
        ).json();
        assert.equal(Object.keys(stored.data.ballots).length, 50);
        const config = { method: 'single', options };
        assert.deepEqual(
          parityTally(Object.values(stored.data.ballots), config),
          parityTally(sent, config),
        );
        assert.ok(
          attempts.some((count) => count > 1),
          'the writers did collide (412s happened)',
        );
      });
    }

    test('50 concurrent writers without If-Match: the server merge loses none either', async () => {
      const url = `${running.base}/s8/partnership-vote/budget`;
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) => {
          const at = new Date(Date.UTC(2026, 10, 30, 11, 0, index)).toISOString();
          const ballot = {
            id: `b${index}`,
            participant: `p${index}`,
            group: 'community',
            marks: { a: 1 },
            castAt: at,
            updatedAt: at,
          };
          return put(
            url,
            envelope('s8', 'partnership-vote', 'budget', { ballots: { [ballot.id]: ballot } }, at),
          );
        }),
      );
      assert.ok(responses.every((response) => response.ok));
      await Promise.all(responses.map((response) => response.arrayBuffer()));
      const stored = await (await fetch(url)).json();
      assert.equal(Object.keys(stored.data.ballots).length, 50);
    });
  });
}

test('events can be switched off (clients then poll), and a portal can refuse', async () => {
  const running = await startApi(createHttpApi, {
    events: false,
    authorize: (req, action) => !action.write || req.headers['x-portal-user'] === 'facilitator',
  });
  try {
    const stream = await fetch(`${running.base}/s/events`);
    assert.equal(stream.status, 204);
    await stream.arrayBuffer();
    const url = `${running.base}/s/idea-board/main`;
    const body = envelope('s', 'idea-board', 'main', {});
    const refused = await put(url, body);
    assert.equal(refused.status, 403);
    await refused.arrayBuffer();
    const allowed = await put(url, body, { 'X-Portal-User': 'facilitator' });
    assert.equal(allowed.status, 204);
    assert.equal((await fetch(url)).status, 200);
  } finally {
    await running.stop();
  }
});

test('a SQLite file keeps records across a restart', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'tk-http-'));
  const dbPath = join(directory, 'records.db');
  try {
    const first = await startApi(createHttpApi, { dbPath });
    const saved = await put(
      `${first.base}/s/idea-board/main`,
      envelope('s', 'idea-board', 'main', { kept: 1 }),
    );
    await first.stop();
    const second = await startApi(createHttpApi, { dbPath });
    const loaded = await fetch(`${second.base}/s/idea-board/main`);
    assert.equal(loaded.headers.get('etag'), saved.headers.get('etag'));
    assert.deepEqual((await loaded.json()).data, { kept: 1 });
    await second.stop();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
