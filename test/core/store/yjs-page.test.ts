// Whole pages in iframes: what a page without sync downloads, and a reload with no connection.
import { expect } from '@open-wc/testing';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { startSyncServer, until, type SyncServer } from './sync-server.js';

let counter = 0;
const freshSpace = () => `page-${Date.now()}-${(counter += 1)}`;

type FrameWindow = Window & { boardReady: Promise<CoIdeaBoard> };

/** Loads sync-frame.html with these settings; resolves to the frame and its board. */
async function openFrame(params: Record<string, string>) {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./sync-frame.html?${new URLSearchParams(params)}`, import.meta.url).href;
  document.body.append(frame);
  const board = await boardIn(frame);
  return { frame, board };
}

async function boardIn(frame: HTMLIFrameElement): Promise<CoIdeaBoard> {
  await until(() => Boolean((frame.contentWindow as FrameWindow | null)?.boardReady), 'the page');
  return (frame.contentWindow as FrameWindow).boardReady;
}

/** Every file the frame's page requested. */
const requested = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .concat(frame.contentWindow!.location.href);

const yjsFiles = /yjs|hocuspocus|y-indexeddb|y-protocols|lib0/i;

describe('pages with and without yjs storage', function () {
  this.timeout(40000);
  let server: SyncServer;
  const frames: HTMLIFrameElement[] = [];

  beforeEach(async () => {
    server = await startSyncServer();
  });

  afterEach(async () => {
    for (const frame of frames.splice(0)) frame.remove();
    await server.dispose();
  });

  it('a page without storage="yjs" requests no Yjs file; one with it does', async () => {
    const local = await openFrame({ space: freshSpace() });
    frames.push(local.frame);
    local.board.post({ title: 'Kept in this browser' });
    await until(() => local.board.storageController.status === 'saved', 'saved');
    const withoutSync = requested(local.frame);
    expect(withoutSync.some((url) => url.includes('idea-board'))).to.equal(true);
    expect(withoutSync.filter((url) => yjsFiles.test(url))).to.deep.equal([]);

    const synced = await openFrame({ space: freshSpace(), storage: 'yjs', endpoint: server.wsUrl });
    frames.push(synced.frame);
    synced.board.post({ title: 'Shared' });
    await until(() => synced.board.storageController.status === 'saved', 'saved');
    const withSync = requested(synced.frame);
    expect(withSync.some((url) => url.includes('yjs-store'))).to.equal(true);
    expect(withSync.some((url) => /node_modules\/yjs\//.test(url))).to.equal(true);
  });

  it('a reload while offline shows what was typed before it, and sends it when the server is back', async () => {
    const space = freshSpace();
    const { frame, board } = await openFrame({ space, storage: 'yjs', endpoint: server.wsUrl });
    frames.push(frame);
    board.post({ title: 'Typed while online' });
    await until(() => board.storageController.status === 'saved', 'saved');
    await server.stop();
    await until(() => board.storageController.status === 'offline', 'offline');
    board.post({ title: 'Typed with no connection' });
    await until(
      () => board.storageController.status === 'offline' && board.ideas.length === 2,
      'kept on the device',
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // IndexedDB finishes writing

    // Mark the page, so the board found afterwards is surely the reloaded page's.
    const before = frame.contentWindow as FrameWindow & { beforeReload?: boolean };
    before.beforeReload = true;
    frame.contentWindow!.location.reload();
    await until(() => !(frame.contentWindow as typeof before).beforeReload, 'the page to reload');
    const reloaded = await boardIn(frame);
    expect(reloaded).not.to.equal(board);
    await until(() => reloaded.ideas.length === 2, 'both ideas after the reload');
    expect(reloaded.ideas.map((idea) => idea.title).sort()).to.deep.equal([
      'Typed while online',
      'Typed with no connection',
    ]);
    await until(() => reloaded.storageController.status === 'offline', 'says offline');

    await server.restart();
    await until(() => reloaded.storageController.status === 'saved', 'back online', 15000);
    const key = `together-kit/${space}/idea-board/main`;
    let held: Record<string, Record<string, unknown>> = {};
    await until(
      () => {
        void server.read(key).then((maps) => (held = maps));
        return Object.keys(held['items:ideas'] ?? {}).length === 2;
      },
      'both ideas on the server',
      10000,
    );
  });
});
