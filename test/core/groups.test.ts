import { expect } from '@open-wc/testing';
import {
  defaultGroups,
  groupLabel,
  normalisedWeights,
  parseGroups,
} from '../../src/core/groups.js';
import { parseColumns } from '../../src/components/idea-board/columns.js';
import { parseLanes } from '../../src/components/journey-map/lanes.js';

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

// Groups, board columns and map lanes share one parser (labelledListParser): the same
// mistake gets the same words, with the setting's own name in them.
describe('one parser for groups, columns and lanes', () => {
  const parsers: [string, (value: unknown) => unknown[]][] = [
    ['group', parseGroups],
    ['column', parseColumns],
    ['lane', parseLanes],
  ];
  for (const [noun, parse] of parsers) {
    it(`says the same about a ${noun} as about the others`, () => {
      expect(() => parse([{ id: 3 }])).to.throw(`a ${noun} needs an "id" that is text`);
      expect(() => parse(['a', 'a'])).to.throw(`each ${noun} "id" must be different`);
      expect(() => parse([])).to.throw(`at least one ${noun} is needed`);
      expect(() => parse([{ id: 'a', label: 3 }])).to.throw(
        `a ${noun} "label" is text or {"en": …, "cy": …}`,
      );
      expect(() => parse('a')).to.throw(`${noun}s are a list, like`);
    });
  }

  it('keeps what each list adds: column count and names, lane flags', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => `c${i}`);
    expect(() => parseColumns(thirteen)).to.throw('a board has at most 12 columns');
    expect(parseColumns(['Next steps'])).to.deep.equal([{ id: 'column-1', label: 'Next steps' }]);
    expect(() => parseColumns([{ id: 'a', label: 'x'.repeat(81) }])).to.throw('<=80');
    expect(parseGroups([{ id: 'a', label: 'x'.repeat(200) }])).to.have.length(1);
    expect(() => parseLanes([{ id: 'a', hidden: 'yes' }])).to.throw(
      'a lane\'s "hidden" is true or false',
    );
    expect(parseLanes([{ id: 'a', hidden: true, ideas: false }])).to.deep.equal([
      { id: 'a', hidden: true, ideas: false },
    ]);
    expect(parseGroups(Array.from({ length: 13 }, (_, i) => `g${i}`))).to.have.length(13);
  });
});
