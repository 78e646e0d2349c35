import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/idea-board.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { presenceText, words as presenceWords } from '../../../src/core/store/presence-view.js';
import * as Y from 'yjs';
import { createEnvelope } from '../../../src/core/store/envelope.js';
import { LazyStore } from '../../../src/core/store/lazy-store.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { PresenceCounts } from '../../../src/core/store/record-store.js';
import { countPresence, presenceState } from '../../../src/core/store/yjs-presence.js';
import {
  checkChange,
  documentKind,
  readEnvelope,
  writeEnvelope,
  type DocumentKind,
} from '../../../src/core/store/yjs-record.js';

const key = 'together-kit/s/idea-board/main';
const at = '2026-11-30T09:00:00.000Z';
const record: DocumentKind = { kind: 'record', key };

/** Values as a change would leave them: from `after` where given, else nothing. */
const values = (after: Record<string, Record<string, unknown>>) => ({
  get: (root: string, name: string) => after[root]?.[name],
});
const changes = (after: Record<string, Record<string, unknown>>) =>
  new Map(Object.entries(after).map(([root, keys]) => [root, new Set(Object.keys(keys))]));
const check = (what: DocumentKind, after: Record<string, Record<string, unknown>>) =>
  checkChange(what, changes(after), values(after));

const goodMeta = {
  format: 'together-kit',
  schema: 1,
  kind: 'idea-board',
  space: 's',
  id: 'main',
  updatedAt: at,
};

describe('yjs record layout', () => {
  it('writes an envelope and reads the same one back, odd ids and plain fields included', () => {
    const doc = new Y.Doc();
    const ideas = JSON.parse(`{"__proto__": {"id": "p", "updatedAt": "${at}"}}`) as object;
    const envelope = createEnvelope(
      { space: 's', kind: 'idea-board', id: 'main' },
      { ideas, settings: { updatedAt: at, locked: false }, columns: ['a', 'b'], empty: {} },
      new Date(at),
    );
    doc.transact(() => writeEnvelope(doc, envelope));
    expect(readEnvelope(doc)).to.deep.equal(envelope);
    // A field that changes shape: a collection becomes a plain value and back.
    doc.transact(() => writeEnvelope(doc, { ...envelope, data: { ideas: 3 } }));
    expect((readEnvelope(doc) as { data: unknown }).data).to.deep.equal({ ideas: 3 });
    doc.transact(() => writeEnvelope(doc, envelope));
    expect(Object.hasOwn((readEnvelope(doc) as typeof envelope).data.ideas, '__proto__')).to.be
      .true;
  });

  it('names documents: records, a space index, kept-aside copies, and nothing else', () => {
    expect(documentKind(key)).to.deep.equal(record);
    expect(documentKind('together-kit/s')).to.deep.equal({ kind: 'index', space: 's' });
    expect(documentKind(`${key}#corrupt-1`)).to.deep.equal({
      kind: 'aside',
      key: `${key}#corrupt-1`,
    });
    for (const name of ['together-kit', 'other/s', 'together-kit/../x', 'together-kit/s/a/b/c']) {
      expect(documentKind(name), name).to.equal(undefined);
    }
  });

  const cases: [
    string,
    DocumentKind,
    Record<string, Record<string, unknown>>,
    string | undefined,
  ][] = [
    [
      'a good item',
      record,
      { 'items:ideas': { a: JSON.stringify({ id: 'a', updatedAt: at }) } },
      undefined,
    ],
    ['a deleted item', record, { 'items:ideas': { a: undefined } }, undefined],
    [
      'an item that is not JSON',
      record,
      { 'items:ideas': { a: '{' } },
      'items:ideas: a: not an item with "updatedAt"',
    ],
    [
      'an item without updatedAt',
      record,
      { 'items:ideas': { a: '{"id":"a"}' } },
      'items:ideas: a: not an item with "updatedAt"',
    ],
    [
      'an item that is a Y type',
      record,
      { 'items:ideas': { a: new Y.Map() } },
      'items:ideas: a: not an item with "updatedAt"',
    ],
    ['a field that is not JSON', record, { fields: { x: 'nope{' } }, 'fields: x: not JSON'],
    [
      'a collection flag that is not true',
      record,
      { collections: { x: 'yes' } },
      'collections: x: not true',
    ],
    ['an unknown part', record, { surprise: { x: 1 } }, 'unknown part "surprise"'],
    ['good meta', record, { meta: goodMeta }, undefined],
    [
      'removed meta',
      record,
      { meta: Object.fromEntries(Object.keys(goodMeta).map((k) => [k, undefined])) },
      undefined,
    ],
    [
      'meta of another record',
      record,
      { meta: { ...goodMeta, kind: 'vote', space: 'x' } },
      'meta: kind, space not valid',
    ],
    [
      'meta with a bad schema and time',
      record,
      { meta: { ...goodMeta, schema: 1.5, updatedAt: 'soon' } },
      'meta: schema, updatedAt not valid',
    ],
    [
      'meta half removed',
      record,
      { meta: { ...goodMeta, format: undefined } },
      'meta: format not valid',
    ],
    ['an index entry', { kind: 'index', space: 's' }, { records: { [key]: true } }, undefined],
    [
      'an index entry of another space',
      { kind: 'index', space: 's' },
      { records: { 'together-kit/t/a/b': true } },
      `records: together-kit/t/a/b: not a record of this space`,
    ],
    [
      'an index part that is unknown',
      { kind: 'index', space: 's' },
      { meta: {} },
      'unknown part "meta"',
    ],
    ['a kept-aside copy', { kind: 'aside', key }, { aside: { raw: '{"a":1}' } }, undefined],
    [
      'a kept-aside copy that is not JSON',
      { kind: 'aside', key },
      { aside: { raw: '{' } },
      'aside: raw: not a kept-aside copy',
    ],
    [
      'a kept-aside part that is unknown',
      { kind: 'aside', key },
      { items: {} },
      'unknown part "items"',
    ],
  ];
  for (const [name, what, after, problem] of cases) {
    it(`checks a change from the network: ${name}`, () => {
      expect(check(what, after)).to.equal(problem);
    });
  }

  it('refuses a change to a list-like part', () => {
    const changed = new Map([['items:ideas', new Set<string | null>([null])]]);
    expect(checkChange(record, changed, values({}))).to.equal('"items:ideas" is not a map');
  });
});

