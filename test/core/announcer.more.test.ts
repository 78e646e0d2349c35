// The announcer before its element is on a page: nothing to say and nowhere to say it, and no
// error either; once connected, a repeated message is still a change.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../src/core/announcer.js';

class AnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this);
}
customElements.define('announcer-more-host', AnnouncerHost);

describe('Announcer, in detail', () => {
  it('says nothing, and fails at nothing, before its element is connected', () => {
    const host = document.createElement('announcer-more-host') as AnnouncerHost;
    expect(host.announcer.message).to.equal('');
    host.announcer.announce('Saved');
    expect(host.announcer.message).to.equal('');
  });

  it('announces a repeated message as a change, and reads it back without the padding', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-more-host></announcer-more-host>`);
    host.announcer.announce('Saved');
    host.announcer.announce('Saved');
    const region = host.renderRoot.querySelector('[role="status"]')!;
    expect(region.textContent).to.equal('Saved\u00a0');
    expect(host.announcer.message).to.equal('Saved');
  });
});
