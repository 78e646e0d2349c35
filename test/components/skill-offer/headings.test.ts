import { expect, fixture, html } from '@open-wc/testing';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { $, $$, click, freshSpace, offerForm, settled } from './helpers.js';

/** The heading levels in the shadow root, in document order. */
const levels = (el: CoSkillOffer) => $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName);

describe('<co-skill-offer> heading-level', () => {
  it('puts the form and the review at heading-level="4": main h4, sections h5', async () => {
    const el = await offerForm();
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(await el.submit()).to.equal(false);
    // The error summary is a section of the form: one level below its main heading.
    expect($(el, '.error-summary-title').localName).to.equal('h5');

    await click(el, 'input[name="skills"]');
    expect(await el.submit()).to.equal(true);
    await el.updateComplete;
    expect($(el, '#review-title').localName).to.equal('h4');
    expect($(el, '#answers-title').localName).to.equal('h5');
    expect(levels(el).every((level) => level === 'h4' || level === 'h5')).to.equal(true);

    $<HTMLButtonElement>(el, 'button.withdraw').click();
    await el.updateComplete;
    // A modal dialog is a page of its own: its heading is at the element's main level.
    expect($(el, '#withdraw-dialog-title').localName).to.equal('h4');
    await expect(el).to.be.accessible();
  });

  it('puts the directory at heading-level="3": title h3, export and offers h4', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-skill-offer
          view="directory"
          storage="memory"
          facilitator
          heading-level="3"
          space=${freshSpace()}
        ></co-skill-offer>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('co-skill-offer')!);
    await el.addOffer({ name: 'Ceri', skills: ['cooking'], consentShare: true });
    await el.updateComplete;
    expect($(el, '#directory-title').localName).to.equal('h3');
    expect($(el, '#export-title').localName).to.equal('h4');
    expect($(el, '.offer .h-sub').localName).to.equal('h4');
    expect(levels(el).every((level) => level === 'h3' || level === 'h4')).to.equal(true);
  });

  it('keeps h2 and h3 by default, looking the same at any level', async () => {
    const el = await offerForm();
    await el.submit();
    await el.updateComplete;
    const title = () => $(el, '.error-summary-title');
    expect(title().localName).to.equal('h3');
    const size = getComputedStyle(title()).fontSize;
    el.headingLevel = 5;
    await el.updateComplete;
    expect(title().localName).to.equal('h6');
    expect(getComputedStyle(title()).fontSize).to.equal(size);
  });
});
