// Bundles the tests of the pure modules (no DOM: parity, fraction, csv, the store's envelope,
// migrations, merge and collection) so Node can run them: `node --test` in `npm test`, and
// Stryker's mocha runner in `npm run mutation` (stryker.config.mjs), which runs this in its
// sandbox after mutating src/. The browser tests are the one source: the same files run in
// Chromium, with '@open-wc/testing' swapped for chai and mocha's globals for node:test.
//
//   node scripts/build-pure-tests.js <out-dir> [test files, to build only these]
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** Tests of the pure modules; `*.more.test.ts` beside them were added to kill mutants. */
export const pureTests = [
  'test/core/fraction.test.ts',
  'test/core/fraction.more.test.ts',
  'test/core/parity.test.ts',
  'test/core/parity.more.test.ts',
  'test/core/parity-explain.test.ts',
  'test/core/parity-ranked.test.ts',
  'test/core/parity-grades.test.ts',
  'test/core/parity-ranked.more.test.ts',
  'test/core/parity-methods.test.ts',
  'test/core/health-results.test.ts',
  'test/core/csv.test.ts',
  'test/core/csv.more.test.ts',
  'test/core/store/collection.test.ts',
  'test/core/store/envelope.test.ts',
  'test/core/store/envelope.more.test.ts',
  'test/core/store/merge.test.ts',
  'test/core/store/merge.more.test.ts',
  'test/core/store/migrations.test.ts',
  'test/core/store/migrations.more.test.ts',
  'test/core/delivery.test.ts',
];

const harness = (file) => resolve('test/node/pure', file);

/** Writes one `<name>.test.mjs` per test file into `outDir` (emptied first). */
export async function buildPureTests(outDir, files = pureTests) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const file of files.filter((f) => existsSync(f))) {
    const name = file
      .replace(/^test\//, '')
      .replace(/\//g, '_')
      .replace(/\.ts$/, '.mjs');
    await build({
      entryPoints: [file],
      outfile: resolve(outDir, name),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: 'tsconfig.json',
      logLevel: 'warning',
      alias: { '@open-wc/testing': harness('open-wc-testing.js') },
      inject: [
        harness('test-globals.js'),
        ...(basename(file).startsWith('csv.') ? [harness('papa-window.js')] : []),
      ],
    });
  }
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('Usage: node scripts/build-pure-tests.js <out-dir>');
    process.exit(1);
  }
  const only = process.argv.slice(3);
  await buildPureTests(outDir, only.length > 0 ? only : pureTests);
}
