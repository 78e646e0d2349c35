// `npm run test:consumers`: the built package, packed with `npm pack`, installed into real
// projects (test/consumers/<name>/) in a temporary directory as people who use it would:
// plain pages, Vite + TypeScript, React 19, Vue 3 and Node. Each project is installed from its
// own committed lock (`npm ci`), given the tarball (`npm install <tarball> --no-save`), built,
// and its page driven in Chromium on 127.0.0.1. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../find-chrome.js';
import { projects } from './projects.js';
import { serve } from './serve.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const templates = join(root, 'test', 'consumers');
const only = process.argv.slice(2);
const chosen = only.length ? projects.filter((p) => only.includes(p.name)) : projects;
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function fail(reason) {
  console.error(`test:consumers cannot run: ${reason}`);
  process.exit(1);
}

const needed = [
  'dist/esm/index.js',
  'dist/esm/react.js',
  'dist/together-kit.min.js',
  'dist/cdn/space.js',
  'dist/cdn/partnership-vote.js',
];
const missing = needed.filter((path) => !existsSync(join(root, path)));
if (missing.length) fail(`${missing.join(', ')} missing: run \`npm run build\` first.`);
const chrome = findChrome();
if (!chrome) fail('no Chromium: install it (apt-get install chromium) or set CHROME_PATH.');
if (only.length && chosen.length !== only.length) {
  fail(`unknown project; the projects are ${projects.map((p) => p.name).join(', ')}.`);
}
const { chromium } = await import('playwright-core');

/** Runs a command; resolves to its output, rejects with the output's tail when it fails. */
function run(command, args, cwd, timeoutMs = 300_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, npm_config_update_notifier: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        const why = signal ? `stopped by ${signal} after ${timeoutMs / 1000} s` : `exit ${code}`;
        reject(new Error(`${command} ${args.join(' ')} (${why}):\n${output.slice(-3000)}`));
      }
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'together-kit-consumers-'));
let browser;
const results = [];
try {
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  console.log(`packed ${packed[0].filename} (${packed[0].entryCount} files) — ${seconds()}`);

  // Installs run side by side (mostly waiting on the registry); each project builds as soon
  // as it is installed, one build at a time (two cores); pages are driven one at a time.
  let building = Promise.resolve();
  const oneAtATime = (task) => {
    const done = building.then(task);
    building = done.catch(() => {});
    return done;
  };
  const installs = chosen.map(async (project) => {
    const dir = join(work, project.name);
    cpSync(join(templates, project.name), dir, { recursive: true });
    // --prefer-offline: what npm's cache holds is not asked of the registry again.
    const quiet = ['--no-audit', '--no-fund', '--prefer-offline'];
    await run('npm', ['ci', ...quiet], dir);
    await run('npm', ['install', tarball, '--no-save', ...quiet], dir);
    console.log(`  ${project.name}: installed — ${seconds()}`);
    if (project.build) {
      await oneAtATime(() => run(project.build[0], project.build.slice(1), dir));
      console.log(`  ${project.name}: built — ${seconds()}`);
    }
    return dir;
  });
  const dirs = await Promise.allSettled(installs);
  console.log(`installed and built ${chosen.length} projects — ${seconds()}`);

  browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox'] });
  for (const [index, project] of chosen.entries()) {
    const installed = dirs[index];
    try {
      if (installed.status === 'rejected') throw installed.reason;
      const dir = installed.value;
      const summary = await check(project, dir);
      results.push({ name: project.name, ok: true, summary });
      console.log(`✔ ${project.name}: ${summary} — ${seconds()}`);
    } catch (error) {
      results.push({ name: project.name, ok: false });
      console.log(`✘ ${project.name}: ${error.message} — ${seconds()}`);
    }
  }
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}

/** Builds a project and drives its page (or runs its Node check); resolves to what it showed. */
async function check(project, dir) {
  if (project.run) return (await run(project.run[0], project.run.slice(1), dir)).trim();
  const server = await serve(join(dir, project.serve), project.headers);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  try {
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const summary = await project.drive(page, {
      dir,
      installed: join(dir, 'node_modules', 'together-kit'),
      errors,
      violations: () => page.evaluate(() => window.__violations),
    });
    if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
    return summary;
  } finally {
    await context.close();
    await server.close();
  }
}

const passed = results.filter((r) => r.ok).length;
console.log(`consumer projects: ${passed} of ${results.length} work — ${seconds()}`);
process.exit(passed === results.length && results.length === chosen.length ? 0 : 1);
