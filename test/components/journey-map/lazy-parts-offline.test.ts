// When a cell's notes dialog cannot load (offline, or a page whose policy refuses the file),
// the map says so in words and with `co-error` `part-unavailable`, no dialog opens, focus
// stays on the cell, and the rest of the map goes on working.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { refuseLaterScripts } from '../refuse-scripts.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { $, cell, focused, makeMap, press, smallMap, stageNames } from './helpers.js';

describe('<co-journey-map> when a part cannot load', () => {
  it('says so in words and with co-error; the cell keeps focus and the map works on', async () => {
    const { el } = await makeMap({ data: smallMap() });
    const offline = await refuseLaterScripts(el);
    try {
      cell(el, 'doing', 'a').focus();
      const failed = oneEvent(el, 'co-error');
      await press('Enter');
      const event = (await failed) as CustomEvent<CoErrorDetail>;
      expect(event.detail.code).to.equal('part-unavailable');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Part of this page could not be loaded');
      expect($(el, '#notes-dialog')).to.equal(null);
      expect(focused(el)).to.equal(cell(el, 'doing', 'a'));
      await expect(el).to.be.accessible();

      // Moving a stage needs no part: Alt+Right on its header still moves it.
      cell(el, '', 'a').focus();
      await press('Alt+ArrowRight');
      await waitUntil(() => stageNames(el)[1] === 'Finding out', 'moved');
    } finally {
      offline.restore();
    }
  });
});
