// Every path the package exports imports in Node 20 without a DOM (a server that only wants
// parityTally, Next.js or Nuxt rendering on the server), and the root has no side effects.
// The sources are bundled with esbuild the way the package's dist/esm is laid out (one file
// per export, dependencies left to Node, so Lit resolves to its `node` build with Lit's own
// DOM shim, as server-side rendering does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so that Node finds node_modules from the bundles.
const out = `${root}node_modules/.cache/together-kit-node-import`;
const elements = [
  'space',
  'partnership-vote',
  'skill-offer',
  'idea-board',
  'journey-map',
  'delivery-plan',
];
const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  all: 'src/all.ts',
  ...Object.fromEntries(elements.map((name) => [name, `src/${name}.ts`])),
};

rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: entries,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outdir: out,
  tsconfig: 'tsconfig.json',
  target: 'es2021',
  logLevel: 'error',
});
const load = (name) => import(`${out}/${name}.js`);

test('the root imports in Node and registers nothing', async () => {
  assert.equal(typeof globalThis.document, 'undefined', 'no DOM in this process');
  const api = await load('index');
  assert.equal(typeof api.parityTally, 'function');
  assert.equal(typeof api.CoPartnershipVote, 'function', 'element classes are exported');
  for (const name of elements)
    assert.equal(globalThis.customElements?.get(`co-${name}`), undefined);
});

test('parityTally, CSV, envelope validation and merge run in Node', async () => {
  const api = await load('index');
  const ballots = [
    ...Array.from({ length: 10 }, () => ({ group: 'community', marks: { a: 1 } })),
    ...Array.from({ length: 2 }, () => ({ group: 'professional', marks: { b: 1 } })),
  ];
  const result = api.parityTally(ballots, { method: 'single', options: ['a', 'b'] });
  assert.deepEqual(
    result.ranking.map(({ option, tie }) => [option, tie]),
    [
      ['a', true],
      ['b', true],
    ],
    '10 community for a and 2 professionals for b is 50% / 50%',
  );
  assert.equal(api.toCsv([['=SUM(A1)', 'plain']]).trim(), "'=SUM(A1),plain");
  const envelope = api.createEnvelope({ space: 's', kind: 'partnership-vote', id: 'main' }, {});
  assert.equal(api.validateEnvelope(envelope).ok, true);
  assert.equal(api.validateEnvelope({ format: 'nope' }).ok, false);
  const merged = api.mergeData(
    { ideas: { a: { id: 'a', updatedAt: '2026-11-29T10:00:00.000Z' } } },
    { ideas: { b: { id: 'b', updatedAt: '2026-11-29T10:00:00.000Z' } } },
    true,
  );
  assert.deepEqual(Object.keys(merged.ideas).sort(), ['a', 'b']);
  assert.equal(
    await api.checkRecordData('spreadsheet', {}),
    '"spreadsheet" is not a kind of record Together Kit knows',
  );
});

test('every export path imports; the element paths register their element', async () => {
  const core = await load('core');
  assert.equal(typeof core.StorageController, 'function');
  for (const name of elements) {
    const module = await load(name);
    assert.ok(
      Object.values(module).some((value) => typeof value === 'function'),
      name,
    );
    assert.ok(globalThis.customElements.get(`co-${name}`), `co-${name} registered`);
  }
  // all.js registers every element and exports their classes; the rest of the API (parityTally,
  // explainTally in both languages, the import-file reader) comes from the root, off its load.
  const all = await load('all');
  assert.equal(typeof all.CoPartnershipVote, 'function');
  assert.equal(all.parityTally, undefined);
});
