// The board index in the corners the element tests do not reach: an idea version the list
// does not hold (found by id, the slow way), a column it does not know, and an idea whose
// column is gone (shown in the first column).
import { expect } from '@open-wc/testing';
import { BoardIndex } from '../../../src/components/idea-board/board-index.js';
import { boardData, seedIdea } from './helpers.js';

const columns = ['ideas', 'developing', 'agreed'];

describe('BoardIndex, in detail', () => {
  it('finds an idea by id when the list holds another version of it', () => {
    const data = boardData([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
    const index = BoardIndex.build(data, columns);
    const order = index.order('ideas');
    expect(index.indexIn(order, order[1])).to.equal(1);
    const edited = { ...order[1], title: 'Edited', rank: 0.5 };
    expect(index.indexIn(order, edited)).to.equal(1);
    expect(index.indexIn(order, seedIdea('z', 'ideas', 3))).to.equal(-1);
  });

  it('has nothing in a column it does not know, and shows an idea of a lost column first', () => {
    const data = boardData([seedIdea('a', 'gone', 1), seedIdea('b', 'ideas', 2)]);
    const index = BoardIndex.build(data, columns);
    expect(index.order('nowhere')).to.deep.equal([]);
    expect(index.columnOf(data.ideas.get('a') as never)).to.equal('ideas');
    expect(index.order('ideas').map((idea) => idea.id)).to.include('a');
  });

  it('adds an idea to a column that had none', () => {
    const data = boardData([seedIdea('a', 'ideas', 1)]);
    const index = BoardIndex.build(data, columns).withChanges([
      [undefined, seedIdea('n', 'agreed', 1, { tags: ['Cost'] })],
    ]);
    expect(index.order('agreed').map((idea) => idea.id)).to.deep.equal(['n']);
  });
});
