import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compareLayers,
  comparisonSentence,
} from '../../../src/components/journey-map/comparison.js';
import { csvColumns, noteRows } from '../../../src/components/journey-map/map-downloads.js';
import { curvePath, labelLines } from '../../../src/components/journey-map/feelings-curve.js';
import { signed } from '../../../src/components/journey-map/feelings-table.js';
import { ideaTitle } from '../../../src/components/journey-map/idea-link.js';
import {
  defaultLanes,
  laneTakesIdeas,
  parseLanes,
  visibleLanes,
} from '../../../src/components/journey-map/lanes.js';
import { labelIn, type Labelled } from '../../../src/core/groups.js';
import { journeyMapEnglish } from '../../../src/components/journey-map/messages.js';
import { journeyMapWelsh } from '../../../src/components/journey-map/messages-cy.js';
import {
  addNote,
  addStage,
  deleteNote,
  deleteStage,
  emptyJourney,
  feelingOf,
  linkIdea,
  moveStage,
  noteCount,
  notesIn,
  orderedStages,
  renameJourney,
  renameStage,
  setFeeling,
  updateNote,
  type FeelingScore,
  type JourneyData,
} from '../../../src/components/journey-map/model.js';
import { readDraft, emptyDraft } from '../../../src/components/journey-map/notes-dialog-view.js';
import { parseJourney } from '../../../src/components/journey-map/model.js';
import { translate } from '../../../src/core/i18n.js';
import { mergeData } from '../../../src/core/store/merge.js';

const now = new Date('2026-11-29T10:00:00.000Z');
const later = new Date('2026-11-29T11:00:00.000Z');
// Both languages at once, as an element has them once Welsh has loaded.
const journeyMapMessages = { en: journeyMapEnglish, cy: journeyMapWelsh };
const t = (lang: string) => (key: string, params?: Record<string, string | number>) =>
  translate(journeyMapMessages, lang, key, params);

function withStages(...names: string[]): JourneyData {
  return names.reduce(
    (data, name) => addStage(data, { id: name.toLowerCase().replace(/\s+/g, '-'), name }, now),
    emptyJourney(),
  );
}
const order = (data: JourneyData) => orderedStages(data).map((s) => s.id);
const note = (id: string, stage: string, lane = 'doing', layer: 'as-is' | 'after' = 'as-is') => ({
  id,
  stage,
  lane,
  layer,
  participant: 'p1',
  text: `Note ${id}`,
});

const laneLabel = (lane: Labelled, lang: string, builtIn: (key: string) => string | undefined) =>
  labelIn(lane, 'lane', lang, builtIn);

