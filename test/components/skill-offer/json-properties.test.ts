// The skill offer's JSON-shaped properties take what frameworks pass (issue #13, item 3).
import { fixture, html } from '@open-wc/testing';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { checkJsonProperty } from '../json-property-checks.js';
import { freshSpace, settled } from './helpers.js';

async function make(lang = 'en'): Promise<CoSkillOffer> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <co-skill-offer storage="memory" space=${freshSpace()}></co-skill-offer>
    </div>`,
  );
  return settled(wrapper.querySelector('co-skill-offer')!);
}

describe('<co-skill-offer> JSON-shaped properties', () => {
  checkJsonProperty({
    make,
    property: 'skills',
    accepted: [
      {
        name: 'a list of strings',
        value: ['Cooking', 'Looking after pets'],
        expected: [
          { id: 'cooking', label: 'Cooking' },
          { id: 'looking-after-pets', label: 'Looking after pets' },
        ],
        shows: ['Cooking', 'Looking after pets'],
      },
      {
        name: 'a list of objects',
        value: [{ id: 'cooking', label: { en: 'Cooking', cy: 'Coginio' } }],
        expected: [{ id: 'cooking', label: { en: 'Cooking', cy: 'Coginio' } }],
        shows: ['Cooking'],
      },
      {
        name: 'JSON text',
        value: '["Gardening", {"id": "diy", "label": "DIY"}]',
        expected: [
          { id: 'gardening', label: 'Gardening' },
          { id: 'diy', label: 'DIY' },
        ],
        shows: ['Gardening', 'DIY'],
      },
    ],
    refused: [
      { name: 'a number', value: 1, detail: 'skills are a list' },
      { name: 'an object', value: { cooking: 'Cooking' }, detail: 'skills are a list' },
      { name: 'a list with a bad member', value: ['Cooking', { id: 'x' }], detail: '[1]' },
      { name: 'invalid JSON text', value: 'Cooking, DIY', detail: 'not valid JSON' },
    ],
  });

  checkJsonProperty({
    make,
    property: 'groups',
    accepted: [
      {
        name: 'a list of strings',
        value: ['tenants', 'staff'],
        expected: [{ id: 'tenants' }, { id: 'staff' }],
        shows: ['tenants', 'staff'],
      },
      {
        name: 'a list of objects',
        value: [{ id: 'tenants', label: { en: 'Tenants', cy: 'Tenantiaid' } }, { id: 'staff' }],
        expected: [{ id: 'tenants', label: { en: 'Tenants', cy: 'Tenantiaid' } }, { id: 'staff' }],
        shows: ['Tenants'],
      },
      {
        name: 'JSON text',
        value: '[{"id": "tenants", "label": "Tenants"}, "staff"]',
        expected: [{ id: 'tenants', label: 'Tenants' }, { id: 'staff' }],
        shows: ['Tenants'],
      },
    ],
    refused: [
      { name: 'a number', value: 7, detail: 'groups are a list' },
      { name: 'a list with a bad member', value: ['tenants', ['staff']], detail: '[1]' },
      { name: 'invalid JSON text', value: '{"id": tenants}', detail: 'not valid JSON' },
    ],
  });

  checkJsonProperty({
    make,
    property: 'labels',
    accepted: [
      {
        name: 'an object',
        value: { name: 'Your nickname' },
        expected: { name: 'Your nickname' },
        shows: ['Your nickname'],
      },
      {
        name: 'an object by language',
        value: { name: { en: 'What we call you', cy: 'Beth rydyn ni’n eich galw' } },
        expected: { name: { en: 'What we call you', cy: 'Beth rydyn ni’n eich galw' } },
        shows: ['What we call you'],
      },
      {
        name: 'JSON text',
        value: '{"name": "First name"}',
        expected: { name: 'First name' },
        shows: ['First name'],
      },
    ],
    refused: [
      { name: 'a list', value: ['Your nickname'], detail: 'a label key is a field name' },
      { name: 'a number', value: 3, detail: 'labels are an object' },
      { name: 'a bad label', value: { name: 5 }, detail: 'a label is text' },
    ],
  });
});
