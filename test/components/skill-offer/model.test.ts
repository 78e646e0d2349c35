import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  chooseSupport,
  days,
  draftToOffer,
  emptyDraft,
  fieldConfig,
  offerToDraft,
  supportNeeds,
  times,
  ways,
  type FieldConfig,
  type OfferDraft,
} from '../../../src/components/skill-offer/model.js';
import {
  isEmail,
  isPhone,
  validateDraft,
} from '../../../src/components/skill-offer/offer-validation.js';
import {
  addOtherSkill,
  applyControl,
  draftEntries,
  draftFormData,
  draftFromEntries,
  removeOtherSkill,
} from '../../../src/components/skill-offer/form-entries.js';

const config = (hide = '', require = 'skills'): FieldConfig => fieldConfig(hide, require).config;
const draft = (changes: Partial<OfferDraft> = {}): OfferDraft => ({
  ...emptyDraft(),
  skills: ['cooking'],
  ...changes,
});
const meta = {
  id: 'offer-1',
  participant: 'p-1',
  lang: 'en',
  retention: '12 months',
  now: new Date('2026-11-29T10:00:00.000Z'),
};

describe('skill offer model: validation', () => {
  const cases: [string, Partial<OfferDraft>, string, string | undefined][] = [
    ['a skill from the list is enough by default', {}, '', undefined],
    ['no skill at all, when skills are required', { skills: [] }, '', 'error.skills-required'],
    ['a skill in own words counts', { skills: [], otherSkills: ['Baking'] }, '', undefined],
    ['a skill still in the add box counts', { skills: [], newSkill: 'Baking' }, '', undefined],
    [
      'a blank skill in the add box does not',
      { skills: [], newSkill: '   ' },
      '',
      'error.skills-required',
    ],
    ['an own skill over 60 characters', { otherSkills: ['x'.repeat(61)] }, '', 'error.skill-long'],
    [
      'more than 20 own skills',
      { otherSkills: Array.from({ length: 21 }, (_, i) => `s${i}`) },
      '',
      'error.skills-many',
    ],
    ['a required name left blank', { name: '  ' }, 'name', 'error.name-required'],
    ['a name over 100 characters', { name: 'n'.repeat(101) }, '', 'error.name-long'],
    ['a required contact with neither', {}, 'contact', 'error.contact-required'],
    [
      'an email without @',
      { email: 'ceri.example.com', consentContact: true },
      '',
      'error.email-format',
    ],
    [
      'an email without a dot after @',
      { email: 'ceri@example', consentContact: true },
      '',
      'error.email-format',
    ],
    ['a good email', { email: 'ceri@example.com', consentContact: true }, '', undefined],
    ['a phone with letters', { phone: '0161 ABC', consentContact: true }, '', 'error.phone-format'],
    [
      'a phone with too few digits',
      { phone: '12345', consentContact: true },
      '',
      'error.phone-format',
    ],
    ['a UK phone', { phone: '07700 900 982', consentContact: true }, '', undefined],
    [
      'an international phone',
      { phone: '+44 (0)808 157 0192', consentContact: true },
      '',
      undefined,
    ],
    [
      'contact details without contact consent',
      { email: 'ceri@example.com' },
      '',
      'error.consent-contact',
    ],
    ['a required group not chosen', {}, 'group', 'error.group-required'],
    [
      'required experience left blank',
      { experience: '\n' },
      'experience',
      'error.experience-required',
    ],
    [
      'experience over 2000 characters',
      { experience: 'e'.repeat(2001) },
      '',
      'error.experience-long',
    ],
    ['required ways with none ticked', {}, 'ways', 'error.ways-required'],
    ['required hours left blank', {}, 'hours', 'error.hours-required'],
    ['hours that are not a number', { hours: 'four' }, '', 'error.hours-format'],
    ['hours with a decimal point', { hours: '2.5' }, '', 'error.hours-format'],
    ['zero hours', { hours: '0' }, '', 'error.hours-range'],
    ['more than 200 hours', { hours: '201' }, '', 'error.hours-range'],
    ['4 hours', { hours: ' 4 ' }, 'hours', undefined],
    [
      'required availability with nothing ticked',
      {},
      'availability',
      'error.availability-required',
    ],
    ['a time of day is availability enough', { times: ['evening'] }, 'availability', undefined],
    ['required support with nothing ticked', {}, 'support', 'error.support-required'],
    ['"none" answers a required support question', { support: ['none'] }, 'support', undefined],
    [
      '"something else" without saying what',
      { support: ['other'] },
      '',
      'error.support-other-required',
    ],
    [
      '"something else" over 500 characters',
      { support: ['other'], supportOther: 'o'.repeat(501) },
      '',
      'error.support-other-long',
    ],
  ];
  for (const [name, changes, require, expected] of cases) {
    it(`${expected ? 'rejects' : 'accepts'} ${name}`, () => {
      const errors = validateDraft(draft(changes), config('', `skills ${require}`));
      expect(errors[0]?.key).to.equal(expected);
    });
  }

  it('never checks a hidden field, even when it is also required', () => {
    const errors = validateDraft(
      draft({ skills: [], name: '', email: 'nonsense' }),
      config('skills name contact', 'skills name'),
    );
    expect(errors).to.deep.equal([]);
  });

  it('lists errors in the order the questions are shown, one per field', () => {
    const errors = validateDraft(
      draft({ skills: [], email: 'bad', hours: 'x' }),
      config('', 'name skills ways'),
    );
    expect(errors.map((e) => [e.field, e.control])).to.deep.equal([
      ['name', 'name'],
      ['contact', 'email'],
      ['skills', 'skills'],
      ['ways', 'ways'],
      ['hours', 'hours'],
      ['consent-contact', 'consent-contact'],
    ]);
  });

  const emails: [string, boolean][] = [
    ['a@b.co', true],
    ['first.last+tag@council.gov.uk', true],
    ['no-at.example.com', false],
    ['two@@example.com', false],
    ['space in@example.com', false],
    ['trailing@example.', false],
  ];
  for (const [email, ok] of emails) {
    it(`reads ${email} as ${ok ? 'an' : 'not an'} email address`, () => {
      expect(isEmail(email)).to.equal(ok);
    });
  }

  const phones: [string, boolean][] = [
    ['01632 960 001', true],
    ['+44 808 157 0192', true],
    ['(029) 2018 0000', true],
    ['123456', false],
    ['1234567890123456', false],
    ['call me', false],
  ];
  for (const [phone, ok] of phones) {
    it(`reads ${phone} as ${ok ? 'a' : 'not a'} phone number`, () => {
      expect(isPhone(phone)).to.equal(ok);
    });
  }
});