describe('journey map model', () => {
  it('adds stages at the end, trimming names', () => {
    const data = addStage(withStages('Finding out'), { id: 'b', name: '  Applying ' }, now);
    expect(orderedStages(data).map((s) => s.name)).to.deep.equal(['Finding out', 'Applying']);
  });

  for (const [from, to, expected] of [
    ['a', 2, ['b', 'c', 'a', 'd']],
    ['d', 0, ['d', 'a', 'b', 'c']],
    ['b', 3, ['a', 'c', 'd', 'b']],
    ['c', 1, ['a', 'c', 'b', 'd']],
    ['a', -4, ['a', 'b', 'c', 'd']],
    ['a', 99, ['b', 'c', 'd', 'a']],
  ] as const) {
    it(`moves stage ${from} to index ${to}`, () => {
      const moved = moveStage(withStages('a', 'b', 'c', 'd'), from, to, later);
      expect(order(moved)).to.deep.equal(expected);
    });
  }

  it('moves a stage by touching that stage only', () => {
    const data = withStages('a', 'b', 'c');
    const moved = moveStage(data, 'c', 0, later);
    for (const id of ['a', 'b']) expect(moved.stages[id]).to.equal(data.stages[id]);
    expect((moved.stages.c as { updatedAt: string }).updatedAt).to.equal(later.toISOString());
  });

  it('returns the same data for a move that changes nothing or an unknown stage', () => {
    const data = withStages('a', 'b');
    expect(moveStage(data, 'a', 0)).to.equal(data);
    expect(moveStage(data, 'nope', 1)).to.equal(data);
    const single = withStages('a');
    expect(moveStage(single, 'a', 3)).to.equal(single);
  });

  it('keeps any sequence of moves in the order an array move would give (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 60 }),
        (count, moves) => {
          const ids = Array.from({ length: count }, (_, i) => `s${i}`);
          let data = withStages(...ids);
          const expected = [...ids];
          for (const [a, b] of moves) {
            const id = expected[a % count];
            const to = b % count;
            expected.splice(expected.indexOf(id), 1);
            expected.splice(to, 0, id);
            data = moveStage(data, id, to, now);
          }
          expect(order(data)).to.deep.equal(expected);
        },
      ),
    );
  });

  it('renumbers when repeated moves exhaust the room between two ranks', () => {
    let data = withStages('a', 'b', 'c');
    for (let i = 0; i < 80; i += 1) {
      data = moveStage(data, order(data)[2], 1, now);
    }
    expect(new Set(orderedStages(data).map((s) => s.rank)).size).to.equal(3);
  });

  it('renames a stage and ignores unknown ones', () => {
    const data = withStages('a');
    expect(orderedStages(renameStage(data, 'a', ' Applying ')).map((s) => s.name)).to.deep.equal([
      'Applying',
    ]);
    expect(renameStage(data, 'zz', 'x')).to.equal(data);
  });

  it('deletes a stage with its notes and scores, leaving tombstones', () => {
    let data = withStages('a', 'b');
    data = addNote(data, note('n1', 'a'), now);
    data = addNote(data, note('n2', 'b'), now);
    data = setFeeling(data, 'a', 'as-is', -1, now);
    const deleted = deleteStage(data, 'a', later);
    expect(order(deleted)).to.deep.equal(['b']);
    expect(deleted.notes.n1).to.deep.include({ deleted: true });
    expect(deleted.notes.n2).to.deep.include({ text: 'Note n2' });
    expect(deleted.feelings['as-is:a']).to.deep.include({ deleted: true });
    expect(noteCount(deleted, 'b')).to.equal(1);
    expect(deleteStage(deleted, 'a')).to.equal(deleted);
  });

  it('adds, changes and deletes notes; clearing the group or evidence removes it', () => {
    let data = withStages('a');
    data = addNote(
      data,
      { ...note('n1', 'a'), group: 'community', evidence: { type: 'heard', count: 3 } },
      now,
    );
    data = addNote(data, note('n2', 'a', 'doing', 'after'), later);
    expect(notesIn(data, 'a', 'doing', 'as-is').map((n) => n.id)).to.deep.equal(['n1']);
    data = updateNote(data, 'n1', { text: ' Changed ' }, later);
    const changed = notesIn(data, 'a', 'doing', 'as-is')[0];
    expect(changed.text).to.equal('Changed');
    expect(changed).to.not.have.property('group');
    expect(changed).to.not.have.property('evidence');
    expect(changed.createdAt).to.equal(now.toISOString());
    expect(updateNote(data, 'missing', { text: 'x' })).to.equal(data);
    data = deleteNote(data, 'n1', later);
    expect(notesIn(data, 'a', 'doing', 'as-is')).to.have.length(0);
    expect(deleteNote(data, 'n1')).to.equal(data);
  });

  it('links a note to an idea, keeping its words', () => {
    let data = addNote(withStages('a'), note('n1', 'a', 'pain-points'), now);
    data = linkIdea(data, 'n1', { space: 's', board: 'main', idea: 'i1' }, later);
    expect(notesIn(data, 'a', 'pain-points', 'as-is')[0].linkedIdea).to.deep.equal({
      space: 's',
      board: 'main',
      idea: 'i1',
    });
    expect(linkIdea(data, 'gone', { space: 's', board: 'main', idea: 'x' })).to.equal(data);
  });

  it('scores a stage per layer, and not a stage that does not exist', () => {
    let data = withStages('a');
    data = setFeeling(data, 'a', 'as-is', -2, now);
    data = setFeeling(data, 'a', 'after', 1, now);
    expect([feelingOf(data, 'a', 'as-is'), feelingOf(data, 'a', 'after')]).to.deep.equal([-2, 1]);
    expect(setFeeling(data, 'nope', 'as-is', 0)).to.equal(data);
    expect(feelingOf(data, 'nope', 'after')).to.equal(undefined);
  });

  it('names and unnames the journey', () => {
    const named = renameJourney(emptyJourney(), ' Applying for a Blue Badge ', now);
    expect(named.settings.name).to.equal('Applying for a Blue Badge');
    expect(renameJourney(named, '  ', later).settings).to.not.have.property('name');
  });

  it('keeps both people’s notes when two versions of a map merge', () => {
    const base = withStages('a');
    const ours = addNote(base, note('n1', 'a'), now);
    const theirs = deleteStage(addStage(base, { id: 'b', name: 'B' }, now), 'a', later);
    const merged = mergeData(ours, theirs, true) as JourneyData;
    expect(order(merged)).to.deep.equal(['b']);
    expect(merged.notes.n1).to.deep.include({ text: 'Note n1' });
  });
});

