import { expect } from '@open-wc/testing';
import { toCsv } from '../../../src/core/csv.js';
import { translate, type Catalog } from '../../../src/core/i18n.js';
import {
  matchesFilter,
  noFilter,
  visibleOffer,
  visibleOtherSkills,
} from '../../../src/components/skill-offer/directory-model.js';
import { parseLabels, overrideFor } from '../../../src/components/skill-offer/labels.js';
import { offerExportWords } from '../../../src/components/skill-offer/export-messages.js';
import { skillOfferMessages } from '../../../src/components/skill-offer/messages.js';
import { welsh } from '../../../src/components/skill-offer/messages-cy.js';
import type { SkillOffer } from '../../../src/components/skill-offer/model.js';
import {
  facilitatorViews,
  offerExport,
  offerRows,
  type ExportLabels,
} from '../../../src/components/skill-offer/offer-export.js';
import {
  emptyData,
  liveOffers,
  ownOffer,
  parseOffer,
  parseSkillOfferData,
  saveOffer,
  withdrawOffer,
} from '../../../src/components/skill-offer/offers.js';
import { defaultSkills, parseSkills, skillId, skillLabel } from '../../../src/core/skills.js';
import { loadPapa } from './helpers.js';

function offer(changes: Partial<SkillOffer> = {}): SkillOffer {
  return parseOffer({
    id: 'o1',
    participant: 'p1',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    lang: 'en',
    name: 'Ceri',
    email: 'ceri@example.com',
    phone: '01632 960 001',
    skills: ['cooking'],
    otherSkills: ['Beekeeping'],
    experience: 'I use the library every week',
    ways: ['co-design'],
    hours: 4,
    days: ['sat'],
    times: ['morning'],
    support: ['childcare'],
    ...changes,
  });
}

