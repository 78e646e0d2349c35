// The reference server: one Node http server on 127.0.0.1 that serves the Hocuspocus WebSocket
// (what `storage="yjs" endpoint="ws://…"` connects to) and, when given, the `http` storage
// contract under /api/. `npm run server` starts it; PORT sets the port (default 1234).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { createHttpApi } from './http-api.js';
import { createSync } from './sync.js';

/** Node's header object as the web `Headers` Hocuspocus hooks expect. */
function webHeaders(nodeHeaders) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(nodeHeaders)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * Starts the server. `port: 0` lets the system choose a free port (tests); `httpHandler(req,
 * res)` answers requests under /api/. Resolves to `{ port, wsUrl, httpUrl, hocuspocus, close }`.
 */
export async function startServer({
  host = '127.0.0.1',
  port = 0,
  dbPath = ':memory:',
  redis,
  httpHandler,
  authenticate,
  extensions,
} = {}) {
  const hocuspocus = await createSync({ dbPath, redis, authenticate, extensions });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const server = createServer((req, res) => {
    if (httpHandler && (req.url ?? '').startsWith('/api/')) {
      Promise.resolve(httpHandler(req, res)).catch((error) => {
        console.error('together-kit server: the /api/ handler failed', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('The server could not answer this request.');
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Together Kit sync server: connect with a WebSocket, or use /api/.');
  });

  server.on('upgrade', (req, socket, head) => {
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const request = { url: req.url ?? '/', headers: webHeaders(req.headers) };
      const connection = hocuspocus.handleConnection(ws, request);
      ws.on('message', (data, isBinary) => {
        // Hocuspocus speaks binary only; a text frame is someone else's protocol.
        if (isBinary) connection.handleMessage(new Uint8Array(data));
      });
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: String(reason) }));
      ws.on('error', () => ws.terminate());
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  let closing;
  return {
    port: actual,
    wsUrl: `ws://${host}:${actual}`,
    httpUrl: `http://${host}:${actual}`,
    hocuspocus,
    /** Stops accepting, closes every connection, saves what is waiting, and resolves. */
    close() {
      closing ??= (async () => {
        for (const ws of sockets.clients) ws.terminate();
        sockets.close();
        server.closeAllConnections?.();
        await new Promise((resolve) => server.close(() => resolve()));
        hocuspocus.flushPendingStores();
        // Save and unload every document (closing sockets starts some unloads of its own),
        // bounded in time, before the database and Redis connections go.
        const deadline = Date.now() + 3000;
        while (
          (hocuspocus.documents.size > 0 || hocuspocus.unloadingDocuments.size > 0) &&
          Date.now() < deadline
        ) {
          await Promise.allSettled([
            ...[...hocuspocus.documents.values()].map((document) =>
              hocuspocus.unloadDocument(document),
            ),
            ...hocuspocus.unloadingDocuments.values(),
          ]);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        // Extensions let go of what they hold (the Redis extension its connections).
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      })();
      return closing;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 1234);
  const dbPath = process.env.DB_PATH ?? 'together-kit.sqlite';
  const redis = process.env.REDIS_PORT
    ? { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT) }
    : undefined;
  // The http contract keeps its records in a file of its own: the two stores are separate
  // ways to keep a space, and a portal uses one or the other.
  const apiDbPath = process.env.API_DB_PATH ?? 'together-kit-api.sqlite';
  const api = createHttpApi({ dbPath: apiDbPath });
  const running = await startServer({
    host: process.env.HOST ?? '127.0.0.1',
    port,
    dbPath,
    redis,
    httpHandler: api.handle,
  });
  console.log(`Together Kit sync server: ${running.wsUrl} (records in ${dbPath})`);
  console.log(`Together Kit http storage: ${running.httpUrl}/api/ (records in ${apiDbPath})`);
  const stop = async () => {
    await running.close();
    await api.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
