import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, makePlan, settle, task, textOf, cooking } from './helpers.js';

/** How many lines `word` takes inside `cell`: more than one means it was broken mid-word. */
function linesOf(cell: Element, word: string): number {
  const text = [...cell.childNodes].find((node) => node.textContent?.includes(word))!;
  const start = text.textContent!.indexOf(word);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + word.length);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

describe('<co-delivery-plan> at 320 px', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the answers to “Did this work?” keep whole Welsh words, scrolling in their own box', async () => {
    const { el } = await makePlan({ group: 'community', lang: 'cy' });
    const added = el.addTask(cooking)!;
    el.setStatus(added.id, 'done');
    el.evaluate(added.id, 3);
    await settle(el);
    const evaluation = task(el, 'Cooking class').querySelector('[part=evaluation]')!;
    const heads = [...evaluation.querySelectorAll('thead th')];
    // Before: the task's overflow-wrap: anywhere squeezed these to "gwiri / oned / d".
    const longest = heads.find((th) => textOf(th) === 'Ddim mewn gwirionedd')!;
    expect(linesOf(longest, 'gwirionedd')).to.equal(1);
    expect(
      linesOf(
        heads.find((th) => textOf(th) === 'Yn rhannol')!,
        'rhannol',
      ),
    ).to.equal(1);
    // The table scrolls on its own, named by its caption and reachable by keyboard; the page
    // does not scroll sideways.
    const box = $(el, '.table-scroll');
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.tabIndex).to.equal(0);
    const caption = box.querySelector('caption')!;
    expect(box.getAttribute('aria-labelledby')).to.equal(caption.id);
    // The caption wraps within the box, rather than running under its edge with the table.
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(caption.getBoundingClientRect().width).to.be.at.most(box.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
