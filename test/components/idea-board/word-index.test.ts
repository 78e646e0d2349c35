import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { matcher, typedWords, noFilter } from '../../../src/components/idea-board/filter.js';
import type { Idea } from '../../../src/components/idea-board/model.js';
import { WordIndex } from '../../../src/components/idea-board/word-index.js';

const stamp = '2026-11-29T10:00:00.000Z';
// A small alphabet, so that typed text often matches: letters, Welsh and Turkish letters whose
// lower case is special, punctuation, and several kinds of white space.
const char = fc.constantFrom(..."abcBUSŵŴİı-,.' \t\n\u00a0\u2003");
const text = fc.string({ unit: char, maxLength: 14 });

const ideaArb = fc.record(
  {
    title: text,
    detail: text,
    tags: fc.array(text, { maxLength: 2 }),
    author: text,
  },
  { requiredKeys: ['title'] },
);

function ideasOf(contents: ReadonlyArray<Partial<Idea> & { title: string }>): Idea[] {
  return contents.map((content, i) => ({
    ...content,
    id: `idea-${i}`,
    column: 'ideas',
    rank: i,
    group: 'community',
    participant: 'p1',
    createdAt: stamp,
    updatedAt: stamp,
  }));
}

/** What Find shows without the index: every idea's text read. */
const scan = (ideas: readonly Idea[], typed: string) => {
  const test = matcher({ ...noFilter, text: typed });
  return ids(ideas.filter((idea) => test(idea, idea.column)));
};
/** The same ideas, the very objects, in one order. */
const ids = (ideas: Iterable<Idea>) => [...ideas].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('WordIndex (Find on big boards)', () => {
  it('finds exactly the ideas the plain scan finds, for any ideas and typed text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(ideaArb, { maxLength: 12 }),
        fc.array(text, { maxLength: 4 }),
        (contents, typing) => {
          const ideas = ideasOf(contents);
          const index = WordIndex.build(ideas);
          // Typed in turn, as a person types on and deletes back: the index narrows as it goes.
          for (const typed of typing) {
            const words = typedWords({ ...noFilter, text: typed });
            if (words.length === 0) continue;
            expect(ids(index.matching(words))).to.have.ordered.members(scan(ideas, typed));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('stays true as ideas are added, changed and removed (property)', () => {
    const step = fc.oneof(
      fc.record({ add: ideaArb }),
      fc.record({ change: fc.nat(20), to: ideaArb }),
      fc.record({ remove: fc.nat(20) }),
      fc.record({ find: text }),
    );
    fc.assert(
      fc.property(
        fc.array(ideaArb, { maxLength: 6 }),
        fc.array(step, { maxLength: 15 }),
        (start, steps) => {
          let ideas = ideasOf(start);
          const index = WordIndex.build(ideas);
          let made = ideas.length;
          for (const s of steps) {
            if ('add' in s) {
              const [idea] = ideasOf([s.add]);
              const added = { ...idea, id: `new-${(made += 1)}` };
              ideas = [...ideas, added];
              index.add(added);
            } else if ('change' in s && ideas.length) {
              const at = s.change % ideas.length;
              const changed = { ...ideas[at], ...s.to };
              index.remove(ideas[at]);
              index.add(changed);
              ideas = ideas.map((idea, i) => (i === at ? changed : idea));
            } else if ('remove' in s && ideas.length) {
              const at = s.remove % ideas.length;
              index.remove(ideas[at]);
              ideas = ideas.filter((_, i) => i !== at);
            } else if ('find' in s) {
              const words = typedWords({ ...noFilter, text: s.find });
              if (words.length)
                expect(ids(index.matching(words))).to.have.ordered.members(scan(ideas, s.find));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds parts of words, every typed word, in any case', () => {
    const ideas = ideasOf([
      { title: 'Busy bus stop', detail: 'Evenings' },
      { title: 'Quiet room', tags: ['homework'] },
      { title: 'Homework club', author: 'Siân' },
    ]);
    const index = WordIndex.build(ideas);
    const titles = (typed: string) =>
      [...index.matching(typedWords({ ...noFilter, text: typed }))].map((i) => i.title).sort();
    expect(titles('BUS')).to.deep.equal(['Busy bus stop']);
    expect(titles('home')).to.deep.equal(['Homework club', 'Quiet room']);
    expect(titles('home club')).to.deep.equal(['Homework club']);
    expect(titles('siân')).to.deep.equal(['Homework club']);
    expect(titles('zzz')).to.deep.equal([]);
  });
});
