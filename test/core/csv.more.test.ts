// More file-name cases, written to kill the mutants `npm run mutation` found alive in csv.ts.
import { expect } from '@open-wc/testing';
import { csvFileName } from '../../src/core/csv.js';

describe('csvFileName, in detail', () => {
  const early = new Date(2027, 0, 5, 9, 0); // 5 January, local time: months and days padded
  const cases: [string, string, string][] = [
    ['space', 'ideas', 'space-ideas-2027-01-05.csv'],
    ['a - b', 'c  d', 'a-b-c-d-2027-01-05.csv'],
    ['..x..', '--y--', 'x-y-2027-01-05.csv'],
    ['.-.x', 'y.-.', 'x-y-2027-01-05.csv'],
    ['v1.2', 'e_f', 'v1.2-e_f-2027-01-05.csv'],
  ];
  for (const [space, what, expected] of cases) {
    it(`(${JSON.stringify(space)}, ${JSON.stringify(what)}) → ${expected}`, () => {
      expect(csvFileName(space, what, early)).to.equal(expected);
    });
  }
});
