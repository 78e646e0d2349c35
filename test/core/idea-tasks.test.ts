import { expect } from '@open-wc/testing';
import { boardIdeas, boardKey, postIdeaNote } from '../../src/core/idea-tasks.js';
import { createEnvelope } from '../../src/core/store/envelope.js';
import { MemoryStore } from '../../src/core/store/memory-store.js';

const board = { space: 's', id: 'main' };
const ref = { space: 's', kind: 'idea-board', id: 'main' };
const at = '2026-11-30T10:00:00.000Z';
const idea = (id: string, o: object = {}) => ({
  id,
  column: 'agreed',
  rank: 1,
  title: id,
  createdAt: at,
  updatedAt: at,
  ...o,
});

describe('ideas turned into tasks (core/idea-tasks)', () => {
  it('lists the live, visible ideas of a column in board order; anything unreadable lists none', () => {
    const raw = createEnvelope(ref, {
      ideas: {
        b: idea('b', { rank: 2, detail: 'More' }),
        a: idea('a', { rank: 1 }),
        c: idea('c', { column: 'ideas' }),
        d: idea('d', { hidden: true }),
        e: { id: 'e', deleted: true, updatedAt: at },
        f: 'not an idea',
        g: idea('g', { rank: 'x' }),
        h: idea('h', { title: 7 }),
      },
    });
    expect(boardIdeas(raw, 'agreed')).to.deep.equal([
      { id: 'g', title: 'g', detail: '', column: 'agreed' },
      { id: 'a', title: 'a', detail: '', column: 'agreed' },
      { id: 'b', title: 'b', detail: 'More', column: 'agreed' },
    ]);
    expect(boardIdeas(undefined, 'agreed')).to.deep.equal([]);
    expect(boardIdeas({ format: 'nope' }, 'agreed')).to.deep.equal([]);
    expect(boardIdeas(createEnvelope(ref, { ideas: [] }), 'agreed')).to.deep.equal([]);
  });

  it('leaves a note under the idea as a build, merged with the board, cut to a build’s length', async () => {
    const store = new MemoryStore();
    await store.update(boardKey(board), () => createEnvelope(ref, { ideas: { a: idea('a') } }));
    const note = { id: 'n1', idea: 'a', text: 'x'.repeat(300), participant: 'p' };
    await postIdeaNote(store, board, note);
    await postIdeaNote(store, board, { ...note, id: 'n2', text: 'Short' });
    const saved = (await store.load(boardKey(board))) as {
      data: { ideas: object; builds: Record<string, { text: string }> };
    };
    expect(Object.keys(saved.data.ideas)).to.deep.equal(['a']);
    expect(saved.data.builds.n1.text).to.have.length(280);
    expect(saved.data.builds.n1.text.endsWith('…')).to.equal(true);
    expect(saved.data.builds.n2.text).to.equal('Short');
  });

  it('refuses to write to a board that is missing or cannot be read', async () => {
    const store = new MemoryStore();
    const note = { id: 'n', idea: 'a', text: 'T', participant: 'p' };
    let problem = '';
    await postIdeaNote(store, board, note).catch((error: Error) => (problem = error.message));
    expect(problem).to.equal('There is no board');
    await store.update(boardKey(board), () => ({ format: 'nope' }) as never);
    await postIdeaNote(store, board, note).catch((error: Error) => (problem = error.message));
    expect(problem).to.match(/^The idea board could not be read/);
  });
});
