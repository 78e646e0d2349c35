// `npm run bench`: every test/bench/*.bench.ts in headless Chromium, one at a time, with no
// coverage instrumentation (it would distort the figures), then the sync and http benchmarks
// in Node. Results are printed as tables.
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
// Then the many-device figures, against real servers on 127.0.0.1 (each bounded in time).
// Skipped when a browser benchmark file was named on the command line.
let status = run.status ?? 1;
if (process.argv.length <= 2) {
  for (const script of ['scripts/bench-sync.js', 'scripts/bench-http.js']) {
    const sync = spawnSync(process.execPath, [script], { stdio: 'inherit' });
    status ||= sync.status ?? 1;
  }
}
process.exit(status);
