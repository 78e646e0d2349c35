// The board's JSON-shaped properties take what frameworks pass (issue #13, item 3).
import { checkJsonProperty } from '../json-property-checks.js';
import { makeBoard } from './helpers.js';

const make = (lang = 'en') => makeBoard({ lang });

describe('<co-idea-board> JSON-shaped properties', () => {
  checkJsonProperty({
    make,
    property: 'columns',
    accepted: [
      {
        name: 'a list of strings',
        value: ['Now', 'Next year'],
        expected: [
          { id: 'Now', label: 'Now' },
          { id: 'column-2', label: 'Next year' },
        ],
        shows: ['Now', 'Next year'],
      },
      {
        name: 'a list of objects',
        value: [{ id: 'now', label: { en: 'Now', cy: 'Nawr' } }, { id: 'later' }],
        expected: [{ id: 'now', label: { en: 'Now', cy: 'Nawr' } }, { id: 'later' }],
        shows: ['Now', 'later'],
      },
      {
        name: 'JSON text',
        value: '[{"id": "now", "label": "Straight away"}, "Later"]',
        expected: [
          { id: 'now', label: 'Straight away' },
          { id: 'Later', label: 'Later' },
        ],
        shows: ['Straight away', 'Later'],
      },
    ],
    refused: [
      { name: 'a number', value: 12, detail: 'columns are a list' },
      { name: 'an object', value: { now: 'Now' }, detail: 'columns are a list' },
      { name: 'a list with a bad member', value: ['Now', 3], detail: '[1]' },
      { name: 'invalid JSON text', value: '[now]', detail: 'not valid JSON' },
      { name: 'an empty list', value: [], detail: 'at least one column' },
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
        value: [{ id: 'community', label: { en: 'Tenants', cy: 'Tenantiaid' } }, { id: 'staff' }],
        expected: [
          { id: 'community', label: { en: 'Tenants', cy: 'Tenantiaid' } },
          { id: 'staff' },
        ],
      },
      {
        name: 'JSON text',
        value: '["community", {"id": "staff", "weight": 2}]',
        expected: [{ id: 'community' }, { id: 'staff', weight: 2 }],
      },
    ],
    refused: [
      { name: 'a number', value: 2, detail: 'groups are a list' },
      { name: 'a list with a bad member', value: ['community', null], detail: '[1]' },
      { name: 'invalid JSON text', value: 'community, staff', detail: 'not valid JSON' },
    ],
  });
});