describe('journey map data validation', () => {
  it('reads what the model writes, and fills in missing collections', () => {
    let data = addNote(
      withStages('a'),
      { ...note('n1', 'a'), evidence: { type: 'assumption' } },
      now,
    );
    data = setFeeling(deleteNote(data, 'n1', later), 'a', 'after', 2, now);
    expect(parseJourney(JSON.parse(JSON.stringify(data)))).to.deep.equal(data);
    expect(parseJourney({})).to.deep.equal(emptyJourney());
  });

  for (const [what, data, message] of [
    ['not an object', 'nope', 'could not be read'],
    [
      'a score out of range',
      {
        feelings: {
          'as-is:a': {
            id: 'as-is:a',
            stage: 'a',
            layer: 'as-is',
            score: 3,
            updatedAt: now.toISOString(),
          },
        },
      },
      'feelings',
    ],
    [
      'an item under another id',
      { stages: { x: { id: 'y', name: 'A', rank: 1, updatedAt: now.toISOString() } } },
      'its own id',
    ],
    [
      'an unknown layer',
      {
        notes: {
          n: {
            ...note('n', 'a'),
            layer: 'later',
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          },
        },
      },
      'notes',
    ],
    [
      'a bad evidence count',
      {
        notes: {
          n: {
            ...note('n', 'a'),
            evidence: { type: 'heard', count: 0 },
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          },
        },
      },
      'notes',
    ],
    [
      'a stage name that is too long',
      { stages: { a: { id: 'a', name: 'x'.repeat(81), rank: 1, updatedAt: now.toISOString() } } },
      'stages',
    ],
  ] as const) {
    it(`refuses ${what} with a readable message`, () => {
      expect(() => parseJourney(data)).to.throw(message);
    });
  }
});

describe('journey map lanes', () => {
  it('accepts ids, objects, labels by language and hidden lanes', () => {
    const lanes = parseLanes([
      'doing',
      { id: 'staff', label: { en: 'Staff', cy: 'Staff' }, ideas: true },
      { id: 'backstage', hidden: true },
    ]);
    expect(visibleLanes(lanes).map((l) => l.id)).to.deep.equal(['doing', 'staff']);
    const builtIn = (key: string) => (key === 'lane.doing' ? 'What the person does' : undefined);
    expect(lanes.map((l) => laneLabel(l, 'cy', builtIn))).to.deep.equal([
      'What the person does',
      'Staff',
      'backstage',
    ]);
    expect(laneLabel({ id: 'x', label: 'Text' }, 'en', builtIn)).to.equal('Text');
    expect(laneLabel({ id: 'x', label: { de: 'Nur' } }, 'en', builtIn)).to.equal('Nur');
    expect(laneTakesIdeas(lanes[1], 'staff')).to.be.true;
    expect(laneTakesIdeas(undefined, 'pain-points')).to.be.true;
    expect(laneTakesIdeas(defaultLanes[0], 'doing')).to.be.false;
  });

  for (const [value, message] of [
    [[], 'at least one'],
    [['a', 'a'], 'must be different'],
    [[{ id: 'has space' }], 'letters, digits'],
    [{ id: 'a' }, 'a list'],
    [[{ id: 'a', hidden: 'yes' }], 'true or false'],
  ] as const) {
    it(`refuses lanes ${JSON.stringify(value)}`, () => {
      expect(() => parseLanes(value)).to.throw(message);
    });
  }
});

