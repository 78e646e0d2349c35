// The build minifies the html`…` and css`…` templates (rollup.config.js). This renders every
// element from the built one-tag file and from the source (bundled here by esbuild, templates
// as written), in English and in Welsh, and fails on any difference in what people see or
// hear: the text as shown (`innerText`, which follows `white-space` and `display`), every
// attribute (roles, ARIA, labels' `for`, `alt`, `title`, `hidden`…), and each node's computed
// style and size. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.js';

const source = await build({
  entryPoints: ['src/all.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  write: false,
  logLevel: 'error',
});
const sourceCode = source.outputFiles[0].contents;

/** Every element with settings that show most of its templates, in both languages. */
const elements = (lang) => `<div lang="${lang}">
<co-space space="minified-${lang}" storage="memory">
<co-skill-offer facilitator></co-skill-offer>
<co-partnership-vote facilitator options='["Evenings", "Saturdays", "Weekday lunchtimes"]'
  results="always" participant-group="community"></co-partnership-vote>
<co-partnership-vote method="consent" options='["Close the library on Mondays"]'
  results="always" participant-group="professional"></co-partnership-vote>
<co-idea-board facilitator participant-group="community"></co-idea-board>
<co-journey-map facilitator></co-journey-map>
</co-space></div>`;

const page = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Minified templates check</title>
<script type="module" src="${script}"></script></head>
<body>${elements('en')}${elements('cy')}</body></html>`;

const server = createServer((request, response) => {
  const url = request.url ?? '';
  const file = normalize(join('.', decodeURIComponent(url)));
  if (url === '/built' || url === '/source') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(page(url === '/built' ? '/dist/together-kit.min.js' : '/source.js'));
  } else if (url === '/source.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(sourceCode);
  } else if (file.startsWith('dist/') && file.endsWith('.js') && existsSync(file)) {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(readFileSync(file));
  } else {
    response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

/** What a page shows, node by node, inside every element's shadow root. */
function seen() {
  const styleNames = [
    'display',
    'visibility',
    'position',
    'color',
    'background-color',
    'font-family',
    'font-size',
    'font-weight',
    'line-height',
    'white-space',
    'text-decoration-line',
    'margin',
    'padding',
    'border-width',
    'border-style',
    'border-color',
    'border-radius',
    'outline-style',
    'gap',
    'grid-template-columns',
  ];
  // Ids made at random (a new stage's) stand as the order they first appear in.
  const ids = new Map();
  const sameIds = (text) =>
    text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return ids.get(id);
    });
  const described = [];
  for (const host of document.querySelectorAll('co-space, co-space *')) {
    if (!host.shadowRoot) continue;
    const where = `${host.localName} in ${host.closest('[lang]').lang}`;
    // A part not shown (a closed dialog) has no rendered text, and its innerText would be its
    // source text, spaces and all: its words are compared instead.
    const text = [...host.shadowRoot.children]
      .map((child) =>
        child.checkVisibility()
          ? child.innerText
          : `(not shown: ${child.textContent.replace(/\s+/g, ' ').trim()})`,
      )
      .join('\n');
    described.push({ where, what: 'text', value: text });
    for (const node of host.shadowRoot.querySelectorAll('*')) {
      const attributes = [...node.attributes]
        .map(({ name, value }) =>
          name === 'class'
            ? `class=${value.split(/\s+/).filter(Boolean).sort().join('.')}`
            : `${name}=${sameIds(value)}`,
        )
        .sort()
        .join(' ');
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      described.push({
        where,
        what: `<${node.localName} ${attributes}>`,
        value: [
          ...styleNames.map((name) => `${name}:${style.getPropertyValue(name)}`),
          `size:${Math.round(box.width * 2) / 2}x${Math.round(box.height * 2) / 2}`,
        ].join('; '),
      });
    }
  }
  return described;
}

async function render(browser, path) {
  const tab = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(`${path}: page error: ${error.message}`));
  await tab.goto(`http://127.0.0.1:${port}${path}`);
  await tab.evaluate(async () => {
    const hosts = [...document.querySelectorAll('co-space, co-space *')];
    await Promise.all(hosts.map((host) => customElements.whenDefined(host.localName)));
    await Promise.all(hosts.map((host) => host.ready));
    await Promise.all(hosts.map((host) => host.updateComplete));
    // Content too (an idea, a stage, a ballot, an offer with its error summary): each
    // element's first form filled in and sent, the same way on both pages.
    for (const host of hosts) {
      const form = host.shadowRoot.querySelector('form');
      if (!form) continue;
      for (const field of form.querySelectorAll('input:not([type]), input[type=text], textarea')) {
        field.value = field.localName === 'textarea' ? 'More room\non Saturdays' : 'Longer hours';
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      const groups = new Set();
      for (const choice of form.querySelectorAll('input[type=radio], input[type=checkbox]')) {
        if (groups.has(choice.name)) continue;
        groups.add(choice.name);
        choice.click();
      }
      await host.updateComplete;
      form.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await host.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  const described = await tab.evaluate(seen);
  await tab.close();
  return { described, errors };
}

const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const problems = [];
let compared = 0;
try {
  const built = await render(browser, '/built');
  const written = await render(browser, '/source');
  problems.push(...built.errors, ...written.errors);
  if (built.described.length !== written.described.length) {
    problems.push(
      `the built elements have ${built.described.length} nodes, the source ${written.described.length}`,
    );
  }
  for (let i = 0; i < Math.min(built.described.length, written.described.length); i += 1) {
    const [a, b] = [built.described[i], written.described[i]];
    compared += 1;
    for (const key of ['where', 'what', 'value']) {
      if (a[key] !== b[key]) {
        problems.push(
          `${b.where} ${b.what}\n  source: ${JSON.stringify(b[key])}\n  built:  ${JSON.stringify(a[key])}`,
        );
        break;
      }
    }
  }
  if (written.described.filter((entry) => entry.what === 'text').length < 12) {
    problems.push('fewer elements rendered than the page holds');
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.slice(0, 20).join('\n'));
  console.error(`Minified templates check: ${problems.length} differences`);
  process.exit(1);
}
console.log(
  `Minified templates check: ${compared} nodes of every element, English and Welsh, show and say the same built as written`,
);
