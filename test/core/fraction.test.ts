import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Fraction, ONE, ZERO, percentages } from '../../src/core/fraction.js';

const f = Fraction.of;

describe('Fraction', () => {
  const made: [string, Fraction, string][] = [
    ['reduces', f(10, 12), '5/6'],
    ['keeps the sign on the numerator', f(1, -2), '-1/2'],
    ['writes a whole number without a denominator', f(6, 3), '2'],
    ['writes zero as 0', f(0, 7), '0'],
    ['adds', f(1, 6).plus(f(1, 3)), '1/2'],
    ['multiplies by a number', f(5, 12).times(100), '125/3'],
    ['divides', f(2, 3).dividedBy(f(4, 9)), '3/2'],
    ['reads 0.1 as one tenth', Fraction.fromDecimal(0.1), '1/10'],
    ['reads 1e-7', Fraction.fromDecimal(1e-7), '1/10000000'],
    ['reads 1.5e21', Fraction.fromDecimal(1.5e21), '1500000000000000000000'],
    ['reads a negative decimal', Fraction.fromDecimal(-2.25), '-9/4'],
    ['parses its own text', Fraction.parse(' -5/12 '), '-5/12'],
  ];
  for (const [name, fraction, text] of made) {
    it(`${name}: ${text}`, () => {
      expect(fraction.toString()).to.equal(text);
    });
  }

  it('sees 1/3 reached different ways as equal, where floating point does not', () => {
    const tenth = Fraction.fromDecimal(0.1);
    expect(tenth.plus(Fraction.fromDecimal(0.2)).equals(Fraction.fromDecimal(0.3))).to.be.true;
    expect(
      f(2, 3)
        .times(f(1, 2))
        .compare(f(1, 6).plus(f(1, 6))),
    ).to.equal(0);
    expect(f(1, 3).compare(f(1, 2))).to.equal(-1);
    expect(f(1, 2).compare(f(1, 3))).to.equal(1);
  });

  it('rounds down and to the nearest, halves up, below zero too', () => {
    expect([f(7, 2), f(-7, 2), f(-6, 2)].map((x) => x.floor())).to.deep.equal([3n, -4n, -3n]);
    expect([f(5, 2), f(-5, 2), f(49, 10)].map((x) => x.round())).to.deep.equal([3n, -2n, 5n]);
  });

  it('gives a close number even past 2^53, and serialises as text', () => {
    const huge = f(10n ** 30n + 1n, 3n * 10n ** 30n);
    expect(huge.toNumber()).to.be.closeTo(1 / 3, 1e-15);
    expect(JSON.stringify({ share: f(5, 12) })).to.equal('{"share":"5/12"}');
  });

  const refused: [string, () => unknown, string][] = [
    ['a zero denominator', () => f(1, 0), 'denominator of 0'],
    ['a fractional numerator', () => f(0.5), ''],
    ['text that is not a fraction', () => Fraction.parse('1/2/3'), 'not a fraction'],
    ['infinity', () => Fraction.fromDecimal(Infinity), 'not a finite number'],
  ];
  for (const [name, make, message] of refused) {
    it(`refuses ${name}`, () => {
      expect(make).to.throw(RangeError, message);
    });
  }

  it('reads back what it writes, and adds like the numbers it stands for', () => {
    const fraction = fc
      .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
      .map(([n, d]) => f(n, d));
    fc.assert(
      fc.property(fraction, fraction, (a, b) => {
        expect(Fraction.parse(a.toString()).equals(a)).to.be.true;
        expect(a.plus(b).toNumber()).to.be.closeTo(a.toNumber() + b.toNumber(), 1e-9);
        expect(a.compare(b)).to.equal(-b.compare(a));
      }),
      { numRuns: 100 },
    );
  });
});

describe('percentages', () => {
  const cases: [string, Fraction[], number[]][] = [
    [
      'three equal thirds: the earlier share gets the extra point',
      [f(1, 3), f(1, 3), f(1, 3)],
      [34, 33, 33],
    ],
    ['5/12 and 7/12', [f(5, 12), f(7, 12)], [42, 58]],
    ['the largest remainder wins the point', [f(1, 7), f(2, 7), f(4, 7)], [14, 29, 57]],
    ['whole percentages stay as they are', [f(1, 4), f(3, 4)], [25, 75]],
    [
      'shares that do not add up to 1 round on their own',
      [f(1, 2), f(1, 2), f(1, 200)],
      [50, 50, 1],
    ],
    ['no shares at all', [ZERO, ZERO], [0, 0]],
    ['one share of everything', [ONE], [100]],
  ];
  for (const [name, shares, shown] of cases) {
    it(`${name}: ${shown.join(' / ')}`, () => {
      expect(percentages(shares)).to.deep.equal(shown);
    });
  }

  it('always adds up to 100, each less than 1 from the truth, when the shares add up to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 12 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const shares = counts.map((count) => f(count, total));
        const shown = percentages(shares);
        expect(shown.reduce((a, b) => a + b, 0)).to.equal(100);
        shown.forEach((percent, index) => {
          const error = f(percent).plus(shares[index].times(-100));
          expect(error.compare(ONE)).to.equal(-1);
          expect(error.compare(f(-1))).to.equal(1);
        });
      }),
      { numRuns: 100 },
    );
  });
});
