// `npm run bench-sync` (and, once wired, `npm run bench`): 100 clients post 10 ideas each to
// one board over `storage="yjs"`, against the reference server in its own process on
// 127.0.0.1. Prints how long until every client holds all 1,000 ideas, what a client sends
// per idea, and what the server holds in memory per connected client. Bounded: 100 clients,
// 1,000 ideas, 90 s at most.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { compile } from '../test/node/support/compile.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const IDEAS_EACH = 10;
const LIMIT_MS = 90_000;
const root = fileURLToPath(new URL('..', import.meta.url));

/** Resident memory of a process, from Linux's /proc (bytes); undefined elsewhere. */
function residentBytes(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

async function startServerProcess() {
  const child = spawn(process.execPath, ['server/index.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DB_PATH: ':memory:' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const wsUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 10 s')), 10_000);
    child.stdout.on('data', (chunk) => {
      const url = /ws:\/\/127\.0\.0\.1:\d+/.exec(String(chunk))?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { child, wsUrl };
}

/** A WebSocket that counts the bytes it sends. */
let bytesSent = 0;
class CountingWebSocket extends WebSocket {
  send(data, ...rest) {
    bytesSent += data.byteLength ?? data.length ?? 0;
    return super.send(data, ...rest);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();
const inTime = () => Date.now() - started < LIMIT_MS;

const { modules, cleanup } = await compile({ sync: 'test/node/support/sync-entry.ts' });
const { sync } = modules;
const server = await startServerProcess();
const clients = [];
try {
  await sleep(300);
  const idleMemory = residentBytes(server.child.pid);
  const space = `bench-${Date.now()}`;
  const key = `together-kit/${space}/idea-board/main`;
  const ref = { space, kind: 'idea-board', id: 'main' };
  for (let i = 0; i < CLIENTS; i += 1) {
    clients.push(
      sync.createYjsStore(server.wsUrl, {
        WebSocketPolyfill: CountingWebSocket,
        offlineCopy: false,
        syncTimeout: 20_000,
      }),
    );
  }
  await Promise.all(clients.map((client) => client.load(key)));
  await sleep(500);
  const connectedMemory = residentBytes(server.child.pid);

  bytesSent = 0;
  const postStart = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      for (let n = 0; n < IDEAS_EACH; n += 1) {
        const id = `idea-${c}-${n}`;
        await client.update(key, (current) => {
          const at = new Date().toISOString();
          return sync.createEnvelope(ref, {
            ideas: {
              ...current?.data.ideas,
              [id]: {
                id,
                title: `Idea ${n} from client ${c}`,
                column: 'ideas',
                rank: n,
                updatedAt: at,
              },
            },
          });
        });
      }
    }),
  );
  const total = CLIENTS * IDEAS_EACH;
  const countOn = async (client) => Object.keys((await client.load(key))?.data.ideas ?? {}).length;
  let converged = false;
  while (inTime()) {
    const counts = await Promise.all(clients.map(countOn));
    if (counts.every((count) => count === total)) {
      converged = true;
      break;
    }
    await sleep(50);
  }
  const convergeMs = performance.now() - postStart;
  const perIdea = bytesSent / total;
  const perClient =
    idleMemory !== undefined && connectedMemory !== undefined
      ? (connectedMemory - idleMemory) / CLIENTS
      : undefined;

  console.log(`\n### Sync over yjs: ${CLIENTS} clients × ${IDEAS_EACH} ideas, one board\n`);
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(
    `| time until every client holds all ${total} ideas | ${converged ? `${Math.round(convergeMs)} ms` : `not within ${LIMIT_MS / 1000} s`} |`,
  );
  console.log(
    `| bytes a client sends per idea (updates and acknowledgements) | ${Math.round(perIdea)} B |`,
  );
  console.log(
    `| server memory per connected client (resident, after connecting) | ${perClient === undefined ? 'not measured on this system' : `${(perClient / 1024).toFixed(1)} KB`} |`,
  );
  if (!converged) process.exitCode = 1;
} finally {
  for (const client of clients) client.close();
  server.child.kill('SIGTERM');
  cleanup();
}
