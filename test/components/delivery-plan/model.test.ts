import { expect } from '@open-wc/testing';
import {
  addTask,
  confirmHours,
  emptyPlan,
  evaluate,
  evaluationsByGroup,
  parseDeliveryPlanData,
  recordHours,
  setStatus,
  signUp,
  withdraw,
} from '../../../src/components/delivery-plan/model.js';
import { readMinutes } from '../../../src/components/delivery-plan/plan-forms.js';

const task = { title: 'T', detail: '', skills: [], when: '', people: null, groups: [] };

describe('delivery plan model', () => {
  it('changes return new data and leave what they were given alone', () => {
    const empty = emptyPlan();
    const one = addTask(empty, 't', task);
    expect(empty.tasks).to.deep.equal({});
    expect(setStatus(one, 't', 'planned')).to.equal(one); // no change, same data
    expect(setStatus(one, 'missing', 'done')).to.equal(one);
    const done = setStatus(one, 't', 'done');
    expect(done.tasks.t).to.include({ status: 'done' });
    expect(one.tasks.t).to.include({ status: 'planned' });
  });

  it('a withdrawal keeps the sign-up, marked; signing up again brings it back', () => {
    const on = signUp(addTask(emptyPlan(), 't', task), { task: 't', participant: 'p', group: 'g' });
    const off = withdraw(on, 't', 'p');
    expect(off.signUps['t:p']).to.include({ withdrawn: true });
    expect(withdraw(off, 't', 'p')).to.equal(off);
    expect(signUp(off, { task: 't', participant: 'p', group: 'g' }).signUps['t:p']).to.include({
      withdrawn: false,
    });
  });

  it('nobody confirms their own time, and confirmed time stays as first confirmed', () => {
    const entry = { task: 't', participant: 'p', group: 'g', minutes: 30 };
    const data = recordHours(emptyPlan(), 'h', entry);
    expect(confirmHours(data, 'h', 'p')).to.equal(data);
    const confirmed = confirmHours(data, 'h', 'q');
    expect(confirmed.hours.h).to.include({ confirmedBy: 'q' });
    expect(confirmHours(confirmed, 'h', 'facilitator')).to.equal(confirmed);
  });

  it('answers are counted by group and point; one answer per person, the latest', () => {
    let data = emptyPlan();
    data = evaluate(data, { task: 't', participant: 'a', group: 'x', score: 2 });
    data = evaluate(data, { task: 't', participant: 'a', group: 'x', score: 5 });
    data = evaluate(data, { task: 't', participant: 'b', group: 'y', score: 1 });
    data = evaluate(data, { task: 'u', participant: 'b', group: 'y', score: 1 });
    expect([...evaluationsByGroup(data, 't')]).to.deep.equal([
      ['x', [0, 0, 0, 0, 1]],
      ['y', [1, 0, 0, 0, 0]],
    ]);
  });

  it('the schema refuses what a plan cannot hold, and says where', () => {
    const good = addTask(emptyPlan(), 't', task);
    expect(parseDeliveryPlanData(JSON.parse(JSON.stringify(good)))).to.deep.equal(good);
    const bad = { ...good, tasks: { t: { ...good.tasks.t, status: 'finished' } } };
    expect(() => parseDeliveryPlanData(bad)).to.throw(/planned, under-way or done/);
    const long = { ...good, tasks: { t: { ...good.tasks.t, title: 'x'.repeat(121) } } };
    expect(() => parseDeliveryPlanData(long)).to.throw();
    const minutes = recordHours(emptyPlan(), 'h', {
      task: 't',
      participant: 'p',
      group: 'g',
      minutes: 2.5,
    });
    expect(() => parseDeliveryPlanData(JSON.parse(JSON.stringify(minutes)))).to.throw();
  });

  it('reads time as typed: whole hours and minutes, more than nothing, a day at most', () => {
    const table: [string, string, number | undefined][] = [
      ['1', '30', 90],
      ['', '45', 45],
      ['2', '', 120],
      [' 3 ', ' 0 ', 180],
      ['0', '0', undefined],
      ['', '', undefined],
      ['1.5', '', undefined],
      ['-1', '', undefined],
      ['1', '60', undefined],
      ['25', '', undefined],
      ['24', '0', 1440],
      ['two', '', undefined],
    ];
    for (const [hours, minutes, expected] of table) {
      expect(readMinutes(hours, minutes), `${hours} h ${minutes} min`).to.equal(expected);
    }
  });
});