describe('comparing as is with after', () => {
  function scored(pairs: [FeelingScore | undefined, FeelingScore | undefined][]): JourneyData {
    const names = ['Finding out', 'Applying', 'Getting a decision', 'Waiting', 'Appealing'];
    let data = withStages(...names.slice(0, pairs.length));
    pairs.forEach(([before, after], i) => {
      const id = orderedStages(data)[i].id;
      if (before !== undefined) data = setFeeling(data, id, 'as-is', before, now);
      if (after !== undefined) data = setFeeling(data, id, 'after', after, now);
    });
    return data;
  }

  for (const [pairs, en, cy] of [
    [
      [
        [-1, -1],
        [1, 0],
        [-2, 0],
      ],
      'Applying got worse by 1 point, from good to neutral. Getting a decision improved by 2 points, from very bad to neutral. 1 other stage stayed the same.',
      'Applying: wedi gwaethygu o 1 pwynt, o dda i niwtral. Getting a decision: wedi gwella o 2 bwynt, o wael iawn i niwtral. Arhosodd 1 cam arall yr un fath.',
    ],
    [
      [
        [-2, 1],
        [undefined, 2],
      ],
      'Finding out improved by 3 points, from very bad to good.',
      'Finding out: wedi gwella o 3 phwynt, o wael iawn i dda.',
    ],
    [
      [
        [2, -2],
        [0, 0],
        [1, 1],
        [0, 0],
      ],
      'Finding out got worse by 4 points, from very good to very bad. 3 other stages stayed the same.',
      'Finding out: wedi gwaethygu o 4 pwynt, o dda iawn i wael iawn. Arhosodd 3 cham arall yr un fath.',
    ],
    [
      [[0, 0]],
      'Every stage scored both ways feels the same after the change.',
      'Mae pob cam a sgoriwyd y ddwy ffordd yn teimlo’r un fath ar ôl y newid.',
    ],
    [
      [[0, undefined]],
      'Score the stages after the change to compare them with how they are now.',
      'Sgoriwch y camau ar ôl y newid i’w cymharu â sut maen nhw nawr.',
    ],
  ] as const) {
    it(`says: ${en}`, () => {
      const rows = compareLayers(scored(pairs as never));
      expect(comparisonSentence(rows, t('en'))).to.equal(en);
      expect(comparisonSentence(rows, t('cy'))).to.equal(cy);
    });
  }

  it('says a five-stage comparison in short sentences, none over 15 words', () => {
    const rows = compareLayers(
      scored([
        [1, 2],
        [-1, 1],
        [-2, -1],
        [0, 1],
        [1, 2],
      ]),
    );
    for (const lang of ['en', 'cy']) {
      const sentences = comparisonSentence(rows, t(lang)).split(/(?<=\.) /);
      expect(sentences, lang).to.have.length(5);
      for (const sentence of sentences) {
        expect(sentence.split(/\s+/).length, sentence).to.be.at.most(15);
      }
    }
  });

  it('gives each stage its change only when both layers are scored', () => {
    const rows = compareLayers(
      scored([
        [-2, 0],
        [1, undefined],
      ]),
    );
    expect(rows.map((r) => r.change)).to.deep.equal([2, undefined]);
  });
});

