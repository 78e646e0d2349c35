import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { storeFor } from '../../../src/core/store/choose-store.js';
import type { Envelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { StoreError } from '../../../src/core/store/record-store.js';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import type { SkillOffer } from '../../../src/components/skill-offer/model.js';
import type { SkillOfferData } from '../../../src/components/skill-offer/offers.js';
import {
  $,
  $$,
  afterFocusMoves,
  click,
  focused,
  freshSpace,
  offerForm,
  settled,
  textOf,
  typeInto,
} from './helpers.js';

/** A backend that is down: every save fails. */
class BrokenStore extends MemoryStore {
  override async update(): Promise<Envelope> {
    throw new StoreError('failed', 'server down');
  }
}

describe('<co-skill-offer> after sending', () => {
  it('sent by the keyboard, shows the review (loaded by import() the first time) with focus on its heading', async () => {
    const el = await offerForm();
    await click(el, '#f-skills--gardening');
    $<HTMLButtonElement>(el, 'button[type=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'review-title', 'focus on the review', {
      timeout: 3000,
    });
    expect(textOf($(el, '[part=answers]'))).to.contain('Gardening');
    await expect(el).to.be.accessible();
  });

  it('lets the person review, change and withdraw their offer, keeping nothing personal', async () => {
    const space = freshSpace();
    const el = await offerForm(space, { require: 'name' });
    await typeInto(el, '#f-name', 'Ceri');
    await click(el, '#f-skills--driving');
    await typeInto(el, '#f-experience', 'I care for my dad');
    await el.submit();
    await el.updateComplete;
    const review = textOf($(el, '[part=answers]'));
    expect(review).to.contain('Ceri').and.contain('Driving').and.contain('I care for my dad');
    expect(textOf($(el, '[part=confirmation]'))).to.contain(
      'You did not agree to be contacted, so we will not get in touch',
    );
    await expect(el).to.be.accessible();

    // Change one answer from its row.
    const changeName = $$<HTMLButtonElement>(el, '.summary-action button')[0];
    expect(textOf(changeName)).to.equal('Change Name');
    changeName.click();
    await el.updateComplete;
    await afterFocusMoves();
    expect(focused(el)?.id).to.equal('f-name');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ceri');
    await typeInto(el, '#f-name', ' Jones');
    expect(textOf($(el, 'button[type=submit]'))).to.equal('Save changes');
    const id = el.ownOffer!.id;
    await el.submit();
    expect(el.ownOffer).to.include({ id, name: 'Ceri Jones' });
    expect(el.offers).to.have.length(1);

    // "Withdraw" asks first, in the shared confirm dialog; Cancel (which has focus) keeps it.
    $<HTMLButtonElement>(el, 'button.withdraw').focus();
    await sendKeys({ press: 'Enter' });
    await afterFocusMoves();
    const dialog = $<HTMLDialogElement>(el, '#withdraw-dialog');
    expect(dialog.open).to.be.true;
    expect(textOf($(el, '#withdraw-dialog-title'))).to.equal('Withdraw your offer?');
    expect(dialog.getAttribute('aria-describedby')).to.equal('withdraw-dialog-body');
    expect(textOf(focused(el)!)).to.equal('Keep my offer');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await afterFocusMoves();
    expect(dialog.open).to.be.false;
    expect(focused(el)?.classList.contains('withdraw'), 'focus back on Withdraw').to.be.true;
    expect(el.ownOffer?.id).to.equal(id);

    // Withdraw, after saying yes.
    await click(el, 'button.withdraw');
    await afterFocusMoves();
    await click(el, '#withdraw-dialog [data-action=withdraw]');
    await afterFocusMoves();
    expect(el.ownOffer).to.equal(undefined);
    expect(focused(el)?.id).to.equal('withdrawn-notice');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('');
    const saved = (await storeFor('memory').load(
      `together-kit/${space}/skill-offer/main`,
    )) as Envelope<SkillOfferData>;
    // Checked without the ids: a random offer id may hold any letters ("…a53e-5506fe696dad").
    const withoutIds = JSON.stringify(Object.values(saved.data.offers)).replaceAll(id, '');
    expect(withoutIds).not.to.contain('Ceri').and.not.to.contain('dad');
    expect(saved.data.offers[id]).to.have.keys(['id', 'deleted', 'updatedAt']);
  });

  it('keeps an offer to review, change or withdraw after a reload', async () => {
    const space = freshSpace();
    const first = await offerForm(space);
    await click(first, '#f-skills--gardening');
    await first.submit();
    first.remove();

    const again = await offerForm(space);
    expect(again.ownOffer?.skills).to.deep.equal(['gardening']);
    expect(textOf($(again, '#review-title'))).to.equal('Your offer');
    expect(textOf($(again, '[part=answers]'))).to.contain('Gardening');
    // Saved in this page's memory store (the test's storage), and it says so.
    expect(textOf($(again, '[part=status]'))).to.contain('Kept on this page only');
  });

  it('keeps an offer in the browser’s own storage across a reload', async () => {
    const space = freshSpace();
    const make = () =>
      fixture<CoSkillOffer>(html`<co-skill-offer space=${space}></co-skill-offer>`).then(settled);
    const first = await make();
    await click(first, '#f-skills--music');
    await first.submit();
    first.remove();
    const again = await make();
    expect(again.ownOffer?.skills).to.deep.equal(['music']);
    await again.withdraw();
  });

  it('lets the page veto saving through a cancelled co-submit', async () => {
    const el = await offerForm();
    await click(el, '#f-skills--cooking');
    el.addEventListener('co-submit', (event) => event.preventDefault(), { once: true });
    expect(await el.submit()).to.be.false;
    expect(el.ownOffer).to.equal(undefined);
    expect($$(el, 'form')).to.have.length(1);
  });

  it('fires co-change when the offer is saved', async () => {
    const el = await offerForm();
    await click(el, '#f-skills--cooking');
    const change = oneEvent(el, 'co-change');
    void el.submit();
    const { detail } = await change;
    expect(detail).to.include({ kind: 'skill-offer', id: 'main' });
    const record = detail.record as Envelope<SkillOfferData>;
    expect(Object.values(record.data.offers)).to.have.length(1);
  });

  it('returns the offer as plain JSON in co-submit, the same as saved', async () => {
    const el = await offerForm();
    await click(el, '#f-skills--cooking');
    await typeInto(el, '#f-hours', '6');
    const submitted = oneEvent(el, 'co-submit');
    void el.submit();
    const { detail } = (await submitted) as CustomEvent<SkillOffer>;
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
    await el.updateComplete;
    expect(el.ownOffer).to.deep.equal(detail);
    expect(detail.hours).to.equal(6);
  });

  it('goes back to the review when the person cancels a change', async () => {
    const el = await offerForm();
    await click(el, '#f-skills--art');
    await el.submit();
    await click(el, '.review .actions button.secondary');
    await afterFocusMoves();
    expect(focused(el)?.id).to.equal('f-name');
    await typeInto(el, '#f-name', 'Not kept');
    await click(el, '.actions button.secondary');
    await afterFocusMoves();
    expect(focused(el)?.id).to.equal('review-title');
    expect(textOf($(el, '#review-title'))).to.equal('Your offer');
    expect(el.ownOffer?.name).to.equal('');
  });

  it('follows a change or a withdrawal made in another tab', async () => {
    const space = freshSpace();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-skill-offer storage="memory" space=${space}></co-skill-offer>
        <co-skill-offer storage="memory" space=${space}></co-skill-offer>
      </div>`,
    );
    const [here, there] = [...wrapper.querySelectorAll('co-skill-offer')];
    await Promise.all([settled(here), settled(there)]);
    await click(here, '#f-skills--cooking');
    await here.submit();
    await there.updateComplete;
    expect(textOf($(there, '#review-title'))).to.equal('Your offer');
    await here.withdraw();
    await there.updateComplete;
    expect($$(there, '#review-title')).to.have.length(0);
    expect($<HTMLInputElement>(there, '#f-skills--cooking').checked).to.be.false;
  });

  it('answers validity questions as a native control does', async () => {
    const el = await offerForm();
    expect(el.willValidate).to.be.true;
    expect(el.checkValidity()).to.be.false;
    expect(el.reportValidity()).to.be.false;
    await el.updateComplete;
    expect(textOf($(el, '.error-summary'))).to.contain('Select at least one skill');
    await click(el, '#f-skills--art');
    expect(el.checkValidity()).to.be.true;
    expect(el.validationMessage).to.equal('');
  });

  it('offers a copy of the offers when saving keeps failing, so nothing is lost', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer space=${freshSpace()} .store=${new BrokenStore()}></co-skill-offer>`,
    ).then(settled);
    await click(el, '#f-skills--cooking');
    await el.submit();
    await el.updateComplete;
    expect(el.ownOffer?.skills, 'kept on the page').to.deep.equal(['cooking']);
    expect(textOf($(el, '[part=status]'))).to.contain('Not saved yet');
    const saved: { name: string; href: string }[] = [];
    const click_ = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
    try {
      $<HTMLButtonElement>(el, '[part=status] button').click();
    } finally {
      HTMLAnchorElement.prototype.click = click_;
    }
    expect(saved).to.have.length(1);
    expect(saved[0].name).to.match(/\.json$/);
    const envelope = (await (await fetch(saved[0].href)).json()) as Envelope<SkillOfferData>;
    expect(envelope).to.include({ format: 'together-kit', kind: 'skill-offer' });
    expect(Object.values(envelope.data.offers)).to.have.length(1);
    el.remove();
  });

  for (const [lang, notSaved, saved] of [
    ['en', 'Your offer is not saved yet', 'Thank you: your offer is saved'],
    ['cy', "Dydy eich cynnig ddim wedi'i gadw eto", "Diolch: mae eich cynnig wedi'i gadw"],
  ]) {
    it(`never says the offer is saved while saving fails, and says so once it is (${lang})`, async () => {
      const store = new (class extends MemoryStore {
        down = true;
        override async update(key: string, next: (current: unknown) => Envelope) {
          if (this.down) throw new StoreError('failed', 'server down');
          return super.update(key, next);
        }
      })();
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <co-skill-offer space=${freshSpace()} .store=${store}></co-skill-offer>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('co-skill-offer')!);
      await click(el, '#f-skills--cooking');
      await el.submit();
      await waitUntil(() => focused(el)?.id === 'review-title', 'focus on the review heading');
      expect(textOf($(el, '#review-title'))).to.equal(notSaved);
      expect(el.shadowRoot!.querySelector('.panel'), 'no green "saved" panel').to.be.null;
      await expect(el).to.be.accessible();
      store.down = false;
      await el.storageController.flush();
      await waitUntil(() => textOf($(el, '#review-title')) === saved, 'saved at last');
      expect($(el, '.panel')).to.exist;
    });
  }
});
