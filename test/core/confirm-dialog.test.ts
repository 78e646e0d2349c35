import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { dialogStyles, openDialog, renderConfirmDialog } from '../../src/core/ui/confirm-dialog.js';

/** A host with a button that asks before it deletes. */
class ConfirmHost extends LitElement {
  static override styles = [dialogStyles];
  confirmed = 0;
  closed = 0;

  override render() {
    return html`<button id="ask" @click=${() => openDialog(this.shadowRoot!, 'gone')}>
        Delete…
      </button>
      ${renderConfirmDialog({
        id: 'gone',
        level: 3,
        title: 'Delete the stage?',
        body: 'Its 2 notes go with it.',
        confirm: 'Delete stage',
        cancel: 'Cancel',
        onConfirm: () => (this.confirmed += 1),
        onClose: () => (this.closed += 1),
      })}`;
  }
}
customElements.define('confirm-host', ConfirmHost);

const $ = <T extends Element = HTMLElement>(el: ConfirmHost, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T;

describe('confirm dialog', () => {
  it('is named by its heading and described by what confirming does', async () => {
    const el = await fixture<ConfirmHost>(html`<confirm-host></confirm-host>`);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect($(el, `#${dialog.getAttribute('aria-labelledby')}`).localName).to.equal('h3');
    expect($(el, `#${dialog.getAttribute('aria-labelledby')}`).textContent).to.equal(
      'Delete the stage?',
    );
    expect($(el, `#${dialog.getAttribute('aria-describedby')}`).textContent).to.equal(
      'Its 2 notes go with it.',
    );
  });

  it('opens with focus on Cancel, closes on Escape, and gives focus back', async () => {
    const el = await fixture<ConfirmHost>(html`<confirm-host></confirm-host>`);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    $(el, '#ask').focus();
    $(el, '#ask').click();
    expect(dialog.open).to.be.true;
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Cancel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.closed === 1, 'closed');
    expect(dialog.open).to.be.false;
    expect(el.confirmed).to.equal(0);
    expect(el.shadowRoot!.activeElement!.id).to.equal('ask');
  });

  it('confirms once, closes, and gives focus back', async () => {
    const el = await fixture<ConfirmHost>(html`<confirm-host></confirm-host>`);
    $(el, '#ask').focus();
    $(el, '#ask').click();
    $(el, 'dialog [data-action="confirm"]').click();
    expect(el.confirmed).to.equal(1);
    await waitUntil(() => el.closed === 1, 'closed');
    expect($<HTMLDialogElement>(el, 'dialog').open).to.be.false;
    expect(el.shadowRoot!.activeElement!.id).to.equal('ask');
  });
});
