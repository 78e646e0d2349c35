import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';

/**
 * Every element in one space, saving in this browser (IndexedDB) as they would on a council
 * page with no backend: reload and the work is still there; open a second tab and changes
 * arrive within a second; "Delete my data" at the bottom clears the space.
 */
const meta: Meta = {
  title: 'Demo/Library redesign, together',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const EveryElement: StoryObj = {
  render: () =>
    html`<co-space space="library-redesign">
      <h2>1. What can you bring?</h2>
      <co-skill-offer retention="12 months"></co-skill-offer>

      <h2>2. Ideas for the library</h2>
      <co-idea-board></co-idea-board>

      <h2>3. The journey of borrowing a book today</h2>
      <co-journey-map></co-journey-map>

      <h2>4. Decide together</h2>
      <co-partnership-vote
        question="Which change should the library try first?"
        options='["Open later on weekday evenings", "Open on Saturday mornings", "A café with a play corner"]'
        results="always"
      ></co-partnership-vote>
    </co-space>`,
};
