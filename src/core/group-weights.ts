/**
 * Group weights as exact fractions, shared by the parity tally and the health check's combined
 * figure. Its own module so the health check reads weights without the vote's whole tally.
 */
import { Fraction, ZERO } from './fraction.js';
import type { Group } from './groups.js';

/** Each group's weight (default 1), checked: a bad weight is the page's mistake, so it throws. */
export function readWeights(groups: readonly Group[]): Fraction[] {
  return groups.map((group) => {
    const weight = group.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new Error(`the weight of group "${group.id}" must be a number more than 0`);
    }
    return Fraction.fromDecimal(weight);
  });
}

/** The weights renormalised over the groups that voted: silent groups weigh 0, the rest sum to 1. */
export function votingWeights(
  weights: readonly Fraction[],
  voting: readonly boolean[],
): Fraction[] {
  const total = weights.reduce(
    (sum, weight, group) => (voting[group] ? sum.plus(weight) : sum),
    ZERO,
  );
  return weights.map((weight, group) => (voting[group] ? weight.dividedBy(total) : ZERO));
}
