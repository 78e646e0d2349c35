import { expect, oneEvent } from '@open-wc/testing';
import type { CoErrorDetail } from '../../../src/core/events.js';
import type { NewTask } from '../../../src/components/delivery-plan/model.js';
import { $, $$, makePlan, settle, task, textOf } from './helpers.js';

describe('<co-delivery-plan> addTask() from a page’s script', () => {
  it('fills in what a task leaves out, and draws it (it used to stop drawing the plan)', async () => {
    const { el, store, space } = await makePlan({ group: 'community' });
    const added = el.addTask({ title: '  Cook lunch 🍲  ' } as NewTask)!;
    await settle(el);
    expect(added).to.include({ title: 'Cook lunch 🍲', detail: '', when: '', people: null });
    expect(added.groups).to.deep.equal([]);
    expect(added.skills).to.deep.equal([]);
    expect(textOf(task(el, 'Cook lunch 🍲'))).to.contain('Sign up');
    // What was saved reads back: a second plan on the same store shows the task.
    await el.exportJson();
    const { el: again } = await makePlan({ store, space, group: 'community' });
    expect(again.tasks.map((t) => t.title)).to.deep.equal(['Cook lunch 🍲']);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'cy']) {
    it(`refuses a task that does not fit, in words and as co-error, saving nothing (${lang})`, async () => {
      const { el, store, space } = await makePlan({ lang });
      const heard = oneEvent(el, 'co-error');
      expect(el.addTask({ title: ' ' } as NewTask)).to.equal(undefined);
      const { detail } = (await heard) as CustomEvent<CoErrorDetail>;
      expect(detail.code).to.equal('input-invalid');
      await el.updateComplete;
      const said = textOf($(el, '[part=problems]'));
      expect(said).to.contain(
        lang === 'cy' ? 'Doedd dim modd ychwanegu’r dasg' : 'The task could not be added',
      );
      expect(said).to.contain('(title: a task needs a title)');
      expect(el.tasks).to.deep.equal([]);
      expect(await store.list(space)).to.deep.equal([]);
      expect(el.addTask({ title: 'x'.repeat(121) } as NewTask)).to.equal(undefined);
      // The next task that fits is added, and the problem goes.
      expect(el.addTask({ title: 'Garden' } as NewTask)).to.exist;
      await el.updateComplete;
      expect($$(el, '[part=problems]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }
});
