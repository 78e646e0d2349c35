import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  IdeaSchema,
  TombstoneSchema,
  isCanonicalIdea,
  ideaStandings,
  postIdea,
  type DotVote,
  type SharedBoardData,
} from '../../src/core/idea.js';
import { defaultGroups } from '../../src/core/groups.js';
import { MemoryStore } from '../../src/core/store/memory-store.js';
import { recordKey, type Envelope } from '../../src/core/store/envelope.js';
import { tombstone } from '../../src/core/store/merge.js';

const stamp = '2026-11-29T10:00:00.000Z';
const idea = (id: string, column = 'ideas', rank = 1) => ({
  id,
  column,
  rank,
  title: id,
  createdAt: stamp,
  updatedAt: stamp,
});
const vote = (participant: string, group: string, ideaId: string, dots: number): DotVote => ({
  id: `${participant}:${ideaId}`,
  participant,
  group,
  idea: ideaId,
  dots,
  updatedAt: stamp,
});

describe('postIdea', () => {
  it('adds an idea at the end of its column, keeping what the board holds', async () => {
    const store = new MemoryStore();
    const key = recordKey({ space: 's', kind: 'idea-board', id: 'main' });
    await store.update(key, () => ({
      format: 'together-kit',
      schema: 1,
      kind: 'idea-board',
      space: 's',
      id: 'main',
      updatedAt: stamp,
      data: {
        ideas: { a: idea('a', 'ideas', 4) },
        votes: {},
        clusters: { c: { id: 'c', updatedAt: stamp } },
      },
    }));
    const posted = await postIdea(
      store,
      { space: 's' },
      { id: 'b', column: 'ideas', title: 'Fix the ramp' },
    );
    expect(posted.rank).to.equal(5);
    const data = ((await store.load(key)) as Envelope).data as unknown as SharedBoardData & {
      clusters: object;
    };
    expect(Object.keys(data.ideas).sort()).to.deep.equal(['a', 'b']);
    expect(data.clusters).to.have.property('c');
    expect(v.safeParse(IdeaSchema, data.ideas.b).success).to.be.true;
  });

  it('starts a board that does not exist yet, and refuses to write over a damaged one', async () => {
    const store = new MemoryStore();
    const first = await postIdea(
      store,
      { space: 's', id: 'other' },
      { id: 'x', column: 'ideas', title: 'First' },
    );
    expect(first.rank).to.equal(1);
    const key = recordKey({ space: 's', kind: 'idea-board', id: 'broken' });
    await store.update(key, () => ({ not: 'an envelope' }) as unknown as Envelope);
    let error: Error | undefined;
    try {
      await postIdea(
        store,
        { space: 's', id: 'broken' },
        { id: 'y', column: 'ideas', title: 'Lost?' },
      );
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.contain('could not be read');
    expect(await store.load(key)).to.deep.equal({ not: 'an envelope' });
  });
});

describe('ideaStandings', () => {
  it('gives each idea its column and a parity score from dot votes', () => {
    const data: SharedBoardData = {
      ideas: { a: idea('a'), b: idea('b', 'agreed'), gone: tombstone('gone') },
      votes: {
        // ten community members put a dot on a; two professionals on b → parity 50/50
        ...Object.fromEntries(
          Array.from({ length: 10 }, (_, i) => [`c${i}:a`, vote(`c${i}`, 'community', 'a', 1)]),
        ),
        'p1:b': vote('p1', 'professional', 'b', 1),
        'p2:b': vote('p2', 'professional', 'b', 1),
      },
    };
    const standings = ideaStandings(data, defaultGroups);
    expect([...standings.keys()].sort()).to.deep.equal(['a', 'b']);
    expect(standings.get('a')).to.deep.equal({
      column: 'ideas',
      hidden: false,
      parityPercent: 50,
      dots: 10,
    });
    expect(standings.get('b')).to.deep.equal({
      column: 'agreed',
      hidden: false,
      parityPercent: 50,
      dots: 2,
    });
  });

  it('scores 0 when nobody has voted, and ignores votes of unknown groups', () => {
    const data: SharedBoardData = {
      ideas: { a: idea('a') },
      votes: { 'x:a': vote('x', 'martians', 'a', 3) },
    };
    expect(ideaStandings(data, defaultGroups).get('a')).to.deep.equal({
      column: 'ideas',
      hidden: false,
      parityPercent: 0,
      dots: 0,
    });
  });
});

describe('isCanonicalIdea (the fast check beside IdeaSchema)', () => {
  const schemaOutput = (value: unknown) => {
    const tombstoneLike =
      typeof value === 'object' && value !== null && (value as { deleted?: unknown }).deleted;
    return v.safeParse(tombstoneLike === true ? TombstoneSchema : IdeaSchema, value);
  };

  it('takes ideas and tombstones as the board saves them', () => {
    const full = {
      ...idea('a'),
      detail: 'More',
      tags: ['transport'],
      group: 'community',
      author: 'Ana',
      participant: 'p1',
      cluster: '',
      hidden: false,
      source: { kind: 'journey-map', space: 's', id: 'main', item: 'n1' },
    };
    for (const value of [idea('a'), full, tombstone('a', new Date(stamp))]) {
      expect(isCanonicalIdea(value)).to.be.true;
    }
  });

  const refused: [string, unknown][] = [
    ['not an object', 'idea'],
    ['a title with spaces around it', { ...idea('a'), title: ' Evening opening ' }],
    ['an empty title', { ...idea('a'), title: '' }],
    ['a field the schema drops', { ...idea('a'), colour: 'red' }],
    ['a field set to undefined', { ...idea('a'), detail: undefined }],
    ['a time that is not ISO', { ...idea('a'), updatedAt: 'yesterday' }],
    ['a rank that is not finite', { ...idea('a'), rank: Infinity }],
    ['a tombstone with content', { ...tombstone('a'), title: 'kept?' }],
    ['a source with a field missing', { ...idea('a'), source: { kind: 'k', space: 's', id: 'i' } }],
  ];
  for (const [what, value] of refused) {
    it(`leaves ${what} to the schema`, () => {
      expect(isCanonicalIdea(value)).to.be.false;
    });
  }

  // Values near every rule's edge: lengths either side of each limit, spaces, wrong types.
  // Mostly valid, so that many candidates get past the first rules to the later ones.
  const text = (max: number) =>
    fc.oneof(
      { arbitrary: fc.stringMatching(/^[a-z][a-z ]{0,8}[a-z]$/), weight: 12 },
      { arbitrary: fc.string({ minLength: max - 1, maxLength: max + 1 }), weight: 1 },
      { arbitrary: fc.constantFrom(' a', 'a ', '\u00a0a', ''), weight: 1 },
      { arbitrary: fc.constantFrom(1, null, true), weight: 1 },
    );
  const time = fc.oneof(
    {
      arbitrary: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      weight: 12,
    },
    {
      arbitrary: fc.constantFrom('2026-11-29', '2026-11-29T10:00:00Z', '2026-13-01T10:00Z', 5),
      weight: 1,
    },
  );
  const mostly = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 });
  const ideaFields = {
    id: text(64),
    column: text(64),
    rank: mostly(fc.double(), fc.constant('1')),
    title: text(120),
    detail: text(1000),
    tags: mostly(fc.array(text(40), { maxLength: 3 }), fc.constant('a,b')),
    group: text(64),
    author: text(80),
    participant: text(64),
    cluster: text(64),
    hidden: mostly(fc.boolean(), fc.constant('yes')),
    source: mostly(
      fc.record({ kind: text(64), space: text(64), id: text(64), item: text(64) }),
      fc.record({ kind: text(64), space: text(64), id: text(64), other: text(64) }),
    ),
    createdAt: time,
    updatedAt: time,
  };
  const required = ['id', 'column', 'rank', 'title', 'createdAt', 'updatedAt'] as const;
  const candidate = fc.oneof(
    fc.record(ideaFields, { requiredKeys: [] }),
    // With the required fields always there, so that many ideas reach the later rules.
    { arbitrary: fc.record(ideaFields, { requiredKeys: [...required] }), weight: 4 },
    fc
      .record(ideaFields, { requiredKeys: [...required] })
      .map((idea) => ({ ...idea, colour: 'red' })),
    fc.record(
      { id: text(64), deleted: fc.constantFrom(true, 'yes'), updatedAt: time, title: text(5) },
      { requiredKeys: ['deleted'] },
    ),
  );

  it('takes nothing the schema would refuse or change (property)', () => {
    let taken = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        if (!isCanonicalIdea(value)) return;
        if (!('deleted' in value)) taken += 1;
        const result = schemaOutput(value);
        expect(result.success).to.be.true;
        expect(result.output).to.deep.equal(value);
      }),
      { numRuns: 3000 },
    );
    // Not an empty promise: ideas (not only tombstones) did take the fast path.
    expect(taken).to.be.greaterThan(20);
  });

  it('takes every idea the schema returns unchanged (property)', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const result = schemaOutput(value);
        if (result.success && JSON.stringify(result.output) === JSON.stringify(value)) {
          expect(isCanonicalIdea(value)).to.be.true;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
