import { expect } from '@open-wc/testing';
import {
  optionLabel,
  parseOptions,
  parseQuorum,
  parseWeights,
  readSettings,
  type SettingsInput,
} from '../../../src/components/partnership-vote/vote-settings.js';
import { defaultGroups } from '../../../src/core/groups.js';
import { parityTally, type TallyConfig } from '../../../src/core/parity.js';

describe('vote settings', () => {
  const options: [string, unknown, string[] | RegExp][] = [
    ['texts are their own ids', ['A', 'B'], ['A', 'B']],
    ['objects keep their ids', [{ id: 'a', label: 'Evenings' }, { id: 'b' }], ['a', 'b']],
    ['labels by language', [{ id: 'a', label: { en: 'Evenings', cy: 'Nosweithiau' } }], ['a']],
    ['an empty list', [], /at least one option/],
    ['not a list', { A: 1 }, /options are a list/],
    ['the same option twice', ['A', 'A'], /each option must be different/],
    ['an empty label', [''], /an option needs a label/],
    ['too many', Array.from({ length: 51 }, (_, i) => `o${i}`), /at most 50/],
  ];
  for (const [name, value, expected] of options) {
    it(`reads options: ${name}`, () => {
      if (expected instanceof RegExp) expect(() => parseOptions(value)).to.throw(expected);
      else expect(parseOptions(value).map((o) => o.id)).to.deep.equal(expected);
    });
  }

  it('names an option in the language asked, then English, then any, then its id', () => {
    expect(optionLabel({ id: 'a', label: { en: 'Evenings', cy: 'Nosweithiau' } }, 'cy')).to.equal(
      'Nosweithiau',
    );
    expect(optionLabel({ id: 'a', label: { en: 'Evenings' } }, 'cy')).to.equal('Evenings');
    expect(optionLabel({ id: 'a', label: { fr: 'Soirs' } }, 'cy')).to.equal('Soirs');
    expect(optionLabel({ id: 'a', label: 'Evenings' }, 'cy')).to.equal('Evenings');
    expect(optionLabel({ id: 'a' }, 'en')).to.equal('a');
  });

  it('reads weights and quorums, refusing what is not a positive weight or a whole number', () => {
    expect(parseWeights({ community: 2, professional: 0.5 })).to.deep.equal({
      community: 2,
      professional: 0.5,
    });
    expect(() => parseWeights({ community: 0 })).to.throw(/more than 0/);
    expect(() => parseWeights([1, 2])).to.throw(/weights are an object/);
    expect(parseQuorum(3)).to.equal(3);
    expect(parseQuorum({ community: 5 })).to.deep.equal({ community: 5 });
    expect(() => parseQuorum(1.5)).to.throw(/quorum/);
    expect(() => parseQuorum({ community: -1 })).to.throw(/quorum/);
  });

  const base: SettingsInput = {
    method: 'single',
    rule: 'plurality',
    results: 'after-vote',
    dots: 3,
    maxScore: 5,
    groups: defaultGroups,
    options: [{ id: 'A' }, { id: 'B' }],
  };
  const settings: [string, Partial<SettingsInput>, string[], Partial<TallyConfig>][] = [
    ['the defaults', {}, [], { method: 'single', rule: 'plurality', dots: 3, maxScore: 5 }],
    ['an unknown method', { method: 'lottery' }, ['method'], { method: 'single' }],
    ['an unknown rule', { rule: 'unanimity' }, ['rule'], { rule: 'plurality' }],
    ['an unknown results mode', { results: 'never' }, ['results'], {}],
    ['no dots', { dots: 0 }, ['dots'], { dots: 3 }],
    ['half a dot', { dots: 1.5 }, ['dots'], { dots: 3 }],
    ['a huge scale', { maxScore: 50 }, ['max-score'], { maxScore: 5 }],
    ['a good scale', { maxScore: 10 }, [], { maxScore: 10 }],
    ['a weight for an unknown group', { weights: { tenants: 2 } }, ['weights'], {}],
    [
      'a quorum for an unknown group',
      { quorum: { tenants: 2, community: 1 } },
      ['quorum'],
      {
        quorum: { community: 1 },
      },
    ],
  ];
  for (const [name, change, problems, config] of settings) {
    it(`reads settings: ${name}`, () => {
      const read = readSettings({ ...base, ...change });
      expect(read.problems.map((p) => p.name)).to.deep.equal(problems);
      expect(read.config).to.deep.include(config);
      expect(() => parityTally([], read.config)).to.not.throw();
    });
  }

  it('merges weights into the groups', () => {
    const read = readSettings({ ...base, weights: { community: 2 } });
    expect(read.config.groups).to.deep.equal([
      { id: 'community', weight: 2 },
      { id: 'professional' },
    ]);
    expect(read.results).to.equal('after-vote');
  });
});
