// A client of the `http` contract in a few lines, as a portal's own code or the browser store
// does it: GET with its ETag, merge our change in, PUT with If-Match, and on 412 merge with
// what the server sent back and try again after a short, random wait. Node tests and
// scripts/bench-http.js use it.
import { loadKit } from '../../server/kit.js';

const { mergeData } = await loadKit();

/**
 * fetch, tried again when the connection breaks (a busy server may reset one). Saving is a
 * merge, so sending the same change twice does no harm.
 */
export async function fetchAgain(url, init, tries = 5) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * Adds `items` (id → item) to the collection `field` of a record, creating the record when
 * there is none. Returns the number of attempts it took. `serverMerge`: after a 412, send
 * without a precondition when the server says it merges, as the browser store does.
 */
export async function addItems(
  base,
  { space, kind, id },
  field,
  items,
  { maxAttempts = 60, serverMerge = false } = {},
) {
  const url = `${base}/${space}/${kind}/${id}`;
  let response = await fetchAgain(url);
  let etag = response.headers.get('etag');
  let current = response.status === 200 ? await response.json() : undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const now = new Date().toISOString();
    const ours = { [field]: items };
    const envelope = {
      format: 'together-kit',
      schema: 1,
      kind,
      space,
      id,
      updatedAt: now,
      data: current ? mergeData(ours, current.data, true) : ours,
    };
    response = await fetchAgain(url, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        // After a 412, a server that merges (Together-Kit-Merge) may be left to do it.
        ...(attempt > 1 && serverMerge && response.headers.get('together-kit-merge')
          ? {}
          : etag
            ? { 'If-Match': etag }
            : { 'If-None-Match': '*' }),
      },
      body: JSON.stringify(envelope),
    });
    if (response.ok) {
      await response.arrayBuffer();
      return attempt;
    }
    if (response.status !== 412) throw new Error(`PUT answered ${response.status}`);
    // Someone saved first: their record comes with the 412 (or, from a stricter backend,
    // with a fresh GET).
    const text = await response.text();
    etag = response.headers.get('etag');
    if (text && etag) current = JSON.parse(text);
    else {
      response = await fetchAgain(url);
      etag = response.headers.get('etag');
      current = response.status === 200 ? await response.json() : undefined;
    }
    // Wait a little, longer each time and at random, so that writers stop colliding.
    const ceiling = Math.min(1000, 5 * 2 ** Math.min(attempt, 8));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }
  throw new Error(`gave up after ${maxAttempts} attempts`);
}

/** Starts the API on 127.0.0.1 with a port the system picks; returns its base URL. */
export async function startApi(createHttpApi, options = {}) {
  const { createServer } = await import('node:http');
  const api = createHttpApi(options);
  const server = createServer((req, res) => void api.handle(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    api,
    server,
    base: `http://127.0.0.1:${port}/api`,
    async stop() {
      await api.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
