import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { $, $$, click, focused, freshSpace, settled, textOf, typeInto } from './helpers.js';

async function inForm(attrs: { name?: string; require?: string; novalidate?: boolean } = {}) {
  const form = await fixture<HTMLFormElement>(
    html`<form ?novalidate=${attrs.novalidate ?? false}>
      <label>Reference <input name="reference" value="A-1" /></label>
      <co-skill-offer
        storage="memory"
        space=${freshSpace()}
        name=${attrs.name ?? ''}
        require=${attrs.require ?? 'skills'}
      ></co-skill-offer>
      <button>Send</button>
    </form>`,
  );
  // Keep the test page where it is: the form is checked and submitted, never navigated.
  form.addEventListener('submit', (event) => event.preventDefault());
  const el = await settled(form.querySelector('co-skill-offer')!);
  return { form, el };
}

describe('<co-skill-offer> in a host form', () => {
  it('leaves sending to the host form: no submit button of its own', async () => {
    const { el } = await inForm();
    expect($$(el, 'button[type=submit]')).to.have.length(0);
    expect(el.form).to.be.instanceOf(HTMLFormElement);
    await expect(el).to.be.accessible();
  });

  it('puts the offer in the host form’s FormData, prefixed by its name', async () => {
    const { form, el } = await inForm({ name: 'offer' });
    await typeInto(el, '#f-name', 'Ceri');
    await click(el, '#f-skills--cooking');
    await click(el, '#f-skills--driving');
    await typeInto(el, '#f-new-skill', 'Beekeeping');
    await click(el, '#f-ways--co-delivery');
    await click(el, '#f-days--sat');
    await click(el, '#f-consent-share');
    const data = new FormData(form);
    expect(data.get('reference')).to.equal('A-1');
    expect(data.get('offer-name')).to.equal('Ceri');
    expect(data.getAll('offer-skills')).to.deep.equal(['cooking', 'driving']);
    // Typed but not yet added: still sent, so nothing typed is lost.
    expect(data.getAll('offer-other-skills')).to.deep.equal(['Beekeeping']);
    expect(data.getAll('offer-ways')).to.deep.equal(['co-delivery']);
    expect(data.getAll('offer-days')).to.deep.equal(['sat']);
    expect(data.get('offer-consent-share')).to.equal('yes');
    expect(data.has('offer-consent-contact')).to.be.false;
  });

  it('is cleared by form.reset()', async () => {
    const { form, el } = await inForm();
    await typeInto(el, '#f-name', 'Ceri');
    await click(el, '#f-skills--cooking');
    form.reset();
    await el.updateComplete;
    const data = new FormData(form);
    expect(data.get('name')).to.equal('');
    expect(data.has('skills')).to.be.false;
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('');
    expect($<HTMLInputElement>(el, '#f-skills--cooking').checked).to.be.false;
  });

  it('is reported by form.reportValidity(), with the GOV.UK errors shown and the field focused', async () => {
    const { form, el } = await inForm({ require: 'name skills' });
    expect(form.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Enter your name, or a name you would like to use');
    expect(form.reportValidity()).to.be.false;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-name');
    expect(textOf($(el, '.error-summary'))).to.contain('Enter your name');
    expect($(el, '#f-name').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await typeInto(el, '#f-name', 'Ceri');
    expect(el.validationMessage).to.contain('Select at least one skill');
    await click(el, '#f-skills--art');
    expect(form.checkValidity()).to.be.true;
  });

  it('says what kind of problem it has, as native controls do', async () => {
    const { el } = await inForm();
    await click(el, '#f-skills--art');
    await typeInto(el, '#f-hours', '500');
    expect(el.validity.rangeOverflow).to.be.true;
    await typeInto(el, '#f-email', 'x');
    expect(el.validity.typeMismatch).to.be.true;
  });

  it('saves the offer and fires co-submit when the host form is sent', async () => {
    const { form, el } = await inForm();
    await click(el, '#f-skills--cooking');
    const submitted = oneEvent(el, 'co-submit');
    form.querySelector('button')!.click();
    const { detail } = await submitted;
    expect(detail.skills).to.deep.equal(['cooking']);
    await el.updateComplete;
    expect(el.ownOffer?.skills).to.deep.equal(['cooking']);
    expect(textOf($(el, '#review-title'))).to.equal('Thank you: your offer is saved');
  });

  it('does not save an invalid offer that a novalidate form sends, and shows why', async () => {
    const { form, el } = await inForm({ novalidate: true });
    let sent = false;
    el.addEventListener('co-submit', () => (sent = true));
    form.requestSubmit();
    await el.updateComplete;
    expect(sent).to.be.false;
    expect(el.ownOffer).to.equal(undefined);
    expect(textOf($(el, '.error-summary'))).to.contain('Select at least one skill');
  });

  it('is disabled with its fieldset: nothing to change, nothing posted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Your offer</legend>
          <co-skill-offer storage="memory" space=${freshSpace()}></co-skill-offer>
        </fieldset>
      </form>`,
    );
    const el = await settled(form.querySelector('co-skill-offer')!);
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.wrapper').disabled).to.be.true;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect(await el.submit()).to.be.false;
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.wrapper').disabled).to.be.false;
  });

  it('is disabled by its own disabled attribute', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer storage="memory" space=${freshSpace()} disabled></co-skill-offer>`,
    ).then(settled);
    expect($<HTMLFieldSetElement>(el, 'fieldset.wrapper').disabled).to.be.true;
  });

  it('restores the answers the browser kept for back and forward navigation', async () => {
    const { el } = await inForm();
    const state = new FormData();
    state.append('name', 'Ceri');
    state.append('skills', 'cooking');
    state.append('consent-share', 'yes');
    el.formStateRestoreCallback(state);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ceri');
    expect($<HTMLInputElement>(el, '#f-skills--cooking').checked).to.be.true;
    expect($<HTMLInputElement>(el, '#f-consent-share').checked).to.be.true;
    el.formStateRestoreCallback('not form data');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ceri');
  });

  it('adds a skill with Enter without sending the host form', async () => {
    const { form, el } = await inForm();
    let sent = false;
    form.addEventListener('submit', () => (sent = true));
    $(el, '#f-new-skill').focus();
    await sendKeys({ type: 'Sign language' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sent).to.be.false;
    expect(new FormData(form).getAll('other-skills')).to.deep.equal(['Sign language']);
  });
});
