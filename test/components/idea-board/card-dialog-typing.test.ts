// What someone types in a card's details: the build field empties once the build is added,
// a build typed and not added waits for them when the card is opened again, and the delete
// buttons of builds can be told apart.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import { $, $$, buttonByText, card, me, press, seedIdea, seededBoard, type } from './helpers.js';

const dialogOpen = (el: CoIdeaBoard) => $<HTMLDialogElement>(el, '#card-dialog').open;
const active = (el: CoIdeaBoard) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The polite announcement (the element's live region, not the storage status line). */
/** What the element last said politely (its live region, not the storage status line). */
const said = (el: CoIdeaBoard) =>
  (el as unknown as { announcer: { message: string } }).announcer.message;
const buildField = (el: CoIdeaBoard) => $<HTMLTextAreaElement>(el, '#build-text');

async function openCard(el: CoIdeaBoard, id: string): Promise<void> {
  card(el, id).focus();
  await el.updateComplete;
  await press('Enter');
  await waitUntil(() => dialogOpen(el) && buildField(el), 'the card opens');
}

async function closeCard(el: CoIdeaBoard, id: string): Promise<void> {
  await press('Escape');
  await waitUntil(() => !dialogOpen(el), 'the card closes');
  await waitUntil(() => active(el)?.closest('.card')?.getAttribute('data-idea') === id);
}

const stamp = '2026-11-29T10:00:00.000Z';
const build = (id: string, text: string) => ({
  id,
  idea: 'a',
  text,
  ...me(),
  createdAt: stamp,
  updatedAt: stamp,
});

describe('<co-idea-board> typing in a card', () => {
  it('empties the build field once the build is added, so a second press adds nothing twice', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Evening opening' })]);
    await openCard(el, 'a');
    buildField(el).focus();
    await type('Yes, and a late bus home');
    buttonByText($(el, '#card-dialog'), 'Add build').click();
    await waitUntil(() => said(el) === 'Your build is on the board.');
    await el.updateComplete;
    expect(buildField(el).value).to.equal('');
    expect($$(el, '.builds li')).to.have.length(1);
  });

  it('keeps a build typed and not added when the card closes, for that card only', async () => {
    const el = await seededBoard([
      seedIdea('a', 'ideas', 1, { title: 'Evening opening' }),
      seedIdea('b', 'ideas', 2, { title: 'Quiet room' }),
    ]);
    await openCard(el, 'a');
    buildField(el).focus();
    await type('Yes, and on Sundays');
    await closeCard(el, 'a');

    await openCard(el, 'b');
    expect(buildField(el).value).to.equal('');
    await closeCard(el, 'b');

    await openCard(el, 'a');
    expect(buildField(el).value).to.equal('Yes, and on Sundays');
    await expect(el).to.be.accessible();
    buttonByText($(el, '#card-dialog'), 'Add build').click();
    await el.updateComplete;
    expect($(el, '.builds').textContent).to.contain('Yes, and on Sundays');
    await closeCard(el, 'a');
    await openCard(el, 'a');
    expect(buildField(el).value).to.equal('');
  });

  it('names each build’s delete button by its build, and keeps focus in the list after one goes', async () => {
    const el = await seededBoard(
      [seedIdea('a', 'ideas', 1, { title: 'Evening opening' })],
      {},
      {
        builds: {
          b1: build('b1', 'Yes, and a late bus home from town as well, every night'),
          b2: build('b2', 'Yes, and on Sundays'),
        },
      },
    );
    await openCard(el, 'a');
    const names = () =>
      $$(el, '.builds button').map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(names()).to.have.members([
      'Delete build: Yes, and a late bus home from town as w…',
      'Delete build: Yes, and on Sundays',
    ]);
    const second = names()[1];
    $$<HTMLButtonElement>(el, '.builds button')[0].focus();
    await press('Enter');
    await waitUntil(() => said(el) === 'Build deleted.');
    await waitUntil(() => active(el)?.getAttribute('aria-label') === second);
    await expect(el).to.be.accessible();
    await press('Enter');
    await waitUntil(() => $$(el, '.builds li').length === 0);
    await waitUntil(() => active(el)?.id === 'build-text', 'focus on the build field');
  });

  it('names the delete buttons in Welsh too', async () => {
    const el = await seededBoard(
      [seedIdea('a', 'ideas', 1, { title: 'Evening opening' })],
      { lang: 'cy' },
      { builds: { b1: build('b1', 'Ie, ac ar ddydd Sul') } },
    );
    await openCard(el, 'a');
    await waitUntil(() => $(el, '.builds button')?.textContent?.trim() === "Dileu'r ychwanegiad");
    expect($(el, '.builds button').getAttribute('aria-label')).to.equal(
      "Dileu'r ychwanegiad: Ie, ac ar ddydd Sul",
    );
  });

  it('empties the new cluster name once the cluster is started', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Evening opening' })]);
    await openCard(el, 'a');
    $<HTMLInputElement>(el, '#cluster-new').focus();
    await type('Getting there');
    await press('Enter');
    await waitUntil(() => $(el, '#card-dialog').textContent!.includes('Getting there'));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#cluster-new').value).to.equal('');
  });

  it('puts Close under the title on a narrow screen with large text, so the title keeps the width', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Evening opening' })]);
      await openCard(el, 'a');
      await el.updateComplete;
      const title = $(el, '#dialog-title');
      const close = buttonByText($(el, '#card-dialog'), 'Close');
      // The title has the dialog's whole width, not what Close leaves of it.
      const head = title.parentElement!.getBoundingClientRect();
      expect(title.getBoundingClientRect().width).to.be.above(head.width - 2);
      expect(close.getBoundingClientRect().top).to.be.at.least(
        title.getBoundingClientRect().bottom - 1,
      );
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps changes to an idea not saved when the card closes, and opens it in the edit form', async () => {
    const el = await seededBoard([]);
    el.post({ title: 'Evening opening' });
    await el.updateComplete;
    const [idea] = el.ideas;
    card(el, idea.id).focus();
    await press('Enter');
    await waitUntil(() => dialogOpen(el), 'the card opens');
    buttonByText($(el, '#card-dialog'), 'Edit').click();
    await waitUntil(() => active(el)?.id === 'edit-title', 'edit form focused');
    await press('End');
    await type(' until 8pm');
    await closeCard(el, idea.id);
    expect(el.ideas[0].title).to.equal('Evening opening');

    await press('Enter');
    await waitUntil(() => active(el)?.id === 'edit-title', 'back in the edit form');
    expect($<HTMLInputElement>(el, '#edit-title').value).to.equal('Evening opening until 8pm');
    await expect(el).to.be.accessible();
    await press('Enter');
    await waitUntil(() => el.ideas[0].title === 'Evening opening until 8pm', 'saved');

    // Saved, or given up with Cancel: the card opens as usual next time.
    await closeCard(el, idea.id);
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'dialog-title', 'the card opens on its title');
    buttonByText($(el, '#card-dialog'), 'Edit').click();
    await waitUntil(() => active(el)?.id === 'edit-title', 'edit form focused');
    await type('x');
    buttonByText($(el, '#card-dialog'), 'Cancel').click();
    await closeCard(el, idea.id);
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'dialog-title', 'the card opens on its title');
  });
});
