// `npm test`: Node-side checks (the lint self-test, and the pure modules' tests bundled for
// Node by build-pure-tests.js), then every browser test in headless Chromium with coverage;
// ends with one line "N passed, N failed" over both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPureTests } from './build-pure-tests.js';
import { findChrome } from './find-chrome.js';

if (!findChrome()) {
  console.error(
    'No Chrome or Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (extraArgs.length === 0) {
  const pureDir = mkdtempSync(join(tmpdir(), 'together-kit-pure-'));
  await buildPureTests(pureDir);
  const node = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=spec', 'test/node/', 'test/themes/', pureDir],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  rmSync(pureDir, { recursive: true, force: true });
  process.stdout.write(node.stdout);
  passed += Number(/ℹ pass (\d+)/.exec(node.stdout)?.[1] ?? 0);
  failed += Number(/ℹ fail (\d+)/.exec(node.stdout)?.[1] ?? 0);
  if (node.status !== 0 && failed === 0) failed += 1;
}

rmSync('.wtr-summary.json', { force: true });
const wtr = spawnSync('npx', ['web-test-runner', ...extraArgs], { stdio: 'inherit' });
if (existsSync('.wtr-summary.json')) {
  const totals = JSON.parse(readFileSync('.wtr-summary.json', 'utf8'));
  passed += totals.passed;
  failed += totals.failed + totals.erroredFiles;
} else {
  failed += 1;
}
if (wtr.status !== 0 && failed === 0) failed += 1; // e.g. coverage below threshold

console.log(`${passed} passed, ${failed} failed`);
process.exit(wtr.status === 0 && failed === 0 ? 0 : 1);
