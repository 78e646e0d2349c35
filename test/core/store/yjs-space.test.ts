// <co-space storage="yjs">: export, import and delete a whole space shared through a server.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/space.js';
import '../../../src/idea-board.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { createYjsStore, type YjsStore } from '../../../src/core/store/yjs-store.js';
import { startSyncServer, until, type SyncServer } from './sync-server.js';

/** What another device lists for the space, once it shows `expected` (or fails after 5 s). */
async function listsOn(store: YjsStore, space: string, expected: string[]): Promise<void> {
  let listed: string[] = [];
  const start = performance.now();
  while (performance.now() - start < 5000) {
    listed = (await store.list(space)).sort();
    if (JSON.stringify(listed) === JSON.stringify([...expected].sort())) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(listed).to.deep.equal([...expected].sort());
}

describe('<co-space> over yjs', function () {
  this.timeout(30000);
  let server: SyncServer;
  let other: YjsStore | undefined;

  beforeEach(async () => {
    server = await startSyncServer();
  });

  afterEach(async () => {
    other?.close();
    await server.dispose();
  });

  it('exports, imports and deletes the space for every device', async () => {
    const space = `space-${Date.now()}`;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <co-space space=${space} storage="yjs" endpoint=${server.wsUrl}>
          <co-idea-board participant-group="community"></co-idea-board>
        </co-space>
      </div>`,
    );
    const el = wrapper.querySelector<CoSpace>('co-space')!;
    const board = wrapper.querySelector<CoIdeaBoard>('co-idea-board')!;
    await board.ready;
    board.post({ title: 'In the space' });

    const exported = await el.exportData();
    expect(exported.records.map((record) => record.kind)).to.deep.equal(['idea-board']);
    const key = `together-kit/${space}/idea-board/main`;
    other = createYjsStore(server.wsUrl);
    await listsOn(other, space, [key]);

    // Import a copy of the board under another id, then delete everything.
    const copy = { ...exported.records[0], id: 'copy' };
    expect(await el.importData({ ...exported, records: [copy] })).to.equal(1);
    await listsOn(other, space, [key, `together-kit/${space}/idea-board/copy`]);
    expect(await el.deleteData()).to.equal(2);
    await until(() => board.ideas.length === 0, 'the board to empty');
    await listsOn(other, space, []);
    expect(await other.load(key)).to.equal(undefined);
  });
});
