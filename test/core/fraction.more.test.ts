// More Fraction cases, written to kill the mutants `npm run mutation` found alive in
// fraction.ts: decimals with several whole digits, and the nearest double at the edges of
// the fast path (2^53 - 1) and far beyond what a double holds.
import { expect } from '@open-wc/testing';
import { Fraction } from '../../src/core/fraction.js';

const f = Fraction.of;
const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

describe('Fraction, in detail', () => {
  const decimals: [number, string][] = [
    [12.5, '25/2'],
    [1234, '1234'],
    [-40.125, '-321/8'],
    [0, '0'],
  ];
  for (const [value, text] of decimals) {
    it(`reads ${value} as ${text}`, () => {
      expect(Fraction.fromDecimal(value).toString()).to.equal(text);
    });
  }

  const doubles: [string, Fraction, number][] = [
    ['a small share, correctly rounded', f(1, 10 ** 15), 1e-15],
    ['one over the largest safe integer', f(1n, LIMIT), 1 / Number.MAX_SAFE_INTEGER],
    ['a negative small share', f(-1, 10 ** 15), -1e-15],
    ['numbers too large for a double, whose ratio is not', f(10n ** 400n, 10n ** 400n + 1n), 1],
    ['a large whole number', f(LIMIT * 4n), 4 * Number.MAX_SAFE_INTEGER],
  ];
  for (const [name, fraction, value] of doubles) {
    it(`gives the nearest double for ${name}`, () => {
      expect(fraction.toNumber()).to.equal(value);
    });
  }

  it('rounds halves up and whole numbers to themselves, below zero too', () => {
    expect([f(-3), f(0), f(-1, 3), f(-2, 3)].map((x) => x.floor())).to.deep.equal([
      -3n,
      0n,
      -1n,
      -1n,
    ]);
    expect([f(-1, 2), f(-3, 2), f(1, 2)].map((x) => x.round())).to.deep.equal([0n, -1n, 1n]);
  });
});
