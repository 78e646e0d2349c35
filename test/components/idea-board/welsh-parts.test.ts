// On a Welsh page the board's parts loaded by import() bring their Welsh words with them
// (issue #13, "Lighter"). In its own file, so that no earlier test has loaded a part's words.
import { expect, waitUntil } from '@open-wc/testing';
import { expectPartInWelsh } from '../lazy-part-checks.js';
import { $, card, press, seedIdea, seededBoard } from './helpers.js';

describe('<co-idea-board> parts on a Welsh page', () => {
  it("a card's details, the facilitator panel and the CSV come with their Welsh words", async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1)], { lang: 'cy' });
    expect(el.language).to.equal('cy');
    await expectPartInWelsh(
      el,
      async () => {
        card(el, 'a').focus();
        await press('Enter');
        await waitUntil(() => $<HTMLDialogElement>(el, '#card-dialog').open, 'dialog open');
      },
      {
        welshFile: '/idea-board/card-tools-messages-cy',
        welsh: 'Adeiladu ar y syniad hwn',
        english: 'Build on this idea',
      },
    );
    await press('Escape');
    await waitUntil(() => !$<HTMLDialogElement>(el, '#card-dialog').open, 'dialog closed');

    await expectPartInWelsh(el, () => (el.facilitator = true), {
      welshFile: '/idea-board/facilitator-messages-cy',
      welsh: 'Cloi postio',
      english: 'Lock posting',
    });
    const header = (await el.exportCsv()).split('\n')[0];
    expect(header).to.contain('Teitl');
    expect(header).not.to.contain('Title');
  });
});
