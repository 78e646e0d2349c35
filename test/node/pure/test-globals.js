// The browser tests use mocha's globals. Under Stryker's mocha runner those globals exist when
// a file loads; under `node --test` the same names come from node:test. esbuild injects this
// module into each bundle, so `describe`/`it` in the test source resolve to whichever is here.
import * as nodeTest from 'node:test';

const api = typeof globalThis.describe === 'function' ? globalThis : nodeTest;

export const describe = api.describe;
export const it = api.it;
export const before = api.before;
export const after = api.after;
export const beforeEach = api.beforeEach;
export const afterEach = api.afterEach;
