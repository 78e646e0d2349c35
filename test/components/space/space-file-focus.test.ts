import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/space.js';
import type { CoSpace } from '../../../src/components/space/space.js';

describe('<co-space> "Import a file" with the keyboard', () => {
  it('rings only "Import a file" when its input has focus, never "Delete my data" beside it', async () => {
    const el = await fixture<CoSpace>(
      html`<co-space space="file-focus" storage="memory"></co-space>`,
    );
    await el.ready;
    const root = el.shadowRoot!;
    const exportButton = root.querySelector<HTMLButtonElement>('.actions button')!;
    exportButton.focus();
    await sendKeys({ press: 'Tab' });
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    expect(root.activeElement).to.equal(input);
    expect(input.matches(':focus-visible')).to.equal(true);
    const ringed = (node: Element) => getComputedStyle(node).outlineStyle !== 'none';
    expect(ringed(root.querySelector('label.button')!)).to.equal(true);
    expect(ringed(root.querySelector('button.warning')!)).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
