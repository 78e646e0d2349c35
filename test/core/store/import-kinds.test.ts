import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { createEnvelope } from '../../../src/core/store/envelope.js';
import {
  MAX_DATA_DEPTH,
  nestedDeeperThan,
  parseImportFile,
  readImportFile,
} from '../../../src/core/store/import-file.js';
import { defineItem, itemCollection } from '../../../src/core/store/item-collection.js';
import {
  checkRecordData,
  isRecordKind,
  recordKinds,
  registerRecordKind,
} from '../../../src/core/kinds/index.js';
import { parseBoard } from '../../../src/core/kinds/idea-board.js';
import { emptyVote } from '../../../src/core/kinds/partnership-vote.js';
import { emptyJourney } from '../../../src/core/kinds/journey-map.js';

const now = new Date('2026-11-29T10:00:00.000Z');
const record = (kind: string, data: unknown, id = 'main') =>
  createEnvelope({ space: 'library-redesign', kind, id }, data as Record<string, unknown>, now);
const spaceFile = (records: unknown[]) =>
  JSON.stringify(
    { format: 'together-kit-space', schema: 1, space: 'library-redesign', records },
    null,
    2,
  );
const nest = (levels: number) => {
  let value: unknown = 0;
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
};

describe('readImportFile: each record checked with its own kind', () => {
  const table: { name: string; records: unknown[]; problem?: RegExp }[] = [
    { name: 'an empty vote', records: [record('partnership-vote', emptyVote())] },
    { name: 'an empty journey map', records: [record('journey-map', emptyJourney())] },
    { name: 'an empty board', records: [record('idea-board', { ideas: {} })] },
    { name: 'skill offers', records: [record('skill-offer', { offers: {} })] },
    {
      name: 'a vote relabelled as a board',
      records: [record('idea-board', emptyVote()), record('partnership-vote', emptyVote())],
      problem: /^line \d+, column \d+: records\[0\] \(idea-board "main"\) does not hold/,
    },
    {
      name: 'a board relabelled as a journey map',
      records: [record('journey-map', { ideas: { a: 1 } }, 'x'), record('idea-board', {})],
      problem:
        /records\[0\] \(journey-map "x"\) .*it holds "ideas", which journey-map data does not have/,
    },
    {
      name: 'an unknown kind',
      records: [record('partnership-vote', emptyVote()), record('spreadsheet', {})],
      problem: /records\[1\] is a "spreadsheet", which this version of Together Kit does not know/,
    },
  ];
  for (const { name, records, problem } of table) {
    it(`${problem ? 'refuses' : 'accepts'} ${name}`, async () => {
      const result = await readImportFile(spaceFile(records));
      if (!problem) {
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        return;
      }
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]).to.match(problem);
    });
  }

  it('calls a lone record "The record", and speaks Welsh', async () => {
    const text = JSON.stringify(record('idea-board', emptyVote()));
    const en = await readImportFile(text);
    const cy = await readImportFile(text, undefined, 'cy');
    expect(en.ok || en.problems[0]).to.match(/The record \(idea-board "main"\)/);
    expect(cy.ok || cy.problems[0]).to.match(/Nid yw y cofnod \(idea-board "main"\)/);
    // The fields of another kind are named in Welsh too, not in English inside a Welsh sentence.
    expect(cy.ok || cy.problems[0]).to.contain(
      'mae\'n dal "ballots", nad oes gan ddata idea-board',
    );
  });

  it('refuses data nested deeper than any export, before any check that recurses', () => {
    const ok = parseImportFile(JSON.stringify(record('idea-board', nest(MAX_DATA_DEPTH))));
    expect(ok.ok).to.equal(true);
    const deep = parseImportFile(JSON.stringify(record('idea-board', nest(MAX_DATA_DEPTH + 1))));
    expect(deep.ok).to.equal(false);
    const text = `{"format":"together-kit","schema":1,"kind":"idea-board","space":"s","id":"main","updatedAt":"2026-11-29T10:00:00.000Z","data":${'{"a":'.repeat(10_000)}0${'}'.repeat(10_000)}}`;
    const hostile = parseImportFile(text);
    expect(hostile.ok || hostile.problems[0]).to.contain('nested more than 16 levels deep');
  });

  it('agrees with the kind’s own parse for any data (property)', async () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...recordKinds()), json, async (kind, data) => {
        const result = await readImportFile(JSON.stringify(record(kind, data)));
        const problem = await checkRecordData(kind, data);
        // The envelope refuses non-objects as data before the kind is asked.
        const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
        expect(result.ok).to.equal(isObject && problem === undefined);
      }),
      { numRuns: 200 },
    );
  });
});

