// What each consumer project (test/consumers/<name>/) must show once built: each `drive` gets a
// Chromium page on the project's served URL and throws, saying what it saw, when the project
// does not work as a person using it would expect.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The strict policy of DESIGN.md: no inline script, Lit's one Trusted Types policy. */
export const strictCsp =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The words of each radio's label inside `scope` (a page or a locator), in order. */
function radioNames(scope) {
  return scope
    .getByRole('radio')
    .evaluateAll((radios) =>
      radios.map((radio) => [...radio.labels].map((label) => label.textContent.trim()).join(' ')),
    );
}

/** Shows labelled radios for `options`, then casts a ballot for `choice` by clicking. */
async function castVote(scope, options, choice) {
  await scope.getByRole('button', { name: 'Cast my vote' }).waitFor({ timeout: 15_000 });
  const names = await radioNames(scope);
  check(
    JSON.stringify(names) === JSON.stringify(options),
    `radios labelled ${JSON.stringify(names)}, expected ${JSON.stringify(options)}`,
  );
  await scope.getByRole('radio', { name: choice, exact: true }).check();
  await scope.getByRole('button', { name: 'Cast my vote' }).click();
  await scope.getByText('Your vote has been counted').first().waitFor({ timeout: 10_000 });
}

/** Waits for `selector`'s text to contain `words`, and says what it held when it did not. */
async function textShows(page, selector, words) {
  try {
    await page.locator(selector).getByText(words).waitFor({ timeout: 10_000 });
  } catch {
    const seen = await page.locator(selector).innerText();
    throw new Error(`${selector} shows "${seen}", expected "${words}"`);
  }
}

/**
 * The JavaScript a built Vite page loads first (its entry and the chunks it preloads, not
 * what loads later by `import()`), as one text, and its gzip size.
 */
function firstLoad(dir) {
  const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const texts = files.map((file) => readFileSync(join(dir, 'dist', file)));
  return {
    files,
    text: texts.map(String).join('\n'),
    gzip: texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
  };
}

/** Every JavaScript file a built Vite project ships, including what loads later, as one text. */
function allScripts(dir) {
  const assets = join(dir, 'dist', 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export const projects = [
  {
    name: 'plain-html',
    serve: '.',
    async drive(page) {
      await castVote(page, ['Evenings', 'Saturdays'], 'Evenings');
      return 'vote rendered from together-kit.min.js, a ballot cast by click';
    },
  },
  {
    name: 'cdn-csp',
    serve: '.',
    headers: { 'content-security-policy': strictCsp },
    async drive(page, { violations, errors }) {
      await castVote(page, ['Evenings', 'Saturdays'], 'Saturdays');
      const exported = await page.evaluate(async () => {
        const space = document.querySelector('co-space');
        return space.exportData();
      });
      const votes = exported.records.filter((record) => record.kind === 'partnership-vote');
      check(exported.space === 'library-redesign', `export of space "${exported.space}"`);
      check(
        votes.length === 1 && JSON.stringify(votes[0]).includes('Saturdays'),
        `<co-space> export holds ${votes.length} vote records: ${JSON.stringify(exported).slice(0, 300)}`,
      );
      const seen = await violations();
      check(seen.length === 0, `CSP violations: ${seen.join('; ')}`);
      check(errors.length === 0, `console errors: ${errors.join('; ')}`);
      return "two CDN entries under the strict CSP: 0 violations, 0 errors, <co-space> export holds the vote's record";
    },
  },
  {
    name: 'vite-ts',
    build: ['npm', 'run', 'build'],
    serve: 'dist',
    async drive(page, { dir, installed }) {
      await textShows(page, '#tally', 'evenings (tie)');
      await castVote(page, ['Evenings', 'Saturdays'], 'Saturdays');
      await page.waitForFunction(() => document.body.dataset.voted === 'community');
      const bundle = firstLoad(dir);
      check(bundle.text.includes('co-partnership-vote'), 'the vote is in the first load');
      const shipped = allScripts(dir);
      const others = ['co-space', 'co-skill-offer', 'co-idea-board', 'co-journey-map'].filter(
        (tag) => new RegExp(`["'\`]${tag}["'\`]`).test(shipped),
      );
      check(others.length === 0, `the bundle holds other elements: ${others.join(', ')}`);
      const everything = gzipSync(readFileSync(join(installed, 'dist', 'together-kit.min.js')), {
        level: 9,
      }).length;
      check(
        bundle.gzip < everything * 0.6,
        `the vote-only first load is ${kb(bundle.gzip)} gzip (${bundle.files.join(', ')}), not well under the one file with every element (${kb(everything)})`,
      );
      return `tsc --noEmit clean; vote + parityTally first load ${kb(bundle.gzip)} gzip (the one file with every element: ${kb(everything)}); no other element shipped`;
    },
  },
  {
    name: 'react',
    build: ['npm', 'run', 'build'],
    serve: 'dist',
    async drive(page) {
      await castVote(page.locator('#wrapped'), ['Evenings', 'Saturdays'], 'Evenings');
      await textShows(page, '#wrapped-result', 'React heard the vote of community: Evenings');
      await textShows(page, '#wrapped-changes', '1 saved');
      await castVote(page.locator('#raw'), ['Tuesdays', 'Thursdays'], 'Thursdays');
      await textShows(page, '#raw-result', "React heard the raw tag's vote for Thursdays");
      return 'wrappers and raw tags: options as a list give labelled radios; onCoVote, onCoChange and onco-vote heard';
    },
  },
  {
    name: 'vue',
    build: ['npm', 'run', 'build'],
    serve: 'dist',
    async drive(page) {
      await castVote(page.locator('#as-list'), ['Evenings', 'Saturdays'], 'Evenings');
      await textShows(page, '#heard', 'Vue heard: Evenings');
      await castVote(page.locator('#as-json'), ['Tuesdays', 'Thursdays'], 'Tuesdays');
      await textShows(page, '#heard', 'Vue heard: Evenings / Tuesdays');
      return '@co-vote heard; options as a list and as JSON text';
    },
  },
  {
    name: 'node',
    run: ['npm', 'run', '--silent', 'check'],
  },
];
