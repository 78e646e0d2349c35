// "Delete my data" says what it deletes, where the space keeps it: a shared server's records
// are everyone's, and "from this browser" there would be untrue.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/space.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import { createEnvelope, recordKey } from '../../../src/core/store/envelope.js';
import { storeFor } from '../../../src/core/store/choose-store.js';

let counter = 0;
const freshSpace = () => `delete-words-${Date.now()}-${(counter += 1)}`;

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openDelete(storage: string | undefined, lang = 'en', records = 1) {
  const space = freshSpace();
  const endpoint = storage === 'http' ? '/api/' : undefined;
  const store = storeFor(storage, endpoint);
  for (let i = 0; i < records; i += 1) {
    const ref = { space, kind: 'idea-board', id: `board-${i}` };
    const data = { ideas: {}, votes: {}, notes: {} };
    await store.update(recordKey(ref), () => createEnvelope(ref, data));
  }
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <co-space
        space=${space}
        storage=${ifDefined(storage)}
        endpoint=${ifDefined(endpoint)}
      ></co-space>
    </div>`,
  );
  const el = wrapper.querySelector('co-space') as CoSpace;
  await el.ready;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.warning')!;
  button.focus();
  button.click();
  const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#delete-dialog')!;
  await waitUntil(() => dialog.open, 'the confirmation opens');
  return { el, dialog, body: text(el.shadowRoot!.querySelector('#delete-dialog-body')) };
}

describe('<co-space> says what "Delete my data" deletes', () => {
  it('in this browser: one record is "1 record", not "1 records"', async () => {
    const { el, body } = await openDelete(undefined, 'en', 1);
    expect(body).to.contain('from this browser.');
    expect(body).to.contain('That is 1 record.');
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.not.contain('browser');
    await expect(el).to.be.accessible();
  });

  it('with storage="memory": from this page, not this browser', async () => {
    const { body } = await openDelete('memory', 'en', 2);
    expect(body).to.contain('from this page.');
    expect(body).to.contain('That is 2 records.');
    expect(body).to.not.contain('browser');
  });

  it('on a shared server: for everyone in the space, not only what you added', async () => {
    const { el, dialog, body } = await openDelete('http', 'en', 1);
    expect(body).to.contain('for everyone who takes part in it, not only what you added.');
    expect(body).to.not.contain('browser');
    await expect(el).to.be.accessible();
    // Cancel: nothing deleted, focus back on the button.
    el.shadowRoot!.querySelector<HTMLButtonElement>('#delete-dialog button.secondary')!.click();
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button.warning'));
  });

  it('in Welsh, each place in its own words', async () => {
    expect((await openDelete(undefined, 'cy', 1)).body).to.contain("o'r porwr hwn.");
    expect((await openDelete('memory', 'cy', 1)).body).to.contain("o'r dudalen hon.");
    const shared = await openDelete('http', 'cy', 3);
    expect(shared.body).to.contain("i bawb sy'n cymryd rhan ynddo");
    expect(shared.body).to.contain('Dyna 3 cofnod.');
    expect(text(shared.el.shadowRoot!.querySelector('.hint'))).to.equal(
      "Gallwch gymryd copi o bopeth yn y gofod hwn, dod ag un yn ôl, neu ddileu'r cyfan.",
    );
  });
});
