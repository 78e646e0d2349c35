// Node cannot import the TypeScript sources: the tests compile the modules they need with
// esbuild into a temporary folder, once per test file.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles `entry` (a path from the project root) and imports it; `cleanup()` removes it. */
export async function compile(entries) {
  // Inside the project, so that the bundle's imports of yjs, ws and the rest resolve to the
  // project's node_modules (one copy of Yjs, shared with what the test imports itself).
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'together-kit-node-'));
  const result = {};
  for (const [name, entry] of Object.entries(entries)) {
    const outfile = join(dir, `${name}.mjs`);
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
      // The Node modules our code imports stay Node's own; ws and friends resolve as usual.
      packages: 'external',
    });
    result[name] = await import(pathToFileURL(outfile).href);
  }
  return { modules: result, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
