// 50 people vote at once on one record over `storage="yjs"`: a real Hocuspocus server on
// 127.0.0.1 and 50 clients, each the yjs store with its own provider and WebSocket (ws).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer } from '../../server/index.js';
import { compile } from './support/compile.js';

let server;
let sync;
let cleanup;

before(async () => {
  ({
    modules: { sync },
    cleanup,
  } = await compile({ sync: 'test/node/support/sync-entry.ts' }));
  server = await startServer({ port: 0 });
});

after(async () => {
  await server?.close();
  cleanup?.();
});

/** Polls `check` every 20 ms for at most `timeout` ms. */
async function until(check, what, timeout = 15000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('50 clients each cast one ballot at once: all 50 kept, and the tally is what was sent', async () => {
  const space = `ballots-${Date.now()}`;
  const key = `together-kit/${space}/partnership-vote/main`;
  const ref = { space, kind: 'partnership-vote', id: 'main' };
  const options = ['library', 'park', 'pool'];
  const clients = Array.from({ length: 50 }, () =>
    sync.createYjsStore(server.wsUrl, { WebSocketPolyfill: WebSocket, offlineCopy: false }),
  );
  try {
    await Promise.all(clients.map((client) => client.load(key)));
    // Who votes for what: both groups, every option, not in equal numbers.
    const sent = clients.map((_, i) => ({
      group: i % 3 === 0 ? 'professional' : 'community',
      marks: { [options[i % options.length]]: 1 },
    }));
    // All at once: each client merges its ballot into what it holds, as the element does.
    await Promise.all(
      clients.map((client, i) =>
        client.update(key, (current) => {
          const stored = current ? sync.parseVoteData(current.data) : sync.emptyVote();
          const next = sync.castBallot(stored, sent[i], {
            id: `ballot-${i}`,
            participant: `p-${i}`,
          });
          return sync.createEnvelope(ref, sync.storedData(next));
        }),
      ),
    );
    const ballotsOn = async (client) => {
      const envelope = await client.load(key);
      return envelope ? sync.liveBallots(sync.parseVoteData(envelope.data)) : [];
    };
    await until(
      async () => (await Promise.all(clients.map(ballotsOn))).every((b) => b.length === 50),
      'every client to hold 50 ballots',
    );
    // A client that comes afterwards reads the converged record from the server.
    const late = sync.createYjsStore(server.wsUrl, {
      WebSocketPolyfill: WebSocket,
      offlineCopy: false,
    });
    clients.push(late);
    const converged = await ballotsOn(late);
    assert.equal(converged.length, 50);
    const config = { method: 'single', options };
    const strip = ({ group, marks }) => ({ group, marks });
    assert.deepEqual(
      sync.parityTally(converged.map(strip), config),
      sync.parityTally(sent, config),
    );
  } finally {
    for (const client of clients) client.close();
  }
});
