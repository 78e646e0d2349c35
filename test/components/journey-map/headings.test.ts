import { expect } from '@open-wc/testing';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import { $, $$, cell, makeMap, openDialog, press, smallMap } from './helpers.js';

/** Each heading as `hN text`, in document order. */
const outline = (el: CoJourneyMap) =>
  $$(el, 'h1, h2, h3, h4, h5, h6').map(
    (h) => `${h.localName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`,
  );

describe('<co-journey-map> heading-level', () => {
  it('puts its headings at h2 and h3 by default', async () => {
    const { el } = await makeMap({ data: smallMap() });
    expect(outline(el).filter((h) => !h.startsWith('h2') && !h.startsWith('h3'))).to.deep.equal([]);
    expect($(el, '#map-title')!.localName).to.equal('h2');
    expect($(el, '#feelings-title')!.localName).to.equal('h3');
  });

  it('follows heading-level="4": the map title h4, its sections h5, lanes h6', async () => {
    const { el } = await makeMap({ data: smallMap() });
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect($(el, '#map-title')!.localName).to.equal('h4');
    expect($(el, '#feelings-title')!.localName).to.equal('h5');
    expect(outline(el).every((h) => /^h[45] /.test(h))).to.equal(true);

    el.view = 'stages';
    await el.updateComplete;
    expect($(el, '#stage-view-title')!.localName).to.equal('h5');
    expect($$(el, '.stage-view .lane .h-minor').map((h) => h.localName)).to.include('h6');
    expect($$(el, '.stage-view .lane h6')).to.have.length(7);

    el.view = 'grid';
    await el.updateComplete;
    cell(el, 'doing', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect($(el, '#notes-title')!.localName).to.equal('h4');
    expect($(el, '#note-form-title')!.localName).to.equal('h5');
    await expect(el).to.be.accessible();
  });

  it('looks the same at any level', async () => {
    const { el } = await makeMap({ data: smallMap() });
    const size = () => getComputedStyle($(el, '#map-title')!).fontSize;
    const before = size();
    el.headingLevel = 5;
    await el.updateComplete;
    expect($(el, '#map-title')!.localName).to.equal('h5');
    expect(size()).to.equal(before);
  });
});
