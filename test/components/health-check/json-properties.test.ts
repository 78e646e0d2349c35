// The health check's JSON-shaped properties take what frameworks pass (issue #13, item 3): the
// framework as an object, JSON text, or a preset's name, as the attribute takes them.
import { html } from '@open-wc/testing';
import { checkJsonProperty } from '../json-property-checks.js';
import { checkFixture, freshSpace } from './helpers.js';

const make = (lang = 'en') =>
  checkFixture(
    html`<div lang=${lang}>
      <co-health-check storage="memory" space=${freshSpace()}></co-health-check>
    </div>`,
  );

const small = {
  principles: [
    {
      id: 'power',
      label: 'Sharing power',
      statements: [{ id: 'power-1', text: 'We decide together.' }],
    },
  ],
};

describe('<co-health-check> JSON-shaped properties', () => {
  checkJsonProperty({
    make,
    property: 'framework',
    accepted: [
      {
        name: 'an object, whose statements are given ids',
        value: {
          principles: [
            { id: 'power', label: 'Sharing power', statements: ['We decide together.'] },
          ],
        },
        expected: small,
        shows: ['Sharing power', 'We decide together.'],
      },
      {
        name: 'JSON text',
        value: JSON.stringify(small),
        expected: small,
        shows: ['We decide together.'],
      },
    ],
    refused: [
      { name: 'a number', value: 12, detail: 'a framework is' },
      {
        name: 'a framework with no principles',
        value: { principles: [] },
        detail: 'at least one principle',
      },
      {
        name: 'a name that is no preset',
        value: 'walse',
        detail: 'there is no framework called "walse"',
      },
    ],
  });
});
