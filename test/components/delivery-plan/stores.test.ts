// The plan on every store: `local` across a reload, `http` against the real API served by the
// test runner, `yjs` against a real Hocuspocus server; two devices, each its own participant.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CoDeliveryPlan } from '../../../src/components/delivery-plan/delivery-plan.js';
import { createEnvelope, recordKey } from '../../../src/core/store/envelope.js';
import { HttpStore } from '../../../src/core/store/http-store.js';
import type { RecordStore } from '../../../src/core/store/record-store.js';
import { createYjsStore, type YjsStore } from '../../../src/core/store/yjs-store.js';
import { startSyncServer, type SyncServer } from '../../core/store/sync-server.js';
import { freshSpace, offer, task, textOf } from './helpers.js';

const cooking = { title: 'Cooking class', detail: '', when: '', people: null, groups: [] };

/** A device: its own participant id (read when the element is made) and its own store. */
async function device(
  name: string,
  space: string,
  group: string,
  store: RecordStore | { storage: string },
  facilitator = false,
): Promise<CoDeliveryPlan> {
  localStorage.setItem('together-kit/participant', `${name}-${space}`);
  const holder = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement('co-delivery-plan');
  el.setAttribute('space', space);
  el.setAttribute('participant-group', group);
  if (facilitator) el.setAttribute('facilitator', '');
  if ('storage' in store) el.setAttribute('storage', store.storage);
  else el.store = store;
  holder.append(el);
  await el.updateComplete;
  await el.ready;
  return el;
}

const together = (el: CoDeliveryPlan) =>
  textOf(task(el, 'Cooking class').querySelector('[part=together]'));

describe('<co-delivery-plan> on every store', function () {
  this.timeout(30000);

  afterEach(() => localStorage.removeItem('together-kit/participant'));

  it('local: the plan, sign-ups and time are there after a reload', async () => {
    const space = freshSpace();
    const first = await device('a', space, 'community', { storage: 'local' });
    first.addTask({ ...cooking, skills: ['cooking'] });
    const id = first.tasks[0].id;
    first.signUp(id);
    first.recordTime(id, 45);
    await first.storageController.flush();
    first.remove();
    const again = await device('a', space, 'community', { storage: 'local' });
    await waitUntil(() => again.tasks.length === 1);
    await again.updateComplete;
    expect(together(again)).to.equal('Only people who use services are on this task so far.');
    expect(textOf(again.shadowRoot!.querySelector('.you'))).to.contain(
      'Waiting for confirmation: 45 min.',
    );
    again.withdraw(id);
    await again.storageController.flush();
  });

  it('http: a task added on one device is signed up for on another; offers match through the server', async () => {
    const space = freshSpace();
    const stores = ['a', 'b', 'seed'].map(
      (name) =>
        new HttpStore({
          endpoint: '/api',
          localName: `${name}-${space}`,
          retryInterval: 150,
          pollInterval: 150,
        }),
    );
    try {
      const ref = { space, kind: 'skill-offer', id: 'main' };
      const offers = {
        o1: offer('o1', { skills: ['cooking'], name: 'Private', email: 'p@example.com' }),
      };
      await stores[2].update(recordKey(ref), () => createEnvelope(ref, { offers }));
      const fac = await device('fac', space, 'professional', stores[0], true);
      const person = await device('p', space, 'community', stores[1]);
      fac.addTask({ ...cooking, skills: ['cooking'] });
      await fac.storageController.flush();
      await waitUntil(() => person.tasks.length === 1, 'the task reaches the other device', {
        timeout: 5000,
      });
      await person.updateComplete;
      person.signUp(person.tasks[0].id);
      fac.signUp(fac.tasks[0].id);
      await Promise.all([person.storageController.flush(), fac.storageController.flush()]);
      await waitUntil(
        () => fac.shares.together === 1 && person.shares.together === 1,
        'both see it delivered together',
        { timeout: 5000 },
      );
      await person.updateComplete;
      expect(together(person)).to.equal('Delivered together: both groups are on this task.');
      expect(textOf(task(person, 'Cooking class').querySelector('[part=matches]'))).to.equal(
        '1 person offered “Cooking”',
      );
      expect(textOf(fac.shadowRoot!)).not.to.contain('p@example.com');
    } finally {
      for (const store of stores) store.close?.();
    }
  });

  describe('yjs', () => {
    let server: SyncServer;
    const stores: YjsStore[] = [];
    beforeEach(async () => {
      server = await startSyncServer();
    });
    afterEach(async () => {
      for (const store of stores.splice(0)) store.close();
      await server.dispose();
    });

    it('two devices sign up as their groups; both see the task delivered together', async () => {
      const space = freshSpace();
      const [a, b] = [createYjsStore(server.wsUrl), createYjsStore(server.wsUrl)];
      stores.push(a, b);
      const one = await device('one', space, 'community', a, true);
      const two = await device('two', space, 'professional', b);
      one.addTask({ ...cooking, skills: [] });
      await waitUntil(() => two.tasks.length === 1, 'the task reaches the other device', {
        timeout: 5000,
      });
      one.signUp(one.tasks[0].id);
      two.signUp(two.tasks[0].id);
      two.recordTime(two.tasks[0].id, 60);
      await waitUntil(
        () =>
          one.shares.together === 1 && two.shares.together === 1 && one.confirmable.length === 1,
        'both see both groups, and the time waiting',
        { timeout: 5000 },
      );
      expect(one.confirmTime(one.confirmable[0].id)).to.equal(true);
      await waitUntil(
        () => two.shares.people.get(`two-${space}`)?.minutes === 60,
        'the confirmation reaches the person who gave the time',
        { timeout: 5000 },
      );
      await two.updateComplete;
      expect(together(two)).to.equal('Delivered together: both groups are on this task.');
      await expect(two).to.be.accessible();
    });
  });
});