describe('nestedDeeperThan', () => {
  const table: [unknown, number, boolean][] = [
    [0, 1, false],
    [{}, 1, false],
    [{ a: {} }, 1, true],
    [{ a: {} }, 2, false],
    [[[[]]], 2, true],
    [[[[]]], 3, false],
    [{ a: 1, b: [{ c: 'x' }] }, 3, false],
    [{ a: 1, b: [{ c: {} }] }, 3, true],
  ];
  for (const [value, limit, deeper] of table) {
    it(`${JSON.stringify(value)} deeper than ${limit}: ${deeper}`, () => {
      expect(nestedDeeperThan(value, limit)).to.equal(deeper);
    });
  }

  it('handles 100,000 levels without overflowing the stack', () => {
    expect(nestedDeeperThan(nest(100_000), MAX_DATA_DEPTH)).to.equal(true);
  });
});

describe('itemCollection', () => {
  const Item = v.object({ id: v.string(), n: v.number() });
  const Gone = v.object({ id: v.string(), deleted: v.literal(true) });
  const schema = itemCollection(Item, Gone);

  it('keeps every id, including the ones that name Object.prototype members', () => {
    const input = JSON.parse(
      '{"__proto__":{"id":"__proto__","n":1},"constructor":{"id":"constructor","n":2},"toString":{"id":"toString","deleted":true}}',
    ) as unknown;
    const result = v.safeParse(schema, input);
    expect(result.success).to.equal(true);
    if (!result.success) return;
    expect(Object.keys(result.output)).to.deep.equal(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(result.output)).to.equal(Object.prototype);
    expect(JSON.stringify(result.output)).to.contain('"__proto__":{"id":"__proto__","n":1}');
  });

  it('reports a bad item by its path, and an item under another id', () => {
    const bad = v.safeParse(schema, { a: { id: 'a', n: 'one' }, b: { id: 'c', n: 1 } });
    expect(bad.success).to.equal(false);
    if (bad.success) return;
    const paths = bad.issues.map((issue) => issue.path?.map((item) => item.key).join('.'));
    expect(paths).to.deep.equal(['a.n', 'b']);
    expect(bad.issues[1].message).to.contain('its id is "c"');
  });

  it('refuses what is not an object of items', () => {
    for (const value of [[], null, 'x', 3])
      expect(v.safeParse(schema, value).success).to.equal(false);
  });

  it('keeps any string id through parse (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 8 }), (ids) => {
        const input: Record<string, unknown> = {};
        for (const [n, id] of ids.entries()) defineItem(input, id, { id, n });
        const result = v.safeParse(schema, JSON.parse(JSON.stringify(input)) as unknown);
        expect(result.success).to.equal(true);
        if (result.success)
          expect(Object.keys(result.output).sort()).to.deep.equal([...ids].sort());
      }),
    );
  });

  it('lets the board hold an idea under the id __proto__', () => {
    const board = parseBoard(
      JSON.parse(
        '{"ideas":{"__proto__":{"id":"__proto__","column":"ideas","rank":1,"title":"T","participant":"p","createdAt":"2026-11-29T10:00:00.000Z","updatedAt":"2026-11-29T10:00:00.000Z"}}}',
      ),
    );
    expect((board.ideas.get('__proto__') as { title?: string } | undefined)?.title).to.equal('T');
  });
});

describe('record kinds', () => {
  it('knows the built-in kinds and refuses to replace one', () => {
    for (const kind of [
      'delivery-plan',
      'idea-board',
      'journey-map',
      'partnership-vote',
      'skill-offer',
    ]) {
      expect(isRecordKind(kind)).to.equal(true);
    }
    expect(() => registerRecordKind('idea-board', () => ({}))).to.throw(/built-in/);
  });

  it('checks a kind a page registered with the element’s own parse', async () => {
    registerRecordKind('test-counter', (data) => {
      if (typeof (data as { count?: unknown }).count !== 'number')
        throw new Error('count must be a number');
      return data;
    });
    expect(await checkRecordData('test-counter', { count: 1 })).to.equal(undefined);
    expect(await checkRecordData('test-counter', { count: 'x' })).to.equal(
      'count must be a number',
    );
    expect(await checkRecordData('nobody-knows', {})).to.contain('not a kind of record');
  });
});
