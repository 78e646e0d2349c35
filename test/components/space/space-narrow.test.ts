import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/space.js';
import type { CoSpace } from '../../../src/components/space/space.js';

describe('<co-space> at 320 px', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('wraps a long space id in the delete dialog instead of cutting it off (Welsh)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="cy">
        <co-space
          space="gwasanaethcymdeithasolcydgynhyrchiolcaerdydd2026"
          storage="memory"
        ></co-space>
      </div>`,
    );
    const el = wrapper.querySelector('co-space') as CoSpace;
    await el.ready;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.warning')!.click();
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#delete-dialog')!;
    await waitUntil(() => dialog.open, 'the confirmation opens');
    const body = el.shadowRoot!.querySelector<HTMLElement>('#delete-dialog-body')!;
    expect(body.textContent).to.contain('gwasanaethcymdeithasolcydgynhyrchiolcaerdydd2026');
    expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    await expect(el).to.be.accessible();
  });
});