describe('skill offer model: fields the page hides or requires', () => {
  it('reads space-separated names and reports the ones it does not know', () => {
    const { config: c, unknown } = fieldConfig('  hours  colour ', 'name consent-share shoe');
    expect([...c.hidden]).to.deep.equal(['hours']);
    expect([...c.required]).to.deep.equal(['name']);
    expect(unknown).to.deep.equal(['colour', 'consent-share', 'shoe']);
  });

  it('does not ask for contact details when it cannot ask for consent to use them', () => {
    expect(fieldConfig('consent-contact', '').config.hidden.has('contact')).to.be.true;
    expect(fieldConfig('contact', '').config.hidden.has('consent-contact')).to.be.false;
  });
});

describe('skill offer model: from draft to offer', () => {
  it('trims text, adds the skill still in the box, and keeps what was consented', () => {
    const offer = draftToOffer(
      draft({
        name: '  Ceri   Jones ',
        email: ' ceri@example.com ',
        consentContact: true,
        otherSkills: ['Baking'],
        newSkill: ' baking ',
        hours: '4',
        support: ['other'],
        supportOther: '  a quiet room ',
      }),
      config(),
      meta,
    );
    expect(offer).to.include({
      id: 'offer-1',
      participant: 'p-1',
      name: 'Ceri Jones',
      email: 'ceri@example.com',
      hours: 4,
      supportOther: 'a quiet room',
      consentContact: true,
      consentShare: false,
      retention: '12 months',
      createdAt: '2026-11-29T10:00:00.000Z',
    });
    expect(offer.otherSkills).to.deep.equal(['Baking']);
  });

  it('never keeps contact details without contact consent', () => {
    const offer = draftToOffer(draft({ email: 'a@b.co', phone: '01632 960 001' }), config(), meta);
    expect(offer.email).to.equal('');
    expect(offer.phone).to.equal('');
  });

  it('leaves hidden fields empty whatever the draft held', () => {
    const offer = draftToOffer(
      draft({ name: 'Ceri', experience: 'x', days: ['mon'], consentShare: true }),
      config('name experience availability consent-share'),
      meta,
    );
    expect(offer).to.include({ name: '', experience: '', consentShare: false });
    expect(offer.days).to.deep.equal([]);
  });

  it('keeps the first sent date when an offer is changed', () => {
    const offer = draftToOffer(draft(), config(), {
      ...meta,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(offer.createdAt).to.equal('2026-01-01T00:00:00.000Z');
    expect(offer.updatedAt).to.equal('2026-11-29T10:00:00.000Z');
  });

  it('comes back as the same draft for changing', () => {
    const before = draft({
      name: 'Ceri',
      ways: ['co-design'],
      hours: '6',
      days: ['sat'],
      support: ['travel'],
    });
    const offer = draftToOffer(before, config(), meta);
    expect(offerToDraft(offer)).to.deep.equal({ ...before, id: 'offer-1' });
  });
});

describe('skill offer model: controls', () => {
  it('treats "I do not need anything" as exclusive', () => {
    expect(chooseSupport(['travel', 'childcare'], 'none', true)).to.deep.equal(['none']);
    expect(chooseSupport(['none'], 'travel', true)).to.deep.equal(['travel']);
    expect(chooseSupport(['travel'], 'step-free', true)).to.deep.equal(['travel', 'step-free']);
    expect(chooseSupport(['travel', 'step-free'], 'travel', false)).to.deep.equal(['step-free']);
  });

  it('turns each control change into the next draft, the same change twice changing nothing more', () => {
    let d = emptyDraft();
    d = applyControl(d, { name: 'name', value: 'Ceri' });
    d = applyControl(d, { name: 'skills', value: 'cooking', checked: true });
    d = applyControl(d, { name: 'skills', value: 'cooking', checked: true });
    d = applyControl(d, { name: 'ways', value: 'co-design', checked: true });
    d = applyControl(d, { name: 'ways', value: 'not-a-way', checked: true });
    d = applyControl(d, { name: 'group', value: 'community', checked: true });
    d = applyControl(d, { name: 'group', value: 'professional', checked: false });
    d = applyControl(d, { name: 'days', value: 'sun', checked: true });
    d = applyControl(d, { name: 'days', value: 'mon', checked: true });
    d = applyControl(d, { name: 'times', value: 'evening', checked: true });
    d = applyControl(d, { name: 'times', value: 'evening', checked: false });
    d = applyControl(d, { name: 'support', value: 'travel', checked: true });
    d = applyControl(d, { name: 'support', value: 'teleport', checked: true });
    d = applyControl(d, { name: 'consent-contact', value: 'yes', checked: true });
    d = applyControl(d, { name: 'consent-share', value: 'yes', checked: true });
    d = applyControl(d, { name: 'unknown', value: 'x' });
    expect(d).to.deep.include({
      name: 'Ceri',
      skills: ['cooking'],
      ways: ['co-design'],
      group: 'community',
      days: ['mon', 'sun'],
      times: [],
      support: ['travel'],
      consentContact: true,
      consentShare: true,
    });
  });

  it('adds and removes skills in the person’s own words, without repeats', () => {
    let d = { ...emptyDraft(), newSkill: 'Baking' };
    d = addOtherSkill(d);
    d = addOtherSkill({ ...d, newSkill: 'BAKING' });
    d = addOtherSkill({ ...d, newSkill: 'Knitting' });
    expect(d.otherSkills).to.deep.equal(['Baking', 'Knitting']);
    expect(d.newSkill).to.equal('');
    expect(removeOtherSkill(d, 'Baking').otherSkills).to.deep.equal(['Knitting']);
  });
});

describe('skill offer model: form entries', () => {
  it('posts one entry per field and one per ticked box, with the page’s prefix', () => {
    const entries = draftEntries(
      draft({ name: 'Ceri', skills: ['cooking', 'driving'], consentShare: true }),
      config('contact experience hours availability support'),
      'offer',
    );
    expect(entries).to.deep.equal([
      ['offer-name', 'Ceri'],
      ['offer-skills', 'cooking'],
      ['offer-skills', 'driving'],
      ['offer-consent-share', 'yes'],
    ]);
  });

  // Any draft a person could make posts and reads back as itself (the pending skill moves
  // into the list, as it does when the form is sent).
  const text = fc.string({ maxLength: 30 });
  const subset = <T extends string>(values: readonly T[]) =>
    fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));
  const drafts = fc.record({
    name: text,
    email: text,
    phone: text,
    group: fc.constantFrom('', 'community', 'professional'),
    skills: fc.uniqueArray(fc.constantFrom('cooking', 'driving', 'welsh', 'art'), { maxLength: 4 }),
    otherSkills: fc.uniqueArray(
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((s) => s.trim() === s && s !== '' && !/\s\s/.test(s)),
      {
        maxLength: 3,
        comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
      },
    ),
    newSkill: fc.constant(''),
    experience: text,
    ways: subset(ways),
    hours: text,
    days: subset(days),
    times: subset(times),
    support: subset(supportNeeds),
    supportOther: text,
    consentContact: fc.boolean(),
    consentShare: fc.boolean(),
  });

  it('reads back every draft it posts (FormData round trip)', () => {
    fc.assert(
      fc.property(drafts, fc.constantFrom('', 'offer'), (d, prefix) => {
        const data = draftFormData(d, config(''), prefix);
        const back = draftFromEntries(data.entries(), prefix);
        const expected = { ...d, supportOther: d.support.includes('other') ? d.supportOther : '' };
        expect(back).to.deep.equal(expected);
      }),
    );
  });

  it('ignores entries of other names and values it does not know', () => {
    const back = draftFromEntries([
      ['search', 'x'],
      ['ways', 'co-design'],
      ['ways', 'co-hacking'],
      ['days', 'someday'],
      ['consent-contact', 'on'],
    ]);
    expect(back.ways).to.deep.equal(['co-design']);
    expect(back.days).to.deep.equal([]);
    expect(back.consentContact).to.be.false;
  });
});
