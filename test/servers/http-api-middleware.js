// The `http` storage API for browser tests, served by web-test-runner's own dev server (same
// origin as the test page, so no CORS and no extra port). Three instances of the real API
// (server/http-api.js):
//   /api/        with Server-Sent Events
//   /api-poll/   without, so clients poll
//   /api-auth/   only with the header a page's own `fetch` adds
//   /api-small/  records of at most 2,000 bytes
// and test commands (executeServerCommand from @web/test-runner-commands):
//   http-api:down { down }       answer 503 to everything (and drop event streams) or not
//   http-api:junk { space }      the next event stream of that space sends junk, and GETs
//                                of its records answer with something that is not a record
//   http-api:log  { space }      "METHOD path status" of every request for that space
import { createHttpApi } from '../../server/http-api.js';

export const TEST_HEADER = 'x-together-test';

export function httpApiPlugin() {
  const apis = [
    ['/api/', createHttpApi({ basePath: '/api' })],
    ['/api-poll/', createHttpApi({ basePath: '/api-poll', events: false })],
    [
      '/api-auth/',
      createHttpApi({
        basePath: '/api-auth',
        authorize: (req) => req.headers[TEST_HEADER] === 'let-me-in',
      }),
    ],
    ['/api-small/', createHttpApi({ basePath: '/api-small', maxBytes: 2000 })],
  ];
  let down = false;
  const junkSpaces = new Set();
  const log = [];

  async function middleware(ctx, next) {
    const entry = apis.find(([prefix]) => ctx.path.startsWith(prefix));
    if (!entry) return next();
    const [prefix, api] = entry;
    const space = ctx.path.slice(prefix.length).split('/')[0];
    ctx.respond = false; // the API writes the response itself
    const { req, res } = ctx;
    res.on('finish', () =>
      log.push({ space, line: `${req.method} ${ctx.path} ${res.statusCode}` }),
    );
    if (down) {
      res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '1' });
      res.end('Down for a test');
      return;
    }
    if (junkSpaces.has(space) && req.method === 'GET') return sendJunk(ctx.path, res);
    await api.handle(req, res);
  }

  function sendJunk(path, res) {
    if (path.endsWith('/events')) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      // A record that is not one, for a record a test shows; then text that is not JSON.
      const envelope = { format: 'evil', data: '<img src=x onerror=alert(1)>' };
      res.write(
        `data: ${JSON.stringify({ kind: 'idea-board', id: 'main', etag: '"junk"', envelope })}\n\n`,
      );
      res.write('data: this is not json\n\n');
      return; // left open, like a real stream
    }
    if (path.split('/').length === 5) {
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"junk"' });
      res.end('<html>Not a record</html>');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('[]');
  }

  return {
    name: 'together-kit-http-api',
    // For the config's `middleware` list: it runs before the dev server serves files (a
    // plugin's serverStart would add it after them).
    middleware,
    async serverStop() {
      await Promise.all(apis.map(([, api]) => api.close()));
    },
    executeCommand({ command, payload }) {
      if (command === 'http-api:down') {
        down = Boolean(payload?.down);
        if (down) for (const [, api] of apis) api.dropEventStreams();
        return true;
      }
      if (command === 'http-api:junk') {
        junkSpaces.add(payload.space);
        return true;
      }
      if (command === 'http-api:log') {
        return log.filter((entry) => entry.space === payload.space).map((entry) => entry.line);
      }
      return undefined;
    },
  };
}
