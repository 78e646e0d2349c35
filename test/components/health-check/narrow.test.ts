import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $$, answered, checkFixture, freshSpace, seededData, shows, storeWith } from './helpers.js';

const all4 = { 'power-1': 4, 'power-2': 4, 'value-1': 4 } as const;

describe('<co-health-check> results at 320 px', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('a wide table scrolls in its box, its Welsh caption wrapping in view above it', async () => {
    const space = freshSpace();
    const data = seededData([...answered('community', all4), ...answered('professional', all4)], {
      revealed: true,
    });
    const el = await checkFixture(
      html`<div lang="cy">
        <co-health-check
          .store=${storeWith(space, data)}
          space=${space}
          min-responses="1"
          framework=${JSON.stringify({
            principles: [
              { id: 'power', label: 'Rhannu grym', statements: ['Un.', 'Dau.'] },
              { id: 'value', label: 'Gwerthfawrogi pobl', statements: ['Tri.'] },
            ],
          })}
        ></co-health-check>
      </div>`,
    );
    await shows(el, 'Sgôr cyfartalog');
    const boxes = $$(el, '.table-scroll');
    expect(boxes.length).to.be.greaterThan(0);
    const wide = boxes.find((box) => box.scrollWidth > box.clientWidth);
    expect(wide, 'a table wider than the phone').to.exist;
    const caption = wide!.querySelector('caption')!;
    expect(caption.getBoundingClientRect().width).to.be.at.most(wide!.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
