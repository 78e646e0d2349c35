// A page's own store that cannot be read: the element says the work stays on this page only,
// and its status line says the same — never "Saved in this browser" beside that problem.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/health-check.js';
import '../../../src/delivery-plan.js';
import type { RecordStore } from '../../../src/core/store/record-store.js';

const unreadable = (): RecordStore => {
  const fail = () => Promise.reject(new Error('The disk could not be read'));
  return {
    load: fail,
    update: fail,
    remove: fail,
    list: fail,
    keepAside: fail,
    subscribe: () => () => undefined,
  };
};

const text = (el: Element, selector: string) =>
  (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an element whose store cannot be read', () => {
  for (const tag of ['co-health-check', 'co-delivery-plan']) {
    it(`${tag}: the status line agrees with the problem`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as HTMLElement & {
        store: RecordStore;
        ready: Promise<void>;
      };
      el.setAttribute('participant-group', 'community');
      el.setAttribute('space', `unreadable-${tag}`);
      el.store = unreadable();
      wrapper.append(el);
      await el.ready;
      await waitUntil(() => text(el, '[part=problems]') !== '', 'the problem is shown');
      expect(text(el, '[part=problems]')).to.contain(
        'Your work will not be kept after you leave this page',
      );
      expect(text(el, '[part=status]')).to.equal(
        'Kept on this page only: it is gone when you leave',
      );
      await expect(el).to.be.accessible();
    });
  }
});
