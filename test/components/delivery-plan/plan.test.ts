import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deliveryPlanMessages as lazyMessages } from '../../../src/components/delivery-plan/messages.js';
import { welsh as planWelsh } from '../../../src/components/delivery-plan/messages-cy.js';
import type { Catalog } from '../../../src/core/i18n.js';

// English is in the element; Welsh loads when an element first speaks it (messages-cy.ts).
const deliveryPlanMessages = { en: lazyMessages.en as Catalog, cy: planWelsh };
import type { CoErrorDetail } from '../../../src/core/events.js';
import { $, $$, button, focused, makePlan, MARKUP, settle, task, textOf } from './helpers.js';

describe('<co-delivery-plan>', () => {
  it('an empty plan says so, asks the group, and is accessible', async () => {
    const { el } = await makePlan();
    expect(textOf($(el, '.task-section'))).to.contain('There are no tasks yet.');
    expect(textOf($(el, '.you'))).to.contain('Which group are you taking part as?');
    await expect(el).to.be.accessible();
  });

  it("a participant's page has no facilitator's panel; set later, it arrives with the update, ready for the keyboard", async () => {
    const { el } = await makePlan({ group: 'community' });
    expect(el.shadowRoot!.querySelector('.facilitator')).to.equal(null);
    el.facilitator = true;
    // The panel loads by import() the first time; updateComplete waits for it.
    await el.updateComplete;
    expect(textOf($(el, '.facilitator'))).to.contain('Add a task');
    $<HTMLInputElement>(el, '#f-title').focus();
    await sendKeys({ type: 'Litter pick' });
    expect(focused(el)).to.equal($(el, '#f-title'));
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal('Litter pick');
    await expect(el).to.be.accessible();
    // The exports load when first asked for too; files are named as every record's are.
    expect(await el.exportCsv()).to.contain('Task');
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      button(el, 'Download the plan (CSV)').click();
      await waitUntil(() => names.length === 1, 'the CSV downloaded', { timeout: 3000 });
      button(el, 'Download the plan (JSON)').click();
      await waitUntil(() => names.length === 2, 'the JSON downloaded', { timeout: 3000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names[0]).to.match(/-delivery-plan-main-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(names[1]).to.match(/-delivery-plan-main-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('the facilitator adds a task by its form; a hostile title and skill are shown as text', async () => {
    const { el } = await makePlan({ facilitator: true, group: 'professional' });
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#f-title').value = MARKUP;
    $<HTMLInputElement>(el, '#f-other').value = `${MARKUP}, Beekeeping`;
    $<HTMLInputElement>(el, '#f-skill-2').checked = true; // Cooking
    $<HTMLInputElement>(el, '#f-when').value = 'Saturdays in June';
    $<HTMLInputElement>(el, '#f-people').value = '4';
    button(el, 'Add the task').click();
    await settle(el);
    expect(el.tasks).to.have.length(1);
    const [made] = el.tasks;
    expect(made.title).to.equal(MARKUP);
    expect(made.skills).to.deep.equal(['cooking', MARKUP, 'Beekeeping']);
    expect(made.groups).to.deep.equal([]); // both, the default
    expect(made.people).to.equal(4);
    const item = task(el, MARKUP);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(item)).to.contain(`Nobody has offered “${MARKUP}” yet`);
    expect(textOf(item)).to.contain('When: Saturdays in June');
    expect(textOf(item)).to.contain(
      'Groups wanted: People who use services, and their carers and Professionals and staff',
    );
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal(''); // the form starts afresh
    await expect(el).to.be.accessible();
  });

  it('a task form with something to fix keeps what was typed, says what, and fires co-error', async () => {
    const { el } = await makePlan({ facilitator: true });
    $<HTMLInputElement>(el, '#f-when').value = 'Mondays';
    $<HTMLInputElement>(el, '#f-people').value = 'lots';
    for (const box of $$<HTMLInputElement>(el, 'input[name=groups]')) box.checked = false;
    const error = oneEvent(el, 'co-error');
    button(el, 'Add the task').click();
    const detail = ((await error) as CustomEvent<CoErrorDetail>).detail;
    expect(detail.code).to.equal('input-invalid');
    await el.updateComplete;
    const summary = $(el, '#task-form-summary');
    expect(focused(el)).to.equal(summary);
    expect(textOf(summary)).to.contain('Enter what the task is');
    expect(textOf(summary)).to.contain('Enter how many people as a whole number from 1 to 500');
    expect(textOf(summary)).to.contain('Choose at least one group');
    expect($<HTMLInputElement>(el, '#f-when').value).to.equal('Mondays');
    expect($<HTMLInputElement>(el, '#f-people').value).to.equal('lots');
    expect(el.tasks).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('signs up and withdraws by keyboard, buttons named by task; one group on a task is said plainly', async () => {
    const { el } = await makePlan({ group: 'professional' });
    el.addTask({ title: 'Cooking class', detail: '', skills: [], when: '', people: 2, groups: [] });
    el.addTask({ title: 'Garden day', detail: '', skills: [], when: '', people: null, groups: [] });
    await el.updateComplete;
    const signUp = button(task(el, 'Cooking class'), 'Sign up for “Cooking class”');
    signUp.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const item = task(el, 'Cooking class');
    expect(textOf(item.querySelector('[part=together]'))).to.equal(
      'Only professionals are on this task so far.',
    );
    expect(textOf(item)).to.contain('On this task: Professionals and staff: 1');
    expect(textOf($(el, '[part=announcer]'))).to.contain('You signed up for “Cooking class”.');
    expect(textOf($(el, '.you'))).to.contain('You are on 1 task.');
    await expect(el).to.be.accessible();
    const withdraw = button(item, 'Withdraw from “Cooking class”');
    withdraw.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(textOf(task(el, 'Cooking class').querySelector('[part=together]'))).to.equal(
      'Nobody is on this task yet.',
    );
    expect(textOf($(el, '.you'))).to.contain('You are on 0 tasks.');
    // The withdrawal stays in the record, so a merge with an older copy keeps it.
    const saved = Object.values((await el.exportJson()).data.signUps);
    expect(saved).to.have.length(1);
    expect(saved[0]).to.include({ withdrawn: true, group: 'professional' });
  });

  it('the list of tasks is a list with names, and status changes are announced', async () => {
    const { el } = await makePlan({ facilitator: true, group: 'community' });
    el.addTask({
      title: 'Peer course',
      detail: 'Six weeks',
      skills: [],
      when: '',
      people: null,
      groups: [],
    });
    await el.updateComplete;
    const list = $(el, 'ul.tasks');
    expect(list.getAttribute('aria-labelledby')).to.equal('tasks-heading');
    expect(textOf($(el, '#tasks-heading'))).to.equal('Tasks');
    const item = task(el, 'Peer course');
    expect(textOf(el.shadowRoot!.getElementById(item.getAttribute('aria-labelledby')!))).to.equal(
      'Peer course',
    );
    button(item, 'Mark as under way (“Peer course”)').click();
    await el.updateComplete;
    expect(textOf($(el, '[part=announcer]'))).to.equal('“Peer course” is now under way.');
    expect(textOf(task(el, 'Peer course').querySelector('.status-tag'))).to.equal(
      'Status: Under way',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh, and the Welsh catalog has every English key', async () => {
    const en = Object.keys(deliveryPlanMessages.en).sort();
    const cy = Object.keys(deliveryPlanMessages.cy).sort();
    expect(cy).to.deep.equal(en);
    for (const key of en) {
      const english = deliveryPlanMessages.en[key];
      const welsh = deliveryPlanMessages.cy[key];
      expect(typeof welsh, key).to.equal(typeof english);
      // Placeholders are the same in both languages.
      const holes = (m: unknown) =>
        JSON.stringify(m)
          .match(/\{\w+\}/g)
          ?.sort() ?? [];
      expect(new Set(holes(welsh)), key).to.deep.equal(new Set(holes(english)));
    }
    const { el } = await makePlan({ lang: 'cy', facilitator: true, group: 'community' });
    el.addTask({
      title: 'Dosbarth',
      detail: '',
      skills: ['cooking'],
      when: '',
      people: null,
      groups: [],
    });
    await el.updateComplete;
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('Rhedeg y cynllun');
    expect(text).to.contain('Tasgau');
    expect(text).to.contain('Does neb wedi cynnig “Coginio” eto');
    for (const english of ['Sign up', 'Run the plan', 'Tasks', 'Nobody', 'Status']) {
      expect(text, english).not.to.contain(english);
    }
    await expect(el).to.be.accessible();
  });
});

describe('<co-delivery-plan kiosk>', () => {
  it('one shared device: each person says their group, signs up, and hands over', async () => {
    const { el } = await makePlan({ kiosk: true });
    el.addTask({
      title: 'Peer course',
      detail: '',
      skills: [],
      when: '',
      people: null,
      groups: [],
    });
    await el.updateComplete;
    expect(textOf($(el, '.kiosk-note'))).to.equal(
      'This device is shared: each person signs up in turn.',
    );
    const choose = async (index: number) => {
      $<HTMLInputElement>(el, `#group-${index}`).click();
      button(el, 'Continue').click();
      await el.updateComplete;
    };
    await choose(0);
    button(task(el, 'Peer course'), 'Sign up for “Peer course”').click();
    await el.updateComplete;
    // No running totals of people at a shared device, and no time form: only the hand-over.
    expect(textOf($(el, '.you'))).not.to.contain('You are on');
    expect(task(el, 'Peer course').querySelector('form.time-form')).to.equal(null);
    await expect(el).to.be.accessible();
    button(el, 'I have finished: next person').click();
    await el.updateComplete;
    expect(textOf($(el, '.you'))).to.contain('Which group are you taking part as?');
    await choose(1);
    button(task(el, 'Peer course'), 'Sign up for “Peer course”').click();
    await el.updateComplete;
    expect(textOf(task(el, 'Peer course').querySelector('[part=together]'))).to.equal(
      'Delivered together: both groups are on this task.',
    );
    expect(el.shares.tasks.get(el.tasks[0].id)?.people).to.equal(2);
  });
});
