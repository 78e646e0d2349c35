import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultGroups } from '../../../src/core/groups.js';
import { BoardIndex } from '../../../src/components/idea-board/board-index.js';
import { BoardStateMemo } from '../../../src/components/idea-board/board-state.js';
import { boardCsv } from '../../../src/components/idea-board/board-export.js';
import { noFilter } from '../../../src/components/idea-board/filter.js';
import { addBuild, type BoardData, type Idea } from '../../../src/components/idea-board/model.js';
import { addIdea } from '../../../src/components/idea-board/ideas.js';
import { planMove, type IdeaMove } from '../../../src/components/idea-board/board-moves.js';
import {
  between,
  createCluster,
  dissolveCluster,
  joinPlacement,
  landingIndex,
  leavePlacement,
  liveClusters,
  placeAt,
  placeIdea,
  renameCluster,
} from '../../../src/components/idea-board/ordering.js';
import { giveDot, tallyDots } from '../../../src/components/idea-board/votes.js';
import { cssId } from '../../../src/components/idea-board/roving-focus.js';
import { boardData, seedIdea } from './helpers.js';

/** The data after a move, as the board's own pure move plans it; undefined if it cannot. */
const moveIdea = (data: BoardData, move: IdeaMove) => planMove(data, move)?.next;

const now = new Date('2026-12-01T09:00:00.000Z');
const columns = ['ideas', 'developing', 'agreed'];

const board = boardData;
const ids = (data: BoardData, column = 'ideas') =>
  BoardIndex.build(data, columns)
    .order(column)
    .map((i) => i.id);

/** Moves `id` to `index` of `column` with the board's own pure move (renumbering inside). */
const move = (data: BoardData, id: string, column: string, index: number): BoardData =>
  moveIdea(data, { id, column, at: index, visible: () => true, columns, now })!;

