// `npm run bench`: every test/bench/*.bench.ts in headless Chromium, one at a time, with no
// coverage instrumentation (it would distort the figures). Results are printed as tables.
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.js';

if (!findChrome()) {
  console.error(
    'No Chrome or Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}
const run = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TK_BENCH: '1' },
});
process.exit(run.status ?? 1);
