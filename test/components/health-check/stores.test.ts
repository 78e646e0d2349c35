// The health check with every store: local (IndexedDB), memory, http (the test server's API),
// yjs (a real Hocuspocus server on 127.0.0.1), and inside a <co-space> (export, import, delete).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/space.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { CoHealthCheck } from '../../../src/components/health-check/health-check.js';
import { createYjsStore, type YjsStore } from '../../../src/core/store/yjs-store.js';
import { startSyncServer, type SyncServer } from '../../core/store/sync-server.js';
import { $, checkFixture, freshSpace, SMALL } from './helpers.js';

/** Answers the small framework with `point` everywhere and sends. */
async function answer(el: CoHealthCheck, point: number) {
  for (const id of ['power-1', 'power-2', 'value-1']) {
    $<HTMLInputElement>(el, `#rate-${id}-${point}`)!.click();
  }
  expect(await el.submit()).to.equal(true);
}

describe('<co-health-check> with every store', function () {
  this.timeout(30000);

  it('local: answers survive the element being made again', async () => {
    const space = freshSpace();
    const first = await checkFixture(
      html`<co-health-check
        space=${space}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    await answer(first, 4);
    first.remove();
    const second = await checkFixture(
      html`<co-health-check
        space=${space}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    expect(second.responses().map((r) => r.ratings['power-1'])).to.deep.equal([4]);
    expect(second.ownResponse).to.not.equal(undefined);
    await second.exportJson();
  });

  it('memory: nothing is kept once the element is gone', async () => {
    const space = freshSpace();
    const first = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${space}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    await answer(first, 2);
    expect(first.responses()).to.have.length(1);
  });

  it('http: answers are saved to the server and read back', async () => {
    const space = freshSpace();
    const first = await checkFixture(
      html`<co-health-check
        storage="http"
        endpoint="/api/"
        space=${space}
        participant-group="professional"
        framework=${SMALL}
      ></co-health-check>`,
    );
    await answer(first, 5);
    const response = await fetch(`/api/${space}/health-check/main`, { cache: 'no-store' });
    expect(response.status).to.equal(200);
    const envelope = (await response.json()) as { kind: string; data: { responses: object } };
    expect(envelope.kind).to.equal('health-check');
    expect(Object.keys(envelope.data.responses)).to.have.length(1);
    const second = await checkFixture(
      html`<co-health-check
        storage="http"
        endpoint="/api/"
        space=${space}
        framework=${SMALL}
      ></co-health-check>`,
    );
    expect(second.responses().map((r) => r.group)).to.deep.equal(['professional']);
  });

  describe('yjs', () => {
    let server: SyncServer;
    const stores: YjsStore[] = [];
    before(async () => {
      server = await startSyncServer();
    });
    after(async () => {
      for (const store of stores.splice(0)) store.close();
      await server.dispose();
    });

    it('two devices answer and each sees both responses', async () => {
      const space = freshSpace();
      const holder = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const devices: CoHealthCheck[] = [];
      for (const [index, group] of ['community', 'professional'].entries()) {
        // Each device has its own participant id (read when the element is made).
        localStorage.setItem('together-kit/participant', `device-${index}-${space}`);
        const el = document.createElement('co-health-check');
        // Device A through `storage` (the lazily loaded store), B through a store of its own,
        // as two devices would each have their own connection.
        if (index === 0) {
          el.setAttribute('storage', 'yjs');
          el.setAttribute('endpoint', server.wsUrl);
        } else {
          const store = createYjsStore(server.wsUrl);
          stores.push(store);
          el.store = store;
        }
        el.setAttribute('space', space);
        el.setAttribute('participant-group', group);
        el.setAttribute('framework', SMALL);
        holder.append(el);
        await el.ready;
        await el.updateComplete;
        devices.push(el);
      }
      localStorage.removeItem('together-kit/participant');
      await answer(devices[0], 2);
      await answer(devices[1], 4);
      for (const el of devices) {
        await waitUntil(() => el.responses().length === 2, 'both responses arrive', {
          timeout: 8000,
        });
      }
      expect(
        devices[0]
          .responses()
          .map((r) => r.group)
          .sort(),
      ).to.deep.equal(['community', 'professional']);
      holder.remove();
    });
  });

  it('in a <co-space>: exported, deleted and imported with everything else', async () => {
    const space = freshSpace();
    const wrapper = await fixture<CoSpace>(
      html`<co-space space=${space} .store=${new MemoryStore()}
        ><co-health-check participant-group="community" framework=${SMALL}></co-health-check
      ></co-space>`,
    );
    const el = wrapper.querySelector('co-health-check')!;
    await el.ready;
    await el.updateComplete;
    await answer(el, 3);
    const exported = await wrapper.exportData();
    const record = exported.records.find((r) => r.kind === 'health-check');
    expect(record?.space).to.equal(space);
    await wrapper.deleteData();
    await waitUntil(() => el.responses().length === 0, 'deleted: the element starts empty');

    // Imported into another space, its health check shows the answers.
    const target = await fixture<CoSpace>(
      html`<co-space space=${freshSpace()} .store=${new MemoryStore()}
        ><co-health-check framework=${SMALL}></co-health-check
      ></co-space>`,
    );
    const other = target.querySelector('co-health-check')!;
    await other.ready;
    expect(await target.importData(JSON.stringify(exported))).to.equal(1);
    await waitUntil(() => other.responses().length === 1, 'imported');
    expect(other.responses()[0].ratings).to.deep.equal({
      'power-1': 3,
      'power-2': 3,
      'value-1': 3,
    });
  });

  it('in a <co-space>: an import of a health check with bad data is refused in words', async () => {
    const space = freshSpace();
    const wrapper = await fixture<CoSpace>(
      html`<co-space space=${space} storage="memory"
        ><co-health-check></co-health-check
      ></co-space>`,
    );
    const bad = {
      format: 'together-kit-space',
      schema: 1,
      space,
      records: [
        {
          format: 'together-kit',
          schema: 1,
          kind: 'health-check',
          space,
          id: 'main',
          updatedAt: new Date().toISOString(),
          data: { settings: {}, rounds: {}, responses: { x: { id: 'x' } } },
        },
      ],
    };
    let message = '';
    try {
      await wrapper.importData(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.match(/health-check/);
  });
});
