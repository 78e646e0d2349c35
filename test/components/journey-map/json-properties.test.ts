// The journey map's JSON-shaped properties take what frameworks pass (issue #13, item 3).
import { checkJsonProperty } from '../json-property-checks.js';
import { makeMap, smallMap } from './helpers.js';

const make = async (lang = 'en') => (await makeMap({ lang, data: smallMap() })).el;

describe('<co-journey-map> JSON-shaped properties', () => {
  checkJsonProperty({
    make,
    property: 'lanes',
    accepted: [
      {
        name: 'a list of strings',
        value: ['doing', 'feeling'],
        expected: [{ id: 'doing' }, { id: 'feeling' }],
      },
      {
        name: 'a list of objects',
        value: [{ id: 'doing', label: { en: 'What people do', cy: 'Beth mae pobl yn ei wneud' } }],
        expected: [
          { id: 'doing', label: { en: 'What people do', cy: 'Beth mae pobl yn ei wneud' } },
        ],
        shows: ['What people do'],
      },
      {
        name: 'JSON text',
        value: '[{"id": "waiting", "label": "Waiting times"}, "doing"]',
        expected: [{ id: 'waiting', label: 'Waiting times' }, { id: 'doing' }],
        shows: ['Waiting times'],
      },
    ],
    refused: [
      { name: 'a number', value: 5, detail: 'lanes are a list' },
      { name: 'an object', value: { doing: true }, detail: 'lanes are a list' },
      {
        name: 'a list with a bad member',
        value: ['doing', { id: 'x', hidden: 'no' }],
        detail: '"hidden"',
      },
      { name: 'invalid JSON text', value: '["doing"', detail: 'not valid JSON' },
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
      },
      {
        name: 'a list of objects',
        value: [{ id: 'tenants', label: 'Tenants' }, { id: 'staff' }],
        expected: [{ id: 'tenants', label: 'Tenants' }, { id: 'staff' }],
      },
      {
        name: 'JSON text',
        value: '["tenants", {"id": "staff"}]',
        expected: [{ id: 'tenants' }, { id: 'staff' }],
      },
    ],
    refused: [
      { name: 'a number', value: 0, detail: 'groups are a list' },
      { name: 'a list with a bad member', value: [{ label: 'no id' }], detail: '"id"' },
      { name: 'invalid JSON text', value: "['tenants']", detail: 'not valid JSON' },
    ],
  });
});
