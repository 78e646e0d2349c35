import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { addNote, addStage, setFeeling } from '../../../src/components/journey-map/model.js';
import { $, $$, freshSpace, makeMap, seed, smallMap } from './helpers.js';

/** A map with content whose view is left to the element (no `view` attribute). */
async function autoMap(lang = 'en') {
  const store = new MemoryStore();
  const space = freshSpace();
  await seed(store, space, smallMap());
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><co-journey-map space=${space} .store=${store}></co-journey-map></div>`,
  );
  const el = wrapper.querySelector('co-journey-map')!;
  await el.storageController.ready;
  await el.updateComplete;
  return el;
}

/**
 * Words of the lane names that wrap onto two lines ("Touchpoint|s"). A break after a hyphen
 * ("ar-|lein") is a proper break, so the parts of a hyphenated word count as words.
 */
function brokenWords(el: CoJourneyMap): string[] {
  const broken: string[] = [];
  for (const header of $$(el, '.grid .lane-header')) {
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

describe('<co-journey-map> layout: narrow screens, right to left', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'cy']) {
    it(`does not make a 320 px page scroll sideways, in either view (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      for (const view of ['grid', 'stages'] as const) {
        const { el } = await makeMap({ data: smallMap(), lang, attrs: { view } });
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, view).to.be.at.most(320);
        el.parentElement!.remove();
      }
    });
  }

  it('breaks a word too long for a phone, in a note and a stage name, rather than scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = 'Gwasanaethaucymdeithasolcynhwysfawr'.repeat(2);
    let data = addStage(smallMap(), { id: 'd', name: long }, new Date('2025-06-02'));
    data = setFeeling(data, 'd', 'as-is', 1, new Date('2025-06-02'));
    data = setFeeling(data, 'd', 'after', 2, new Date('2025-06-02'));
    data = addNote(data, {
      id: 'long',
      stage: 'a',
      lane: 'doing',
      layer: 'as-is',
      participant: 'p',
      text: `${long} https://example.org/${'a'.repeat(80)}`,
    });
    for (const lang of ['en', 'cy']) {
      const { el } = await makeMap({ data, lang, attrs: { view: 'stages' } });
      await el.updateComplete;
      expect($(el, '.comparison')!.textContent).to.contain(long);
      expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    }
  });

  it('puts the table of feelings in its own focusable, named scroll box', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
    const box = $(el, '.table-scroll')!;
    expect(box.contains($(el, 'table.feelings-table'))).to.equal(true);
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.tabIndex).to.equal(0);
    const name = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(name.textContent!.trim()).to.equal('How people feel at each stage, in words');
    expect(box.scrollWidth).to.be.above(box.clientWidth - 1);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'cy']) {
    it(`breaks lane names only between words at 320 px (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await makeMap({ data: smallMap(), lang, attrs: { view: 'grid' } });
      expect(brokenWords(el)).to.deep.equal([]);
    });
  }

  it('draws the curve labels at 12 px or more', async () => {
    for (const width of [320, 1000]) {
      await setViewport({ width, height: 640 });
      const { el } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
      const curve = $<SVGSVGElement>(el, 'svg.curve')!;
      const scale = curve.getBoundingClientRect().width / curve.viewBox.baseVal.width;
      for (const label of $$(el, 'svg.curve text')) {
        const size = parseFloat(getComputedStyle(label).fontSize) * scale;
        expect(size, `${label.textContent} at ${width}px`).to.be.at.least(12);
      }
    }
  });

  it('shows one stage at a time on a phone and the grid on a wide screen, and the person can switch', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await autoMap();
    await waitUntil(() => $(el, '.stage-view'), 'the stage view on a phone');
    expect($(el, '[role="grid"]')).to.equal(null);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);

    // The person asks for the grid: it stays, though the screen is still narrow.
    $(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect($(el, '[role="grid"]')).to.exist;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(el.view).to.equal('grid');
    expect($(el, '[role="grid"]')).to.exist;

    await setViewport({ width: 1000, height: 700 });
    const wide = await autoMap();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await wide.updateComplete;
    expect($(wide, '[role="grid"]')).to.exist;
    expect($(wide, '.stage-view')).to.equal(null);
  });

  it('keeps the curve labels clear of the plot on a right-to-left page', async () => {
    const { el, wrapper } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
    wrapper.dir = 'rtl';
    await el.updateComplete;
    const curve = $<SVGSVGElement>(el, 'svg.curve')!;
    // The plot starts at x = 104; the axis words end before it.
    for (const label of $$<SVGTextElement>(el, 'svg.curve .axis-label')) {
      const box = label.getBBox();
      expect(box.x + box.width, label.textContent!).to.be.at.most(104);
    }
    // Each legend word starts after its sample line and marker.
    for (const item of $$<SVGGElement>(el, 'svg.curve .legend-item')) {
      const line = item.querySelector('path')!.getBBox();
      expect(item.querySelector('text')!.getBBox().x).to.be.at.least(line.x + line.width);
    }
    expect(curve.getBoundingClientRect().width).to.be.above(0);
  });
});
