// The vote's JSON-shaped properties take what frameworks pass (issue #13, item 3):
// `vote.options = ['A', 'B']` in plain script, React or Vue gives labelled radios.
import { expect, html } from '@open-wc/testing';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { checkJsonProperty } from '../json-property-checks.js';
import { $$, freshSpace, voteFixture } from './helpers.js';

const make = (lang = 'en') =>
  voteFixture(
    html`<div lang=${lang}>
      <co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options='["Tea", "Coffee"]'
        participant-group="community"
        results="always"
      ></co-partnership-vote>
    </div>`,
  );

describe('<co-partnership-vote> JSON-shaped properties', () => {
  it('shows labelled radios for options set as a list of strings from script', async () => {
    const el = await make();
    el.options = ['Evenings', 'Saturdays'] as never;
    await el.updateComplete;
    const labels = $$<HTMLInputElement>(el, 'input[type="radio"]').map((input) =>
      input.labels?.[0]?.textContent?.trim(),
    );
    expect(labels).to.deep.equal(['Evenings', 'Saturdays']);
    await expect(el).to.be.accessible();
  });

  checkJsonProperty({
    make,
    property: 'options',
    accepted: [
      {
        name: 'a list of strings',
        value: ['Evenings', 'Saturdays'],
        expected: [{ id: 'Evenings' }, { id: 'Saturdays' }],
        shows: ['Evenings', 'Saturdays'],
      },
      {
        name: 'a list of objects',
        value: [{ id: 'eve', label: { en: 'Evenings', cy: 'Gyda’r nos' } }, { id: 'sat' }],
        expected: [{ id: 'eve', label: { en: 'Evenings', cy: 'Gyda’r nos' } }, { id: 'sat' }],
        shows: ['Evenings', 'sat'],
      },
      {
        name: 'JSON text',
        value: '["Evenings", {"id": "sat", "label": "Saturdays"}]',
        expected: [{ id: 'Evenings' }, { id: 'sat', label: 'Saturdays' }],
        shows: ['Evenings', 'Saturdays'],
      },
    ],
    refused: [
      { name: 'a number', value: 42, detail: 'options are a list' },
      { name: 'an object', value: { A: 1 }, detail: 'options are a list' },
      { name: 'a list with a bad member', value: ['A', 7], detail: 'an option is text' },
      { name: 'invalid JSON text', value: '["A", ', detail: 'not valid JSON' },
      { name: 'the same option twice', value: ['A', 'A'], detail: 'each option must be different' },
      { name: 'true', value: true, detail: 'a boolean cannot be used here' },
    ],
  });

  checkJsonProperty({
    make,
    property: 'groups',
    accepted: [
      {
        name: 'a list of strings',
        value: ['community', 'staff'],
        expected: [{ id: 'community' }, { id: 'staff' }],
      },
      {
        name: 'a list of objects',
        value: [{ id: 'community', label: 'Tenants', weight: 2 }, { id: 'staff' }],
        expected: [{ id: 'community', label: 'Tenants', weight: 2 }, { id: 'staff' }],
      },
      {
        name: 'JSON text',
        value: '[{"id": "community"}, "staff"]',
        expected: [{ id: 'community' }, { id: 'staff' }],
      },
    ],
    refused: [
      { name: 'a number', value: 3, detail: 'groups are a list' },
      { name: 'a list with a bad member', value: ['ok', { id: 'no spaces' }], detail: '"id"' },
      { name: 'invalid JSON text', value: '{', detail: 'not valid JSON' },
    ],
  });

  checkJsonProperty({
    make,
    property: 'weights',
    accepted: [
      {
        name: 'an object',
        value: { community: 2, professional: 1 },
        expected: { community: 2, professional: 1 },
      },
      {
        name: 'JSON text',
        value: '{"community": 3}',
        expected: { community: 3 },
      },
    ],
    refused: [
      { name: 'a list', value: ['community'], detail: 'weights are an object' },
      { name: 'a number', value: 2, detail: 'weights are an object' },
      { name: 'a bad weight', value: { community: -1 }, detail: 'more than 0' },
    ],
  });

  checkJsonProperty({
    make,
    property: 'quorum',
    accepted: [
      { name: 'a number', value: 4, expected: 4 },
      { name: 'an object', value: { community: 2 }, expected: { community: 2 } },
      { name: 'JSON text', value: '{"professional": 1}', expected: { professional: 1 } },
    ],
    refused: [
      { name: 'a list', value: [1, 2], detail: 'a quorum is a whole number' },
      { name: 'a fraction', value: 1.5, detail: 'whole number' },
    ],
  });
});
