// A web-test-runner plugin that lets browser tests start, stop and restart real sync servers
// (server/index.js) on 127.0.0.1, each on a port the system picks, and send them junk.
// Browser side: executeServerCommand('sync-server', { action: 'start' }) → { id, wsUrl }.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { startServer } from '../../server/index.js';

/** Changes a hostile or broken server could send, written straight into a document. */
const junk = {
  // An idea that is not JSON, and one that is JSON but not an item.
  items: (doc) => {
    doc.getMap('collections').set('ideas', true);
    doc.getMap('items:ideas').set('junk-1', '{not json');
    doc.getMap('items:ideas').set('junk-2', JSON.stringify(['not', 'an', 'item']));
  },
  // The record claims to be another kind, in another space.
  meta: (doc) => {
    doc.getMap('meta').set('kind', 'partnership-vote');
    doc.getMap('meta').set('space', 'somewhere-else');
  },
  // An item that is a map of its own, with something in it, instead of JSON text.
  nested: (doc) => {
    const inner = new Y.Map();
    doc.getMap('items:ideas').set('nested', inner);
    inner.set('title', 'not where an item goes');
  },
  // A part Together Kit does not use, holding a list.
  unknown: (doc) => {
    doc.getArray('surprise').insert(0, ['x']);
  },
};

export function syncServerPlugin() {
  const servers = new Map();
  let next = 0;
  return {
    name: 'together-kit-sync-server',
    async executeCommand({ command, payload }) {
      if (command !== 'sync-server') return undefined;
      const { action, id } = payload ?? {};
      if (action === 'start') {
        const dir = mkdtempSync(join(tmpdir(), 'together-kit-sync-'));
        const entry = { dir, dbPath: join(dir, 'sync.sqlite') };
        entry.server = await startServer({ port: 0, dbPath: entry.dbPath });
        entry.port = entry.server.port;
        const serverId = `s${(next += 1)}`;
        servers.set(serverId, entry);
        return { id: serverId, wsUrl: entry.server.wsUrl, port: entry.port };
      }
      const entry = servers.get(id);
      if (!entry) throw new Error(`no sync server "${id}"`);
      if (action === 'stop') {
        await entry.server?.close();
        entry.server = undefined;
        return true;
      }
      if (action === 'restart') {
        // The same port and the same SQLite file: what was saved before is there again.
        await entry.server?.close();
        entry.server = await startServer({ port: entry.port, dbPath: entry.dbPath });
        return true;
      }
      if (action === 'junk') {
        const connection = await entry.server.hocuspocus.openDirectConnection(payload.name);
        await connection.transact((doc) => junk[payload.kind](doc));
        await connection.disconnect();
        return true;
      }
      if (action === 'read') {
        // What the server holds for a document, as JSON of its maps (to check nothing is lost).
        const connection = await entry.server.hocuspocus.openDirectConnection(payload.name);
        let maps = {};
        await connection.transact((doc) => {
          maps = Object.fromEntries([...doc.share.keys()].map((n) => [n, doc.getMap(n).toJSON()]));
        });
        await connection.disconnect();
        return maps;
      }
      if (action === 'dispose') {
        await entry.server?.close();
        rmSync(entry.dir, { recursive: true, force: true });
        servers.delete(id);
        return true;
      }
      throw new Error(`unknown sync-server action "${action}"`);
    },
    async serverStop() {
      for (const entry of servers.values()) {
        await entry.server?.close();
        rmSync(entry.dir, { recursive: true, force: true });
      }
      servers.clear();
    },
  };
}
