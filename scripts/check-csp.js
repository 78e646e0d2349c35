// Loads dist/together-kit.min.js on a page served with the strict Content-Security-Policy of
// DESIGN.md (Trusted Types required) and fails on any violation, page error, or element that
// does not render. Run after `npm run build`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
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

const server = createServer((request, response) => {
  const headers = { 'Content-Security-Policy': policy };
  if (request.url === '/together-kit.min.js') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
    response.end(readFileSync('dist/together-kit.min.js'));
  } else if (request.url === '/') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
    response.end(page);
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
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('CSP check: no violations');
