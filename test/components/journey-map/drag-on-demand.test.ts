// Dragging stages (stage-drag.ts, core/ui/pointer-drag.ts) is loaded by import() on the first
// press on a stage's header, not with the map: the move buttons and Alt+arrows do the same,
// and most people never drag. The first drag must lose nothing, even when the press, the
// moves and the release all happen before the code arrives. This file is its own page, so
// nothing here has loaded the drag code before its first test.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { mapParts } from '../../../src/components/journey-map/map-parts.js';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { requested, whilePartFails, whilePartIsLate } from '../lazy-part-checks.js';
import { $, cell, makeMap, press, smallMap, stageNames, where } from './helpers.js';

function centre(el: CoJourneyMap, stage: string): [number, number] {
  const rect = $(el, `th[data-stage="${stage}"] .stage-name`)!.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** Press on `from`, move past the threshold, on to `to`, and release, with no wait between. */
async function dragInOneGo(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [from[0] + 10, from[1]] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}

const dragCode = () => requested('journey-map/stage-drag.') || requested('ui/pointer-drag.');

describe('<co-journey-map> drag code loaded on the first press', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => resetMouse());

  it('is not requested with the map, is on the first press, and that first drag lands', async () => {
    const { el } = await makeMap({ data: smallMap() });
    expect(dragCode(), 'not with the map').to.be.false;
    await dragInOneGo(centre(el, 'a'), centre(el, 'c'));
    await el.updateComplete;
    expect(requested('journey-map/stage-drag.'), 'the stage drag, on the press').to.be.true;
    expect(requested('ui/pointer-drag.'), 'the pointer drag, with it').to.be.true;
    await waitUntil(() => stageNames(el)[2] === 'Finding out', 'dropped at the end');
    expect(stageNames(el)).to.deep.equal(['Applying', 'Waiting', 'Finding out']);
    expect($(el, '.dragging, .drop-target')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('drops where it was released when the code arrives after the release', async () => {
    await whilePartIsLate(mapParts, 'drag', async (late) => {
      const { el } = await makeMap({ data: smallMap() });
      const [from, to] = [centre(el, 'c'), centre(el, 'a')];
      await dragInOneGo(from, to);
      expect(late.asked(), 'asked for on the press').to.be.true;
      expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
      // Seen to be dragged while the code is on its way: it stays where it was let go.
      expect(to[1]).to.equal(from[1]);
      expect($(el, 'th[data-stage="c"]')!.style.translate).to.equal(`${to[0] - from[0]}px`); // 0px dy unsaid
      await expect(el).to.be.accessible();
      late.arrive();
      await el.updateComplete;
      await waitUntil(() => stageNames(el)[0] === 'Waiting', 'dropped first');
      expect(stageNames(el)).to.deep.equal(['Waiting', 'Finding out', 'Applying']);
      expect($(el, '.dragging, .drop-target, [data-pressed]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(
        '“Waiting” moved to stage 1 of 3.',
      );
      await expect(el).to.be.accessible();

      // Later presses go straight to the code that is here: the drag shows while under way.
      await sendMouse({ type: 'move', position: centre(el, 'a') });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: centre(el, 'c') });
      await el.updateComplete;
      expect($(el, 'th[data-stage="a"]')!.classList.contains('dragging')).to.be.true;
      expect($(el, 'th[data-stage="c"]')!.classList.contains('drop-target')).to.be.true;
      await sendMouse({ type: 'up' });
    });
  });

  it('keeps a press released before the code arrives, without moving, a click', async () => {
    await whilePartIsLate(mapParts, 'drag', async (late) => {
      const { el } = await makeMap({ data: smallMap() });
      await sendMouse({ type: 'click', position: centre(el, 'b') });
      expect(where(el)).to.equal('|b');
      late.arrive();
      await el.updateComplete;
      expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
      expect(where(el)).to.equal('|b');
    });
  });

  it('cancels with Escape a drag made before the code arrived', async () => {
    await whilePartIsLate(mapParts, 'drag', async (late) => {
      const { el } = await makeMap({ data: smallMap() });
      const from = centre(el, 'a');
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: centre(el, 'c') });
      const header = $(el, 'th[data-stage="a"]')!;
      expect(header.style.translate, 'the stage follows the pointer').to.not.equal('');
      expect(header.hasAttribute('data-pressed'), 'lifted').to.be.true;
      await sendKeys({ press: 'Escape' });
      expect(header.style.translate, 'back in its place').to.equal('');
      expect(header.hasAttribute('data-pressed')).to.be.false;
      await sendMouse({ type: 'up' });
      late.arrive();
      await el.updateComplete;
      expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
      expect($(el, '.dragging, .drop-target')).to.equal(null);
    });
  });

  it('says so when the drag code cannot load; the press does nothing and Alt+arrow still moves', async () => {
    await whilePartFails(mapParts, 'drag', async () => {
      const { el } = await makeMap({ data: smallMap() });
      const failed = new Promise<CoErrorDetail>((resolve) =>
        el.addEventListener('co-error', (e) => resolve((e as CustomEvent<CoErrorDetail>).detail), {
          once: true,
        }),
      );
      await dragInOneGo(centre(el, 'a'), centre(el, 'c'));
      expect((await failed).code).to.equal('part-unavailable');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Part of this page could not be loaded');
      expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
      await expect(el).to.be.accessible();

      cell(el, '', 'a').focus();
      await press('Alt+ArrowRight');
      await waitUntil(() => stageNames(el)[1] === 'Finding out', 'moved by keys');
    });
  });
});
