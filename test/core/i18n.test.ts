import { expect } from '@open-wc/testing';
import { formatNumber, mergeCatalogs, resolveLanguage, translate } from '../../src/core/i18n.js';

const catalogs = mergeCatalogs(
  { en: { a: 'A {x}', n: { one: '{count} vote', other: '{count} votes' } }, cy: { a: 'Ā {x}' } },
  {
    cy: {
      n: {
        zero: '{count} pleidlais',
        one: '{count} bleidlais',
        two: '{count} bleidlais',
        few: '{count} pleidlais',
        many: '{count} pleidlais',
        other: '{count} pleidlais',
      },
    },
  },
);

describe('translate', () => {
  const cases: [string, string, Record<string, string | number>, string][] = [
    ['en', 'a', { x: 'b' }, 'A b'],
    ['cy', 'a', { x: 'b' }, 'Ā b'],
    ['en', 'n', { count: 1 }, '1 vote'],
    ['en', 'n', { count: 0 }, '0 votes'],
    ['cy', 'n', { count: 2 }, '2 bleidlais'],
    ['cy', 'n', { count: 1 }, '1 bleidlais'],
    ['en', 'missing', {}, 'missing'],
    ['en', 'a', {}, 'A {x}'],
  ];
  for (const [lang, key, params, expected] of cases) {
    it(`${lang} ${key} ${JSON.stringify(params)} → ${expected}`, () => {
      expect(translate(catalogs, lang, key, params)).to.equal(expected);
    });
  }

  it('falls back to English for a key the language lacks', () => {
    const partial = mergeCatalogs({ en: { only: 'English only' }, cy: {} });
    expect(translate(partial, 'cy', 'only')).to.equal('English only');
  });
});

describe('resolveLanguage', () => {
  const cases: [string | null, string][] = [
    ['cy', 'cy'],
    ['CY-gb', 'cy'],
    ['en_GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
  ];
  for (const [input, expected] of cases) {
    it(`${String(input)} → ${expected}`, () =>
      expect(resolveLanguage(input, catalogs)).to.equal(expected));
  }
});

describe('formatNumber', () => {
  it('groups thousands for the language', () => {
    expect(formatNumber('en', 10000)).to.equal('10,000');
    expect(formatNumber('cy', 10000)).to.equal('10,000');
  });
});
