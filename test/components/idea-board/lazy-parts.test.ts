// The card's details, the cluster editor and the move menu are loaded by import() the first
// time someone opens one (card-details.ts). The first opening must behave as every later one:
// the part arrives, the dialog or menu opens, focus lands where it always did, axe passes.
// This file is its own page, so nothing here has loaded the part before the first test.
import { expect, waitUntil } from '@open-wc/testing';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { sendKeys } from '@web/test-runner-commands';
import { WORD_INDEX_FROM } from '../../../src/components/idea-board/board-state.js';
import { $, announced, card, press, seedIdea, seededBoard } from './helpers.js';

const active = (el: CoIdeaBoard) => el.shadowRoot!.activeElement as HTMLElement | null;
const loaded = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/idea-board/card-details.'));

const panelLoaded = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/idea-board/facilitator-panel.styles.'));

describe('<co-idea-board> parts loaded when first opened', () => {
  it('opens a card the first time by Enter: details arrive, focus on its title, axe passes', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1, { detail: 'Until 8 on weekdays' }),
      seedIdea('b', 'ideas', 2),
    ]);
    expect(loaded(), 'not loaded with the board').to.be.false;
    expect($(el, '#card-dialog').textContent!.trim()).to.equal('');

    card(el, 'a').focus();
    await press('Enter');
    await waitUntil(() => $<HTMLDialogElement>(el, '#card-dialog').open, 'dialog open');
    expect(loaded(), 'loaded on opening').to.be.true;
    expect(active(el)?.id).to.equal('dialog-title');
    expect($(el, '#card-dialog').textContent).to.contain('Until 8 on weekdays');
    // card-tools.styles.ts came with the part: the dialog is the details' wider modal (44rem,
    // or the window less 2rem), its head a row with the close button beside the title.
    const dialog = $(el, '#card-dialog');
    const wide = Math.min(44 * 16, window.innerWidth - 32);
    expect(dialog.getBoundingClientRect().width).to.be.closeTo(wide, 1);
    expect(getComputedStyle($(el, '.dialog-head')).display).to.equal('flex');
    await expect(el).to.be.accessible();

    await press('Escape');
    await waitUntil(() => !$<HTMLDialogElement>(el, '#card-dialog').open, 'dialog closed');
    await waitUntil(() => active(el)?.dataset.idea === 'a', 'focus back on the card');
  });

  it('opens "Move to…" on a board that has not loaded the part yet, focus on the column', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1), seedIdea('b', 'ideas', 2)]);
    const toggle = card(el, 'b').querySelector<HTMLElement>('[data-action="move"]')!;
    toggle.focus();
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => active(el)?.id.startsWith('move-column-'), 'focus in the menu');
    // The menu's CSS came with it: a set-apart panel under the card's buttons.
    const panel = $(el, '.move-panel');
    expect(getComputedStyle(panel).display).to.equal('grid');
    expect(getComputedStyle(panel).borderBlockStartWidth).to.equal('2px');
    await expect(el).to.be.accessible();
  });

  it('loads the CSV only when it is asked for, and downloads it', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1)]);
    const csvLoaded = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/idea-board/board-export.'));
    expect(csvLoaded(), 'not loaded with the board').to.be.false;
    const original = HTMLAnchorElement.prototype.click;
    const names: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      await el.downloadCsv();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(names).to.have.length(1);
    expect(names[0]).to.match(/-idea-board-main-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csvLoaded()).to.be.true;
    expect(await el.exportCsv()).to.contain('Idea a');
  });

  it('loads the word index for Find only on a board of 1,000 ideas or more; Find finds the same', async () => {
    const indexLoaded = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/idea-board/word-index.'));
    const small = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Late bus' })]);
    $(small, '#find-text').focus();
    await sendKeys({ type: 'bus' });
    await waitUntil(() => announced(small) === '1 of 1 idea shown', 'found on a small board', {
      timeout: 3000,
    });
    expect(indexLoaded(), 'a small board reads the texts').to.be.false;

    const columns = ['ideas', 'developing', 'agreed'];
    const ideas = Array.from({ length: WORD_INDEX_FROM }, (_, i) =>
      seedIdea(`i${i}`, columns[i % 3], i + 1, {
        title: i % 7 === 0 ? `Late bus ${i}` : `Idea ${i}`,
      }),
    );
    const big = await seededBoard(ideas);
    await waitUntil(indexLoaded, 'the index is loaded for a big board');
    $(big, '#find-text').focus();
    await sendKeys({ type: 'bus' });
    await waitUntil(() => announced(big) === '143 of 1,000 ideas shown', 'found on a big board', {
      timeout: 5000,
    });
  });

  it('brings the facilitator panel’s CSS with the panel, and none to a participant', async () => {
    const participant = await seededBoard([seedIdea('a', 'ideas', 1)]);
    expect(panelLoaded(), 'not loaded for a participant').to.be.false;
    expect($(participant, '.facilitator')).to.equal(null);
    const el = await seededBoard([seedIdea('a', 'ideas', 1)], { facilitator: true });
    expect(panelLoaded()).to.be.true;
    // facilitator-panel.styles.ts: a boxed panel with the facilitator's coloured edge.
    const panel = getComputedStyle($(el, '.facilitator'));
    expect(panel.borderInlineStartWidth).to.not.equal(panel.borderInlineEndWidth);
    expect(panel.paddingTop).to.not.equal('0px');
    await expect(el).to.be.accessible();
  });
});
