import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultGroups } from '../../../src/core/groups.js';
import { isTombstone } from '../../../src/core/store/merge.js';
import { mergeData } from '../../../src/core/store/merge.js';
import { parseColumns } from '../../../src/components/idea-board/columns.js';
import { labelIn, type Labelled } from '../../../src/core/groups.js';

const columnLabel = (
  column: Labelled,
  lang: string,
  builtIn: (key: string) => string | undefined,
) => labelIn(column, 'column', lang, builtIn);
import {
  draftContent,
  draftOf,
  emptyDraft,
  parseTags,
  validateDraft,
  validateShort,
} from '../../../src/components/idea-board/draft.js';
import {
  addBuild,
  buildsByIdea,
  canChange,
  clearBoard,
  deleteBuild,
  emptyBoard,
  toStoredBoard,
  parseBoard,
  setLocked,
  setRevealed,
  type BoardData,
  type Idea,
} from '../../../src/components/idea-board/model.js';
import {
  addIdea,
  deleteIdea,
  editIdea,
  mergeIdeas,
  setHidden,
} from '../../../src/components/idea-board/ideas.js';
import { isFiltering, matcher, noFilter } from '../../../src/components/idea-board/filter.js';
import { BoardIndex } from '../../../src/components/idea-board/board-index.js';
import {
  dotsOf,
  giveDot,
  spent,
  takeDot,
  tallyDots,
} from '../../../src/components/idea-board/votes.js';
import { boardData, seedIdea } from './helpers.js';

const now = new Date('2026-12-01T09:00:00.000Z');
const who = { participant: 'me', group: 'community' };

const board = boardData;

