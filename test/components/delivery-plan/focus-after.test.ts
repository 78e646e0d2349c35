import { expect } from '@open-wc/testing';
import { focused, makePlan, settle, task, textOf } from './helpers.js';

const cooking = {
  title: 'Cooking class',
  detail: '',
  when: '',
  people: null,
  groups: [],
  skills: [],
};

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
