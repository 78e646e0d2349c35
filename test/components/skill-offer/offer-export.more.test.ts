// The spreadsheet rows of the skill offer export, cell by cell, for an offer with every field
// and one with only what is required: what the first export tests left out.
import { expect } from '@open-wc/testing';
import type { OfferView } from '../../../src/components/skill-offer/directory-model.js';
import {
  exportColumns,
  offerRows,
  type ExportLabels,
} from '../../../src/components/skill-offer/offer-export.js';

const labels: ExportLabels = {
  column: (column) => `[${column}]`,
  skill: (id) => `skill:${id}`,
  choice: (kind, id) => `${kind}:${id}`,
  group: (id) => `group:${id}`,
  yes: 'yes',
  no: 'no',
};

const sparse: OfferView = {
  id: 'o1',
  own: false,
  createdAt: '2026-11-29T10:00:00.000Z',
  skills: [],
  ways: [],
  hours: null,
  days: [],
  times: [],
  consentContact: false,
  consentShare: false,
};

describe('offerRows, cell by cell', () => {
  it('writes a header of every column', () => {
    expect(offerRows([], labels)).to.deep.equal([exportColumns.map((c) => `[${c}]`)]);
  });

  it('writes an offer with only what is required as empty cells', () => {
    const [, row] = offerRows([sparse], labels);
    expect(row).to.deep.equal([
      'o1',
      '2026-11-29T10:00:00.000Z',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      null,
      '',
      '',
      '',
      '',
      'no',
      'no',
      '',
    ]);
  });

  it('writes every field of a full offer in words, choices joined by "; "', () => {
    const full: OfferView = {
      ...sparse,
      name: 'Ana',
      group: 'community',
      email: 'ana@example.com',
      phone: '029 2000 0000',
      skills: ['cooking', 'it'],
      otherSkills: ['Welsh lessons', 'Knitting'],
      experience: 'Years of it',
      ways: ['co-design'] as OfferView['ways'],
      hours: 4,
      days: ['mon', 'sat'] as OfferView['days'],
      times: ['evening'] as OfferView['times'],
      support: ['travel'] as OfferView['support'],
      supportOther: 'A quiet room',
      lang: 'cy',
      consentContact: true,
      consentShare: true,
    };
    const [, row] = offerRows([full], labels);
    expect(row).to.deep.equal([
      'o1',
      '2026-11-29T10:00:00.000Z',
      'Ana',
      'group:community',
      'ana@example.com',
      '029 2000 0000',
      'skill:cooking; skill:it',
      'Welsh lessons; Knitting',
      'Years of it',
      'ways:co-design',
      4,
      'days:mon; days:sat',
      'times:evening',
      'support:travel',
      'A quiet room',
      'yes',
      'yes',
      'cy',
    ]);
  });
});
