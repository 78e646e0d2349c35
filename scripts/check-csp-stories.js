// Renders every Storybook story — every element with content, in every state a story opens
// (dialogs, menus, errors, results) — in English and in Welsh, on a page served with the
// strict Content-Security-Policy of DESIGN.md, and fails on any violation or page error.
// Then renders them all again without the policy and runs axe (WCAG 2.2 A and AA rules) on
// each: the accessibility audit figure in the README comes from here.
// scripts/check-csp.js checks the built one-file bundle on an empty page; this checks what
// the elements do once they hold content (a `style` attribute written for a chart, say).
//
// The stories are bundled with esbuild in Lit's production mode and rendered without
// Storybook (whose own runtime is not CSP-clean): meta.render / story.render with the story's
// args, then its `play` function, as Storybook would.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.js';

const policy = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const files = readdirSync('stories').filter((name) => name.endsWith('.stories.ts'));

const entry = `
import { render } from 'lit';
${files.map((file, i) => `import * as stories${i} from './stories/${file}';`).join('\n')}
const files = { ${files.map((file, i) => `${JSON.stringify(file)}: stories${i}`).join(', ')} };
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

async function audit(canvasElement) {
  // Cards use content-visibility: auto. Until a card has been on screen its box is a 9rem
  // estimate and its contents are not laid out, so axe would measure buttons of cards below
  // the fold where a taller card's contents spill over the next target. Scroll through the
  // story first, as a person would; each card then keeps its real size.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await frame();
    await frame();
  }
  window.scrollTo(0, 0);
  await frame();
  const report = await window.axe.run(canvasElement, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return report.violations.map((v) => v.id + ' at ' + JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target)));
}

async function run() {
  const results = [];
  for (const lang of ['en', 'cy']) {
    for (const [file, module] of Object.entries(files)) {
      const meta = module.default ?? {};
      for (const [name, story] of Object.entries(module)) {
        if (name === 'default' || typeof story !== 'object' || story === null) continue;
        const id = file + ' ' + name + ' (' + lang + ')';
        window.__story = id;
        const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
        const draw = story.render ?? meta.render;
        const canvasElement = document.createElement('div');
        canvasElement.lang = lang;
        document.body.append(canvasElement);
        try {
          if (draw) render(draw(args, { args, globals: { locale: lang } }), canvasElement);
          await settle();
          if (story.play) await story.play({ canvasElement, args });
          await settle();
          const elements = [...canvasElement.querySelectorAll('*')].filter((el) =>
            el.localName.startsWith('co-'),
          );
          await Promise.all(elements.map((el) => el.ready ?? el.updateComplete));
          await settle();
          const axeFound = window.axe ? await audit(canvasElement) : [];
          results.push({ id, elements: elements.length, axe: axeFound });
        } catch (error) {
          results.push({ id, error: String(error && error.stack || error) });
        }
        canvasElement.remove();
      }
    }
  }
  window.__done = results;
}
run();
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2021',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
  // custom-elements.json is read by .storybook only; stories do not import it.
});
const script = bundle.outputFiles[0].contents;

const page = (axe) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${axe ? 'Accessibility audit' : 'CSP check'}: every story</title>
${axe ? '<script src="/axe.js"></script>' : ''}
<script type="module" src="/stories.js"></script></head><body></body></html>`;

const server = createServer((request, response) => {
  const headers = { 'Content-Security-Policy': policy };
  if (request.url === '/stories.js') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
    response.end(script);
  } else if (request.url === '/') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
    response.end(page(false));
  } else if (request.url === '/audit') {
    // axe itself is no part of the package and need not run under the policy.
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(page(true));
  } else if (request.url === '/axe.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(readFileSync('node_modules/axe-core/axe.min.js'));
  } else {
    response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const problems = [];
let results;
let audited;
try {
  const tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sample ? ` "${event.sample}"` : '';
      console.error(
        `CSP violation in ${window.__story}: ${event.violatedDirective} ${event.blockedURI}${where}`,
      );
    });
  });
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(() => window.__done, undefined, { timeout: 300_000, polling: 500 });
  results = await tab.evaluate(() => window.__done);

  const auditTab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  auditTab.on('pageerror', (error) => problems.push(`audit page error: ${error.message}`));
  await auditTab.goto(`http://127.0.0.1:${port}/audit`);
  await auditTab.waitForFunction(() => window.__done, undefined, {
    timeout: 600_000,
    polling: 500,
  });
  audited = await auditTab.evaluate(() => window.__done);
} finally {
  await browser.close();
  server.close();
}
results ??= [];
for (const result of results) if (result.error) problems.push(`${result.id}: ${result.error}`);
const rendered = results.filter((result) => !result.error && result.elements > 0).length;
console.log(
  `CSP check: ${results.length} story renders (${rendered} with elements) under "${policy}"`,
);
// Chromium also logs each violation as a console error of its own; count the events only.
const violations = problems.filter((problem) => problem.startsWith('CSP violation'));
const chromiumEcho = (problem) => problem.includes('Content Security Policy directive');
problems.splice(0, problems.length, ...problems.filter((problem) => !chromiumEcho(problem)));
console.log(
  `CSP check: ${violations.length} violations, ${problems.length - violations.length} other problems`,
);
audited ??= [];
const failing = audited.filter((result) => result.error || result.axe?.length);
console.log(
  `Accessibility audit: axe (WCAG 2.2 A and AA rules) on ${audited.length} story renders, ${failing.length} with violations`,
);
for (const result of failing) {
  problems.push(`axe, ${result.id}: ${result.error ?? result.axe.join(', ')}`);
}
if (problems.length) {
  console.error([...new Set(problems)].join('\n'));
  process.exit(1);
}
console.log('CSP check: no violations in any story; axe: no violations in any story');
