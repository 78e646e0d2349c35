import { expect, waitUntil } from '@open-wc/testing';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { clearBoard } from '../../../src/components/idea-board/model.js';
import type { Envelope } from '../../../src/core/store/envelope.js';
import { LocalStore } from '../../../src/core/store/local-store.js';

const keyOf = (space: string) => `together-kit/${space}/idea-board/main`;

async function boardInFrame(space: string): Promise<{ frame: HTMLIFrameElement; el: CoIdeaBoard }> {
  const frame = document.createElement('iframe');
  frame.src = new URL(
    `../../components/idea-board/board-frame.html?space=${space}`,
    import.meta.url,
  ).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { boardReady: Promise<CoIdeaBoard> };
  await waitUntil(() => win.boardReady, 'frame ready');
  const el = await win.boardReady;
  await el.ready;
  return { frame, el };
}

describe('two tabs saving items of one board at once (IndexedDB item rows)', () => {
  it('keeps every idea both tabs post, round after round, in both tabs and in storage', async () => {
    const space = `two-tabs-${Date.now()}`;
    const frames = [await boardInFrame(space), await boardInFrame(space)];
    const titles: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      for (const [n, { el }] of frames.entries()) {
        const title = `Round ${round} from tab ${n + 1}`;
        titles.push(title);
        el.post({ title });
      }
      // Both tabs save at once: each save is one transaction that merges what the other wrote.
      await Promise.all(frames.map(({ el }) => el.storageController.flush()));
    }
    await waitUntil(
      () =>
        frames.every(({ el }) => {
          const shown = el.ideas.map((i) => i.title);
          return titles.every((title) => shown.includes(title));
        }),
      'every idea in both tabs',
      { timeout: 3000, interval: 20 },
    );
    const store = new LocalStore();
    const stored = (await store.load(keyOf(space))) as Envelope<{
      ideas: Record<string, { title: string }>;
    }>;
    expect(Object.values(stored.data.ideas).map((idea) => idea.title)).to.have.members(titles);
    store.close();
    for (const { el } of frames) el.commit(clearBoard(el.storageController.data));
    await Promise.all(frames.map(({ el }) => el.storageController.flush()));
    for (const { frame } of frames) frame.remove();
  });
});
