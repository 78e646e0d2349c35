// <co-space> and the elements inside it: the remembered group, heading levels, reflow.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/space.js';
import '../../../src/idea-board.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoErrorDetail } from '../../../src/core/events.js';

let counter = 0;
const freshSpace = () => `space-group-${Date.now()}-${(counter += 1)}`;

async function boardInSpace(space: string, attrs: { level?: string } = {}) {
  const el = await fixture<CoSpace>(
    html`<co-space space=${space} storage="memory" heading-level=${attrs.level ?? '2'}
      ><co-idea-board></co-idea-board
    ></co-space>`,
  );
  const board = el.querySelector('co-idea-board') as CoIdeaBoard;
  await board.ready;
  await board.updateComplete;
  return { el, board };
}

const $ = (root: Element, selector: string) => root.shadowRoot!.querySelector(selector);

describe('<co-space> remembered group', () => {
  afterEach(() => localStorage.clear());

  it('is not asked again after a reload: the group is read once the space is known', async () => {
    const space = freshSpace();
    const first = await boardInSpace(space);
    expect($(first.board, '.group-question')).to.not.equal(null);
    ($(first.board, '#group-1') as HTMLInputElement).click();
    ($(first.board, '.group-question button[type="submit"]') as HTMLButtonElement).click();
    await first.board.updateComplete;
    expect(localStorage.getItem(`together-kit-group/${space}`)).to.equal('professional');
    first.el.remove();

    // A reload: a new space and board on the same page, the choice only in localStorage.
    const again = await boardInSpace(space);
    expect(again.board.storageController.space).to.equal(space);
    expect($(again.board, '.group-question')).to.equal(null);
    expect($(again.board, '.you')!.textContent).to.contain('Professionals and staff');
  });

  it('asks in another space, whose group was never chosen', async () => {
    localStorage.setItem(`together-kit-group/${freshSpace()}`, 'community');
    const { board } = await boardInSpace(freshSpace());
    expect($(board, '.group-question')).to.not.equal(null);
  });
});

describe('<co-space> heading-level', () => {
  it('puts its "your data" heading and its dialogs at heading-level', async () => {
    const { el } = await boardInSpace(freshSpace(), { level: '3' });
    expect($(el, '#data-heading')!.localName).to.equal('h3');
    expect($(el, '#import-dialog-title')!.localName).to.equal('h3');
    expect($(el, '#delete-dialog-title')!.localName).to.equal('h3');
    await expect(el).to.be.accessible();
    el.headingLevel = 5;
    await el.updateComplete;
    expect($(el, '#data-heading')!.localName).to.equal('h5');
  });

  it('refuses a bad heading-level in words and with co-error, and keeps working', async () => {
    const errors: CoErrorDetail[] = [];
    const wrapper = await fixture<HTMLElement>(
      html`<div @co-error=${(e: CustomEvent<CoErrorDetail>) => errors.push(e.detail)}>
        <co-space space=${freshSpace()} storage="memory" heading-level="two"></co-space>
      </div>`,
    );
    const el = wrapper.querySelector('co-space') as CoSpace;
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.include('attribute-invalid');
    expect($(el, '[part="problems"]')!.textContent).to.contain('heading-level');
    expect($(el, '#data-heading')!.localName).to.equal('h2');
    expect((await el.exportData()).records).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<co-space> at 320 px', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('reflows with a board inside: the page does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const lang of ['en', 'cy']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <co-space space=${freshSpace()} storage="memory"
            ><co-idea-board participant-group="community"></co-idea-board
          ></co-space>
        </div>`,
      );
      const board = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
      await board.ready;
      // One long word (a link, a Welsh compound) must wrap, not widen the page.
      board.post({
        title: 'Evening opening at the library on weekdays',
        detail: 'https://example.org/gwasanaethcwsmeriaidcynhwysolaccessibilityforeveryone',
        tags: ['gwasanaethcwsmeriaidcynhwysol'],
      });
      await board.updateComplete;
      expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
    }
  });
});
