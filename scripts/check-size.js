// Bundle budgets, checked in CI after `npm run build`. Every kilobyte is paid by a participant
// on a phone: raise a budget only with a reason in the commit message.
//
// What a page downloads before it shows anything is measured, not single files: for a
// dist/cdn entry, the entry and every chunk it imports statically (chunks it imports with
// import() load only when used and are reported on their own lines). Two entries on one page
// share their chunks, so "vote + board" counts each chunk once. Gzip level 9, English page.
//
// The goals are those of issue #13 ("Embeds anywhere", Lighter): one element ≤ 35 KB, all five
// ≤ 90, vote + board on one page ≤ 70, Welsh ≤ 4 KB more per element. Where a goal is not met
// yet, the budget holds today's size so that nothing grows unnoticed, and the goal is printed
// beside it. What stands between (measured 2026-11-30, after Welsh on demand, minified
// templates and the rare parts by import()): every element's first load starts with the
// shared core chunk, 25.3 KB gzip (Lit 6.6, the stores and the storage controller 11,
// valibot 2.8, the element base, styles, core words and groups 5); then the element's own chunk
// (board 24.5, map 18.3, vote 16.6, offer 16.0, space 4.2), the parity count (3.2, all but
// the offer and the space) and Lit's directives (1.8). all.js and the one tag also carry the
// package's API (import-file 4.7, `explainTally` in both languages). The Welsh of an element
// (its own words 2.9-3.3, the core's 1.3, the results explanation's 0.8 for the vote) gzips
// to 4.2-5.5 KB, each file on its own.
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

/** What a page loads when `build` first speaks Welsh: every Welsh catalog it can import. */
const welshOf = (build) => {
  const files = new Set();
  for (const file of lazyParts(build)) {
    if (!/messages-cy/.test(file)) continue;
    for (const part of firstLoad(file)) if (!build.has(part)) files.add(part);
  }
  return files;
};

const elements = [
  'idea-board',
  'journey-map',
  'partnership-vote',
  'skill-offer',
  'space',
  'health-check',
  'delivery-plan',
];
const oneTag = firstLoad('dist/together-kit.min.js');

// Budgets: today's sizes (rounded up to the next whole KB) where the goal is not met yet.
// Raised the same day when ranked votes, the health check and the delivery plan landed (the
// vote +8 KB for ranked and graded ballots and their counts, of which 2.6 KB in the parity
// chunk every element with a count loads; the one tag and all.js carry two more elements;
// the shared confirm dialog and pointer drag cost each element about 1.5 KB). Next lever:
// ranked/graded counting and ballots by import() when `method` asks for them.
const budgets = [
  { name: 'one tag: dist/together-kit.min.js', files: oneTag, kb: 153, goal: 90 },
  { name: 'cdn: all.js', files: cdn('all'), kb: 170, goal: 90 },
  { name: 'cdn: idea-board.js', files: cdn('idea-board'), kb: 64, goal: 35 },
  { name: 'cdn: journey-map.js', files: cdn('journey-map'), kb: 58, goal: 35 },
  { name: 'cdn: partnership-vote.js', files: cdn('partnership-vote'), kb: 59, goal: 35 },
  { name: 'cdn: skill-offer.js', files: cdn('skill-offer'), kb: 47, goal: 35 },
  { name: 'cdn: space.js', files: cdn('space'), kb: 32, goal: 35 },
  {
    name: 'cdn: vote + board on one page',
    files: cdn('partnership-vote', 'idea-board'),
    kb: 86,
    goal: 70,
  },
  // The health check (issue #15), measured 2026-11-30.
  { name: 'cdn: health-check.js', files: cdn('health-check'), kb: 53, goal: 35 },
  // The delivery plan (issue #16), measured 2026-11-30.
  { name: 'cdn: delivery-plan.js', files: cdn('delivery-plan'), kb: 52, goal: 35 },
];
const welshBudgets = {
  'idea-board': 5,
  'journey-map': 5,
  'partnership-vote': 8,
  'skill-offer': 5,
  space: 3,
  'health-check': 6,
  'delivery-plan': 6,
};

let failed = false;
const row = (name, size, kb, goal) => {
  const over = kb !== undefined && size > kb;
  failed ||= over;
  const goalText = goal === undefined ? '' : `${goal}${size > goal ? ' (not yet)' : ''}`;
  console.log(
    `| ${over ? 'OVER: ' : ''}${name} | ${size.toFixed(1)} | ${kb ?? 'lazy'} | ${goalText} |`,
  );
};

console.log('| first load (gzip, English page) | KB | budget | goal |\n|---|---|---|---|');
for (const { name, files, kb, goal } of budgets) row(name, gzipKB(files), kb, goal);

// Welsh: loaded when an element first speaks it, never by an English page.
for (const name of elements) {
  const build = cdn(name);
  const welsh = welshOf(build);
  if (welsh.size === 0) {
    failed = true;
    console.log(`| OVER: cdn: ${name}.js has no Welsh to load on demand | | | |`);
  }
  row(`Welsh extra: ${name}.js`, gzipKB(welsh), welshBudgets[name], 4);
  for (const file of build) {
    if (/messages-cy/.test(file)) {
      failed = true;
      console.log(`| OVER: ${file} (Welsh) is in the first load of ${name}.js | | | |`);
    }
  }
}

// Loaded only when a page asks for them (the server stores: Yjs alone is ~27 KB; a
// facilitator's panel, a directory, an import): they must not be part of any first load above.
// Their size is what they add to the page's first load.
const everything = new Set(budgets.flatMap(({ files }) => [...files]));
// A kind's schema, which the core imports when it meets that kind, is in its element's first
// load anyway; it is not listed again.
const listed = new Set(elements.flatMap((name) => [...cdn(name)]));
for (const build of [...elements.map((name) => cdn(name)), cdn('all'), oneTag]) {
  for (const file of lazyParts(build)) {
    if (build.has(file) || listed.has(file) || /messages-cy/.test(file)) continue;
    listed.add(file);
    const extra = gzipKB([...firstLoad(file)].filter((part) => !build.has(part)));
    // Yjs with its provider and IndexedDB copy measured 33.5 KB; the http store 4.3 KB.
    const budget = /yjs-store/.test(file) ? 35 : /http-store/.test(file) ? 6 : undefined;
    row(`later, by import(): ${file}`, extra, budget);
  }
}
for (const file of everything) {
  if (/(yjs|http)-store/.test(file)) {
    failed = true;
    console.log(
      `| OVER: ${file} is in a first load; a server store must load only when used | | | |`,
    );
  }
}
process.exit(failed ? 1 : 0);
