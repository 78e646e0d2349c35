// A named preset (nef) that could not load is tried again by the notice's "Try again" (as
// every part is, core/lazy-part.ts). In its own file: a preset that has arrived once stays for
// the page, so the next test could not see it fail.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { healthParts } from '../../../src/components/health-check/health-parts.js';
import type { CoHealthCheck } from '../../../src/components/health-check/health-check.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { whilePartFails } from '../lazy-part-checks.js';
import { $$, button, focused, freshSpace, text } from './helpers.js';

const nefStatement = 'We see people as having a lot to give, not just needs.';

async function failedNef(): Promise<CoHealthCheck> {
  let el: CoHealthCheck | undefined;
  await whilePartFails(healthParts, 'nef', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    el = document.createElement('co-health-check');
    el.setAttribute('framework', 'nef');
    el.storage = 'memory';
    el.space = freshSpace();
    setTimeout(() => box.append(el!));
    const event = (await oneEvent(el, 'co-error')) as CustomEvent<CoErrorDetail>;
    expect(event.detail.code).to.equal('part-unavailable');
    await el.updateComplete;
    expect(text(el)).to.include('The statements for this check could not be loaded');
  });
  return el!;
}

describe('<co-health-check> a preset that could not load', () => {
  it('comes with "Try again": the statements are shown, the notice goes, focus stays in', async () => {
    const el = await failedNef();
    button(el, 'Try again')!.click();
    await waitUntil(() => text(el).includes(nefStatement), 'nef arrives');
    expect(text(el)).to.not.include('could not be loaded');
    expect($$(el, 'fieldset.statement')).to.have.length(12);
    expect(focused(el), 'focus moved into the element').to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