describe('idea board model', () => {
  describe('parseBoard', () => {
    it('accepts a full board and fills in what postIdea leaves out', () => {
      const parsed = parseBoard({ ideas: { a: seedIdea('a', 'ideas', 1) }, votes: {} });
      expect([...parsed.ideas.entries()].map(([id]) => id)).to.deep.equal(['a']);
      expect(parsed.builds.size).to.equal(0);
      expect(parsed.clusters.size).to.equal(0);
      expect(parsed.settings.locked).to.equal(false);
      expect(toStoredBoard(parseBoard(toStoredBoard(emptyBoard())))).to.deep.equal(
        toStoredBoard(emptyBoard()),
      );
    });

    const bad: [string, unknown, string][] = [
      ['not an object', [], 'must be an object'],
      ['null', null, 'must be an object'],
      [
        'an idea without a title',
        { ideas: { a: { ...seedIdea('a', 'x', 1), title: ' ' } } },
        'ideas.a',
      ],
      [
        'a title too long',
        { ideas: { a: { ...seedIdea('a', 'x', 1), title: 'x'.repeat(121) } } },
        'ideas.a',
      ],
      [
        'a vote with half a dot',
        {
          votes: {
            v: {
              id: 'v',
              participant: 'p',
              group: 'g',
              idea: 'a',
              dots: 0.5,
              updatedAt: now.toISOString(),
            },
          },
        },
        'votes.v',
      ],
      [
        'a build with no text',
        {
          builds: {
            b: {
              id: 'b',
              idea: 'a',
              text: '',
              participant: 'p',
              createdAt: now.toISOString(),
              updatedAt: now.toISOString(),
            },
          },
        },
        'builds.b',
      ],
      [
        'a cluster with no name',
        {
          clusters: {
            c: { id: 'c', column: 'x', name: '', rank: 1, updatedAt: now.toISOString() },
          },
        },
        'clusters.c',
      ],
      ['settings that are not settings', { settings: { id: 'other' } }, 'settings'],
    ];
    for (const [what, data, where] of bad) {
      it(`refuses ${what}, saying where`, () => {
        expect(() => parseBoard(data)).to.throw(where);
      });
    }

    it('keeps tombstones', () => {
      const data = parseBoard({
        ideas: { a: { id: 'a', deleted: true, updatedAt: now.toISOString() } },
      });
      expect(isTombstone(data.ideas.get('a'))).to.be.true;
    });
  });

  describe('columns', () => {
    it('reads objects, shorthand strings, and refuses duplicates', () => {
      expect(parseColumns(['Now', 'Next steps'])).to.deep.equal([
        { id: 'Now', label: 'Now' },
        { id: 'column-2', label: 'Next steps' },
      ]);
      expect(parseColumns([{ id: 'a', label: { en: 'A', cy: 'Ā' } }])[0].id).to.equal('a');
      expect(() => parseColumns([{ id: 'a' }, { id: 'a' }])).to.throw('different');
      expect(() => parseColumns([])).to.throw('at least one');
      expect(() => parseColumns([{ id: 'has space' }])).to.throw('letters');
    });

    it('names a column in the language asked, falling back sensibly', () => {
      const builtIn = (key: string) => (key === 'column.ideas' ? 'Syniadau' : undefined);
      expect(columnLabel({ id: 'ideas' }, 'cy', builtIn)).to.equal('Syniadau');
      expect(columnLabel({ id: 'x', label: { en: 'Now', cy: 'Nawr' } }, 'cy', builtIn)).to.equal(
        'Nawr',
      );
      expect(columnLabel({ id: 'x', label: { en: 'Now' } }, 'cy', builtIn)).to.equal('Now');
      expect(columnLabel({ id: 'x', label: { fr: 'Maintenant' } }, 'cy', builtIn)).to.equal(
        'Maintenant',
      );
      expect(columnLabel({ id: 'x' }, 'cy', builtIn)).to.equal('x');
      expect(columnLabel({ id: 'x', label: 'Plain' }, 'cy', builtIn)).to.equal('Plain');
    });
  });

  describe('drafts', () => {
    const cases: [string, Partial<ReturnType<typeof emptyDraft>>, string[]][] = [
      ['a title only', { title: 'Evening opening' }, []],
      ['no title', { title: '   ' }, ['error.title-required']],
      ['a title of 120', { title: 'x'.repeat(120) }, []],
      ['a title of 121', { title: 'x'.repeat(121) }, ['error.title-long']],
      ['detail of 1001', { title: 't', detail: 'x'.repeat(1001) }, ['error.detail-long']],
      ['eleven tags', { title: 't', tags: 'a,b,c,d,e,f,g,h,i,j,k' }, ['error.tags-many']],
      ['a tag of 41', { title: 't', tags: 'x'.repeat(41) }, ['error.tag-long']],
      ['a name of 81', { title: 't', author: 'x'.repeat(81) }, ['error.author-long']],
    ];
    for (const [what, draft, keys] of cases) {
      it(`checks ${what}`, () => {
        expect(validateDraft({ ...emptyDraft('ideas'), ...draft }).map((e) => e.key)).to.deep.equal(
          keys,
        );
      });
    }

    it('reads tags: trimmed, no blanks, each once whatever the case', () => {
      expect(parseTags(' bus, Evening ,,bus ,  BUS, late   night')).to.deep.equal([
        'bus',
        'Evening',
        'late night',
      ]);
      expect(parseTags('')).to.deep.equal([]);
    });

    it('turns a draft into content and back', () => {
      const content = draftContent({
        ...emptyDraft('ideas'),
        title: ' Late bus ',
        detail: ' ',
        tags: 'a, b',
      });
      expect(content).to.deep.equal({ title: 'Late bus', tags: ['a', 'b'] });
      const draft = draftOf({ ...seedIdea('a', 'ideas', 1), tags: ['a', 'b'], author: 'Ana' });
      expect(draft).to.deep.include({ tags: 'a, b', author: 'Ana', detail: '' });
    });

    it('checks short texts', () => {
      expect(validateShort('build', ' ', 10)?.key).to.equal('error.build-required');
      expect(validateShort('build', 'x'.repeat(11), 10)?.key).to.equal('error.build-long');
      expect(validateShort('build', 'ok', 10)).to.equal(undefined);
    });
  });

  describe('ideas and builds', () => {
    it('adds an idea with who posted it, and edits only its words', () => {
      let data = addIdea(
        emptyBoard(),
        { title: 'Late bus', tags: ['bus'] },
        { id: 'a', column: 'ideas', rank: 3 },
        { ...who, author: 'Ana' },
        now,
      );
      expect(data.ideas.get('a')).to.deep.include({
        title: 'Late bus',
        rank: 3,
        author: 'Ana',
        group: 'community',
        participant: 'me',
      });
      data = editIdea(
        data,
        'a',
        { title: 'Later bus', detail: 'Until 10' },
        new Date('2026-12-02T00:00:00Z'),
      );
      const idea = data.ideas.get('a') as Idea;
      expect(idea.title).to.equal('Later bus');
      // Cleared, not left out, so merging with an older copy cannot bring the tags back.
      expect(idea.tags).to.deep.equal([]);
      expect(
        (
          mergeData(
            data,
            { ...data, ideas: { a: { ...idea, tags: ['bus'], updatedAt: now.toISOString() } } },
            true,
          ) as BoardData
        ).ideas.get('a'),
      ).to.deep.include({ tags: [] });
      expect(idea.author).to.equal('Ana');
      expect(idea.updatedAt).to.equal('2026-12-02T00:00:00.000Z');
      expect(editIdea(data, 'missing', { title: 'x' })).to.equal(data);
    });

    it('lets authors change their own ideas, and facilitators any', () => {
      const idea = seedIdea('a', 'ideas', 1, { participant: 'me' });
      expect(canChange(idea, 'me', false)).to.be.true;
      expect(canChange(idea, 'you', false)).to.be.false;
      expect(canChange(idea, 'you', true)).to.be.true;
    });

    it('deletes an idea with its builds and dots, leaving tombstones', () => {
      let data = board([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
      data = addBuild(data, { id: 'b1', idea: 'a', text: 'Yes, and' }, who, now);
      data = addBuild(data, { id: 'b2', idea: 'b', text: 'Other' }, who, now);
      data = giveDot(data, 'a', who, 3, now)!;
      data = deleteIdea(data, 'a', now);
      expect(isTombstone(data.ideas.get('a'))).to.be.true;
      expect(isTombstone(data.builds.get('b1'))).to.be.true;
      expect(isTombstone(data.builds.get('b2'))).to.be.false;
      expect(isTombstone(data.votes.get('me:a'))).to.be.true;
      expect(deleteIdea(data, 'a', now)).to.equal(data);
    });

    it('lists builds by idea, oldest first, without deleted ones', () => {
      let data = board([seedIdea('a', 'ideas', 1)]);
      data = addBuild(
        data,
        { id: 'late', idea: 'a', text: 'Second' },
        who,
        new Date('2026-12-02T00:00:00Z'),
      );
      data = addBuild(
        data,
        { id: 'early', idea: 'a', text: 'First' },
        who,
        new Date('2026-12-01T00:00:00Z'),
      );
      data = addBuild(data, { id: 'gone', idea: 'a', text: 'Gone' }, who, now);
      data = deleteBuild(data, 'gone', now);
      expect(deleteBuild(data, 'gone', now)).to.equal(data);
      expect(addBuild(data, { id: 'x', idea: 'missing', text: 'x' }, who, now)).to.equal(data);
      expect(
        buildsByIdea(data)
          .get('a')!
          .map((b) => b.text),
      ).to.deep.equal(['First', 'Second']);
    });

    it('hides and shows an idea', () => {
      let data = setHidden(board([seedIdea('a', 'ideas', 1)]), 'a', true, now);
      expect((data.ideas.get('a') as Idea).hidden).to.equal(true);
      data = setHidden(data, 'a', false, now);
      expect((data.ideas.get('a') as Idea).hidden).to.equal(false);
      expect(
        setHidden(board([seedIdea('a', 'ideas', 1)]), 'a', false, now).ideas.get('a'),
      ).not.to.have.property('hidden');
    });

    it('merges one idea into another: words, tags, builds and dots move across', () => {
      let data = board([
        seedIdea('a', 'ideas', 1, { title: 'Late bus', tags: ['bus'] }),
        seedIdea('b', 'ideas', 2, {
          title: 'Night bus',
          detail: 'After 10',
          tags: ['bus', 'night'],
        }),
      ]);
      data = addBuild(data, { id: 'b1', idea: 'a', text: 'And on Sundays' }, who, now);
      data = giveDot(data, 'a', who, 3, now)!;
      data = giveDot(data, 'b', who, 3, now)!;
      data = giveDot(data, 'a', { participant: 'you', group: 'professional' }, 3, now)!;
      data = mergeIdeas(data, 'a', 'b', now);
      expect(isTombstone(data.ideas.get('a'))).to.be.true;
      const into = data.ideas.get('b') as Idea;
      expect(into.detail).to.equal('After 10\n\nLate bus');
      expect(into.tags).to.deep.equal(['bus', 'night']);
      expect(
        buildsByIdea(data)
          .get('b')!
          .map((b) => b.text),
      ).to.deep.equal(['And on Sundays']);
      expect(dotsOf(data, 'me').get('b')).to.equal(2);
      expect(dotsOf(data, 'you').get('b')).to.equal(1);
      expect(mergeIdeas(data, 'b', 'b', now)).to.equal(data);
    });

    it('locks, reveals, and clears everything for everyone', () => {
      let data = board([seedIdea('a', 'ideas', 1)]);
      data = setRevealed(setLocked(data, true, now), true, now);
      expect(data.settings).to.deep.include({ locked: true, revealed: true });
      data = addBuild(data, { id: 'b1', idea: 'a', text: 'x' }, who, now);
      data = clearBoard(giveDot(data, 'a', who, 3, now)!, now);
      for (const collection of [data.ideas, data.builds, data.votes]) {
        expect(collection.size).to.be.greaterThan(0);
        expect([...collection].every(isTombstone)).to.be.true;
      }
      expect(data.settings.locked).to.equal(true);
    });

    it('keeps both ideas when two tabs post at once (item-level merge)', () => {
      const base = emptyBoard();
      const one = addIdea(
        base,
        { title: 'One' },
        { id: 'one', column: 'ideas', rank: 1 },
        who,
        now,
      );
      const two = addIdea(
        base,
        { title: 'Two' },
        { id: 'two', column: 'ideas', rank: 1 },
        who,
        now,
      );
      const merged = mergeData(one, two, true) as BoardData;
      expect(Object.keys(merged.ideas.toRecord()).sort()).to.deep.equal(['one', 'two']);
    });
  });

  describe('dot votes', () => {
    it('spends dots up to the budget and takes them back', () => {
      let data = board([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
      data = giveDot(data, 'a', who, 2, now)!;
      data = giveDot(data, 'a', who, 2, now)!;
      expect(giveDot(data, 'b', who, 2, now)).to.equal(undefined);
      expect(spent(dotsOf(data, 'me'))).to.equal(2);
      data = takeDot(data, 'a', who, now)!;
      expect(dotsOf(data, 'me').get('a')).to.equal(1);
      data = takeDot(data, 'a', who, now)!;
      expect(takeDot(data, 'a', who, now)).to.equal(undefined);
      expect(giveDot(data, 'missing', who, 2, now)).to.equal(undefined);
    });

    it('counts by parity: 10 community dots on A and 2 professional dots on B are 50/50', () => {
      let data = board([
        seedIdea('a', 'ideas', 1),
        seedIdea('b', 'ideas', 2),
        seedIdea('c', 'ideas', 3),
      ]);
      for (let i = 0; i < 10; i += 1)
        data = giveDot(data, 'a', { participant: `c${i}`, group: 'community' }, 3, now)!;
      for (let i = 0; i < 2; i += 1)
        data = giveDot(data, 'b', { participant: `p${i}`, group: 'professional' }, 3, now)!;
      const results = tallyDots(data, defaultGroups);
      expect(results.byIdea.get('a')).to.deep.equal({
        percent: 50,
        dots: 10,
        byGroup: { community: 10, professional: 0 },
      });
      expect(results.byIdea.get('b')).to.deep.equal({
        percent: 50,
        dots: 2,
        byGroup: { community: 0, professional: 2 },
      });
      expect(results.byIdea.has('c')).to.be.false;
      expect(results.voters).to.deep.equal({ community: 10, professional: 2 });
    });

    it('leaves out dots on deleted ideas and from unknown groups', () => {
      let data = board([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
      data = giveDot(data, 'a', who, 3, now)!;
      data = giveDot(data, 'b', { participant: 'x', group: 'martians' }, 3, now)!;
      data = deleteIdea(data, 'a', now);
      expect(tallyDots(data, defaultGroups).byIdea.size).to.equal(0);
      expect(dotsOf(data, 'me').size).to.equal(0);
    });

    it('never lets anyone spend more than their dots (property)', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }),
          fc.integer({ min: 1, max: 4 }),
          (steps, budget) => {
            let data = board(['a', 'b', 'c', 'd'].map((id, i) => seedIdea(id, 'ideas', i)));
            for (const [give, which] of steps) {
              const id = 'abcd'[which];
              data =
                (give ? giveDot(data, id, who, budget, now) : takeDot(data, id, who, now)) ?? data;
              const total = spent(dotsOf(data, 'me'));
              if (total < 0 || total > budget) return false;
            }
            return true;
          },
        ),
      );
    });
  });

  describe('filter', () => {
    const ideas = [
      seedIdea('a', 'ideas', 1, {
        title: 'Evening opening',
        tags: ['Access'],
        group: 'community',
        author: 'Ana',
      }),
      seedIdea('b', 'agreed', 1, {
        title: 'Late bus',
        detail: 'After the evening class',
        group: 'professional',
      }),
    ];
    const cases: [string, Partial<typeof noFilter>, string[]][] = [
      ['nothing', {}, ['a', 'b']],
      ['a word in a title or detail, any case', { text: 'EVENING' }, ['a', 'b']],
      ['every word', { text: 'evening bus' }, ['b']],
      ['a name', { text: 'ana' }, ['a']],
      ['a tag, any case', { tag: 'access' }, ['a']],
      ['a column', { column: 'agreed' }, ['b']],
      ['a group', { group: 'professional' }, ['b']],
    ];
    for (const [what, change, ids] of cases) {
      it(`finds by ${what}`, () => {
        const filter = { ...noFilter, ...change };
        const test = matcher(filter);
        expect(ideas.filter((i) => test(i, i.column)).map((i) => i.id)).to.deep.equal(ids);
        expect(isFiltering(filter)).to.equal(Object.keys(change).length > 0);
      });
    }

    it('lists the tags in use once each, sorted, and keeps count as ideas change', () => {
      const data = board([...ideas, seedIdea('c', 'ideas', 2, { tags: ['access', 'Bus'] })]);
      const index = BoardIndex.build(data, ['ideas', 'agreed']);
      expect(index.tags('en')).to.deep.equal(['Access', 'Bus']);
      const c = data.ideas.get('c') as Idea;
      const without = index.withChanges([[c, { ...c, tags: [] }]]);
      expect(without.tags('en')).to.deep.equal(['Access']);
      expect(
        without.withChanges([[data.ideas.get('a') as Idea, undefined]]).tags('en'),
      ).to.deep.equal([]);
    });
  });
});
