import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  consentsToDeliveryContact,
  deliveryShares,
  isConfirmed,
  matchOffers,
  skillKey,
  type HoursForShares,
  type OfferForMatching,
  type SignUpForShares,
} from '../../src/core/delivery.js';

const offer = (id: string, over: Partial<OfferForMatching> = {}): OfferForMatching => ({
  id,
  group: 'community',
  name: `Name ${id}`,
  email: `${id}@example.org`,
  phone: '',
  skills: [],
  otherSkills: [],
  ways: [],
  consentContact: false,
  ...over,
});

describe('matchOffers', () => {
  it('counts the offers that have any of a task’s skills, by group and by skill', () => {
    const offers = [
      offer('a', { skills: ['cooking'] }),
      offer('b', { skills: ['cooking', 'driving'], group: 'professional' }),
      offer('c', { otherSkills: ['  Baking   BREAD '] }),
      offer('d', { skills: ['gardening'] }),
    ];
    const matches = matchOffers(
      [
        { id: 't1', skills: ['cooking', 'driving', 'Baking bread'] },
        { id: 't2', skills: ['welsh'] },
        { id: 't3', skills: [] },
      ],
      offers,
    );
    const t1 = matches.get('t1')!;
    expect(t1.count).to.equal(3);
    expect([...t1.byGroup]).to.deep.equal([
      ['community', 2],
      ['professional', 1],
    ]);
    expect([...t1.bySkill]).to.deep.equal([
      ['cooking', 2],
      ['driving', 1],
      ['Baking bread', 1],
    ]);
    expect(matches.get('t2')!.count).to.equal(0);
    expect(matches.get('t2')!.contactable()).to.deep.equal([]);
    expect(matches.get('t3')!.count).to.equal(0);
  });

  // The table of consent: only "contact me" together with "I would help deliver" hands out a
  // name and contact details; every other offer is a number.
  const consentCases: [string, Partial<OfferForMatching>, boolean][] = [
    ['no consent, no delivery', {}, false],
    ['contact consent only', { consentContact: true, ways: ['co-design'] }, false],
    ['delivery only, no contact consent', { ways: ['co-delivery'] }, false],
    ['both', { consentContact: true, ways: ['co-design', 'co-delivery'] }, true],
  ];
  for (const [name, over, shown] of consentCases) {
    it(`hands out contact details only with consent: ${name}`, () => {
      const o = offer('x', { skills: ['cooking'], ...over });
      const match = matchOffers([{ id: 't', skills: ['cooking'] }], [o]).get('t')!;
      expect(match.count).to.equal(1);
      expect(consentsToDeliveryContact(o)).to.equal(shown);
      expect(match.contactable()).to.deep.equal(
        shown
          ? [
              {
                offer: 'x',
                group: 'community',
                name: 'Name x',
                email: 'x@example.org',
                phone: '',
                skills: ['cooking'],
              },
            ]
          : [],
      );
      expect(JSON.stringify([...match.byGroup, ...match.bySkill])).not.to.contain('Name x');
    });
  }

  it('keeps skills and groups named like object keys apart ("__proto__", "constructor")', () => {
    const offers = [
      offer('a', { otherSkills: ['__proto__'], group: '__proto__' }),
      offer('b', { otherSkills: ['constructor'] }),
    ];
    const match = matchOffers([{ id: 't', skills: ['__proto__', 'constructor'] }], offers).get(
      't',
    )!;
    expect(match.count).to.equal(2);
    expect(match.bySkill.get('__proto__')).to.equal(1);
    expect(match.byGroup.get('__proto__')).to.equal(1);
  });

  it('equals a plain comparison of every task with every offer (property)', () => {
    const skill = fc.constantFrom('cooking', 'Cooking ', 'driving', 'welsh', 'Baking bread', '');
    const anOffer = fc.record({
      id: fc.uuid(),
      group: fc.constantFrom('community', 'professional'),
      name: fc.string(),
      email: fc.string(),
      phone: fc.string(),
      skills: fc.array(skill, { maxLength: 3 }),
      otherSkills: fc.array(skill, { maxLength: 2 }),
      ways: fc.subarray(['co-design', 'co-delivery']),
      consentContact: fc.boolean(),
    });
    const aTask = fc.record({ id: fc.uuid(), skills: fc.array(skill, { maxLength: 3 }) });
    fc.assert(
      fc.property(
        fc.array(aTask, { maxLength: 6 }),
        fc.uniqueArray(anOffer, { maxLength: 12, selector: (o) => o.id }),
        (tasks, offers) => {
          const matches = matchOffers(tasks, offers);
          for (const task of tasks) {
            const wanted = new Set(task.skills.map(skillKey).filter(Boolean));
            const having = offers.filter((o) =>
              [...o.skills, ...o.otherSkills].some((s) => wanted.has(skillKey(s))),
            );
            const match = matches.get(task.id)!;
            expect(match.count).to.equal(having.length);
            expect(match.contactable().map((c) => c.offer)).to.deep.equal(
              having.filter(consentsToDeliveryContact).map((o) => o.id),
            );
            let byGroup = 0;
            for (const n of match.byGroup.values()) byGroup += n;
            expect(byGroup).to.equal(having.length);
          }
        },
      ),
    );
  });
});

