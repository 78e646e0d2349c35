import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { participantId } from '../../../src/core/participant.js';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import type { SkillOffer } from '../../../src/components/skill-offer/model.js';
import {
  $,
  $$,
  MARKUP,
  afterFocusMoves,
  click,
  focused,
  freshSpace,
  loadPapa,
  settled,
  textOf,
} from './helpers.js';

const sharing: Partial<SkillOffer> = {
  name: 'Ceri',
  email: 'ceri@example.com',
  skills: ['cooking'],
  otherSkills: ['Beekeeping'],
  experience: 'I have used the library for ten years',
  ways: ['co-design'],
  days: ['sat'],
  times: ['morning'],
  support: ['childcare'],
  consentContact: true,
  consentShare: true,
};
const private_: Partial<SkillOffer> = {
  name: 'Sam Private',
  phone: '07700 900 123',
  skills: ['driving'],
  otherSkills: ['Secret skill'],
  experience: 'Something personal',
  ways: ['co-delivery'],
  days: ['mon'],
  times: ['evening'],
  support: ['interpreter'],
  consentContact: false,
  consentShare: false,
};

async function directory(space: string, facilitator = false, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <co-skill-offer
        view="directory"
        storage="memory"
        space=${space}
        ?facilitator=${facilitator}
      ></co-skill-offer>
    </div>`,
  );
  return settled(wrapper.querySelector('co-skill-offer')!);
}

async function seeded(facilitator = false, lang = 'en') {
  const space = freshSpace();
  const el = await directory(space, facilitator, lang);
  await el.addOffer({ ...sharing, createdAt: '2026-11-01T10:00:00.000Z' });
  await el.addOffer({ ...private_, createdAt: '2026-11-02T10:00:00.000Z' });
  await el.updateComplete;
  return el;
}

const cards = (el: CoSkillOffer) => $$(el, '.offer');
const headingsOf = (el: CoSkillOffer) =>
  cards(el).map((card) => textOf(card.querySelector('.h-sub')!));

async function filter(el: CoSkillOffer, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#filter-${name}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<co-skill-offer view="directory">', () => {
  it('says so when no one has offered yet, accessibly', async () => {
    const el = await directory(freshSpace());
    expect(textOf($(el, '[part=directory]'))).to.contain('No one has made an offer yet.');
    await expect(el).to.be.accessible();
  });

  it('shows other participants nothing personal unless the person agreed to share', async () => {
    const el = await seeded();
    const text = textOf(el.shadowRoot!);
    expect(cards(el)).to.have.length(2);
    expect(text).to.contain('Ceri').and.contain('Beekeeping').and.contain('ten years');
    expect(text).to.contain('Driving');
    // Told apart by what they offer, not all "Anonymous offer" to someone moving by headings.
    expect(headingsOf(el)).to.include('Anonymous offer: Driving');
    for (const secret of [
      'Sam Private',
      'Secret skill',
      'Something personal',
      '07700',
      '@example.com',
      'Childcare',
      'An interpreter',
    ])
      expect(text, secret).not.to.contain(secret);
    expect(textOf(cards(el)[1])).to.contain('did not agree to share their name');
    await expect(el).to.be.accessible();
  });

  it('shows the facilitator everything but contact details given without consent, and exports the same', async () => {
    const el = await seeded(true);
    const [shared, kept] = cards(el).map(textOf);
    expect(shared).to.contain('ceri@example.com').and.contain('Childcare');
    expect(kept).to.contain('Sam Private').and.contain('Did not agree to be contacted');
    expect(kept).not.to.contain('07700');
    await expect(el).to.be.accessible();

    const csv = await el.exportCsv();
    expect(csv).to.contain('ceri@example.com').and.contain('Sam Private');
    expect(csv).not.to.contain('07700');
    const Papa = await loadPapa();
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).to.have.length(3);
    // The facilitator's JSON download shows what they may see; exportJson is the record itself.
    const files: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      $$<HTMLButtonElement>(el, '[part=export] button')[1].click();
      await waitUntil(() => files.length === 1, 'the JSON downloaded', { timeout: 3000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(await files[0].text())
      .to.contain('ceri@example.com')
      .and.not.contain('07700');
    const envelope = await el.exportJson();
    expect(envelope).to.include({ kind: 'skill-offer', space: el.space });
    expect(Object.keys(envelope.data.offers)).to.have.length(2);
  });

  it('downloads the facilitator’s CSV and JSON with dated file names, and says so', async () => {
    const el = await seeded(true);
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      // The first click loads the exports (by import()); the files follow once they are here.
      $$<HTMLButtonElement>(el, '[part=export] button').forEach((button) => button.click());
      await waitUntil(() => names.length === 2, 'both files downloaded', { timeout: 3000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.have.length(2);
    expect(names[0]).to.match(/^skill-offer-.+-skill-offer-main-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(names[1]).to.match(/-skill-offer-main-skill-offers-\d{4}-\d{2}-\d{2}\.json$/);
    expect(textOf($(el, '[part=announcer]'))).to.equal('Downloaded 2 offers');
  });

  it('has no export for other participants', async () => {
    const el = await seeded();
    expect($$(el, '[part=export]')).to.have.length(0);
  });

  it('filters by skill, way, day and time, and says how many show', async () => {
    const el = await seeded(true);
    await filter(el, 'skill', 'cooking');
    expect(cards(el).map((c) => textOf($(el, `#${c.querySelector('h3')!.id}`)))).to.deep.equal([
      'Ceri',
    ]);
    expect(textOf($(el, '#directory-count'))).to.equal('Showing 1 of 2 offers');
    await filter(el, 'skill', '');
    await filter(el, 'way', 'co-delivery');
    expect(cards(el).map((c) => textOf(c.querySelector('h3')!))).to.deep.equal(['Sam Private']);
    await filter(el, 'day', 'sat');
    expect(cards(el)).to.have.length(0);
    expect(textOf(el.shadowRoot!)).to.contain('No offers match these filters.');
    await expect(el).to.be.accessible();
    await click(el, '[part=filters] button');
    expect(cards(el)).to.have.length(2);
    await filter(el, 'time', 'evening');
    expect(cards(el)).to.have.length(1);
    expect(textOf($(el, '[part=announcer]'))).to.equal('Showing 1 of 2 offers');
  });

  it('offers skills in people’s own words as filters only where they agreed to share', async () => {
    const participantView = await seeded();
    const options = $$<HTMLOptionElement>(participantView, '#filter-skill option').map(
      (o) => o.value,
    );
    expect(options).to.include('other:Beekeeping');
    expect(options).not.to.include('other:Secret skill');
    await filter(participantView, 'skill', 'other:Beekeeping');
    expect(cards(participantView)).to.have.length(1);
  });

  it('lets the person withdraw their own offer from the directory', async () => {
    const el = await seeded();
    await el.addOffer({ participant: participantId(), name: 'Me', skills: ['art'] });
    await el.updateComplete;
    const mine = cards(el).find((card) => card.classList.contains('own'))!;
    expect(textOf(mine)).to.contain('Your offer');
    expect(cards(el).filter((card) => card.querySelector('button.withdraw'))).to.have.length(1);
    await click(el, 'button.withdraw');
    await afterFocusMoves();
    expect($<HTMLDialogElement>(el, '#withdraw-dialog').open).to.be.true;
    await expect(el).to.be.accessible();
    await click(el, '#withdraw-dialog [data-action=withdraw]');
    await afterFocusMoves();
    expect(cards(el)).to.have.length(2);
    expect(focused(el)?.id).to.equal('directory-title');
    expect(el.ownOffer).to.equal(undefined);
  });

  it('updates when a form on the same page and space sends an offer', async () => {
    const space = freshSpace();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-skill-offer storage="memory" space=${space}></co-skill-offer>
        <co-skill-offer storage="memory" space=${space} view="directory"></co-skill-offer>
      </div>`,
    );
    const [form, list] = [...wrapper.querySelectorAll('co-skill-offer')];
    await Promise.all([settled(form), settled(list)]);
    await click(form, '#f-skills--teaching');
    await form.submit();
    await list.updateComplete;
    expect(cards(list)).to.have.length(1);
    expect(textOf(cards(list)[0])).to.contain('Teaching and training');
  });

  it('shows markup in an offer as text, for every audience', async () => {
    for (const facilitator of [false, true]) {
      const el = await directory(freshSpace(), facilitator);
      await el.addOffer({
        name: MARKUP,
        email: `${MARKUP}@x.y`,
        otherSkills: [MARKUP],
        experience: MARKUP,
        support: ['other'],
        supportOther: MARKUP,
        consentShare: true,
        consentContact: true,
      });
      await el.updateComplete;
      expect(textOf(el.shadowRoot!)).to.contain(MARKUP);
      expect($$(el, 'img')).to.have.length(0);
    }
  });

  it('speaks Welsh, with Welsh plurals', async () => {
    const el = await seeded(false, 'cy');
    expect(textOf($(el, '#directory-title'))).to.equal('Beth gall pobl ei gynnig');
    expect(textOf(cards(el)[0])).to.contain('Cynigiwyd ar 1 Tachwedd 2026');
    expect(textOf($(el, '#directory-count'))).to.equal('Yn dangos 2 o 2 gynnig');
    expect(textOf(el.shadowRoot!)).to.contain('Cynnig dienw').and.contain('Coginio');
    expect(await el.exportCsv()).to.contain('Wedi cytuno i ni gysylltu');
    await expect(el).to.be.accessible();
  });

  it('refuses an offer it cannot read, saying what is wrong', async () => {
    const el = await directory(freshSpace());
    let message = '';
    try {
      await el.addOffer({ ways: ['co-hacking' as never] });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('ways');
    expect(el.offers).to.have.length(0);
  });
});
