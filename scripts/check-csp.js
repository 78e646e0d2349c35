// Loads the built files on pages served with the strict Content-Security-Policy of DESIGN.md
// (Trusted Types required) and fails on any violation, page error, or element that does not
// render: dist/together-kit.min.js alone, and several dist/cdn entries together — with
// <co-space> loaded last, so the elements ask for their space before it exists, and with its
// export checked to hold the records of elements from other entries. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.js';

const policy = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter((tag) => tag?.startsWith('co-') && tag !== 'co-space');

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP check</title>
<script type="module" src="/together-kit.min.js"></script></head>
<body><co-space space="csp-check" storage="memory">${tags
  .map(
    (t) =>
      `<${t} facilitator ${t === 'co-partnership-vote' ? `options='["Evenings", "Saturdays"]' results="always"` : ''}></${t}>`,
  )
  .join('')}</co-space></body></html>`;

// Vote and board from their own entries, the space last: they share Lit and the core (one
// "lit-html" Trusted Types policy) and the space reaches both.
const cdnPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP check, CDN entries</title>
<script type="module" src="/dist/cdn/partnership-vote.js"></script>
<script type="module" src="/dist/cdn/idea-board.js"></script>
<script type="module" src="/dist/cdn/journey-map.js"></script>
<script type="module" src="/dist/cdn/delivery-plan.js"></script>
<script type="module" src="/dist/cdn/space.js"></script></head>
<body><co-space space="cdn-check" storage="memory">
<co-partnership-vote options='["Evenings", "Saturdays"]' results="always" participant-group="community"></co-partnership-vote>
<co-idea-board participant-group="community"></co-idea-board>
<co-journey-map></co-journey-map>
<co-delivery-plan facilitator participant-group="community"></co-delivery-plan>
</co-space></body></html>`;

const server = createServer((request, response) => {
  const headers = { 'Content-Security-Policy': policy };
  const file = normalize(join('.', decodeURIComponent(request.url ?? '')));
  if (request.url === '/together-kit.min.js') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
    response.end(readFileSync('dist/together-kit.min.js'));
  } else if (request.url === '/') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
    response.end(page);
  } else if (request.url === '/cdn') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
    response.end(cdnPage);
  } else if (file.startsWith('together-kit/') && existsSync(join('dist', file))) {
    // What the one file loads later by import() (a facilitator's panel), from beside it.
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
    response.end(readFileSync(join('dist', file)));
  } else if (file.startsWith('dist/') && file.endsWith('.js') && existsSync(file)) {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
    response.end(readFileSync(file));
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
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`http://127.0.0.1:${port}/`);
  const rendered = await tab.evaluate(async (names) => {
    // An element whose module failed under the policy is never defined: wait 10 s at most.
    const defined = Promise.all(
      ['co-space', ...names].map((name) => customElements.whenDefined(name)),
    );
    await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return ['co-space', ...names].map((name) => {
      const element = document.querySelector(name);
      return { name, ok: Boolean(element?.shadowRoot?.childElementCount) };
    });
  }, tags);
  for (const { name, ok } of rendered) if (!ok) problems.push(`<${name}> did not render`);
  console.log(`CSP check: ${rendered.length} elements under "${policy}"`);

  const cdn = await browser.newPage();
  cdn.on('pageerror', (error) => problems.push(`cdn page error: ${error.message}`));
  cdn.on('console', (message) => {
    if (message.type() === 'error') problems.push(`cdn console error: ${message.text()}`);
  });
  const requested = [];
  cdn.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await cdn.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await cdn.goto(`http://127.0.0.1:${port}/cdn`);
  const kinds = await cdn.evaluate(async () => {
    const names = [
      'co-space',
      'co-partnership-vote',
      'co-idea-board',
      'co-journey-map',
      'co-delivery-plan',
    ];
    await Promise.all(names.map((name) => customElements.whenDefined(name)));
    const vote = document.querySelector('co-partnership-vote');
    const board = document.querySelector('co-idea-board');
    const plan = document.querySelector('co-delivery-plan');
    await Promise.all([vote.ready, board.ready, plan.ready]);
    // Each saves its record (as a first ballot or idea would), in the space that reached it.
    for (const element of [vote, board, plan]) {
      element.storageController.update(element.storageController.data);
    }
    const exported = await document.querySelector('co-space').exportData();
    return exported.records.map((record) => `${record.space}/${record.kind}`);
  });
  // Lit is in one shared chunk: two entries never load it twice.
  const litFiles = requested.filter((path) => path.includes('/chunks/'));
  console.log(
    `CSP check: 5 CDN entries on one page loaded ${litFiles.length} shared chunks; the space exported ${JSON.stringify(kinds)}`,
  );
  if (!kinds.includes('cdn-check/delivery-plan')) {
    problems.push('<co-space> from dist/cdn/space.js did not export the delivery plan');
  }
  if (!kinds.includes('cdn-check/partnership-vote')) {
    problems.push('<co-space> from dist/cdn/space.js did not export the vote of another entry');
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('CSP check: no violations');
