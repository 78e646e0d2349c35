// Scale-out: two Hocuspocus instances share one Redis; a client on each converges. Starts
// Debian's redis-server on a free port on 127.0.0.1, with nothing saved to disk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { startServer } from '../../server/index.js';
import { compile } from './support/compile.js';

let redis;
let servers = [];
let sync;
let cleanup;

/** A port nobody listens on now (the system picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error) {
    throw new Error(
      'redis-server is not installed, so the scale-out test cannot run: install it (Debian/Ubuntu: apt-get install -y redis-server).',
    );
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start in 5 s')), 5000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

before(async () => {
  ({
    modules: { sync },
    cleanup,
  } = await compile({ sync: 'test/node/support/sync-entry.ts' }));
  redis = await startRedis();
  servers = await Promise.all(
    [1, 2].map(() => startServer({ port: 0, redis: { host: '127.0.0.1', port: redis.port } })),
  );
});

after(async () => {
  for (const server of servers) await server.close();
  redis?.stop();
  cleanup?.();
});

test('a client on instance A and a client on instance B converge through Redis', async () => {
  const [a, b] = servers;
  assert.notEqual(a.port, b.port);
  const space = `redis-${Date.now()}`;
  const key = `together-kit/${space}/idea-board/main`;
  const ref = { space, kind: 'idea-board', id: 'main' };
  const options = { WebSocketPolyfill: WebSocket, offlineCopy: false };
  const onA = sync.createYjsStore(a.wsUrl, options);
  const onB = sync.createYjsStore(b.wsUrl, options);
  const at = new Date().toISOString();
  const post = (store, id) =>
    store.update(key, (current) =>
      sync.createEnvelope(ref, {
        ideas: { ...current?.data.ideas, [id]: { id, title: id, updatedAt: at } },
      }),
    );
  try {
    await Promise.all([onA.load(key), onB.load(key)]);
    await Promise.all([post(onA, 'from-a'), post(onB, 'from-b')]);
    const ideas = async (store) => Object.keys((await store.load(key))?.data.ideas ?? {}).sort();
    const start = Date.now();
    while ((await ideas(onA)).length < 2 || (await ideas(onB)).length < 2) {
      if (Date.now() - start > 10000) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.deepEqual(await ideas(onA), ['from-a', 'from-b']);
    assert.deepEqual(await ideas(onB), ['from-a', 'from-b']);
  } finally {
    onA.close();
    onB.close();
  }
});
