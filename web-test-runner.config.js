// Tests run in Debian's headless Chromium (TOOLCHAIN.md). scripts/test.js checks that a browser
// exists before we get here, so a missing browser is one clear line rather than a stack trace.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/counting-reporter.js';
import { findChrome } from './scripts/find-chrome.js';
import { syncServerPlugin } from './test/servers/sync-server-plugin.js';
import { httpApiPlugin } from './test/servers/http-api-middleware.js';

const bench = process.env.TK_BENCH === '1';
// The `http` storage API the http-store tests talk to, on this dev server (see the file).
const httpApi = httpApiPlugin();

/**
 * `executeServerCommand('cpu-throttle', { rate })` from a benchmark: Chromium's CPU throttle
 * (CDP Emulation.setCPUThrottlingRate through puppeteer), to time work as a slow phone would.
 */
const cpuThrottle = {
  name: 'cpu-throttle',
  async executeCommand({ command, payload, session }) {
    if (command !== 'cpu-throttle') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateCPUThrottling(payload?.rate > 1 ? payload.rate : null);
    return true;
  },
};

/**
 * `executeServerCommand('files-down', { paths })`: from now on this dev server drops the
 * connection of a request for a file whose path contains one of `paths` (none: all served
 * again), as a CDN that cannot be reached; the tab's cache is off meanwhile. For parts and
 * words loaded by import() (test/components/parts-offline.test.ts, test/core/welsh-back-online).
 * Taking the whole tab offline (CDP) would cut the test runner's own connection too.
 */
const filesDown = (() => {
  let down = [];
  return {
    middleware(context, next) {
      if (!down.some((path) => context.path.includes(path))) return next();
      // The connection is dropped, as when the phone has no signal. (Not an HTTP error: the
      // test runner marks every file cacheable for a year, and the browser would keep a 503.)
      context.req.socket.destroy();
      return undefined;
    },
    plugin: {
      name: 'files-down',
      async executeCommand({ command, payload, session }) {
        if (command !== 'files-down') return undefined;
        down = payload?.paths ?? [];
        // The browser's cache would serve a file an earlier test file loaded without asking:
        // while files are down it asks the server every time, as a first visit does.
        await session.browser.getPage(session.id).setCacheEnabled(down.length === 0);
        return true;
      },
    },
  };
})();

export default {
  files: bench ? ['test/bench/**/*.bench.ts'] : ['test/**/*.test.ts'],
  // Lit's development build warns about misuse in tests; benchmarks measure the production one.
  nodeResolve: { exportConditions: bench ? ['production'] : ['development'] },
  middleware: [httpApi.middleware, filesDown.middleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    // Real sync servers on 127.0.0.1 for the yjs storage tests (test/core/store/yjs-*.test.ts).
    syncServerPlugin(),
    httpApi,
    filesDown.plugin,
    ...(bench ? [cpuThrottle] : []),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        // As root Chromium refuses to start without --no-sandbox; the rest keeps it from
        // reaching for Google's hosts on a machine with no network.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One tab at a time: in a second, background tab headless Chromium stalls
  // requestAnimationFrame (even with the anti-throttling flags), and fixtures time out.
  concurrency: 1,
  testFramework: { config: { timeout: bench ? 600000 : 10000 } },
  testsFinishTimeout: bench ? 1800000 : 300000,
  // TK_COVERAGE=0 skips coverage for a quick run of a few files (the threshold needs them all).
  coverage: !bench && process.env.TK_COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts'],
    // Raised as code lands (never lowered to make a run pass); measured 99 / 95.0 / 97 / 99.
    threshold: { statements: 95, branches: 95, functions: 95, lines: 98 },
    report: true,
    reportDir: 'coverage',
  },
  reporters: bench ? [defaultReporter()] : [defaultReporter(), countingReporter()],
};
