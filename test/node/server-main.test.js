// `npm run server` as an adopter runs it: one process serving the Yjs WebSocket and the http
// storage contract under /api/, on 127.0.0.1 with the port from PORT, stopping cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('npm run server serves the WebSocket and the http contract, then stops on SIGTERM', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tk-server-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const server = spawn(process.execPath, ['server/index.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DB_PATH: join(dir, 'sync.sqlite'),
      API_DB_PATH: join(dir, 'api.sqlite'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  t.after(() => server.kill('SIGKILL'));
  let output = '';
  const api = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 30 s:\n${output}`)), 30_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /http storage: (http:\/\/127\.0\.0\.1:\d+\/api\/)/.exec(output);
      if (found && /sync server: ws:\/\/127\.0\.0\.1:\d+/.test(output)) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });

  const envelope = {
    format: 'together-kit',
    schema: 1,
    kind: 'partnership-vote',
    space: 'server-check',
    id: 'main',
    updatedAt: '2026-11-30T10:00:00.000Z',
    data: {
      settings: {
        id: 'settings',
        open: true,
        revealed: false,
        updatedAt: '2026-11-30T10:00:00.000Z',
      },
      ballots: {},
    },
  };
  const put = await fetch(`${api}server-check/partnership-vote/main`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
  });
  assert.ok(put.ok, `PUT answered ${put.status}`);
  const got = await fetch(`${api}server-check/partnership-vote/main`);
  assert.equal(got.status, 200);
  assert.equal((await got.json()).kind, 'partnership-vote');

  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  assert.equal(await exited, 0, 'stops cleanly');
});