describe('deliveryShares', () => {
  const groups = ['community', 'professional'];
  const up = (task: string, participant: string, group: string, withdrawn = false) => ({
    task,
    participant,
    group,
    ...(withdrawn ? { withdrawn } : {}),
  });

  it('says who is on each task by group, which group is missing, and when it is together', () => {
    const shares = deliveryShares(
      [{ id: 'both' }, { id: 'one' }, { id: 'none' }, { id: 'staff', groups: ['professional'] }],
      [
        up('both', 'p1', 'community'),
        up('both', 'p2', 'professional'),
        up('both', 'p1', 'community'), // signed up again on a second device
        up('one', 'p3', 'professional'),
        up('one', 'p4', 'community', true), // withdrew
        up('staff', 'p2', 'professional'),
      ],
      [],
      groups,
    );
    expect(shares.tasks.get('both')).to.deep.include({ people: 2, missing: [], together: true });
    expect(shares.tasks.get('one')).to.deep.include({
      people: 1,
      missing: ['community'],
      together: false,
      onlyGroup: 'professional',
    });
    expect(shares.tasks.get('none')).to.deep.include({
      people: 0,
      missing: groups,
      together: false,
    });
    // One group wanted and present is not "together": together needs two groups.
    expect(shares.tasks.get('staff')).to.deep.include({ missing: [], together: false });
    expect(shares.together).to.equal(1);
    expect(shares.people.get('p1')!.tasks).to.equal(1);
    expect(shares.people.get('p2')!.tasks).to.equal(2);
    expect(shares.people.has('p4')).to.equal(false);
  });

  it('counts time only once someone else has confirmed it', () => {
    const hours: HoursForShares[] = [
      { task: 't', participant: 'p1', group: 'community', minutes: 90, confirmedBy: 'f1' },
      { task: 't', participant: 'p1', group: 'community', minutes: 30 },
      { task: 't', participant: 'p2', group: 'professional', minutes: 60, confirmedBy: 'p2' },
      { task: 't', participant: 'p2', group: 'professional', minutes: 45, confirmedBy: 'p1' },
    ];
    expect(hours.map(isConfirmed)).to.deep.equal([true, false, false, true]);
    const shares = deliveryShares([{ id: 't' }], [], hours, groups);
    expect(shares.people.get('p1')).to.deep.equal({ tasks: 0, minutes: 90, waiting: 30 });
    expect(shares.people.get('p2')).to.deep.equal({ tasks: 0, minutes: 45, waiting: 60 });
    expect([...shares.minutesByGroup]).to.deep.equal([
      ['community', 90],
      ['professional', 45],
    ]);
    expect([...shares.tasks.get('t')!.minutesByGroup]).to.deep.equal([...shares.minutesByGroup]);
  });

  it('holds its sums whatever the order of sign-ups and hours (property)', () => {
    const signUp = fc.record({
      task: fc.constantFrom('t1', 't2', 't3'),
      participant: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      group: fc.constantFrom(...groups),
      withdrawn: fc.boolean(),
    });
    const entry = fc.record(
      {
        task: fc.constantFrom('t1', 't2', 't3'),
        participant: fc.constantFrom('p1', 'p2', 'p3'),
        group: fc.constantFrom(...groups),
        minutes: fc.integer({ min: 0, max: 600 }),
        confirmedBy: fc.constantFrom('p1', 'f1'),
      },
      { requiredKeys: ['task', 'participant', 'group', 'minutes'] },
    );
    const tasks = [{ id: 't1' }, { id: 't2' }, { id: 't3', groups: ['community'] }];
    fc.assert(
      fc.property(
        fc.array(signUp, { maxLength: 20 }),
        fc.array(entry, { maxLength: 20 }),
        fc.nat(),
        (signUps: SignUpForShares[], hours: HoursForShares[], seed) => {
          const shares = deliveryShares(tasks, signUps, hours, groups);
          // Shuffled input: the same people and figures, whatever came first.
          const rotate = <T>(list: T[]) =>
            list.length
              ? [...list.slice(seed % list.length), ...list.slice(0, seed % list.length)]
              : list;
          const confirmed = hours.filter(isConfirmed).reduce((sum, h) => sum + h.minutes, 0);
          let byGroup = 0;
          for (const m of shares.minutesByGroup.values()) byGroup += m;
          expect(byGroup).to.equal(confirmed);
          let byPerson = 0;
          for (const p of shares.people.values()) byPerson += p.minutes;
          expect(byPerson).to.equal(confirmed);
          for (const task of tasks) {
            const share = shares.tasks.get(task.id)!;
            const active = new Set(
              signUps.filter((s) => !s.withdrawn && s.task === task.id).map((s) => s.participant),
            );
            expect(share.people).to.equal(active.size);
            expect(share.together).to.equal(share.byGroup.size >= 2 && share.missing.length === 0);
          }
          const reordered = deliveryShares(tasks, rotate([...signUps]), rotate([...hours]), groups);
          expect([...reordered.minutesByGroup].sort()).to.deep.equal(
            [...shares.minutesByGroup].sort(),
          );
          for (const task of tasks) {
            expect(reordered.tasks.get(task.id)!.people).to.equal(
              shares.tasks.get(task.id)!.people,
            );
          }
        },
      ),
    );
  });
});
