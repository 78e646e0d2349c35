// When the card's details cannot load (offline, or a page whose policy refuses the file), the
// board says so in words and with `co-error` `part-unavailable`, the dialog stays shut and
// focus stays on the card; the rest of the board goes on working.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { refuseLaterScripts } from '../refuse-scripts.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { $, card, press, seedIdea, seededBoard, titlesIn } from './helpers.js';

const shown = (el: CoIdeaBoard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<co-idea-board> when a part cannot load', () => {
  it('says so in words and with co-error; the card keeps focus and the board works on', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
    const offline = await refuseLaterScripts(el);
    try {
      card(el, 'a').focus();
      const failed = oneEvent(el, 'co-error');
      await press('Enter');
      const event = (await failed) as CustomEvent<CoErrorDetail>;
      expect(event.detail.code).to.equal('part-unavailable');
      await el.updateComplete;
      expect(shown(el)).to.contain('Part of this page could not be loaded');
      expect($<HTMLDialogElement>(el, '#card-dialog').open).to.be.false;
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.idea).to.equal('a');
      await expect(el).to.be.accessible();

      // Keyboard moves need no part: Alt+Down still moves the card.
      await press('Alt+ArrowDown');
      await waitUntil(() => titlesIn(el, 'ideas')[1] === 'Idea a', 'moved');
    } finally {
      offline.restore();
    }
  });
});
