import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/idea-board.js';
import '../../../src/space.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoDeliveryPlan } from '../../../src/components/delivery-plan/delivery-plan.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import { postIdea } from '../../../src/core/idea.js';
import { createEnvelope, recordKey, validateEnvelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import {
  $,
  $$,
  button,
  freshSpace,
  makePlan,
  offer,
  seedOffers,
  settle,
  task,
  textOf,
} from './helpers.js';

const cooking = { title: 'Cooking class', detail: '', when: '', people: null, groups: [] };

/** Three offers of cooking: only Ann agreed to be contacted about delivering it. */
const offers = [
  offer('ann', {
    name: 'Ann Consenting',
    email: 'ann@example.com',
    phone: '01000 000001',
    skills: ['cooking'],
    ways: ['co-delivery'],
    consentContact: true,
  }),
  offer('bob', {
    name: 'Bob Nodelivery',
    email: 'bob@example.com',
    group: 'professional',
    skills: ['cooking'],
    ways: ['co-design'],
    consentContact: true,
  }),
  offer('cat', {
    name: 'Cat Nocontact',
    email: 'cat@example.com',
    phone: '01000 000003',
    otherSkills: ['COOKING'],
    ways: ['co-delivery'],
    consentContact: false,
  }),
];
const hidden = ['Bob', 'bob@example.com', 'Cat', 'cat@example.com', '01000 000003'];

describe('<co-delivery-plan> with the other elements of its space', () => {
  it('makes a task from an agreed idea on a board in the same space, linked both ways', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    await postIdea(
      store,
      { space },
      { id: 'idea-1', column: 'agreed', title: 'Saturday cooking club' },
    );
    await postIdea(store, { space }, { id: 'idea-2', column: 'ideas', title: 'Not agreed yet' });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-idea-board .store=${store} space=${space} participant-group="community"></co-idea-board>
      </div>`,
    );
    const board = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
    await board.ready;
    const { el } = await makePlan({ store, space, facilitator: true, group: 'professional' });
    const ideas = $(el, '.ideas');
    expect(textOf(ideas)).to.contain('Saturday cooking club');
    expect(textOf(ideas)).not.to.contain('Not agreed yet');
    await expect(el).to.be.accessible();
    button(ideas, 'Make a task from “Saturday cooking club”').click();
    await waitUntil(async () => {
      const raw = await store.load(recordKey({ space, kind: 'idea-board', id: 'main' }));
      const check = validateEnvelope(raw);
      return check.ok && Object.keys((check.envelope.data.builds as object) ?? {}).length === 1;
    });
    await settle(el);
    const [made] = el.tasks;
    expect(made.title).to.equal('Saturday cooking club');
    expect(made.source).to.deep.equal({ kind: 'idea-board', space, id: 'main', item: 'idea-1' });
    // The idea's side: a note under it that the board shows, naming the task.
    const raw = await store.load(recordKey({ space, kind: 'idea-board', id: 'main' }));
    const builds = (validateEnvelope(raw) as unknown as { envelope: { data: { builds: object } } })
      .envelope.data.builds;
    const note = Object.values(builds)[0] as { id: string; idea: string; text: string };
    expect(note).to.include({
      id: made.note,
      idea: 'idea-1',
      text: 'Turned into a task in the delivery plan: Saturday cooking club',
    });
    await board.updateComplete;
    await waitUntil(() => textOf(board.shadowRoot!).includes('1 build'));
    expect(textOf(task(el, 'Saturday cooking club'))).to.contain(
      'Made from the idea “Saturday cooking club” on the idea board',
    );
    expect(textOf($(el, '.ideas'))).to.contain('Already a task');
    await expect(el).to.be.accessible();
  });

  it('participants see counts only; no name or contact without delivery consent, in the view or any export', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    await seedOffers(store, space, offers);
    const { el } = await makePlan({ store, space, group: 'community' });
    el.addTask({ ...cooking, skills: ['cooking'] });
    await el.updateComplete;
    const item = task(el, 'Cooking class');
    expect(textOf(item.querySelector('[part=matches]'))).to.equal('3 people offered “Cooking”');
    const seen = textOf(el.shadowRoot!);
    for (const word of [...hidden, 'Ann', 'ann@example.com']) expect(seen).not.to.contain(word);
    await expect(el).to.be.accessible();
    const csv = await el.exportCsv();
    const json = JSON.stringify(await el.exportJson());
    for (const word of [...hidden, 'Ann', 'ann@example.com']) {
      expect(csv).not.to.contain(word);
      expect(json).not.to.contain(word);
    }

    // The facilitator sees Ann, who agreed, and only a number for the others.
    const fac = (await makePlan({ store, space, facilitator: true, group: 'professional' })).el;
    const contacts = task(fac, 'Cooking class').querySelector('[part=contacts]');
    expect(textOf(contacts)).to.contain('Ann Consenting');
    expect(textOf(contacts)).to.contain('ann@example.com');
    expect(textOf(contacts)).to.contain(
      '2 more people offered these skills but did not agree to be contacted about delivery.',
    );
    const facSeen = textOf(fac.shadowRoot!);
    for (const word of hidden) expect(facSeen).not.to.contain(word);
    await expect(fac).to.be.accessible();
    const facCsv = await fac.exportCsv();
    const facJson = JSON.stringify(await fac.exportJson());
    expect(facCsv).to.contain('Ann Consenting ann@example.com 01000 000001');
    for (const word of hidden) {
      expect(facCsv).not.to.contain(word);
      expect(facJson).not.to.contain(word);
    }
    // Withdrawing the offer takes Ann out of the plan at once.
    await seedOffers(store, space, offers.slice(1));
    await settle(fac);
    expect(textOf(task(fac, 'Cooking class'))).not.to.contain('Ann');
    expect(textOf(task(fac, 'Cooking class').querySelector('[part=matches]'))).to.equal(
      '2 people offered “Cooking”',
    );
  });

  it('counts time only once the facilitator confirms it; nobody confirms their own', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await makePlan({ store, space, group: 'community' });
    el.addTask({ ...cooking, skills: [] });
    await el.updateComplete;
    button(task(el, 'Cooking class'), 'Sign up for “Cooking class”').click();
    await el.updateComplete;
    const form = task(el, 'Cooking class').querySelector('form.time-form') as HTMLFormElement;
    (form.querySelector('[name=hours]') as HTMLInputElement).value = 'two';
    button(form, 'Record time').click();
    await settle(el);
    expect(textOf(task(el, 'Cooking class'))).to.contain(
      'Error: Enter the time as whole hours (0 to 24) and minutes (0 to 59), more than 0 in all',
    );
    expect((form.querySelector('[name=hours]') as HTMLInputElement).value).to.equal('two');
    await expect(el).to.be.accessible();
    (form.querySelector('[name=hours]') as HTMLInputElement).value = '1';
    (form.querySelector('[name=minutes]') as HTMLInputElement).value = '30';
    button(form, 'Record time').click();
    await settle(el);
    const you = $(el, '.you');
    expect(textOf(you)).to.contain('Time you gave, confirmed: 0 min.');
    expect(textOf(you)).to.contain('Waiting for confirmation: 1 h 30 min.');
    expect(el.confirmable).to.have.length(0); // one's own time is not for oneself to confirm
    expect(textOf(task(el, 'Cooking class'))).not.to.contain('Time given and confirmed');
    await el.storageController.flush();

    const fac = (await makePlan({ store, space, facilitator: true })).el;
    const waiting = $(fac, '.waiting');
    expect(textOf(waiting)).to.contain(
      '1 h 30 min from someone in people who use services on “Cooking class”',
    );
    await expect(fac).to.be.accessible();
    button(
      waiting,
      'Confirm 1 h 30 min from someone in people who use services on “Cooking class”',
    ).click();
    await fac.storageController.flush();
    await waitUntil(() => textOf($(el, '.you')).includes('confirmed: 1 h 30 min.'));
    expect(textOf(task(el, 'Cooking class'))).to.contain(
      'Time given and confirmed: People who use services, and their carers: 1 h 30 min',
    );
    expect(textOf($(fac, '.facilitator'))).to.contain('No time is waiting for confirmation.');
  });

  it('broker view: the facilitator signs up and records time for someone without internet', async () => {
    const { el } = await makePlan({ facilitator: true });
    el.addTask({ ...cooking, skills: [] });
    await el.updateComplete;
    const broker = $<HTMLFormElement>(el, 'form.broker');
    button(broker, 'Sign them up').click();
    await settle(el);
    expect(textOf(broker)).to.contain('Enter the person’s name');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#b-name').value = 'Mrs Jones';
    $<HTMLSelectElement>(el, '#b-group').value = 'community';
    $<HTMLInputElement>(el, '#b-hours').value = '2';
    button(broker, 'Record their time').click();
    await settle(el);
    const item = task(el, 'Cooking class');
    expect(textOf(item)).to.contain(
      'Mrs Jones (People who use services, and their carers), signed up by the facilitator',
    );
    expect(textOf(item)).to.contain('Only people who use services are on this task so far.');
    // The facilitator's record is the confirmation: it counts at once.
    expect(textOf(item)).to.contain(
      'Time given and confirmed: People who use services, and their carers: 2 h',
    );
    const data = (await el.exportJson()).data;
    expect(Object.values(data.hours)[0]).to.include({
      minutes: 120,
      recordedBy: 'facilitator',
      confirmedBy: 'facilitator',
    });
    expect(Object.values(data.signUps)[0]).to.include({
      name: 'Mrs Jones',
      recordedBy: 'facilitator',
    });
  });

  it('a done task asks “Did this work?” and shows the answers side by side by group', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const fac = (await makePlan({ store, space, facilitator: true, group: 'community' })).el;
    fac.addTask({ ...cooking, skills: [] });
    await fac.updateComplete;
    button(task(fac, 'Cooking class'), 'Mark as done (“Cooking class”)').click();
    await fac.updateComplete;
    expect(textOf($(fac, '[part=announcer]'))).to.equal('“Cooking class” is now done.');
    const evaluation = task(fac, 'Cooking class').querySelector('[part=evaluation]')!;
    button(evaluation, 'Send my answer').click();
    await settle(fac);
    expect(textOf(evaluation)).to.contain('Choose an answer to “Did this work?”');
    await expect(fac).to.be.accessible();
    ($(fac, 'input[name=score][value="4"]') as HTMLInputElement).click();
    button(evaluation, 'Send my answer').click();
    await settle(fac);
    await fac.storageController.flush();
    // Another person, a professional, at a shared device.
    const kiosk = (await makePlan({ store, space, kiosk: true, group: 'professional' })).el;
    ($(kiosk, 'input[name=score][value="5"]') as HTMLInputElement).click();
    button(
      task(kiosk, 'Cooking class').querySelector('[part=evaluation]')!,
      'Send my answer',
    ).click();
    await settle(kiosk);
    await kiosk.storageController.flush();
    await waitUntil(() => $$(fac, 'table.answers tbody tr').length === 2);
    const rows = $$(fac, 'table.answers tbody tr').map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    expect(rows).to.deep.equal([
      ['People who use services, and their carers', '0', '0', '0', '1', '0'],
      ['Professionals and staff', '0', '0', '0', '0', '1'],
    ]);
    expect($$(fac, 'table.answers thead th').map((th) => textOf(th))).to.deep.equal([
      'Group',
      'No, not at all',
      'Not really',
      'Partly',
      'Mostly',
      'Yes, completely',
    ]);
    await expect(fac).to.be.accessible();
  });

  it('is in the space export, imports back, and is deleted with the space', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const wrapper = await fixture<CoSpace>(
      html`<co-space space=${space} .store=${store} hide-controls>
        <co-delivery-plan participant-group="community"></co-delivery-plan>
      </co-space>`,
    );
    const el = wrapper.querySelector('co-delivery-plan') as CoDeliveryPlan;
    await el.ready;
    el.addTask({ ...cooking, skills: ['cooking'] });
    el.signUp(el.tasks[0].id);
    const exported = await wrapper.exportData();
    const record = exported.records.find((r) => r.kind === 'delivery-plan');
    expect(record?.data).to.have.property('tasks');
    expect(await wrapper.deleteData()).to.be.greaterThan(0);
    await settle(el);
    expect(el.tasks).to.have.length(0);
    expect(await wrapper.importData(exported)).to.equal(exported.records.length);
    await waitUntil(() => el.tasks.length === 1);
    expect(el.tasks.map((t) => t.title)).to.deep.equal(['Cooking class']);
    // A record of another kind relabelled as a plan is refused.
    const bad = { ...exported, records: [{ ...record!, data: { offers: {} } }] };
    let refused = '';
    await wrapper.importData(bad).catch((error: Error) => (refused = error.message));
    expect(refused).to.match(/offers/);
  });
});

describe('<co-delivery-plan> between two participants', () => {
  afterEach(() => localStorage.removeItem('together-kit/participant'));

  /** A participant with their own id (read when the element is made), on a shared store. */
  async function person(store: MemoryStore, space: string, name: string, group: string) {
    localStorage.setItem('together-kit/participant', `${name}-${space}`);
    return (await makePlan({ store, space, group })).el;
  }

  it('the person the time was given with confirms it; someone not on the task cannot', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const ann = await person(store, space, 'ann', 'community');
    ann.addTask({ ...cooking, skills: [] });
    const id = ann.tasks[0].id;
    ann.signUp(id);
    ann.recordTime(id, 90);
    await ann.storageController.flush();
    const bob = await person(store, space, 'bob', 'professional');
    const cai = await person(store, space, 'cai', 'professional');
    expect(bob.confirmable).to.have.length(0); // not on the task yet
    button(task(bob, 'Cooking class'), 'Sign up for “Cooking class”').click();
    await bob.updateComplete;
    const waiting = $(bob, '.waiting');
    expect(textOf(waiting)).to.contain(
      '1 h 30 min from someone in people who use services on “Cooking class”',
    );
    await expect(bob).to.be.accessible();
    button(
      waiting,
      'Confirm 1 h 30 min from someone in people who use services on “Cooking class”',
    ).click();
    await bob.storageController.flush();
    await waitUntil(() => textOf($(ann, '.you')).includes('confirmed: 1 h 30 min.'));
    expect(cai.confirmable).to.have.length(0);
    const saved = Object.values((await ann.exportJson()).data.hours)[0];
    expect(saved).to.include({ confirmedBy: `bob-${space}`, minutes: 90 });
  });

  it('headings follow heading-level', async () => {
    const { el } = await makePlan({ group: 'community' });
    el.headingLevel = 3;
    el.addTask({ ...cooking, skills: ['cooking'] });
    await el.updateComplete;
    expect($(el, '#tasks-heading').tagName).to.equal('H3');
    expect(task(el, 'Cooking class').querySelector('.h-sub')!.tagName).to.equal('H4');
    expect(task(el, 'Cooking class').querySelector('.h-minor')!.tagName).to.equal('H5');
  });
});

describe('<co-delivery-plan> with offers it cannot read', () => {
  it('says so in words and fires co-error, and shows the tasks without matches', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const ref = { space, kind: 'skill-offer', id: 'main' };
    await store.update(recordKey(ref), () => createEnvelope(ref, { offers: 'not offers' }));
    const errors: string[] = [];
    const listen = (event: Event) =>
      errors.push((event as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('co-error', listen);
    try {
      const { el } = await makePlan({ store, space, group: 'community' });
      el.addTask({ ...cooking, skills: ['cooking'] });
      await settle(el);
      expect(textOf($(el, '[part=problems]'))).to.contain(
        'The skill offers in this space could not be read, so no matches are shown.',
      );
      expect(errors).to.include('storage-corrupt');
      expect(textOf(task(el, 'Cooking class'))).to.contain('Nobody has offered “Cooking” yet');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('co-error', listen);
    }
  });
});
