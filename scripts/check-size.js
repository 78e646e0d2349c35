// Bundle budgets, checked in CI after `npm run build`. Every kilobyte is paid by a participant
// on a phone: raise a budget only with a reason in the commit message.
//
// What a page downloads before it shows anything is measured, not single files: for a
// dist/cdn entry, the entry and every chunk it imports statically (chunks it imports with
// import(), such as the Yjs store, load only when used and are reported on their own lines).
// Two entries on one page share their chunks, so "vote + board" counts each chunk once.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipKB = (files) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) /
  1024;

/** The file and everything it imports statically (`import … from "./x.js"`, `export … from`). */
function firstLoad(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  // Minified rollup output: static imports are `import{…}from"./x.js"` or `import"./x.js"`.
  for (const [, path] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    firstLoad(join(dirname(entry), path), seen);
  }
  return seen;
}

/** Files `import()`ed anywhere in these files: what loads only when a page uses it. */
function lazyParts(files) {
  const lazy = new Set();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, path] of code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
      lazy.add(join(dirname(file), path));
    }
  }
  return lazy;
}

const cdn = (...names) => {
  const files = new Set();
  for (const name of names) for (const file of firstLoad(`dist/cdn/${name}.js`)) files.add(file);
  return files;
};

// Measured 2026-11-30, end of the day: one tag 129.9; cdn all 139.3, board 62.5, map 56.7,
// vote 53.6, offer 49.8, space 34.9, vote + board 84.6 KB. (Start of the day, one tag 124.2:
// +5.7 KB for the offline and presence words in two languages, the storage rows, the shared
// error summary, the board's word index and the accessibility fixes.) Shared chunks cost each
// one-element page 5–9 KB over the self-contained files they replaced (each file gzips alone)
// and save a page with two elements a second copy of Lit and the core. The goals of the
// "Embeds anywhere" issue are lower (one element ≤ 35, all ≤ 90, vote + board ≤ 70 KB; Welsh
// on demand, minified templates, lazy dialogs); until then these budgets hold today's sizes
// so that nothing grows unnoticed.
const budgets = [
  {
    name: 'one tag: dist/together-kit.min.js',
    files: firstLoad('dist/together-kit.min.js'),
    kb: 146,
  },
  { name: 'cdn: all.js', files: cdn('all'), kb: 158 },
  { name: 'cdn: idea-board.js', files: cdn('idea-board'), kb: 64 },
  { name: 'cdn: journey-map.js', files: cdn('journey-map'), kb: 58 },
  { name: 'cdn: partnership-vote.js', files: cdn('partnership-vote'), kb: 55 },
  { name: 'cdn: skill-offer.js', files: cdn('skill-offer'), kb: 51 },
  { name: 'cdn: space.js', files: cdn('space'), kb: 36 },
  // Measured 2026-11-30 when it was added: 51.4 KB alone, and +15.0 KB on the one tag (129.9 →
  // 144.9) and all.js (141.6 → 156.6): its words in two languages, forms, and the plan's schema.
  { name: 'cdn: delivery-plan.js', files: cdn('delivery-plan'), kb: 52 },
  { name: 'cdn: vote + board on one page', files: cdn('partnership-vote', 'idea-board'), kb: 86 },
];

let failed = false;
console.log('| first load (gzip) | KB | budget |\n|---|---|---|');
for (const { name, files, kb } of budgets) {
  const size = gzipKB(files);
  const ok = size <= kb;
  failed ||= !ok;
  console.log(`| ${ok ? '' : 'OVER: '}${name} | ${size.toFixed(1)} | ${kb} |`);
}

// Loaded only when a page asks for them (the server stores: Yjs alone is ~27 KB): they must
// not be part of any first load above. Their size is what they add to the page's first load.
const everything = new Set(budgets.flatMap(({ files }) => [...files]));
for (const build of [cdn('all'), firstLoad('dist/together-kit.min.js')]) {
  for (const file of lazyParts(build)) {
    if (everything.has(file)) continue; // a kind's schema its element imports anyway
    const extra = gzipKB([...firstLoad(file)].filter((part) => !build.has(part)));
    // Yjs with its provider and IndexedDB copy measured 33.5 KB; the http store 4.3 KB.
    const budget = /yjs-store/.test(file) ? 35 : /http-store/.test(file) ? 6 : undefined;
    const over = budget !== undefined && extra > budget;
    failed ||= over;
    console.log(
      `| ${over ? 'OVER: ' : ''}later, by import(): ${file} | +${extra.toFixed(1)} | ${budget ?? 'lazy'} |`,
    );
  }
}
for (const file of everything) {
  if (/(yjs|http)-store/.test(file)) {
    failed = true;
    console.log(
      `| OVER: ${file} is in a first load; a server store must load only when used | | |`,
    );
  }
}
process.exit(failed ? 1 : 0);
