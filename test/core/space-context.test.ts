import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/space.js';
import { CoSpace } from '../../src/components/space/space.js';
import { spaceContext } from '../../src/core/space-context.js';
import { MemoryStore } from '../../src/core/store/memory-store.js';
import '../fixtures/notes-element.js';
import type { TestNotes } from '../fixtures/notes-element.js';

describe('the space context', () => {
  it('uses a key every copy of Together Kit on a page shares', () => {
    expect(spaceContext).to.equal(Symbol.for('together-kit/space'));
  });

  it('reaches an element that connected before <co-space> was defined', async () => {
    // As with per-element files loaded in any order: the notes ask for their space first.
    const store = new MemoryStore();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-space-defined-late space="late-space" .store=${store}>
          <test-notes></test-notes>
        </co-space-defined-late>
      </div>`,
    );
    const notes = wrapper.querySelector('test-notes') as TestNotes;
    expect(notes.storageController.space).to.equal('default');
    customElements.define('co-space-defined-late', class extends CoSpace {});
    await waitUntil(() => notes.storageController.space === 'late-space', 'the space arrives');
    notes.add('Saved in the right space');
    await notes.storageController.flush();
    expect(await store.list('late-space')).to.deep.equal([
      'together-kit/late-space/test-notes/main',
    ]);
  });
});
