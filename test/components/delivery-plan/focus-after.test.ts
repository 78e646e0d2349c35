import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { postIdea } from '../../../src/core/idea.js';
import { focused, freshSpace, makePlan, settle, task, textOf, cooking } from './helpers.js';

/** Presses a button as a keyboard user does: focus on it, then activate it. */
async function press(el: Parameters<typeof settle>[0], button: HTMLButtonElement) {
  button.focus();
  button.click();
  await settle(el);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<co-delivery-plan> keeps focus where a keyboard user is', () => {
  it('after Sign up, focus is on Withdraw; after Withdraw, on Sign up (it fell to the page)', async () => {
    const { el } = await makePlan({ group: 'community' });
    el.addTask(cooking);
    await settle(el);
    await press(el, task(el, 'Cooking class').querySelector('[data-action=sign-up]')!);
    expect(textOf(focused(el) as Element)).to.equal('Withdraw from “Cooking class”');
    await expect(el).to.be.accessible();
    await press(el, task(el, 'Cooking class').querySelector('[data-action=withdraw]')!);
    expect(textOf(focused(el) as Element)).to.equal('Sign up for “Cooking class”');
  });

  it('after a facilitator moves a task on, focus is on the next step, never a button that undoes it', async () => {
    const { el } = await makePlan({ group: 'community', facilitator: true });
    el.addTask(cooking);
    await settle(el);
    const item = task(el, 'Cooking class');
    await press(el, item.querySelector('[data-status=under-way]')!);
    expect((focused(el) as HTMLElement).dataset.status).to.equal('done');
    await press(el, item.querySelector('[data-status=done]')!);
    expect((focused(el) as HTMLElement).dataset.status).to.equal('under-way');
    await expect(el).to.be.accessible();
  });
});

describe('<co-delivery-plan> confirming time with the keyboard', () => {
  afterEach(() => localStorage.removeItem('together-kit/participant'));
  for (const facilitator of [true, false]) {
    it(`moves focus to the next entry, then to a heading, never the page (${facilitator ? 'facilitator' : 'participant'})`, async () => {
      const store = new MemoryStore();
      const space = freshSpace();
      const { el: giver } = await makePlan({ store, space, group: 'community' });
      const added = giver.addTask(cooking)!;
      giver.signUp(added.id);
      giver.recordTime(added.id, 30);
      giver.recordTime(added.id, 45);
      await giver.exportJson();
      giver.remove();
      // The facilitator, or someone else on the same task (another person: another id), confirms.
      localStorage.setItem('together-kit/participant', `other-${space}`);
      const { el } = await makePlan({ store, space, group: 'professional', facilitator });
      if (!facilitator) el.signUp(added.id);
      await settle(el);
      const confirmButtons = () => [
        ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-hours] button'),
      ];
      await waitUntil(() => confirmButtons().length === 2, 'two entries wait');
      await press(el, confirmButtons()[0]);
      expect(focused(el)).to.equal(confirmButtons()[0]);
      expect(confirmButtons()).to.have.length(1);
      await press(el, confirmButtons()[0]);
      expect(confirmButtons()).to.have.length(0);
      const heading = focused(el) as HTMLElement;
      expect(heading.id).to.equal(facilitator ? 'waiting-heading' : 'you-heading');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<co-delivery-plan> making a task from an agreed idea with the keyboard', () => {
  it('puts focus on the ideas heading once the button gives way, not the page', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    await postIdea(store, { space }, { id: 'idea-1', column: 'agreed', title: 'Saturday club' });
    const { el } = await makePlan({ store, space, facilitator: true, group: 'professional' });
    await waitUntil(() => el.shadowRoot!.querySelector('.ideas button'), 'the idea is offered');
    await press(el, el.shadowRoot!.querySelector<HTMLButtonElement>('.ideas button')!);
    await waitUntil(() => el.tasks.length === 1, 'the task is made');
    await waitUntil(() => focused(el)?.id === 'ideas-heading', 'focus on the heading');
    expect(el.shadowRoot!.querySelector('.ideas button')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<co-delivery-plan> the group question and "Your part" take each other’s place', () => {
  afterEach(() => localStorage.clear());

  for (const kiosk of [false, true]) {
    it(`focus goes to "Your part" after Continue, and to the question after ${kiosk ? '"next person"' : '"Change group"'} (${kiosk ? 'kiosk' : 'own device'})`, async () => {
      const { el } = await makePlan({ kiosk });
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#group-0')!.click();
      await press(
        el,
        root.querySelector<HTMLButtonElement>('.group-question button[type=submit]')!,
      );
      expect(focused(el)?.id).to.equal('you-heading');
      await expect(el).to.be.accessible();
      const next = [...root.querySelectorAll<HTMLButtonElement>('.you button')].find((b) =>
        kiosk ? textOf(b) === 'I have finished: next person' : textOf(b) === 'Change group',
      )!;
      await press(el, next);
      expect(focused(el)?.id).to.equal('group-0');
    });
  }
});
