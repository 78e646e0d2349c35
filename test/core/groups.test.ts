import { expect } from '@open-wc/testing';
import {
  defaultGroups,
  groupLabel,
  normalisedWeights,
  parseGroups,
} from '../../src/core/groups.js';

const builtIn = (key: string) => ({ 'group.community': 'People who use services' })[key];

describe('parseGroups', () => {
  const valid: [string, unknown, string[]][] = [
    ['objects', [{ id: 'tenants' }, { id: 'staff', weight: 2 }], ['tenants', 'staff']],
    ['a list of ids', ['tenants', 'staff'], ['tenants', 'staff']],
    [
      'labels by language',
      [{ id: 'young', label: { en: 'Young people', cy: 'Pobl ifanc' } }],
      ['young'],
    ],
  ];
  for (const [name, input, ids] of valid) {
    it(`accepts ${name}`, () => {
      expect(parseGroups(input).map((g) => g.id)).to.deep.equal(ids);
    });
  }

  const invalid: [string, unknown, string][] = [
    ['an object instead of a list', { id: 'a' }, 'groups are a list'],
    ['an empty list', [], 'at least one group'],
    ['a repeated id', ['a', 'a'], 'must be different'],
    ['a zero weight', [{ id: 'a', weight: 0 }], 'more than 0'],
    ['a weight given as text', [{ id: 'a', weight: '2' }], 'is a number'],
    ['an id with spaces', [{ id: 'two words' }], 'letters, digits'],
    ['a missing id', [{ label: 'x' }], '"id"'],
  ];
  for (const [name, input, message] of invalid) {
    it(`refuses ${name}, saying why`, () => {
      expect(() => parseGroups(input)).to.throw(message);
    });
  }
});

describe('groupLabel', () => {
  it('uses the page label in the language asked, then English, then the first given', () => {
    const group = { id: 'young', label: { en: 'Young people', cy: 'Pobl ifanc' } };
    expect(groupLabel(group, 'cy', builtIn)).to.equal('Pobl ifanc');
    expect(groupLabel(group, 'fr', builtIn)).to.equal('Young people');
    expect(groupLabel({ id: 'x', label: { cy: 'Staff' } }, 'en', builtIn)).to.equal('Staff');
  });

  it('uses a plain label, the built-in label of a default group, or the id', () => {
    expect(groupLabel({ id: 'a', label: 'Tenants' }, 'en', builtIn)).to.equal('Tenants');
    expect(groupLabel(defaultGroups[0], 'en', builtIn)).to.equal('People who use services');
    expect(groupLabel({ id: 'carers' }, 'en', builtIn)).to.equal('carers');
  });
});

describe('normalisedWeights', () => {
  it('gives equal weights by default and normalises any positive weights', () => {
    expect([...normalisedWeights(defaultGroups).values()]).to.deep.equal([0.5, 0.5]);
    const weights = normalisedWeights([{ id: 'a', weight: 2 }, { id: 'b' }]);
    expect(weights.get('a')).to.be.closeTo(2 / 3, 1e-12);
    expect(weights.get('b')).to.be.closeTo(1 / 3, 1e-12);
  });
});
