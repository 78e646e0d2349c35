import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as PapaModule from 'papaparse';
import { csvFileName, neutraliseCell, toCsv } from '../../src/core/csv.js';

/**
 * papaparse ships only as UMD, which the test server hands to the browser untransformed, so
 * `import Papa from 'papaparse'` cannot work here; as a classic script it sets `window.Papa`.
 */
async function loadPapa(): Promise<typeof PapaModule> {
  const global = window as unknown as { Papa?: typeof PapaModule };
  if (global.Papa) return global.Papa;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../../node_modules/papaparse/papaparse.min.js', import.meta.url).href;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('papaparse did not load')));
    document.head.append(script);
  });
  return global.Papa!;
}

/** A spreadsheet runs a cell as a formula when it starts with one of these (OWASP). */
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

describe('neutraliseCell', () => {
  const cases: [string, string][] = [
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 29 2000 0000', "'+44 29 2000 0000"],
    ['-5', "'-5"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
    ['Open on Sundays', 'Open on Sundays'],
    ['a = b', 'a = b'],
    ["'quoted already", "'quoted already"],
    ['', ''],
    ['Gŵyl y Gwanwyn 🌼', 'Gŵyl y Gwanwyn 🌼'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      expect(neutraliseCell(text)).to.equal(expected);
    });
  }
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).to.equal('\uFEFFa,b\r\nc,d\r\n');
    expect(toCsv([['a']], { bom: false })).to.equal('a\r\n');
    expect(toCsv([])).to.equal('\uFEFF');
  });

  const fields: [string, unknown[], string][] = [
    ['a comma, quoted', ['a,b'], '"a,b"'],
    ['a quote, doubled inside quotes', ['say "hi"'], '"say ""hi"""'],
    ['a line break, quoted', ['line 1\nline 2'], '"line 1\nline 2"'],
    ['a carriage return, quoted', ['a\rb'], '"a\rb"'],
    ['a formula, neutralised', ['=1+1', 'x'], "'=1+1,x"],
    ['a neutralised formula with a comma, quoted', ['=SUM(1,2)'], '"\'=SUM(1,2)"'],
    ['numbers as numbers, even negative ones', [-5, 2.5, 0], '-5,2.5,0'],
    ['non-finite numbers as empty cells', [NaN, Infinity], ','],
    ['booleans as words', [true, false], 'true,false'],
    ['null and undefined as empty cells', [null, 'x', undefined], ',x,'],
    ['a lone empty cell as "", so the record is not a blank line', [''], '""'],
    ['markup as the text it is', ['<img src=x onerror=alert(1)>'], '<img src=x onerror=alert(1)>'],
  ];
  for (const [what, row, expected] of fields) {
    it(`writes ${what}`, () => {
      expect(
        toCsv([row as (string | number | boolean | null | undefined)[]], { bom: false }),
      ).to.equal(`${expected}\r\n`);
    });
  }

  it('survives a CSV reader unchanged, except that formulas gain one leading quote', async () => {
    const Papa = await loadPapa();
    const risky = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '"',
      ',',
      "'",
      ' ',
      'é',
      'ŵ',
      '😀',
      '\u2028',
    );
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.tuple(risky, fc.string()).map(([start, rest]) => start + rest),
      fc.array(risky, { maxLength: 6 }).map((chars) => chars.join('')),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, (rows) => {
        const csv = toCsv(rows);
        expect(csv.startsWith('\uFEFF')).to.be.true;
        const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' });
        expect(parsed.errors).to.deep.equal([]);
        // A file that ends with CRLF gives the reader one empty record after the last.
        expect(parsed.data.pop()).to.deep.equal(['']);
        const expected = rows.map((row) =>
          row.map((text) => (RUNS_AS_FORMULA.test(text) ? `'${text}` : text)),
        );
        expect(parsed.data).to.deep.equal(expected);
        for (const value of parsed.data.flat()) expect(value).not.to.match(RUNS_AS_FORMULA);
      }),
      { numRuns: 200 },
    );
  });
});

describe('csvFileName', () => {
  const day = new Date(2026, 10, 29, 23, 30); // local time, late in the evening
  const cases: [string, string, string][] = [
    ['library-redesign', 'ideas', 'library-redesign-ideas-2026-11-29.csv'],
    ['library-redesign', 'skill offers', 'library-redesign-skill-offers-2026-11-29.csv'],
    ['main', 'a/b:c', 'main-a-b-c-2026-11-29.csv'],
    ['gofod', 'syniadau ŵ', 'gofod-syniadau-ŵ-2026-11-29.csv'],
    ['..', '', '2026-11-29.csv'],
  ];
  for (const [space, what, expected] of cases) {
    it(`(${JSON.stringify(space)}, ${JSON.stringify(what)}) → ${expected}`, () => {
      expect(csvFileName(space, what, day)).to.equal(expected);
    });
  }

  it('uses the local calendar day, with today as the default', () => {
    const today = new Date();
    const month = String(today.getMonth() + 1).padStart(2, '0');
    const date = String(today.getDate()).padStart(2, '0');
    expect(csvFileName('s', 'ideas')).to.equal(
      `s-ideas-${today.getFullYear()}-${month}-${date}.csv`,
    );
  });
});
