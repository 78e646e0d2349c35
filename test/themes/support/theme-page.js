// What the theme and reserve tests share: the elements bundled for the browser from src/ (as
// dist/together-kit.min.js is, so the tests need no `npm run build` first), a server on
// 127.0.0.1 (port 0) that serves pages under the strict Content-Security-Policy of DESIGN.md,
// the package's themes/ and GOV.UK Frontend's own CSS, and can hold the script back to play a
// slow network; and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome } from '../../../scripts/find-chrome.js';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const govuk = join(root, 'node_modules/govuk-frontend/dist/govuk');
const axeFile = join(root, 'node_modules/axe-core/axe.min.js');
/** PNGs the tests save, for a person to look at (printed by the tests). */
export const shotsDir = join(root, 'node_modules/.cache/together-kit-themes');

export const policy =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const types = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Every element and the public API in one module, Lit's production build. */
async function bundleKit() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/all.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['production'],
    minify: true,
    tsconfig: 'tsconfig.json',
    target: 'es2021',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}

/**
 * Starts the server. `pages` maps a path ('/vote') to the HTML it serves, under the policy;
 * or to `{ html, csp: false }` for a page that loads axe (which the policy would stop).
 * `/kit.js` is the bundle; `/kit.js?hold` waits for release(); `/axe.js` is axe-core. `/themes/*` is the package's themes
 * folder, `/govuk/*` GOV.UK Frontend's dist/govuk (its CSS and fonts). Stop with close().
 */
export async function startThemeServer(pages) {
  const kit = await bundleKit();
  const waiting = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = pages[url.pathname];
    const headers = {
      'Cache-Control': 'no-store',
      ...(page?.csp === false ? {} : { 'Content-Security-Policy': policy }),
    };
    const send = (type, body) => {
      response.writeHead(200, { ...headers, 'Content-Type': type });
      response.end(body);
    };
    if (url.pathname === '/kit.js') {
      // ?hold: kept back until the test calls release() (or 10 s pass), as a slow network would.
      if (!url.searchParams.has('hold')) return send(types['.js'], kit);
      const held = () => {
        clearTimeout(timer);
        waiting.delete(held);
        send(types['.js'], kit);
      };
      const timer = setTimeout(held, 10_000);
      waiting.add(held);
      return;
    }
    if (page !== undefined) return send(types['.html'], page.html ?? page);
    if (url.pathname === '/axe.js') return send(types['.js'], readFileSync(axeFile));
    const file = staticFile(url.pathname);
    if (file) return send(types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Sends every script held back so far. */
    release() {
      for (const held of [...waiting]) held();
    },
    close() {
      this.release();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A file under themes/ or GOV.UK Frontend's dist, never outside them. */
function staticFile(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  const [base, rest] = path.startsWith('/themes/')
    ? [join(root, 'themes'), path.slice('/themes/'.length)]
    : path.startsWith('/govuk/')
      ? [govuk, path.slice('/govuk/'.length)]
      : // GOV.UK Frontend's CSS asks for its fonts at /assets/fonts/, as on a GOV.UK page.
        path.startsWith('/assets/')
        ? [join(govuk, 'assets'), path.slice('/assets/'.length)]
        : [];
  if (!base || rest.includes('..')) return undefined;
  const file = join(base, rest);
  return existsSync(file) ? file : undefined;
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A new tab that collects page errors, console errors and CSP violations into `problems`. */
export async function openTab(browser, options = {}) {
  const tab = await browser.newPage(options);
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { tab, problems };
}

export function screenshotPath(name) {
  mkdirSync(shotsDir, { recursive: true });
  return join(shotsDir, name);
}

/** The elements in one place for every test: each with what a page would typically give it. */
export const elementMarkup = {
  'co-partnership-vote': `<co-partnership-vote storage="memory" question="Which opening hours should we try first?" options='["Evenings", "Saturdays", "Sunday afternoons"]'>`,
  'co-skill-offer': `<co-skill-offer storage="memory">`,
  'co-idea-board': `<co-idea-board storage="memory">`,
  'co-journey-map': `<co-journey-map storage="memory">`,
};