describe('journey map exports and drawing', () => {
  it('writes one CSV row per note in map order, with words for every field', () => {
    let data = withStages('a', 'b');
    data = addNote(data, { ...note('n3', 'b', 'pain-points'), text: '=HYPERLINK("x")' }, now);
    data = addNote(data, { ...note('n1', 'a', 'pain-points', 'after'), group: 'community' }, now);
    data = addNote(
      data,
      { ...note('n2', 'a', 'doing'), evidence: { type: 'heard', count: 2 } },
      later,
    );
    data = linkIdea(data, 'n3', { space: 's', board: 'main', idea: 'i9' }, later);
    data = addNote(data, note('orphan', 'gone'), now);
    const rows = noteRows(data, defaultLanes, {
      header: csvColumns,
      lane: (id) => `lane:${id}`,
      layer: (layer) => `layer:${layer}`,
      group: (id) => `group:${id}`,
      evidence: (e) => (e.type === 'heard' ? `heard ${e.count}` : 'assumption'),
      ideaColumn: (link) => `column of ${link.idea}`,
    });
    expect(rows).to.deep.equal([
      [...csvColumns],
      [1, 'a', 'lane:doing', 'layer:as-is', 'Note n2', '', 'heard 2', '', '', ''],
      [1, 'a', 'lane:pain-points', 'layer:after', 'Note n1', 'group:community', '', '', '', ''],
      [
        2,
        'b',
        'lane:pain-points',
        'layer:as-is',
        '=HYPERLINK("x")',
        '',
        '',
        'i9',
        'main',
        'column of i9',
      ],
    ]);
  });

  for (const [name, lines] of [
    ['Applying', ['Applying']],
    ['Getting a decision', ['Getting a', 'decision']],
    ['Waiting for the council to write back to you', ['Waiting for the', 'council to…']],
    ['Antidisestablishmentarianism', ['Antidisestablis…']],
  ] as const) {
    it(`labels a stage "${name}" in at most two short lines`, () => {
      expect(labelLines(name)).to.deep.equal(lines);
    });
  }

  it('draws a layer’s line through scored stages and breaks it at gaps', () => {
    expect(curvePath([-2, 0, undefined, 2])).to.equal('M164 256 L284 156 M524 56');
    expect(curvePath([undefined])).to.equal('');
  });

  it('signs scores with a real minus sign', () => {
    expect([-2, 0, 1].map(signed)).to.deep.equal(['\u22122', '0', '+1']);
  });

  it('makes an idea title from a note, cut at a word when too long', () => {
    expect(ideaTitle('  No news   for weeks ')).to.equal('No news for weeks');
    const long = `${'word '.repeat(40)}end`;
    const title = ideaTitle(long);
    expect(title.length).to.be.at.most(120);
    expect(title.endsWith('word…')).to.be.true;
    expect(ideaTitle('x'.repeat(200))).to.equal(`${'x'.repeat(119)}…`);
  });

  it('reads a note draft, or says what is wrong with it', () => {
    expect(readDraft({ ...emptyDraft('community'), text: ' Hi ' })).to.deep.equal({
      fields: { text: 'Hi', group: 'community', evidence: undefined },
    });
    expect(readDraft({ ...emptyDraft(), text: 'x', evidence: 'assumption' })).to.deep.equal({
      fields: { text: 'x', group: undefined, evidence: { type: 'assumption' } },
    });
    expect(
      readDraft({ ...emptyDraft(), text: 'x', evidence: 'heard', count: ' 12 ' }),
    ).to.deep.equal({
      fields: { text: 'x', group: undefined, evidence: { type: 'heard', count: 12 } },
    });
    for (const [draft, fields] of [
      [{ text: '  ' }, ['note-text']],
      [{ text: 'x'.repeat(501) }, ['note-text']],
      [{ text: 'x', evidence: 'heard', count: 'a few' }, ['note-count']],
      [{ text: '', evidence: 'heard', count: '0' }, ['note-text', 'note-count']],
    ] as const) {
      const read = readDraft({ ...emptyDraft(), ...draft });
      expect('errors' in read && read.errors.map((e) => e.field)).to.deep.equal(fields);
    }
  });

  it('ships every English string in Welsh too', () => {
    const en = Object.keys(journeyMapMessages.en);
    const cy = Object.keys(journeyMapMessages.cy);
    expect(cy.sort()).to.deep.equal(en.sort());
  });
});
