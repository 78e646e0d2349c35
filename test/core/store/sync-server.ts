// Browser-side handle on a real sync server that the test runner starts on 127.0.0.1
// (test/servers/sync-server-plugin.js).
import { executeServerCommand } from '@web/test-runner-commands';

export interface SyncServer {
  id: string;
  wsUrl: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Writes a malformed or hostile change into a document on the server. */
  junk(name: string, kind: 'items' | 'meta' | 'nested' | 'unknown'): Promise<void>;
  /** The server's copy of a document, map by map. */
  read(name: string): Promise<Record<string, Record<string, unknown>>>;
  dispose(): Promise<void>;
}

export async function startSyncServer(): Promise<SyncServer> {
  const started = await executeServerCommand<{ id: string; wsUrl: string }, { action: string }>(
    'sync-server',
    { action: 'start' },
  );
  if (!started) throw new Error('the sync server did not start');
  const { id, wsUrl } = started;
  const run = (action: string, extra: object = {}) =>
    executeServerCommand<unknown, object>('sync-server', { action, id, ...extra });
  return {
    id,
    wsUrl,
    stop: async () => void (await run('stop')),
    restart: async () => void (await run('restart')),
    junk: async (name, kind) => void (await run('junk', { name, kind })),
    read: async (name) => (await run('read', { name })) as Record<string, Record<string, unknown>>,
    dispose: async () => void (await run('dispose')),
  };
}

/** Waits until `check()` holds, polling every 20 ms; fails with `what` after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<number> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - start;
}
