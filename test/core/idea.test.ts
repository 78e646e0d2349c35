import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  IdeaSchema,
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
