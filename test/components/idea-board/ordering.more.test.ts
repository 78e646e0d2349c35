// More board-ordering cases: renumbering a column that holds clusters (two cards of one
// cluster, empty clusters), ties between a cluster and a loose card, and placing ideas that
// are gone. Written to cover the branches the first tests left out.
import { expect } from '@open-wc/testing';
import { BoardIndex } from '../../../src/components/idea-board/board-index.js';
import type { Cluster, Idea } from '../../../src/components/idea-board/model.js';
import {
  compareInColumn,
  joinPlacement,
  liveClusters,
  placeIdea,
  renumberColumn,
} from '../../../src/components/idea-board/ordering.js';
import { tombstone } from '../../../src/core/store/merge.js';
import { boardData, seedIdea } from './helpers.js';

const now = new Date('2026-12-01T09:00:00.000Z');
const columns = ['ideas', 'developing', 'agreed'];
const cluster = (id: string, rank: number, column = 'ideas'): Cluster => ({
  id,
  column,
  name: `Cluster ${id}`,
  rank,
  updatedAt: '2026-11-29T10:00:00.000Z',
});

describe('idea board ordering, in detail', () => {
  it('renumbers blocks and the cards inside each cluster, empty clusters last', () => {
    const data = boardData(
      [
        seedIdea('a', 'ideas', 0.5),
        seedIdea('b', 'ideas', 0.25, { cluster: 'k' }),
        seedIdea('c', 'ideas', 0.75, { cluster: 'k' }),
        seedIdea('d', 'ideas', 3),
      ],
      {
        clusters: {
          k: cluster('k', 2),
          empty: cluster('empty', 9),
          elsewhere: cluster('elsewhere', 1, 'agreed'),
        },
      },
    );
    const index = BoardIndex.build(data, columns);
    const order = index.order('ideas');
    expect(order.map((idea) => idea.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    const renumbered = renumberColumn(
      data,
      'ideas',
      order,
      index.clusters,
      index.emptyClustersIn('ideas'),
      now,
    );
    const rank = (id: string) => (renumbered.ideas.get(id) as Idea | undefined)?.rank;
    const clusterAfter = (id: string) => renumbered.clusters.get(id) as Cluster | undefined;
    expect(['a', 'b', 'c', 'd'].map(rank)).to.deep.equal([1, 1, 2, 3]);
    expect(clusterAfter('k')?.rank).to.equal(2);
    expect(clusterAfter('empty')?.rank).to.equal(4);
    expect(clusterAfter('empty')?.updatedAt).to.equal(now.toISOString());
    expect(renumbered.clusters.get('elsewhere')).to.deep.equal(cluster('elsewhere', 1, 'agreed'));
  });

  it('puts a cluster before a loose card of the same rank, whichever comes first', () => {
    const clusters = new Map([['k', cluster('k', 2)]]);
    const loose = seedIdea('a', 'ideas', 2);
    const inCluster = seedIdea('z', 'ideas', 1, { cluster: 'k' });
    const compare = compareInColumn('ideas', clusters);
    expect(compare(loose, inCluster)).to.equal(1);
    expect(compare(inCluster, loose)).to.equal(-1);
    // A cluster in another column does not hold the card here.
    const away = new Map([['k', cluster('k', 2, 'agreed')]]);
    expect(compareInColumn('ideas', away)(inCluster, loose)).to.be.below(0);
  });

  it('puts a card first in a cluster with no cards yet', () => {
    expect(joinPlacement([], cluster('k', 2), new Map())).to.deep.equal({ rank: 1, cluster: 'k' });
  });

  it('leaves the board as it is when the idea to place is gone', () => {
    const data = boardData([seedIdea('a', 'ideas', 1)]);
    const gone = { ...data, ideas: data.ideas.with('a', tombstone('a', now) as unknown as Idea) };
    expect(placeIdea(gone, 'a', 'agreed', { rank: 1 }, now)).to.equal(gone);
    expect(placeIdea(data, 'nobody', 'agreed', { rank: 1 }, now)).to.equal(data);
    expect(liveClusters(data).size).to.equal(0);
  });
});
