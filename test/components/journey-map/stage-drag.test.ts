import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { orderedStages } from '../../../src/components/journey-map/model.js';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import { $, makeMap, saved, smallMap, stageNames, where } from './helpers.js';

function centre(el: CoJourneyMap, stage: string): [number, number] {
  const rect = $(el, `th[data-stage="${stage}"] .stage-name`)!.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

async function drag(from: [number, number], to: [number, number], before?: () => Promise<void>) {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [from[0] + 10, from[1]] });
  await sendMouse({ type: 'move', position: to });
  await before?.();
  await sendMouse({ type: 'up' });
}

describe('<co-journey-map> dragging stages', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => resetMouse());

  it('moves a stage by dragging its header, showing where it will land', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    await drag(centre(el, 'a'), centre(el, 'c'), async () => {
      await el.updateComplete;
      expect($(el, 'th[data-stage="a"]')!.classList.contains('dragging')).to.be.true;
      expect($(el, 'th[data-stage="c"]')!.classList.contains('drop-target')).to.be.true;
      // What is being moved and where it will land keep their contrast (axe) mid-drag.
      await expect(el).to.be.accessible();
    });
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Waiting', 'Finding out']);
    expect($(el, '.dragging')).to.equal(null);
    expect(where(el)).to.equal('|a');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(
      '“Finding out” moved to stage 3 of 3.',
    );
    const data = await saved(el, store, space);
    expect(orderedStages(data).map((s) => s.id)).to.deep.equal(['b', 'c', 'a']);

    await drag(centre(el, 'a'), centre(el, 'b'));
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
  });

  it('treats a click as a click, and Escape cancels a drag', async () => {
    const { el } = await makeMap({ data: smallMap() });
    await drag(centre(el, 'a'), centre(el, 'a'));
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
    expect(where(el)).to.equal('|a');
    await drag(centre(el, 'a'), centre(el, 'c'), async () => {
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.drop-target')).to.equal(null);
    });
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
    // A press on a move button never starts a drag; a click on it moves the stage.
    const rect = $(el, 'th[data-stage="b"] button')!.getBoundingClientRect();
    const button: [number, number] = [
      Math.round(rect.left + rect.width / 2),
      Math.round(rect.top + rect.height / 2),
    ];
    await drag(button, centre(el, 'c'));
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
    await drag(button, button);
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Finding out', 'Waiting']);
  });

  it('does not drag in a read-only map', async () => {
    const { el } = await makeMap({ data: smallMap(), attrs: { readOnly: true } });
    await drag(centre(el, 'a'), centre(el, 'c'));
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
    expect(orderedStages(el.data)).to.have.length(3);
  });
});

describe('<co-journey-map> dragging stages on a narrow screen', () => {
  afterEach(() => resetMouse());

  it('scrolls the grid sideways while a stage is held near its right edge, and drops it at the far end', async () => {
    await setViewport({ width: 360, height: 800 });
    const { el } = await makeMap({ data: smallMap() });
    const scroller = $(el, '.grid-scroll')!;
    expect(scroller.scrollWidth, 'the grid is wider than the screen').to.be.above(
      scroller.clientWidth,
    );
    const box = scroller.getBoundingClientRect();
    const from = centre(el, 'a');
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 10, from[1]] });
    await sendMouse({ type: 'move', position: [Math.round(box.right - 20), from[1]] });
    await waitUntil(
      () => scroller.scrollLeft >= scroller.scrollWidth - scroller.clientWidth - 1,
      'the grid scrolls to its end by itself',
      { timeout: 5000 },
    );
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Waiting', 'Finding out']);
  });
});