describe('idea board ordering', () => {
  it('turns any stored id into a distinct, safe DOM id', () => {
    expect(cssId('3f2a-9c1e')).to.equal('3f2a-9c1e');
    expect(cssId('a.b')).not.to.equal(cssId('a_b'));
    expect(cssId('"><img src=x>')).to.match(/^[\w-]+$/);
  });

  it('finds a number between two ranks, or says there is none', () => {
    expect(between(undefined, undefined)).to.equal(1);
    expect(between(undefined, 5)).to.equal(4);
    expect(between(5, undefined)).to.equal(6);
    expect(between(1, 2)).to.equal(1.5);
    expect(between(1, 1)).to.equal(undefined);
    expect(between(1, 1 + Number.EPSILON)).to.equal(undefined);
  });

  it('sorts a column by rank, keeping a cluster together at its own rank', () => {
    const data = board(
      [
        seedIdea('a', 'ideas', 1),
        seedIdea('c2', 'ideas', 2, { cluster: 'k' }),
        seedIdea('b', 'ideas', 3),
        seedIdea('c1', 'ideas', 1, { cluster: 'k' }),
        seedIdea('elsewhere', 'nowhere', 0),
      ],
      {
        clusters: {
          k: { id: 'k', column: 'ideas', name: 'K', rank: 2, updatedAt: now.toISOString() },
        },
      },
    );
    // An idea in a column the board does not have shows in the first column.
    expect(ids(data)).to.deep.equal(['elsewhere', 'a', 'c1', 'c2', 'b']);
  });

  it('moves one idea to any place, touching only that idea (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 30 }),
        (count, moves) => {
          let data = board(
            Array.from({ length: count }, (_, i) => seedIdea(`i${i}`, 'ideas', i + 1)),
          );
          const expected: Record<string, string[]> = {
            ideas: ids(data),
            developing: [],
            agreed: [],
          };
          for (const [which, col, where] of moves) {
            const id = `i${which % count}`;
            const column = columns[col % 3];
            const from = Object.keys(expected).find((c) => expected[c].includes(id))!;
            expected[from] = expected[from].filter((x) => x !== id);
            const index = where % (expected[column].length + 1);
            expected[column] = [
              ...expected[column].slice(0, index),
              id,
              ...expected[column].slice(index),
            ];
            const before = data;
            data = move(data, id, column, index);
            const touched = Object.keys(data.ideas.toRecord()).filter(
              (k) => data.ideas.get(k) !== before.ideas.get(k),
            );
            if (touched.length !== 1 && touched.length !== expected[column].length) return false;
          }
          return columns.every((c) => JSON.stringify(ids(data, c)) === JSON.stringify(expected[c]));
        },
      ),
    );
  });

  it('counts a move among the ideas the person sees, and refuses an unknown idea or column', () => {
    const data = board([
      seedIdea('a', 'ideas', 1),
      seedIdea('h', 'ideas', 2, { hidden: true }),
      seedIdea('b', 'ideas', 3),
      seedIdea('c', 'agreed', 1),
    ]);
    const shown = (idea: Idea) => !idea.hidden;
    // Second among what a participant sees (a, b): after b, so after the hidden idea too.
    const moved = moveIdea(data, {
      id: 'c',
      column: 'ideas',
      at: 2,
      visible: shown,
      columns,
      now,
    })!;
    expect(ids(moved)).to.deep.equal(['a', 'h', 'b', 'c']);
    // A facilitator counts the hidden idea: place 1 is between a and h.
    const all = moveIdea(data, {
      id: 'c',
      column: 'ideas',
      at: 1,
      visible: () => true,
      columns,
      now,
    })!;
    expect(ids(all)).to.deep.equal(['a', 'c', 'h', 'b']);
    expect(
      moveIdea(data, { id: 'nope', column: 'ideas', at: 0, visible: shown, columns }),
    ).to.equal(undefined);
    expect(moveIdea(data, { id: 'c', column: 'nowhere', at: 0, visible: shown, columns })).to.equal(
      undefined,
    );
  });

  it('renumbers a column when midpoints run out, keeping the order', () => {
    let data = board([
      seedIdea('a', 'ideas', 1),
      seedIdea('b', 'ideas', 2),
      seedIdea('c', 'ideas', 3),
    ]);
    // Squeezing into the same gap halves it each time; after ~50 halvings there is no room.
    for (let i = 0; i < 60; i += 1) data = move(data, i % 2 ? 'c' : 'b', 'ideas', 1);
    expect(ids(data)).to.have.members(['a', 'b', 'c']);
    expect(ids(data)[0]).to.equal('a');
  });

  describe('clusters', () => {
    const cluster = {
      id: 'k',
      column: 'ideas',
      name: 'Getting there',
      rank: 2,
      updatedAt: now.toISOString(),
    };
    const clustered = () =>
      board(
        [
          seedIdea('a', 'ideas', 1),
          seedIdea('k1', 'ideas', 1, { cluster: 'k' }),
          seedIdea('k2', 'ideas', 2, { cluster: 'k' }),
          seedIdea('b', 'ideas', 3),
        ],
        { clusters: { k: cluster } },
      );

    const cases: [string, string, number, string | undefined][] = [
      // [what, idea, index in the column without it, cluster it ends in]
      ['between two cards of a cluster joins it', 'a', 1, 'k'],
      ['next to its own cluster stays in it', 'k1', 2, 'k'],
      ['above its own cluster, just before it, stays in it', 'k2', 1, 'k'],
      ['away from its cluster leaves it', 'k1', 0, undefined],
      ['after a cluster it is not in stays loose', 'b', 3, undefined],
    ];
    for (const [what, id, index, expected] of cases) {
      it(`a card put ${what}`, () => {
        const data = clustered();
        const index0 = BoardIndex.build(data, columns);
        const order = index0.order('ideas').filter((i) => i.id !== id);
        const placement = placeAt(
          order,
          index,
          data.ideas.get(id) as Idea,
          'ideas',
          index0.clusters,
        )!;
        expect(placement.cluster).to.equal(expected);
        const moved = placeIdea(data, id, 'ideas', placement, now);
        expect(ids(moved).indexOf(id)).to.equal(index);
        expect(
          landingIndex(order, data.ideas.get(id) as Idea, 'ideas', placement, index0.clusters),
        ).to.equal(index);
      });
    }

    it('joins at the end of a cluster and leaves just after it', () => {
      let data = clustered();
      let index0 = BoardIndex.build(data, columns);
      const join = joinPlacement(
        index0.order('ideas').filter((i) => i.id !== 'b'),
        cluster,
        index0.clusters,
      );
      data = placeIdea(data, 'b', 'ideas', join, now);
      expect(ids(data)).to.deep.equal(['a', 'k1', 'k2', 'b']);
      expect((data.ideas.get('b') as Idea).cluster).to.equal('k');
      index0 = BoardIndex.build(data, columns);
      const leave = leavePlacement(
        index0.order('ideas').filter((i) => i.id !== 'k1'),
        cluster,
        index0.clusters,
      )!;
      data = placeIdea(data, 'k1', 'ideas', leave, now);
      expect(ids(data)).to.deep.equal(['a', 'k2', 'b', 'k1']);
      expect((data.ideas.get('k1') as Idea).cluster).to.equal('');
    });

    it('creates, renames and dissolves a cluster, the cards staying in place', () => {
      let data = board([
        seedIdea('a', 'ideas', 1),
        seedIdea('b', 'ideas', 2),
        seedIdea('c', 'ideas', 3),
      ]);
      data = createCluster(data, { id: 'k', name: 'K', column: 'ideas', rank: 2 }, 'b', now);
      expect((data.ideas.get('b') as Idea).cluster).to.equal('k');
      data = placeIdea(data, 'c', 'ideas', { rank: 2, cluster: 'k' }, now);
      expect(ids(data)).to.deep.equal(['a', 'b', 'c']);
      data = renameCluster(data, 'k', 'Renamed', now);
      expect(liveClusters(data).get('k')!.name).to.equal('Renamed');
      expect(renameCluster(data, 'missing', 'x', now)).to.equal(data);
      const index0 = BoardIndex.build(data, columns);
      data = dissolveCluster(data, 'k', index0.order('ideas'), index0.clusters, now);
      expect(liveClusters(data).size).to.equal(0);
      expect(ids(data)).to.deep.equal(['a', 'b', 'c']);
      expect([...data.ideas].some((i) => (i as Idea).cluster)).to.be.false;
      expect(dissolveCluster(data, 'k', [], new Map(), now)).to.equal(data);
    });

    it('knows which clusters are empty, and the rank after everything', () => {
      const data = clustered();
      const withEmpty = createCluster(
        data,
        { id: 'e', name: 'Empty', column: 'ideas', rank: 9 },
        undefined,
        now,
      );
      const index0 = BoardIndex.build(withEmpty, columns);
      expect(index0.emptyClustersIn('ideas').map((c) => c.id)).to.deep.equal(['e']);
      expect(index0.clustersIn('ideas').map((c) => c.id)).to.deep.equal(['k', 'e']);
      expect(index0.endRank('ideas')).to.equal(10);
      expect(index0.endRank('agreed')).to.equal(1);
    });
  });

  it('updates the index in place exactly as a rebuild would (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.nat(2), fc.integer({ min: -3, max: 8 })), {
          maxLength: 25,
        }),
        (steps) => {
          let data = board(
            Array.from({ length: 6 }, (_, i) => seedIdea(`i${i}`, columns[i % 3], i)),
          );
          let index = BoardIndex.build(data, columns);
          for (const [which, col, rank] of steps) {
            const id = `i${which}`;
            const before = data.ideas.get(id) as Idea;
            data = placeIdea(data, id, columns[col], { rank }, now);
            index = index.withChanges([[before, data.ideas.get(id) as Idea]]);
          }
          const fresh = BoardIndex.build(data, columns);
          return (
            columns.every(
              (c) =>
                JSON.stringify(index.order(c).map((i) => i.id)) ===
                JSON.stringify(fresh.order(c).map((i) => i.id)),
            ) && index.total === fresh.total
          );
        },
      ),
    );
  });

  it('derives state once per change and reuses what did not change', () => {
    const memo = new BoardStateMemo();
    const data = board([seedIdea('a', 'ideas', 1), seedIdea('h', 'ideas', 2, { hidden: true })]);
    const input = {
      data,
      columns,
      facilitator: false,
      filter: noFilter,
      groups: defaultGroups,
      participant: 'me',
    };
    const first = memo.get(input);
    expect(memo.get({ ...input })).to.equal(first);
    expect(first.role.get('ideas')!.map((i) => i.id)).to.deep.equal(['a']);
    expect(
      memo
        .get({ ...input, facilitator: true })
        .role.get('ideas')!
        .map((i) => i.id),
    ).to.deep.equal(['a', 'h']);

    const next = addIdea(
      data,
      { title: 'New' },
      { id: 'n', column: 'agreed', rank: 1 },
      { participant: 'me' },
      now,
    );
    memo.changed(data, next, ['n']);
    const second = memo.get({ ...input, data: next, facilitator: true });
    expect(second.index.order('agreed').map((i) => i.id)).to.deep.equal(['n']);
    expect(second.roleTotal).to.equal(3);

    const filtered = memo.get({
      ...input,
      data: next,
      facilitator: true,
      filter: { ...noFilter, text: 'new' },
    });
    expect(filtered.shownTotal).to.equal(1);
    expect(filtered.index).to.equal(second.index);
  });

  it('writes a CSV row per idea with dots by group, parity score and builds', () => {
    let data = board(
      [
        seedIdea('a', 'ideas', 1, { title: '=SUM(A1)', tags: ['x', 'y'], cluster: 'k' }),
        seedIdea('b', 'agreed', 1, { title: 'Plain, with comma', group: 'professional' }),
      ],
      {
        clusters: {
          k: { id: 'k', column: 'ideas', name: 'K', rank: 1, updatedAt: now.toISOString() },
        },
      },
    );
    data = giveDot(data, 'a', { participant: 'p', group: 'community' }, 3, now)!;
    data = addBuild(data, { id: 'b1', idea: 'a', text: 'and' }, { participant: 'p' }, now);
    const index = BoardIndex.build(data, columns);
    const { buildsByIdea } = { buildsByIdea: new Map([['a', [data.builds.get('b1') as never]]]) };
    const csv = boardCsv(
      index,
      columns,
      ['community', 'professional'],
      tallyDots(data, defaultGroups),
      buildsByIdea,
      {
        headings: {
          column: 'Column',
          cluster: 'Cluster',
          title: 'Title',
          detail: 'Detail',
          tags: 'Tags',
          group: 'Group',
          votes: (g) => `Dots: ${g}`,
          parity: 'Parity',
          builds: 'Builds',
        },
        columnLabel: (id) => id.toUpperCase(),
        groupLabel: (id) => id,
      },
    );
    expect(csv.split('\r\n')).to.deep.equal([
      '\uFEFFColumn,Cluster,Title,Detail,Tags,Group,Dots: community,Dots: professional,Parity,Builds',
      'IDEAS,K,\'=SUM(A1),,"x, y",community,1,0,100,1',
      'AGREED,,"Plain, with comma",,,professional,0,0,0,0',
      '',
    ]);
  });
});
