// The reference sync server's Hocuspocus: one Y.Doc per record key, kept in SQLite, optionally
// shared between several server processes through Redis. An example to copy, not a product:
// a portal puts its own access rules in `onAuthenticate` (see below).
import { Hocuspocus } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

/** Document names Together Kit uses: a record key, a kept-aside copy, or a space's index. */
const DOCUMENT_NAME =
  /^together-kit\/[A-Za-z0-9._-]{1,64}(\/[A-Za-z0-9._-]{1,64}\/[A-Za-z0-9._-]{1,64}(#corrupt-[0-9TZ-]{1,40})?)?$/;

/**
 * A Hocuspocus instance for Together Kit.
 * - `dbPath`: the SQLite file (`:memory:` keeps nothing when the process ends).
 * - `redis`: `{ host, port }` of a Redis that several instances share, so that a client on one
 *   instance and a client on another see each other's changes (scale-out); leave it out for
 *   one instance.
 * - `authenticate`: `({ documentName, token, requestHeaders }) => void | { readOnly: true }`,
 *   throwing to refuse; by default everyone may read and write (a workshop relay on a laptop).
 * - `extensions`: more Hocuspocus extensions (tests use one that sends junk).
 */
export async function createSync({
  dbPath = ':memory:',
  redis,
  authenticate,
  extensions = [],
  quiet = true,
} = {}) {
  const all = [new SQLite({ database: dbPath }), ...extensions];
  if (redis) {
    // Loaded only when asked for, so a single relay does not need ioredis at all.
    const { Redis } = await import('@hocuspocus/extension-redis');
    all.push(new Redis({ host: redis.host ?? '127.0.0.1', port: redis.port }));
  }
  return new Hocuspocus({
    name: 'together-kit',
    quiet,
    // Saves reach SQLite half a second after the last change (at most every 2 s while busy).
    debounce: 500,
    maxDebounce: 2000,
    extensions: all,
    /**
     * Where a portal decides who may do what. The browser sends no token of ours (a token in
     * an attribute would be visible to every script on the page); a portal behind its own
     * login reads its session cookie from `requestHeaders` here, checks the person may take
     * part in the space named in `documentName`, and throws to refuse, or makes the
     * connection read-only for someone who may only look.
     */
    async onAuthenticate({ documentName, token, requestHeaders, connectionConfig }) {
      if (!DOCUMENT_NAME.test(documentName)) throw new Error('not a Together Kit document');
      const decision = await authenticate?.({ documentName, token, requestHeaders });
      if (decision?.readOnly) connectionConfig.readOnly = true;
    },
  });
}
