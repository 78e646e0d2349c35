// Imports every path the installed package exports, as a server (or Next.js / Nuxt rendering on
// the server) would, then runs parityTally. Prints each failure and one line of what worked;
// exits non-zero on a failure.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('together-kit/package.json');
// Browser-only files: the one-tag bundle and the CDN modules carry Lit's browser build.
const browserOnly = new Set(['./together-kit.min.js', './cdn/*']);
let failed = 0;
let imported = 0;

// Not modules: type declarations only (`types/jsx`, `types/vue`) and the themes' CSS files,
// each checked that the file the export names is there.
const typesOnly = (target) => typeof target === 'object' && !target.default && target.types;
const { existsSync } = await import('node:fs');
const { dirname, join } = await import('node:path');
const root = dirname(require.resolve('together-kit/package.json'));

for (const [path, target] of Object.entries(pkg.exports)) {
  if (browserOnly.has(path)) continue;
  if (typesOnly(target) || path === './themes/*') {
    const file = path === './themes/*' ? 'themes/govuk.css' : target.types;
    if (existsSync(join(root, file))) imported += 1;
    else {
      failed += 1;
      console.log(`FAILS: ${path}: ${file} is not in the package`);
    }
    continue;
  }
  const specifier = `together-kit${path.slice(1)}`;
  try {
    if (path.endsWith('.json')) require(specifier);
    else await import(specifier);
    imported += 1;
  } catch (error) {
    failed += 1;
    console.log(
      `FAILS: ${specifier} (${typeof target === 'string' ? target : target.default}): ${error.message}`,
    );
  }
}

const { parityTally } = await import('together-kit');
const result = parityTally(
  [
    ...Array.from({ length: 10 }, () => ({ group: 'community', marks: { a: 1 } })),
    ...Array.from({ length: 2 }, () => ({ group: 'professional', marks: { b: 1 } })),
  ],
  { method: 'single', options: ['a', 'b'] },
);
const shares = result.ranking.map(({ option, tie }) => `${option}${tie ? ' (tie)' : ''}`);
console.log(`${imported} export paths import in Node; parityTally: ${shares.join(', ')}`);
if (!result.ranking.every((entry) => entry.tie)) {
  failed += 1;
  console.log('FAILS: 10 community for a and 2 professionals for b must be a tie under parity');
}
process.exit(failed ? 1 : 0);
