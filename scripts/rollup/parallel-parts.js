// A rollup plugin: a part loaded by import() arrives in one round trip.
//
// A lazily loaded chunk (a facilitator's panel, a ranked ballot, Welsh words) often imports
// chunks of its own that the page has not loaded yet. The browser learns of them only once
// the part has arrived and been parsed, and asks for them then: a second round trip, a third
// for their imports, each a few hundred milliseconds on a phone. Vite avoids this with
// modulepreload links; our CDN files are plain ES modules, so instead every `import('./part.js')`
// is written `Promise.all([import('./part.js'), import('./its-chunk.js'), …]).then((m) => m[0])`:
// the browser asks for all of them at once. Chunks the importing file has already loaded
// (statically) are left out. scripts/check-size.js checks the built files for it.
import { posix } from 'node:path';
import MagicString from 'magic-string';

/** `from`'s path to `to`, as an import specifier (`./x.js`, `../x.js`). */
function specifier(from, to) {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function parallelParts() {
  return {
    name: 'parallel-parts',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.dynamicImports.length === 0) return null;
      // File names here still hold hash placeholders of their final length; rollup fills
      // them in everywhere afterwards, in the specifiers written here too.
      const staticClosure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const dependency of meta.chunks[fileName]?.imports ?? []) {
          staticClosure(dependency, seen);
        }
        return seen;
      };
      const loaded = staticClosure(chunk.fileName);
      const output = new MagicString(code);
      for (const target of chunk.dynamicImports) {
        const needed = [...staticClosure(target)].filter((file) => !loaded.has(file));
        if (needed.length < 2) continue; // the part alone: one round trip already
        const own = specifier(chunk.fileName, target);
        const call = new RegExp(`import\\((['"])${escapeRegExp(own)}\\1\\)`, 'g');
        const parallel = `Promise.all([${needed
          .map((file) => `import('${specifier(chunk.fileName, file)}')`)
          .join(', ')}]).then((modules) => modules[0])`;
        for (const match of code.matchAll(call)) {
          output.overwrite(match.index, match.index + match[0].length, parallel);
        }
      }
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
