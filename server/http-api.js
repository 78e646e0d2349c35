// The `http` storage contract (docs/http-storage.md), served from Node: an example a portal can
// read or copy, and what the tests and the bench run against. Plain ESM, no build step.
//
//   GET    {base}/{space}/               the records of a space: [{ kind, id, etag, updatedAt }]
//   GET    {base}/{space}/events         Server-Sent Events: every change in the space (204: none)
//   GET    {base}/{space}/{kind}/{id}    the envelope, with an ETag (204 when never saved)
//   PUT    {base}/{space}/{kind}/{id}    save: If-Match / If-None-Match: * (412 + the current
//                                        envelope when someone saved first); without either
//                                        header the server merges item by item itself
//                                        (every answer says so: Together-Kit-Merge: items)
//   DELETE {base}/{space}/{kind}/{id}    delete (204, also when there was nothing)
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { loadKit } from './kit.js';

const { mergeData, validateEnvelope } = await loadKit();

/** The names a space, kind or id may have: envelope.ts's, so they are safe path segments. */
const NAME = /^(?!\.+$)[A-Za-z0-9._-]{1,64}$/;
const DEFAULT_MAX_BYTES = 8 * 1024 * 1024; // the size import accepts for a whole space
const HEARTBEAT_MS = 20000;

/**
 * @typedef {object} HttpApiOptions
 * @property {string} [dbPath] SQLite file; records are kept in memory when it is left out.
 * @property {string} [basePath] Where the API sits in the URL (default `/api`).
 * @property {number} [maxBytes] The largest body a PUT may send (default 8 MB).
 * @property {boolean} [events] Offer Server-Sent Events (default true; false answers 204, and
 *   clients poll instead).
 * @property {(request: import('node:http').IncomingMessage, action: { method: string,
 *   space: string, write: boolean }) => boolean | Promise<boolean>} [authorize] Where a portal
 *   checks who may read or write: return false to answer 403. Default: everyone may.
 */

/**
 * @param {HttpApiOptions} [options]
 * @returns {{ handle(req: import('node:http').IncomingMessage,
 *   res: import('node:http').ServerResponse): Promise<void>, close(): Promise<void>,
 *   dropEventStreams(): void }}
 */
export function createHttpApi(options = {}) {
  const basePath = (options.basePath ?? '/api').replace(/\/$/, '');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const records = options.dbPath ? sqliteRecords(options.dbPath) : memoryRecords();
  /** Open event streams by space. */
  const streams = new Map();

  function publish(space, message) {
    const listeners = streams.get(space);
    if (!listeners) return;
    const frame = `event: change\ndata: ${JSON.stringify(message)}\n\n`;
    for (const res of listeners) res.write(frame);
  }

  async function handle(req, res) {
    // Tells clients that a PUT without If-Match is merged item by item here, so that after a
    // 412 they may let the server merge instead of racing other writers again.
    res.setHeader('Together-Kit-Merge', 'items');
    try {
      await route(req, res);
    } catch (error) {
      if (error instanceof HttpProblem) send(res, error.status, { error: error.message });
      else {
        console.error('together-kit http api:', error);
        if (!res.headersSent) send(res, 500, { error: 'The server could not do that.' });
        else res.end();
      }
    }
  }

  async function route(req, res) {
    // The path as sent, not through `new URL()`, which would resolve `..` and `%2E%2E` away:
    // every segment must be a name, or the request is refused.
    const pathname = (req.url ?? '/').split(/[?#]/)[0];
    if (!pathname.startsWith(`${basePath}/`)) throw new HttpProblem(404, 'Not found.');
    const parts = pathname.slice(basePath.length + 1).split('/');
    if (parts.at(-1) === '') parts.pop(); // `{space}/` lists, like `{space}`
    const names = parts.map(decodePart);
    if (names.length === 0 || !names.every((name) => NAME.test(name)))
      throw new HttpProblem(
        404,
        'Not found: a space, kind or id is 1 to 64 letters, digits, -, _ or .',
      );
    const method = req.method ?? 'GET';
    const write = method !== 'GET' && method !== 'HEAD';
    const [space, kind, id] = names;
    if (options.authorize && !(await options.authorize(req, { method, space, write })))
      throw new HttpProblem(403, 'You may not do that here.');

    if (names.length === 1) {
      allow(method, ['GET']);
      return send(res, 200, records.list(space));
    }
    if (names.length === 2 && kind === 'events') {
      allow(method, ['GET']);
      // 204 is how Server-Sent Events say "do not reconnect": clients poll instead.
      if (options.events === false) return void res.writeHead(204).end();
      return openStream(space, req, res);
    }
    if (names.length !== 3) throw new HttpProblem(404, 'Not found.');
    allow(method, ['GET', 'PUT', 'DELETE']);
    if (method === 'GET') return getRecord(req, res, space, kind, id);
    if (method === 'DELETE') {
      if (records.remove(space, kind, id)) publish(space, { kind, id, deleted: true });
      res.writeHead(204).end();
      return;
    }
    return putRecord(req, res, space, kind, id);
  }

  function getRecord(req, res, space, kind, id) {
    const stored = records.get(space, kind, id);
    // Never saved: 204, not 404, so that a browser's console shows no red line for every new,
    // empty record (clients accept 404 too, for backends that prefer it).
    if (!stored) return void res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
    if (matches(req.headers['if-none-match'], stored.etag))
      return void res.writeHead(304, { ETag: stored.etag, 'Cache-Control': 'no-store' }).end();
    sendText(res, 200, stored.text, { ETag: stored.etag });
  }

  async function putRecord(req, res, space, kind, id) {
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(type))
      throw new HttpProblem(415, 'Send the record as application/json.');
    const body = await readBody(req, maxBytes);

    // From here to the write nothing awaits, so no other request runs in between: the check
    // of If-Match and the write (or the merge and the write) are one step. The check comes
    // first, so that a busy record's 412s cost no parsing.
    const stored = records.get(space, kind, id);
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    const precondition = ifMatch !== undefined || ifNoneMatch !== undefined;
    if (precondition) {
      const ok =
        ifMatch !== undefined ? stored !== undefined && matches(ifMatch, stored.etag) : !stored;
      if (!ok) {
        // Someone saved first: the client gets what is there now, merges and tries again.
        if (!stored) return void send(res, 412, { error: 'Nothing is saved here yet.' });
        return void sendText(res, 412, stored.text, { ETag: stored.etag });
      }
    }
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      throw new HttpProblem(400, 'The body is not JSON.');
    }
    const checked = validateEnvelope(value);
    if (!checked.ok) throw new HttpProblem(422, `Not a Together Kit record: ${checked.problem}`);
    const incoming = checked.envelope;
    if (incoming.space !== space || incoming.kind !== kind || incoming.id !== id)
      throw new HttpProblem(422, 'The record says it belongs somewhere other than this address.');

    let envelope = incoming;
    if (!precondition && stored) {
      // No precondition: merge into what is stored, item by item, with the package's merge.
      const current = JSON.parse(stored.text);
      if (current.schema !== incoming.schema)
        return void sendText(res, 412, stored.text, { ETag: stored.etag });
      const incomingNewer = Date.parse(incoming.updatedAt) >= Date.parse(current.updatedAt);
      envelope = {
        ...incoming,
        updatedAt: incomingNewer ? incoming.updatedAt : current.updatedAt,
        data: mergeData(incoming.data, current.data, incomingNewer),
      };
    }
    const text = JSON.stringify(envelope);
    const etag = etagOf(text);
    records.put(space, kind, id, text, etag, envelope.updatedAt);
    publish(space, { kind, id, etag, envelope });
    // The client already holds what it sent; only a merged record needs sending back.
    if (envelope === incoming) res.writeHead(204, { ETag: etag }).end();
    else sendText(res, 200, text, { ETag: etag });
  }

  function openStream(space, req, res) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no', // tells a proxy in front (nginx) not to hold events back
    });
    res.write(': together-kit events\n\n');
    let listeners = streams.get(space);
    if (!listeners) streams.set(space, (listeners = new Set()));
    listeners.add(res);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      listeners.delete(res);
      if (listeners.size === 0 && streams.get(space) === listeners) streams.delete(space);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  function dropEventStreams() {
    for (const listeners of streams.values()) for (const res of listeners) res.destroy();
    streams.clear();
  }

  return {
    handle,
    dropEventStreams,
    async close() {
      dropEventStreams();
      records.close();
    },
  };
}

