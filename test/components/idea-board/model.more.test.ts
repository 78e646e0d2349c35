// Board model corners the element tests do not reach: dots on an idea deleted in another tab,
// merging ideas without tags, and columns given partly as objects.
import { expect } from '@open-wc/testing';
import { parseColumns } from '../../../src/components/idea-board/columns.js';
import { mergeIdeas } from '../../../src/components/idea-board/ideas.js';
import type { Idea } from '../../../src/components/idea-board/model.js';
import { giveDot, tallyDots } from '../../../src/components/idea-board/votes.js';
import { defaultGroups } from '../../../src/core/groups.js';
import { tombstone } from '../../../src/core/store/merge.js';
import { boardData, seedIdea } from './helpers.js';

const now = new Date('2026-12-01T09:00:00.000Z');

describe('idea board model, in detail', () => {
  it('leaves dots on an idea deleted elsewhere out of the tally', () => {
    let data = boardData([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
    data = giveDot(data, 'a', { participant: 'p1', group: 'community' }, 3, now)!;
    data = giveDot(data, 'b', { participant: 'p1', group: 'community' }, 3, now)!;
    const gone = { ...data, ideas: data.ideas.with('a', tombstone('a', now) as unknown as Idea) };
    const results = tallyDots(gone, defaultGroups);
    expect([...results.byIdea.keys()]).to.deep.equal(['b']);
    expect(results.voters).to.deep.include({ community: 1 });
  });

  it('merges two ideas without tags into one without tags', () => {
    const data = boardData([
      seedIdea('a', 'ideas', 1, { detail: 'First' }),
      seedIdea('b', 'ideas', 2),
    ]);
    const merged = mergeIdeas(data, 'b', 'a', now).ideas.get('a') as Idea;
    expect(merged.tags ?? []).to.deep.equal([]);
    expect(merged.detail).to.equal('First\n\nIdea b');
  });

  it('reads columns given as a mix of words and objects', () => {
    expect(parseColumns(['Now', { id: 'later', label: 'Later' }, 'Not an id!'])).to.deep.equal([
      { id: 'Now', label: 'Now' },
      { id: 'later', label: 'Later' },
      { id: 'column-3', label: 'Not an id!' },
    ]);
  });
});