describe('presence counts', () => {
  it('says the counts in words: groups of the page, custom labels, and those not said yet', async () => {
    const el = await fixture<CoIdeaBoard>(
      html`<co-idea-board lang="en" .store=${new MemoryStore()}></co-idea-board>`,
    );
    // The words come with the view (presence-view.ts), as storage-status.ts loads it.
    await el.addWords(presenceWords);
    const groups = [
      { id: 'young', label: { en: 'Young people', cy: 'Pobl ifanc' } },
      { id: 'community' },
    ];
    expect(presenceText(el, { total: 4, groups: { young: 2, community: 1 } }, groups)).to.equal(
      '4 people here: Young people: 2, 1 person who uses services, 1 not said which group yet',
    );
    expect(presenceText(el, { total: 1, groups: {} }, groups)).to.equal('1 person here');
  });

  it('counts Together Kit devices by group, and nothing that could name anyone', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { 'together-kit': presenceState('community') }],
      [2, { 'together-kit': presenceState('community') }],
      [3, { 'together-kit': presenceState('professional') }],
      [4, { 'together-kit': presenceState(undefined) }],
      [5, { 'together-kit': { group: '<img src=x>' } }],
      [6, { 'together-kit': { group: '__proto__' } }],
      [7, { user: { name: 'Someone else’s tool' } }],
      [8, { 'together-kit': null }],
    ]);
    const counts = countPresence(states);
    expect(counts.total).to.equal(6);
    expect(counts.groups).to.deep.equal(
      JSON.parse('{"community":2,"professional":1,"__proto__":1}'),
    );
    expect(presenceState('<b>')).to.deep.equal({ group: null });
  });

  it('a lazily loaded store passes presence on, and says nothing for a store without it', async () => {
    const calls: PresenceCounts[] = [];
    const lazy = new LazyStore(async () => new MemoryStore());
    const handle = lazy.joinPresence(key, (counts) => calls.push(counts));
    handle.setGroup('community');
    const stopRefusals = lazy.watchRefusals(() => undefined);
    await lazy.real();
    handle.setGroup('professional');
    handle.leave();
    stopRefusals();
    expect(calls).to.deep.equal([]);
  });
});