class HttpProblem extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return ''; // not a valid name, so refused with the others
  }
}

function allow(method, methods) {
  if (!methods.includes(method)) throw new HttpProblem(405, `Use ${methods.join(' or ')} here.`);
}

/** Does an If-Match / If-None-Match header name this ETag (or `*`)? */
function matches(header, etag) {
  if (header === undefined) return false;
  return String(header)
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** A strong ETag from the content, so the same record has the same tag after a restart. */
function etagOf(text) {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
}

function readBody(req, maxBytes) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) {
      req.resume();
      reject(new HttpProblem(413, `A record may be at most ${maxBytes} bytes.`));
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpProblem(413, `A record may be at most ${maxBytes} bytes.`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, value) {
  sendText(res, status, JSON.stringify(value));
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** Records in this process only: tests, a workshop that needs nothing kept. */
function memoryRecords() {
  const map = new Map();
  const keyOf = (space, kind, id) => `${space}/${kind}/${id}`;
  return {
    get: (space, kind, id) => map.get(keyOf(space, kind, id)),
    put(space, kind, id, text, etag, updatedAt) {
      map.set(keyOf(space, kind, id), { kind, id, text, etag, updatedAt });
    },
    remove: (space, kind, id) => map.delete(keyOf(space, kind, id)),
    list(space) {
      const prefix = `${space}/`;
      return [...map.entries()]
        .filter(([key]) => key.startsWith(prefix))
        .map(([, { kind, id, etag, updatedAt }]) => ({ kind, id, etag, updatedAt }));
    },
    close() {},
  };
}

/** Records in one SQLite file (better-sqlite3: synchronous, so each request is one step). */
function sqliteRecords(dbPath) {
  // Loaded only when asked for, so the in-memory API needs no native module.
  const Database = createRequire(import.meta.url)('better-sqlite3');
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS records (
    space TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
    envelope TEXT NOT NULL, etag TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (space, kind, id))`);
  const get = db.prepare(
    'SELECT kind, id, envelope AS text, etag FROM records WHERE space = ? AND kind = ? AND id = ?',
  );
  const put = db.prepare(`INSERT INTO records (space, kind, id, envelope, etag, updated_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (space, kind, id) DO UPDATE SET
    envelope = excluded.envelope, etag = excluded.etag, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM records WHERE space = ? AND kind = ? AND id = ?');
  const list = db.prepare(
    'SELECT kind, id, etag, updated_at AS updatedAt FROM records WHERE space = ? ORDER BY kind, id',
  );
  return {
    get: (space, kind, id) => get.get(space, kind, id),
    put: (space, kind, id, text, etag, updatedAt) =>
      void put.run(space, kind, id, text, etag, updatedAt),
    remove: (space, kind, id) => remove.run(space, kind, id).changes > 0,
    list: (space) => list.all(space),
    close: () => db.close(),
  };
}