describe('skill offers: the saved record', () => {
  it('adds, replaces and withdraws offers without changing the record it was given', () => {
    const empty = emptyData();
    const one = saveOffer(empty, offer());
    const changed = saveOffer(one, offer({ name: 'Ceri J' }));
    const withdrawn = withdrawOffer(changed, 'o1', new Date('2026-12-01T00:00:00.000Z'));
    expect(empty.offers).to.deep.equal({});
    expect(liveOffers(changed).map((o) => o.name)).to.deep.equal(['Ceri J']);
    expect(liveOffers(withdrawn)).to.deep.equal([]);
    // Nothing personal survives a withdrawal: only the id and when.
    expect(withdrawn.offers.o1).to.deep.equal({
      id: 'o1',
      deleted: true,
      updatedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(withdrawOffer(changed, 'not-there')).to.equal(changed);
  });

  it('finds the participant’s own offer, the latest if two tabs each sent one', () => {
    let data = saveOffer(emptyData(), offer({ id: 'a', createdAt: '2026-01-01T00:00:00.000Z' }));
    data = saveOffer(data, offer({ id: 'b', createdAt: '2026-02-01T00:00:00.000Z' }));
    data = saveOffer(data, offer({ id: 'c', participant: 'someone-else' }));
    expect(ownOffer(data, 'p1')?.id).to.equal('b');
    expect(ownOffer(data, 'nobody')).to.equal(undefined);
  });

  it('reads back what it saves, tombstones included', () => {
    const data = withdrawOffer(
      saveOffer(saveOffer(emptyData(), offer()), offer({ id: 'o2' })),
      'o2',
    );
    expect(parseSkillOfferData(JSON.parse(JSON.stringify(data)))).to.deep.equal(data);
  });

  const bad: [string, unknown, RegExp][] = [
    ['no offers', {}, /offers/],
    ['offers as a list', { offers: [] }, /offers/],
    [
      'an offer without a participant',
      { offers: { x: { ...offer(), participant: undefined } } },
      /offers/,
    ],
    [
      'a way of taking part that does not exist',
      { offers: { x: { ...offer(), ways: ['co-hacking'] } } },
      /must be one of/,
    ],
    ['hours as text', { offers: { x: { ...offer(), hours: '4' } } }, /offers/],
    [
      'a date that is not a date',
      { offers: { x: { ...offer(), updatedAt: 'yesterday' } } },
      /offers/,
    ],
  ];
  for (const [name, data, message] of bad) {
    it(`refuses stored data with ${name}, saying what is wrong`, () => {
      expect(() => parseSkillOfferData(data)).to.throw(message);
    });
  }
});

describe('skill offers: who sees what', () => {
  const privateOffer = offer({ consentShare: false, consentContact: false });
  const sharedOffer = offer({ id: 'o2', consentShare: true, consentContact: true });

  it('shows other participants skills and time, but nothing personal without consent', () => {
    const view = visibleOffer(privateOffer, 'participant');
    expect(view.skills).to.deep.equal(['cooking']);
    expect(view.hours).to.equal(4);
    for (const key of ['name', 'email', 'phone', 'experience', 'otherSkills', 'support', 'group'])
      expect(view, key).not.to.have.property(key);
  });

  it('shows other participants the name and own words of someone who agreed to share, never contact or needs', () => {
    const view = visibleOffer(sharedOffer, 'participant');
    expect(view).to.include({ name: 'Ceri', experience: 'I use the library every week' });
    expect(view).not.to.have.property('email');
    expect(view).not.to.have.property('support');
  });

  it('shows the facilitator contact details only where people agreed to be contacted', () => {
    expect(visibleOffer(privateOffer, 'facilitator')).not.to.have.property('email');
    expect(visibleOffer(sharedOffer, 'facilitator')).to.include({ email: 'ceri@example.com' });
    expect(visibleOffer(privateOffer, 'facilitator').support).to.deep.equal(['childcare']);
  });

  it('shows the person all of their own offer', () => {
    expect(visibleOffer(privateOffer, 'participant', true)).to.include({
      name: 'Ceri',
      email: 'ceri@example.com',
    });
  });

  it('filters by skill, own-words skill, way, day and time of day', () => {
    const view = visibleOffer(sharedOffer, 'participant');
    const cases: [Partial<typeof noFilter>, boolean][] = [
      [{}, true],
      [{ skill: 'cooking' }, true],
      [{ skill: 'driving' }, false],
      [{ skill: 'other:beekeeping' }, true],
      [{ skill: 'other:knitting' }, false],
      [{ way: 'co-design' }, true],
      [{ way: 'co-delivery' }, false],
      [{ day: 'sat' }, true],
      [{ day: 'mon' }, false],
      [{ time: 'morning', day: 'sat', skill: 'cooking', way: 'co-design' }, true],
      [{ time: 'evening' }, false],
    ];
    for (const [filter, expected] of cases)
      expect(matchesFilter(view, { ...noFilter, ...filter }), JSON.stringify(filter)).to.equal(
        expected,
      );
    // Words not shared cannot be found by filtering for them.
    expect(
      matchesFilter(visibleOffer(privateOffer, 'participant'), {
        ...noFilter,
        skill: 'other:beekeeping',
      }),
    ).to.be.false;
  });

  it('offers the own-words skills it may show as filters, once each, A to Z', () => {
    const views = [
      visibleOffer(
        offer({ otherSkills: ['Zumba', 'beekeeping'], consentShare: true }),
        'participant',
      ),
      visibleOffer(offer({ otherSkills: ['Beekeeping'], consentShare: true }), 'participant'),
      visibleOffer(offer({ otherSkills: ['Secret skill'] }), 'participant'),
    ];
    expect(visibleOtherSkills(views, 'en')).to.deep.equal(['beekeeping', 'Zumba']);
  });
});

describe('skill offers: exports', () => {
  // The column names come with the export part (export-messages.ts), the rest with the element.
  const en = { ...skillOfferMessages.en, ...offerExportWords.en } as Catalog;
  const t = (key: string) => translate({ en }, 'en', key);
  const labels: ExportLabels = {
    column: (c) => t(`column.${c}`),
    skill: (id) => skillLabel(defaultSkills, id, 'en'),
    choice: (kind, id) =>
      t(`${{ ways: 'way', days: 'day', times: 'time', support: 'support' }[kind]}.${id}`),
    group: (id) => id,
    yes: 'Agreed',
    no: 'Not agreed',
  };

  it('writes a spreadsheet row per offer, with contact details only where consented', async () => {
    const Papa = await loadPapa();
    const offers = [
      offer({ consentContact: true, email: 'yes@example.com', name: '=HYPERLINK("x")' }),
      offer({ id: 'o2', consentContact: false, email: 'no@example.com' }),
    ];
    const csv = toCsv(offerRows(facilitatorViews(offers), labels));
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).to.include.members(['Name', 'Email', 'Agreed to be contacted']);
    const column = (name: string) => rows[0].indexOf(name);
    expect(rows[1][column('Email')]).to.equal('yes@example.com');
    expect(rows[2][column('Email')]).to.equal('');
    expect(csv).not.to.contain('no@example.com');
    expect(rows[1][column('Skills')]).to.equal('Cooking');
    expect(rows[1][column('Ways to take part')]).to.equal('Designing (co-design)');
    expect(rows[1][column('Hours a month')]).to.equal('4');
    expect(rows[2][column('Agreed to be contacted')]).to.equal('Not agreed');
    // A name a spreadsheet would run as a formula is written as text.
    expect(rows[1][column('Name')]).to.equal('\'=HYPERLINK("x")');
  });

  it('writes JSON with the same consent rules', () => {
    const json = offerExport(
      'library',
      [offer({ consentContact: false })],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(json).to.include({
      format: 'together-kit-skill-offers',
      space: 'library',
      exportedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(json.offers[0]).not.to.have.property('email');
    expect(json.offers[0]).not.to.have.property('own');
    expect(json.offers[0]).to.include({ name: 'Ceri' });
  });
});

describe('skill offers: the page’s taxonomy and labels', () => {
  it('ships about twenty everyday skills, each in English and Welsh', () => {
    expect(defaultSkills.length).to.be.within(18, 24);
    for (const skill of defaultSkills) {
      const label = skill.label as Record<string, string>;
      expect(label.en, skill.id).to.be.a('string').and.not.be.empty;
      expect(label.cy, skill.id).to.be.a('string').and.not.be.empty;
    }
  });

  it('accepts plain strings as a shorthand, making ids from them', () => {
    expect(
      parseSkills(['Looking after pets', { id: 'welsh', label: { en: 'Welsh', cy: 'Cymraeg' } }]),
    ).to.deep.equal([
      { id: 'looking-after-pets', label: 'Looking after pets' },
      { id: 'welsh', label: { en: 'Welsh', cy: 'Cymraeg' } },
    ]);
    expect(skillId('Café & crêpes!')).to.equal('cafe-crepes');
    expect(skillId('!!!')).to.equal('skill');
  });

  const badSkills: [string, unknown][] = [
    ['not a list', { cooking: 'Cooking' }],
    ['an empty list', []],
    ['the same id twice', ['Cooking', 'cooking']],
    ['a skill without a label', [{ id: 'x' }]],
    ['an id with spaces', [{ id: 'a b', label: 'A' }]],
  ];
  for (const [name, value] of badSkills) {
    it(`refuses skills given as ${name}`, () => {
      expect(() => parseSkills(value)).to.throw();
    });
  }

  it('shows a skill no longer in the taxonomy as it was saved', () => {
    expect(skillLabel(defaultSkills, 'cooking', 'cy')).to.equal('Coginio');
    expect(skillLabel(defaultSkills, 'gone', 'cy')).to.equal('gone');
  });

  it('takes labels as text or by language, and refuses anything else', () => {
    const labels = parseLabels({
      name: 'Nickname',
      'name-hint': { en: 'Any name', cy: 'Unrhyw enw' },
    });
    expect(overrideFor(labels, 'name', 'cy')).to.equal('Nickname');
    expect(overrideFor(labels, 'name-hint', 'cy')).to.equal('Unrhyw enw');
    expect(overrideFor(labels, 'email', 'en')).to.equal(undefined);
    expect(() => parseLabels({ name: 4 })).to.throw(/label/);
    expect(() => parseLabels(['name'])).to.throw();
  });
});

describe('skill offers: messages', () => {
  const en = skillOfferMessages.en as Catalog;
  const cy = welsh;

  it('has every English string in Welsh', () => {
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('gives every Welsh plural all six forms', () => {
    for (const [key, message] of Object.entries(cy)) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).to.deep.equal([
        'few',
        'many',
        'one',
        'other',
        'two',
        'zero',
      ]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (m: unknown) =>
      JSON.stringify(m)
        .match(/\{\w+\}/g)
        ?.sort()
        .filter((p, i, a) => a.indexOf(p) === i) ?? [];
    for (const key of Object.keys(en))
      expect(placeholders(cy[key]), key).to.deep.equal(placeholders(en[key]));
  });
});
