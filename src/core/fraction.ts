/**
 * Exact fractions on BigInt. The parity tally compares shares with these, so 1/3 reached as 2/6
 * or as 1/2 × 2/3 is the same number and a tie is always seen as a tie, which floating point
 * cannot promise (0.1 + 0.2 !== 0.3).
 */
export class Fraction {
  /** Always reduced, with a positive denominator: equal values have equal fields. */
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  /** `numerator / denominator`, reduced. Integers only: `Fraction.of(0.5)` throws a RangeError. */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
    let top = BigInt(numerator);
    let bottom = BigInt(denominator);
    if (bottom === 0n) throw new RangeError('a fraction cannot have a denominator of 0');
    if (bottom < 0n) [top, bottom] = [-top, -bottom];
    const divisor = greatestCommonDivisor(top < 0n ? -top : top, bottom);
    return new Fraction(top / divisor, bottom / divisor);
  }

  /**
   * The decimal a number is written as (its shortest round-trip form), exactly: a weight of 0.1
   * is one tenth, as the page author meant, not the binary number nearest to it.
   */
  static fromDecimal(value: number): Fraction {
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
    if (!match) throw new RangeError(`${value} is not a finite number`);
    const [, sign, whole, decimals = '', exponentText = '0'] = match;
    const exponent = Number(exponentText) - decimals.length;
    const digits = BigInt(`${sign}${whole}${decimals}`);
    return exponent >= 0
      ? Fraction.of(digits * 10n ** BigInt(exponent))
      : Fraction.of(digits, 10n ** BigInt(-exponent));
  }

  /** Reads what `toString` writes: `"5/12"`, `"3"`, `"-1/2"`. */
  static parse(text: string): Fraction {
    const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
    if (!match) throw new RangeError(`"${text}" is not a fraction like "5/12"`);
    return Fraction.of(BigInt(match[1]), BigInt(match[2] ?? '1'));
  }

  plus(other: Fraction): Fraction {
    return Fraction.of(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  times(other: Fraction | number): Fraction {
    const factor = typeof other === 'number' ? Fraction.of(other) : other;
    return Fraction.of(this.numerator * factor.numerator, this.denominator * factor.denominator);
  }

  dividedBy(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** -1, 0 or 1, for sorting. */
  compare(other: Fraction): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Fraction): boolean {
    return this.numerator === other.numerator && this.denominator === other.denominator;
  }

  /** The largest integer not above this value (BigInt division alone rounds towards zero). */
  floor(): bigint {
    const quotient = this.numerator / this.denominator;
    return this.numerator < 0n && quotient * this.denominator !== this.numerator
      ? quotient - 1n
      : quotient;
  }

  /** The nearest integer, halves rounded up. */
  round(): bigint {
    return this.plus(HALF).floor();
  }

  /** The nearest double, for drawing; compare Fractions, never these. */
  toNumber(): number {
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    const small = this.denominator <= limit && -limit <= this.numerator && this.numerator <= limit;
    // Dividing two exactly held integers is correctly rounded; past 2^53 scale down first.
    if (small) return Number(this.numerator) / Number(this.denominator);
    const scale = 2n ** 64n;
    return Number((this.numerator * scale) / this.denominator) / 2 ** 64;
  }

  /** `"5/12"`, or `"3"` for a whole number. */
  toString(): string {
    return this.denominator === 1n
      ? String(this.numerator)
      : `${this.numerator}/${this.denominator}`;
  }

  /** BigInt has no JSON form, so a Fraction serialises as its text. */
  toJSON(): string {
    return this.toString();
  }
}

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export const ZERO = Fraction.of(0);
export const ONE = Fraction.of(1);
const HALF = Fraction.of(1, 2);

/**
 * Whole percentages to show for `shares` (each between 0 and 1).
 *
 * Where the shares add up to exactly 1, the shown percentages add up to exactly 100, by the
 * largest remainder method: every share is first rounded down, then the points still missing go
 * one each to the shares that lost the most in rounding; equal remainders go to the earlier
 * share. So three equal thirds show as 34, 33, 33: read ties from the tally, not from these.
 * Each shown percentage is then less than 1 away from the true one.
 *
 * Where the shares do not add up to 1 (approval, scores, agreement), each is rounded to the
 * nearest whole percentage on its own, halves up, and the total is whatever it is.
 */
export function percentages(shares: readonly Fraction[]): number[] {
  const scaled = shares.map((share) => share.times(100));
  const total = shares.reduce((sum, share) => sum.plus(share), ZERO);
  if (!total.equals(ONE)) return scaled.map((value) => Number(value.round()));

  const shown = scaled.map((value) => value.floor());
  const missing = 100n - shown.reduce((sum, value) => sum + value, 0n);
  const remainders = scaled.map((value, index) => value.plus(Fraction.of(-shown[index])));
  // Array.prototype.sort is stable, so equal remainders keep their order.
  const byRemainder = shares.map((_, index) => index);
  byRemainder.sort((a, b) => remainders[b].compare(remainders[a]));
  for (const index of byRemainder.slice(0, Number(missing))) shown[index] += 1n;
  return shown.map(Number);
}
