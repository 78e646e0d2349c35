import { expect } from '@open-wc/testing';
import { OfflineCopy, memoryBackend } from '../../../src/core/store/http-offline.js';
import { createEnvelope } from '../../../src/core/store/envelope.js';

const ref = (space: string, id: string) => ({ space, kind: 'idea-board', id });
const key = (space: string, id: string) => `together-kit/${space}/idea-board/${id}`;

/** One memory backend for every call, as the shared IndexedDB one is. */
function inMemory() {
  const backend = Promise.resolve(memoryBackend());
  return () => backend;
}

for (const [where, backend] of [
  ['IndexedDB', undefined],
  ['memory (IndexedDB blocked)', inMemory()],
] as const) {
  describe(`OfflineCopy in ${where}`, () => {
    it('queues one change per record, in the order first made, and dequeues only what was sent', async () => {
      const name = `test-${Date.now()}-${Math.random()}`;
      const local = new OfflineCopy(name, backend);
      const other = new OfflineCopy(`${name}-other`, backend);
      const a1 = createEnvelope(ref('s', 'a'), { n: 1 }, new Date('2026-11-30T10:00:00Z'));
      const b1 = createEnvelope(ref('s', 'b'), { n: 1 }, new Date('2026-11-30T10:00:01Z'));
      const a2 = createEnvelope(ref('s', 'a'), { n: 2 }, new Date('2026-11-30T10:00:02Z'));
      const firstA = await local.enqueue(key('s', 'a'), { envelope: a1 });
      await local.enqueue(key('s', 'b'), { envelope: b1 });
      await local.enqueue(key('s', 'a'), { envelope: a2 });
      await other.enqueue(key('s', 'c'), {});
      const queued = await local.allQueued();
      expect(queued.map((change) => change.key)).to.deep.equal([key('s', 'a'), key('s', 'b')]);
      expect(queued[0].envelope?.data).to.deep.equal({ n: 2 });
      // The first version of a was sent, but a changed again meanwhile: it stays queued.
      await local.dequeue(firstA);
      expect((await local.queued(key('s', 'a')))?.envelope?.data).to.deep.equal({ n: 2 });
      await local.dequeue(queued[0]);
      expect(await local.queued(key('s', 'a'))).to.equal(undefined);
      expect((await local.allQueued()).map((change) => change.key)).to.deep.equal([key('s', 'b')]);
      expect(await local.keys('queue', 's')).to.deep.equal([key('s', 'b')]);
      expect(await other.keys('queue', 's')).to.deep.equal([key('s', 'c')]);
    });

    it('keeps copies and records kept aside, by space', async () => {
      const local = new OfflineCopy(`test-${Date.now()}-${Math.random()}`, backend);
      const copy = createEnvelope(ref('s', 'a'), { kept: true });
      await local.keepCopy(key('s', 'a'), copy);
      await local.keepAside(`${key('s', 'a')}#corrupt-1`, '<junk>');
      await local.keepCopy(key('t', 'a'), createEnvelope(ref('t', 'a'), {}));
      expect(await local.copy(key('s', 'a'))).to.deep.equal(copy);
      expect(await local.keys('copy', 's')).to.deep.equal([key('s', 'a')]);
      expect(await local.aside(`${key('s', 'a')}#corrupt-1`)).to.equal('<junk>');
      expect(await local.keys('aside', 's')).to.deep.equal([`${key('s', 'a')}#corrupt-1`]);
      await local.keepCopy(key('s', 'a'), undefined);
      await local.removeAside(`${key('s', 'a')}#corrupt-1`);
      expect(await local.copy(key('s', 'a'))).to.equal(undefined);
      expect(await local.keys('aside', 's')).to.deep.equal([]);
    });
  });
}
