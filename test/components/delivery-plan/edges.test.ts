import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CoDeliveryPlan } from '../../../src/components/delivery-plan/delivery-plan.js';
import type { DeliveryPlanData } from '../../../src/core/kinds/delivery-plan.js';
import { postIdea } from '../../../src/core/idea.js';
import { createEnvelope, recordKey, type Envelope } from '../../../src/core/store/envelope.js';
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
  cooking,
} from './helpers.js';

const at = '2026-11-30T10:00:00.000Z';

async function seedPlan(store: MemoryStore, space: string, data: DeliveryPlanData, schema = 1) {
  const ref = { space, kind: 'delivery-plan', id: 'main' };
  await store.update(
    recordKey(ref),
    () => ({ ...createEnvelope(ref, data), schema }) as unknown as Envelope,
  );
}

describe('<co-delivery-plan> refuses what it cannot do, in words or by returning false', () => {
  it('a plan saved by a newer version is shown and never changed', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const task1 = {
      ...cooking,
      id: 't',
      skills: [],
      status: 'done' as const,
      createdAt: at,
      updatedAt: at,
    };
    await seedPlan(
      store,
      space,
      { tasks: { t: task1 }, signUps: {}, hours: {}, evaluations: {} },
      99,
    );
    const { el } = await makePlan({ store, space, group: 'community', facilitator: true });
    expect(el.tasks.map((t) => t.title)).to.deep.equal(['Cooking class']);
    expect(el.addTask(cooking)).to.equal(undefined);
    expect(el.signUp('t')).to.equal(false);
    expect(el.withdraw('t')).to.equal(false);
    expect(el.recordTime('t', 30)).to.equal(false);
    expect(el.setStatus('t', 'planned')).to.equal(false);
    expect(el.evaluate('t', 3)).to.equal(false);
    expect(el.signUpFor('t', 'Mrs Jones', 'community')).to.equal(undefined);
    expect(el.recordTimeFor('t', 'Mrs Jones', 'community', 30)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('without a group, on an unknown task, or with impossible values, nothing is saved', async () => {
    const { el } = await makePlan({ facilitator: true });
    const made = el.addTask(cooking)!;
    expect(el.signUp(made.id)).to.equal(false); // no group yet
    expect(el.recordTime(made.id, 30)).to.equal(false);
    expect(el.evaluate(made.id, 3)).to.equal(false);
    el.participantGroup = 'community';
    await el.updateComplete;
    expect(el.signUp('nope')).to.equal(false);
    expect(el.recordTime(made.id, 0)).to.equal(false);
    expect(el.recordTime(made.id, 1.5)).to.equal(false);
    expect(el.evaluate(made.id, 3)).to.equal(false); // not done yet
    expect(el.setStatus(made.id, 'planned')).to.equal(false); // already
    expect(el.setStatus(made.id, 'done')).to.equal(true);
    expect(el.evaluate(made.id, 6)).to.equal(false);
    expect(el.confirmTime('nope')).to.equal(false);
    expect(el.signUpFor(made.id, '  ', 'community')).to.equal(undefined);
    expect(el.signUpFor(made.id, 'Mrs Jones', 'nobody')).to.equal(undefined);
    expect(el.signUpFor('nope', 'Mrs Jones', 'community')).to.equal(undefined);
    expect(el.recordTimeFor(made.id, 'Mrs Jones', 'community', 0)).to.equal(false);
    expect(el.recordTimeFor(made.id, '', 'community', 30)).to.equal(false);
    expect(await el.taskFromIdea('nope')).to.equal(undefined);
    expect(el.taskTitle('nope')).to.equal('nope');
    // Signed up already: time recorded for them again does not sign them up twice.
    expect(el.recordTimeFor(made.id, 'Mrs Jones', 'community', 30)).to.equal(true);
    expect(el.recordTimeFor(made.id, 'mrs  JONES', 'community', 15)).to.equal(true);
    expect(el.signUpsOf(made.id)).to.have.length(1);
    expect(el.shares.tasks.get(made.id)?.minutesByGroup.get('community')).to.equal(45);
  });

  it('an empty plan exports an envelope of its own', async () => {
    const { el, space } = await makePlan();
    const envelope = await el.exportJson();
    expect(envelope).to.include({ kind: 'delivery-plan', space, id: 'main' });
    expect(envelope.data).to.deep.equal({ tasks: {}, signUps: {}, hours: {}, evaluations: {} });
  });

  it('a participant-group that is not a group is said in words', async () => {
    const { el } = await makePlan({ group: 'nobody' });
    expect(textOf($(el, '[part=problems]'))).to.contain('participant-group');
  });
});

describe('<co-delivery-plan> in less common states', () => {
  it('three groups: a task with two of them says which group is still wanted', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const groups = JSON.stringify([
      { id: 'tenants', label: 'Tenants' },
      { id: 'staff', label: 'Staff' },
      { id: 'carers', label: 'Carers' },
    ]);
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <co-delivery-plan
          .store=${store}
          space=${space}
          groups=${groups}
          participant-group="tenants"
        ></co-delivery-plan>
      </div>`,
    );
    const el = wrapper.querySelector('co-delivery-plan') as CoDeliveryPlan;
    await settle(el);
    const made = el.addTask(cooking)!;
    el.signUp(made.id);
    await el.updateComplete;
    // A group of the page's own, in a sentence: its label.
    expect(textOf(task(el, 'Cooking class').querySelector('[part=together]'))).to.equal(
      'Only Tenants are on this task so far.',
    );
    el.signUpFor(made.id, 'Sam', 'staff');
    await el.updateComplete;
    expect(textOf(task(el, 'Cooking class').querySelector('[part=together]'))).to.equal(
      'Still wanted: Carers.',
    );
    await expect(el).to.be.accessible();
  });

  it('the export names the groups wanted and the idea a task came from; a changed answer says so', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await makePlan({ store, space, group: 'community' });
    el.addTask({
      ...cooking,
      groups: ['community'],
      skills: [],
      source: { kind: 'idea-board', space, id: 'main', item: 'i1' },
    });
    el.setStatus(el.tasks[0].id, 'done');
    el.evaluate(el.tasks[0].id, 2);
    await el.updateComplete;
    expect(button(task(el, 'Cooking class'), 'Change my answer')).to.exist;
    expect($<HTMLInputElement>(el, 'input[name=score][value="2"]').checked).to.equal(true);
    const csv = await el.exportCsv();
    expect(csv).to.contain(`idea-board/main/i1`);
    expect(csv).to.contain('People who use services, and their carers: 0 1 0 0 0');
    expect(csv.split('\r\n')[1]).to.contain(',Done,');
  });

  it('answers from a group the page no longer has are still shown', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const t = {
      ...cooking,
      id: 't',
      skills: [],
      status: 'done' as const,
      createdAt: at,
      updatedAt: at,
    };
    const answer = {
      id: 't:x',
      task: 't',
      participant: 'x',
      group: 'retired',
      score: 3,
      updatedAt: at,
    };
    await seedPlan(store, space, {
      tasks: { t },
      signUps: {},
      hours: {},
      evaluations: { 't:x': answer },
    });
    const { el } = await makePlan({ store, space });
    const rows = $$(el, 'table.answers tbody tr').map((row) =>
      [...row.children].map((cell) => textOf(cell)).join(' '),
    );
    expect(rows).to.deep.equal(['retired 0 0 1 0 0']);
  });

  it('a facilitator sees a consenting person with no name, and one with only a phone number', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    await seedOffers(store, space, [
      offer('a', {
        skills: ['cooking'],
        ways: ['co-delivery'],
        consentContact: true,
        phone: '0100',
      }),
    ]);
    const { el } = await makePlan({ store, space, facilitator: true });
    el.addTask({ ...cooking, skills: ['cooking'] });
    await el.updateComplete;
    const contacts = textOf(task(el, 'Cooking class').querySelector('[part=contacts]'));
    expect(contacts).to.contain('A participant');
    expect(contacts).to.contain('0100');
    expect(contacts).not.to.contain('more people');
  });

  it('follows another offers record or board when its attribute changes', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const ref = { space, kind: 'skill-offer', id: 'autumn' };
    const offers = { o: offer('o', { skills: ['cooking'] }) };
    await store.update(recordKey(ref), () => createEnvelope(ref, { offers }));
    await postIdea(
      store,
      { space, id: 'second' },
      { id: 'i', column: 'agreed', title: 'From the second board' },
    );
    const { el } = await makePlan({ store, space, facilitator: true });
    el.addTask({ ...cooking, skills: ['cooking'] });
    el.offers = 'autumn';
    el.board = 'second';
    await waitUntil(() => textOf(el.shadowRoot!).includes('1 person offered “Cooking”'));
    await waitUntil(() => textOf($(el, '.ideas')).includes('From the second board'));
  });

  it('says when the note could not be left on the idea, and keeps the task', async () => {
    const space = freshSpace();
    class RefusingBoard extends MemoryStore {
      override update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
        if (key.includes('/idea-board/')) return Promise.reject(new Error('refused'));
        return super.update(key, next);
      }
    }
    const store = new RefusingBoard();
    await postIdea(new MemoryStore(), { space }, { id: 'i', column: 'agreed', title: 'x' });
    const ref = { space, kind: 'idea-board', id: 'main' };
    await MemoryStore.prototype.update.call(store, recordKey(ref), () =>
      createEnvelope(ref, {
        ideas: {
          i: {
            id: 'i',
            column: 'agreed',
            rank: 1,
            title: 'Agreed idea',
            createdAt: at,
            updatedAt: at,
          },
        },
        votes: {},
      }),
    );
    const { el } = await makePlan({ store, space, facilitator: true });
    const made = await el.taskFromIdea('i');
    expect(made?.title).to.equal('Agreed idea');
    await el.updateComplete;
    expect(textOf($(el, '[part=problems]'))).to.contain(
      'The idea board could not be updated, so the idea does not show its task yet.',
    );
  });

  it('the forms say what to fix: too many skills, and time for someone without internet', async () => {
    const { el } = await makePlan({ facilitator: true });
    $<HTMLInputElement>(el, '#f-title').value = 'Many';
    $<HTMLInputElement>(el, '#f-other').value = Array.from({ length: 21 }, (_, i) => `S${i}`).join(
      ',',
    );
    button(el, 'Add the task').click();
    await settle(el);
    expect(textOf($(el, '#task-form-summary'))).to.contain('Choose at most 20 skills');
    await expect(el).to.be.accessible();
    el.addTask(cooking);
    await el.updateComplete;
    $<HTMLInputElement>(el, '#b-name').value = 'Mrs Jones';
    $<HTMLInputElement>(el, '#b-hours').value = '99';
    button($(el, 'form.broker'), 'Record their time').click();
    await settle(el);
    expect(textOf($(el, '#broker-summary'))).to.contain('Enter the time as whole hours');
    expect($<HTMLInputElement>(el, '#b-name').value).to.equal('Mrs Jones');
    await expect(el).to.be.accessible();
    button($(el, 'form.broker'), 'Sign them up').click();
    await settle(el);
    expect(textOf(task(el, 'Cooking class'))).to.contain('Mrs Jones');
    expect(textOf($(el, '[part=announcer]'))).to.equal('Mrs Jones signed up for “Cooking class”');
  });

  it('a kiosk switched on later starts with a new person', async () => {
    const { el } = await makePlan({});
    el.groupController.choose('community');
    el.kiosk = true;
    await el.updateComplete;
    expect(textOf($(el, '.you'))).to.contain('Which group are you taking part as?');
  });
});
