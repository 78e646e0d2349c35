// The reference server: /api/ requests go to the http handler, WebSockets to Hocuspocus, and
// onAuthenticate decides who may read and write.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer } from '../../server/index.js';
import { compile } from './support/compile.js';

let sync;
let cleanup;
let server;
const seen = [];

before(async () => {
  ({
    modules: { sync },
    cleanup,
  } = await compile({ sync: 'test/node/support/sync-entry.ts' }));
  server = await startServer({
    port: 0,
    httpHandler: (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`api ${req.method} ${req.url}`);
    },
    authenticate: ({ documentName, requestHeaders }) => {
      seen.push({ documentName, agent: requestHeaders.get('user-agent') });
      if (documentName.startsWith('together-kit/closed/')) throw new Error('not in this space');
      return documentName.startsWith('together-kit/look/') ? { readOnly: true } : undefined;
    },
  });
});

after(async () => {
  await server?.close();
  cleanup?.();
});

const client = () =>
  sync.createYjsStore(server.wsUrl, {
    WebSocketPolyfill: WebSocket,
    offlineCopy: false,
    syncTimeout: 800,
  });

/** What the server holds for a document: its idea ids. */
async function serverIdeas(name) {
  const connection = await server.hocuspocus.openDirectConnection(name);
  let ids = [];
  await connection.transact((doc) => (ids = [...doc.getMap('items:ideas').keys()]));
  await connection.disconnect();
  return ids;
}

async function post(store, space, id) {
  const key = `together-kit/${space}/idea-board/main`;
  await store.load(key);
  await store.update(key, (current) =>
    sync.createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      { ideas: { ...current?.data.ideas, [id]: { id, updatedAt: new Date().toISOString() } } },
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return key;
}

test('requests under /api/ go to the http handler; others are told what the server is', async () => {
  const api = await fetch(`${server.httpUrl}/api/together/x`);
  assert.equal(await api.text(), 'api GET /api/together/x');
  const other = await fetch(`${server.httpUrl}/`);
  assert.equal(other.status, 404);
});

test('onAuthenticate sees the record key and headers; a refused client changes nothing', async () => {
  const open = client();
  const closed = client();
  try {
    const allowed = await post(open, 'open', 'welcome');
    assert.deepEqual(await serverIdeas(allowed), ['welcome']);
    assert.ok(seen.some((entry) => entry.documentName === allowed));
    const refused = await post(closed, 'closed', 'intruder');
    assert.deepEqual(await serverIdeas(refused), []);
  } finally {
    open.close();
    closed.close();
  }
});

test('a read-only connection reads but does not write', async () => {
  const writer = client();
  try {
    // Written on the server directly, as a portal would seed a record.
    const key = 'together-kit/look/idea-board/main';
    const connection = await server.hocuspocus.openDirectConnection(key);
    await connection.transact((doc) => {
      doc.getMap('meta').set('format', 'together-kit');
      for (const [name, value] of Object.entries({
        schema: 1,
        kind: 'idea-board',
        space: 'look',
        id: 'main',
        updatedAt: new Date().toISOString(),
      })) {
        doc.getMap('meta').set(name, value);
      }
      doc.getMap('collections').set('ideas', true);
      doc
        .getMap('items:ideas')
        .set('seed', JSON.stringify({ id: 'seed', updatedAt: new Date().toISOString() }));
    });
    await connection.disconnect();
    const loaded = await writer.load(key);
    assert.deepEqual(Object.keys(loaded.data.ideas), ['seed']);
    await post(writer, 'look', 'not-allowed');
    assert.deepEqual(await serverIdeas(key), ['seed']);
  } finally {
    writer.close();
  }
});

test('names that are not Together Kit records are refused', async () => {
  const store = client();
  try {
    await assert.rejects(store.load('../../etc/passwd'), /not a Together Kit record key/);
  } finally {
    store.close();
  }
});
