import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoErrorDetail } from '../../../src/core/events.js';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import {
  $,
  $$,
  afterFocusMoves,
  MARKUP,
  click,
  focused,
  freshSpace,
  offerForm,
  settled,
  tabTo,
  textOf,
  typeInto,
} from './helpers.js';

describe('<co-skill-offer> form', () => {
  it('is accessible when empty, with nothing ticked, and explains consent and retention', async () => {
    const el = await offerForm();
    await expect(el).to.be.accessible();
    expect($$<HTMLInputElement>(el, 'input[type=checkbox]').some((box) => box.checked)).to.be.false;
    expect($<HTMLInputElement>(el, '#f-consent-contact').checked).to.be.false;
    expect($<HTMLInputElement>(el, '#f-consent-share').checked).to.be.false;
    expect(textOf($(el, '[data-field="consent-contact"]'))).to.contain(
      'We keep your offer for 12 months',
    );
    // Labels, never placeholders; personal fields say what they are for autofill.
    expect($$(el, '[placeholder]')).to.have.length(0);
    expect($(el, '#f-name').getAttribute('autocomplete')).to.equal('name');
    expect($(el, '#f-email').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#f-phone').getAttribute('autocomplete')).to.equal('tel');
    expect(textOf($(el, 'label[for="f-name"]'))).to.equal('Your name (optional)');
    expect(textOf($(el, '[data-field="skills"] legend'))).to.equal('What skills could you share?');
  });

  it('is filled in and sent by keyboard alone, then confirms what happens next', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Before</button>
        <co-skill-offer storage="memory" space=${freshSpace()}></co-skill-offer>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('co-skill-offer')!);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('f-name');
    await sendKeys({ type: 'Ceri' });
    await tabTo(el, '#f-email');
    await sendKeys({ type: 'ceri@example.com' });
    await tabTo(el, '#f-skills--cooking');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#f-new-skill');
    await sendKeys({ type: 'Beekeeping' });
    await sendKeys({ press: 'Enter' }); // adds the skill; does not send the form
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-new-skill');
    expect(textOf($(el, '.added'))).to.contain('Beekeeping');
    await tabTo(el, '#f-ways--co-design');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#f-consent-contact');
    await sendKeys({ press: 'Space' });
    await tabTo(el, 'button[type=submit]');
    const submitted = oneEvent(el, 'co-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail).to.deep.include({
      name: 'Ceri',
      email: 'ceri@example.com',
      skills: ['cooking'],
      otherSkills: ['Beekeeping'],
      ways: ['co-design'],
      consentContact: true,
      consentShare: false,
      retention: '',
    });
    await el.updateComplete;
    await afterFocusMoves();
    expect(focused(el)?.id).to.equal('review-title');
    expect(textOf($(el, '#review-title'))).to.equal('Thank you: your offer is saved');
    expect(textOf($(el, '[part=confirmation]'))).to.contain('contact you about ways to take part');
  });

  it('shows a focused error summary whose links move focus to each field, with inline errors', async () => {
    const el = await offerForm(freshSpace(), { require: 'name skills ways' });
    await typeInto(el, '#f-email', 'not an email');
    await el.submit();
    await el.updateComplete;
    const summary = $(el, '.error-summary');
    expect(focused(el)).to.equal(summary);
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    expect(links.map((a) => textOf(a))).to.deep.equal([
      'Enter your name, or a name you would like to use',
      'Enter an email address in the correct format, like name@example.com',
      'Select at least one skill, or add one in your own words',
      'Select how you would like to take part',
      'Select ‘You can contact me about this project’, or remove your email address and phone number',
    ]);
    const targets = ['f-name', 'f-email', 'f-skills', 'f-ways', 'f-consent-contact'];
    for (const [index, link] of links.entries()) {
      link.click();
      expect(focused(el)?.id).to.equal(targets[index]);
    }
    const name = $(el, '#f-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.contain('f-name-error');
    expect(textOf($(el, '#f-name-error'))).to.equal(
      'Error: Enter your name, or a name you would like to use',
    );
    expect($(el, '#f-email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-phone').getAttribute('aria-invalid')).to.equal('false');
    const skills = $(el, '[data-field="skills"] fieldset');
    expect(skills.getAttribute('aria-describedby')).to.contain('f-skills-error');
    expect($(el, '[data-field="skills"]').classList.contains('field-error')).to.be.true;
    await expect(el).to.be.accessible();

    // Fixing a field removes its error at once.
    await click(el, '#f-ways--co-design');
    expect($$(el, '.error-summary a')).to.have.length(4);
    expect($$(el, '#f-ways-error')).to.have.length(0);
  });

  it('shows a field’s error once the person leaves it, without a summary', async () => {
    const el = await offerForm();
    await typeInto(el, '#f-email', 'ceri@');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-phone');
    expect($$(el, '#f-contact-error'), 'not while still in the question').to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(textOf($(el, '#f-contact-error'))).to.contain('correct format');
    expect($$(el, '.error-summary')).to.have.length(0);
    // Leaving a field untouched shows nothing.
    $(el, '#f-name').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($$(el, '#f-name-error')).to.have.length(0);
  });

  it('keeps contact details only with consent to be contacted', async () => {
    const el = await offerForm();
    await click(el, '#f-skills--cooking');
    await typeInto(el, '#f-phone', '07700 900 982');
    expect(await el.submit()).to.be.false;
    await el.updateComplete;
    expect(textOf($(el, '.error-summary'))).to.contain(
      'Select ‘You can contact me about this project’, or remove your email address and phone number',
    );
    await click(el, '#f-consent-contact');
    expect(await el.submit()).to.be.true;
    expect(el.ownOffer).to.include({ phone: '07700 900 982', consentContact: true });
  });

  it('makes "I do not need anything" exclusive and asks what else would help', async () => {
    const el = await offerForm(freshSpace(), { require: 'support' });
    await click(el, '#f-support');
    await click(el, '#f-support--other');
    expect($$(el, '#f-support-other')).to.have.length(1);
    await click(el, '#f-support-none');
    expect($<HTMLInputElement>(el, '#f-support').checked).to.be.false;
    await click(el, '#f-support--step-free');
    expect($<HTMLInputElement>(el, '#f-support-none').checked).to.be.false;
    await click(el, '#f-support--other');
    await click(el, '#f-skills--art');
    await el.submit();
    await el.updateComplete;
    expect(textOf($(el, '.error-summary'))).to.contain(
      'Tell us what else would help you take part',
    );
    $<HTMLAnchorElement>(el, '.error-summary a').click();
    expect(focused(el)?.id).to.equal('f-support-other');
  });

  it('removes an added skill and keeps focus in the list', async () => {
    const el = await offerForm();
    for (const skill of ['Baking', 'Knitting']) {
      await typeInto(el, '#f-new-skill', skill);
      await click(el, '.add-row button');
    }
    expect($$(el, '.added li').map(textOf)).to.deep.equal([
      'Baking Remove Baking',
      'Knitting Remove Knitting',
    ]);
    $$(el, '.added button')[0].click();
    await el.updateComplete;
    await afterFocusMoves();
    expect($$(el, '.added li')).to.have.length(1);
    expect(textOf(focused(el)!)).to.equal('Remove Knitting');
    $$(el, '.added button')[0].click();
    await el.updateComplete;
    await afterFocusMoves();
    expect(focused(el)?.id).to.equal('f-new-skill');
  });

  it('shows markup typed into every text field as text', async () => {
    let alerted = false;
    const original = window.alert;
    window.alert = () => (alerted = true);
    try {
      const el = await offerForm();
      for (const field of ['#f-name', '#f-email', '#f-phone', '#f-experience', '#f-hours'])
        await typeInto(el, field, MARKUP);
      await typeInto(el, '#f-new-skill', MARKUP);
      await click(el, '.add-row button');
      await click(el, '#f-support--other');
      await typeInto(el, '#f-support-other', MARKUP);
      await el.submit();
      await el.updateComplete;
      // Invalid email, phone and hours: their text stays in the fields, as text.
      expect($<HTMLInputElement>(el, '#f-email').value).to.equal(MARKUP);
      expect(textOf($(el, '.added'))).to.contain(MARKUP);
      expect($$(el, 'img')).to.have.length(0);
      for (const field of ['#f-email', '#f-phone', '#f-hours']) {
        $<HTMLInputElement>(el, field).value = '';
        $(el, field).dispatchEvent(new Event('input', { bubbles: true }));
      }
      expect(await el.submit()).to.be.true;
      const answers = textOf($(el, '[part=answers]'));
      expect(answers).to.contain(`${MARKUP}`);
      expect(answers.split(MARKUP).length - 1).to.equal(4);
      expect($$(el, 'img')).to.have.length(0);
      expect(alerted).to.be.false;
    } finally {
      window.alert = original;
    }
  });

  it('speaks Welsh inside lang="cy", with Welsh errors and confirmation', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="cy">
        <co-skill-offer storage="memory" space=${freshSpace()} retention="12 mis"></co-skill-offer>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('co-skill-offer')!);
    expect(textOf($(el, 'label[for="f-name"]'))).to.equal('Eich enw (dewisol)');
    expect(textOf($(el, '#f-skills--cooking').closest('label')!)).to.equal('Coginio');
    expect(textOf($(el, 'button[type=submit]'))).to.equal('Anfon fy nghynnig');
    expect(textOf($(el, '[data-field="consent-contact"]'))).to.contain('am 12 mis');
    await el.submit();
    await el.updateComplete;
    expect(textOf($(el, '.error-summary')))
      .to.contain('Mae problem')
      .and.contain('Dewiswch o leiaf un sgil');
    await expect(el).to.be.accessible();
    await click(el, '#f-skills--welsh');
    await el.submit();
    await el.updateComplete;
    expect(textOf($(el, '#review-title'))).to.equal(
      'Diolch: mae eich cynnig wedi’i gadw'.replace('’', "'"),
    );
    expect(el.ownOffer?.lang).to.equal('cy');
    await expect(el).to.be.accessible();
  });

  it('uses the page’s own skills and labels, and hides what the page hides', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer
        storage="memory"
        space=${freshSpace()}
        hide="contact experience hours availability support group"
        skills='["Beekeeping", {"id": "bread", "label": {"en": "Bread", "cy": "Bara"}}]'
        labels='{"name": "Nickname", "name-hint": "Anything you like"}'
      ></co-skill-offer>`,
    ).then(settled);
    expect($$(el, 'input[name=skills]').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
      'beekeeping',
      'bread',
    ]);
    expect(textOf($(el, 'label[for="f-name"]'))).to.equal('Nickname (optional)');
    expect(textOf($(el, '#f-name-hint'))).to.equal('Anything you like');
    for (const field of ['contact', 'experience', 'hours', 'availability', 'support', 'group'])
      expect($$(el, `[data-field="${field}"]`), field).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reports field names it does not know, and a taxonomy it cannot read', async () => {
    const errors: CoErrorDetail[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<CoErrorDetail>).detail);
    document.addEventListener('co-error', listener);
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer
        storage="memory"
        space=${freshSpace()}
        hide="colour"
        skills="[not json"
      ></co-skill-offer>`,
    ).then(settled);
    document.removeEventListener('co-error', listener);
    expect(errors.map((e) => e.code)).to.deep.equal(['attribute-invalid', 'attribute-invalid']);
    expect(textOf($(el, '[part=problems]'))).to.contain('“colour”');
    expect($$(el, 'input[name=skills]')).to.have.length(20);
  });

  it('says when the page asks for a view it does not have, shows the form, and stops saying so once put right', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer storage="memory" space=${freshSpace()} view="list"></co-skill-offer>`,
    ).then(settled);
    const codes: string[] = [];
    el.addEventListener('co-error', (e) =>
      codes.push((e as CustomEvent<CoErrorDetail>).detail.code),
    );
    el.setAttribute('view', 'grid');
    await el.updateComplete;
    expect(codes).to.deep.equal(['attribute-invalid']);
    expect(textOf($(el, '[part=problems]'))).to.contain('"grid" is not one of form, directory');
    expect($(el, '[part=form]')).to.exist;
    await expect(el).to.be.accessible();
    el.setAttribute('view', 'form');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=problems]')).to.equal(null);
  });

  it('asks the group, unless the page fixed it, and remembers the answer', async () => {
    const space = freshSpace();
    const el = await offerForm(space, { require: 'skills group' });
    await click(el, '#f-skills--cooking');
    await click(el, '#f-group--professional');
    await el.submit();
    expect(el.ownOffer?.group).to.equal('professional');

    const fixed = await fixture<CoSkillOffer>(
      html`<co-skill-offer
        storage="memory"
        space=${freshSpace()}
        participant-group="community"
        require="group skills"
      ></co-skill-offer>`,
    ).then(settled);
    expect($$(fixed, '[data-field="group"]')).to.have.length(0);
    await click(fixed, '#f-skills--cooking');
    expect(await fixed.submit()).to.be.true;
    expect(fixed.ownOffer?.group).to.equal('community');
  });
});
