// `npm test` on a machine with no browser must stop with one clear line, not a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('npm test says how to get a browser when none is found', () => {
  const run = spawnSync(process.execPath, ['scripts/test.js'], {
    env: { ...process.env, CHROME_PATH: '/nowhere/chromium' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    /No Chrome or Chromium found: install it .*apt-get install -y chromium.* or set CHROME_PATH/,
  );
});
