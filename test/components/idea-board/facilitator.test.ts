import { expect, waitUntil } from '@open-wc/testing';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import type { Envelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import {
  $,
  $$,
  announced,
  card,
  dataOf,
  focusedIdea,
  freshSpace,
  ideaOf,
  makeBoard,
  press,
  seededBoard,
  seededStore,
  seedIdea,
  titlesIn,
  type,
} from './helpers.js';
import { defaultGroups } from '../../../src/core/groups.js';
import { tallyDots } from '../../../src/components/idea-board/votes.js';

const active = (el: CoIdeaBoard) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabTo(el: CoIdeaBoard, text: string, back = false): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (active(el)?.textContent?.trim() === text) return;
    await press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not Tab to "${text}"`);
}

const dots = {
  votes: {
    'c1:a': {
      id: 'c1:a',
      participant: 'c1',
      group: 'community',
      idea: 'a',
      dots: 2,
      updatedAt: '2026-11-29T10:00:00.000Z',
    },
    'p1:b': {
      id: 'p1:b',
      participant: 'p1',
      group: 'professional',
      idea: 'b',
      dots: 1,
      updatedAt: '2026-11-29T10:00:00.000Z',
    },
  },
};
const two = () => [
  seedIdea('a', 'ideas', 1, { title: 'Evening opening', tags: ['access'] }),
  seedIdea('b', 'ideas', 2, { title: 'Late bus', group: 'professional' }),
];

/** Captures what `downloadFile` would save, instead of saving it. */
async function captureDownload(action: () => void): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the link the download made
    link = this;
  };
  try {
    action();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  const text = await (await fetch(link!.href)).text();
  return { name: link!.download, text };
}

describe('<co-idea-board> for a facilitator', () => {
  it('is accessible with the facilitator tools', async () => {
    const el = await seededBoard(two(), { facilitator: true, hideVotes: true }, dots);
    expect($(el, '.facilitator h2').textContent).to.equal('Facilitator');
    await expect(el).to.be.accessible();
  });

  it('locks posting; a locked board refuses posts and builds with a message, and keeps what was typed', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const facilitator = await makeBoard({ store, space, facilitator: true });
    facilitator.post({ title: 'Before the lock' });
    await facilitator.storageController.flush();
    const participant = await makeBoard({ store, space });

    $(facilitator, '#lock-button').focus();
    await press('Enter');
    expect(announced(facilitator)).to.equal('Posting is locked: nobody can post ideas or builds.');
    expect($(facilitator, '#lock-button').textContent!.trim()).to.equal('Open posting');
    await facilitator.storageController.flush();
    await waitUntil(() => dataOf(participant).settings.locked, 'the lock reaches the other board');
    await participant.updateComplete;
    // Before anyone tries to post, the notice says the board is locked, not that a post failed.
    expect($(participant, '.post .notice').textContent!.trim()).to.equal(
      'Posting is closed for now. The person running the board has locked it.',
    );
    expect($(participant, '.post button[type="submit"]').getAttribute('aria-disabled')).to.equal(
      'true',
    );
    await expect(participant).to.be.accessible();

    const refused: CoErrorDetail[] = [];
    participant.addEventListener('co-error', (e) => refused.push(e.detail));
    $(participant, '#post-title').focus();
    await type('After the lock');
    await press('Enter');
    await participant.updateComplete;
    expect(active(participant)?.id).to.equal('post-summary');
    // The page hears why: the board is locked, not that something typed was wrong.
    expect(refused.map((e) => e.code)).to.deep.equal(['posting-locked']);
    expect($(participant, '#post-summary').textContent).to.contain(
      'The person running the board has locked it',
    );
    expect(($(participant, '#post-title') as HTMLInputElement).value).to.equal('After the lock');
    expect(participant.ideas.map((i) => i.title)).to.deep.equal(['Before the lock']);

    const errors: CoErrorDetail[] = [];
    participant.addEventListener('co-error', (e) => errors.push(e.detail));
    expect(participant.post({ title: 'By script' })).to.equal(undefined);
    expect(errors.map((e) => e.code)).to.deep.equal(['posting-locked']);

    card(participant, participant.ideas[0].id).focus();
    await press('Enter');
    await waitUntil(() => $<HTMLDialogElement>(participant, '#card-dialog').open);
    $(participant, '#build-text').focus();
    await type('Yes, and');
    await tabTo(participant, 'Add build');
    await press('Enter');
    await participant.updateComplete;
    expect($(participant, '#build-error').textContent).to.contain('locked');

    $(facilitator, '#lock-button').click();
    expect(dataOf(facilitator).settings.locked).to.be.false;
  });

  it('says in Welsh that posting is closed, before anyone tries to post', async () => {
    const el = await makeBoard({ lang: 'cy', facilitator: true });
    $(el, '#lock-button').click();
    await waitUntil(() => $(el, '.post .notice'), 'the notice shows');
    expect($(el, '.post .notice').textContent!.trim()).to.equal(
      "Mae postio ar gau am y tro. Mae'r person sy'n rhedeg y bwrdd wedi'i gloi.",
    );
    await expect(el).to.be.accessible();
  });

  it('reveals hidden dot counts, and hides them again', async () => {
    const el = await seededBoard(two(), { facilitator: true, hideVotes: true }, dots);
    expect(card(el, 'a').querySelector('.result')).to.equal(null);
    $(el, '#reveal-button').focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Dot counts are shown to everyone.');
    expect(card(el, 'a').querySelector('.result')!.textContent).to.contain(
      '2 dots · 50% of the vote when each group counts the same',
    );
    expect(card(el, 'b').querySelector('.result')!.textContent).to.contain(
      '1 dot · 50% of the vote when each group counts the same',
    );
    await expect(el).to.be.accessible();
    el.view = 'list';
    await el.updateComplete;
    expect($(el, '.list-idea').textContent).to.contain(
      '2 dots · 50% of the vote when each group counts the same (People who use services, and their carers: 2; Professionals and staff: 0)',
    );
    await press('Enter');
    await el.updateComplete;
    expect(dataOf(el).settings.revealed).to.be.false;
  });

  it('sorts the list by parity score once votes are shown', async () => {
    const el = await seededBoard(
      [...two(), seedIdea('c', 'ideas', 3, { title: 'Quiet room' })],
      { view: 'list' },
      {
        votes: {
          ...dots.votes,
          'p2:c': {
            id: 'p2:c',
            participant: 'p2',
            group: 'professional',
            idea: 'c',
            dots: 3,
            updatedAt: '2026-11-29T10:00:00.000Z',
          },
        },
      },
    );
    $(el, '#list-sort').focus();
    await press('ArrowDown');
    await el.updateComplete;
    // Community: all on a (50%). Professionals: 1 on b, 3 on c (12.5% and 37.5%).
    expect($$(el, '.list-idea h3').map((h) => h.textContent!.trim())).to.deep.equal([
      'Evening opening',
      'Quiet room',
      'Late bus',
    ]);
  });

  it('exports a CSV row per idea, and the board as JSON', async () => {
    const el = await seededBoard(
      two(),
      { facilitator: true },
      {
        ...dots,
        builds: {
          b1: {
            id: 'b1',
            idea: 'a',
            text: 'and',
            participant: 'p',
            createdAt: '2026-11-29T10:00:00.000Z',
            updatedAt: '2026-11-29T10:00:00.000Z',
          },
        },
      },
    );
    const csv = await captureDownload(() =>
      [...$$(el, '.facilitator button')]
        .find((b) => b.textContent!.trim() === 'Export CSV')!
        .click(),
    );
    expect(csv.name).to.match(/^board-.*-idea-board-main-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.split('\r\n')).to.deep.equal([
      'Column,Cluster,Title,Detail,Tags,Group,Dots: People who use services, and their carers,Dots: Professionals and staff,Parity score (%),Builds'.replace(
        'Dots: People who use services, and their carers',
        '"Dots: People who use services, and their carers"',
      ),
      'Ideas,,Evening opening,,access,"People who use services, and their carers",2,0,50,1',
      'Ideas,,Late bus,,,Professionals and staff,0,1,50,0',
      '',
    ]);
    expect(announced(el)).to.equal('Export downloaded.');
    const json = await captureDownload(() => el.downloadJson());
    expect(json.name).to.match(/-idea-board-main-\d{4}-\d{2}-\d{2}\.json$/);
    const envelope = JSON.parse(json.text) as Envelope;
    expect(envelope).to.include({ format: 'together-kit', kind: 'idea-board', id: 'main' });
    expect(Object.keys((envelope.data as { ideas: object }).ideas)).to.deep.equal(['a', 'b']);
  });

  it('clears the board for everyone after a confirmation', async () => {
    const el = await seededBoard(two(), { facilitator: true });
    $(el, '#clear-button').focus();
    await press('Enter');
    const dialog = $<HTMLDialogElement>(el, '#clear-dialog');
    expect(dialog.open).to.be.true;
    expect(dialog.textContent).to.contain('This deletes all 2 ideas');
    expect(active(el)?.textContent?.trim()).to.equal('Cancel');
    await press('Enter');
    await waitUntil(() => !dialog.open);
    expect(el.ideas).to.have.length(2);
    expect(active(el)?.id).to.equal('clear-button');
    await press('Enter');
    await tabTo(el, 'Yes, clear the board', true);
    await press('Enter');
    await waitUntil(() => el.ideas.length === 0, 'cleared');
    expect(announced(el)).to.equal('The board is cleared.');
    expect($$(el, '.card').length).to.equal(0);
  });

  it("hides, edits, merges and deletes anyone's idea", async () => {
    const space = freshSpace();
    const store = await seededStore(
      space,
      [...two(), seedIdea('c', 'ideas', 3, { title: 'Quiet room' })],
      dots,
    );
    const el = await makeBoard({ store, space, facilitator: true });
    const participant = await makeBoard({ store, space });

    card(el, 'b').focus();
    await press('Enter');
    await waitUntil(() => $<HTMLDialogElement>(el, '#card-dialog').open);
    await tabTo(el, 'Hide from people taking part');
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal("'Late bus' is now hidden from people taking part.");
    expect(card(el, 'b').textContent).to.contain('Hidden from people taking part');
    await el.storageController.flush();
    await waitUntil(() => card(participant, 'b') === null, 'hidden from participants');
    expect(titlesIn(participant, 'ideas')).to.deep.equal(['Evening opening', 'Quiet room']);
    await tabTo(el, 'Show to everyone again');
    await press('Enter');
    await el.updateComplete;
    expect(ideaOf(el, 'b')!.hidden).to.equal(false);

    await tabTo(el, 'Edit');
    await press('Enter');
    await waitUntil(() => active(el)?.id === 'edit-title');
    await press('End');
    await type(' at night');
    await press('Enter');
    await waitUntil(() => ideaOf(el, 'b')!.title === 'Late bus at night');

    await tabTo(el, 'Merge');
    await press('Enter');
    await waitUntil(() => ideaOf(el, 'b') === undefined, 'merged away');
    expect(ideaOf(el, 'a')!.detail).to.equal('Late bus at night');
    expect(announced(el)).to.equal("'Late bus at night' merged into 'Evening opening'.");
    await waitUntil(() => focusedIdea(el) === 'a');
    expect(tallyDots(dataOf(el), defaultGroups).byIdea.get('a')!.byGroup).to.deep.equal({
      community: 2,
      professional: 1,
    });

    await press('Enter');
    await waitUntil(() => $<HTMLDialogElement>(el, '#card-dialog').open);
    await tabTo(el, 'Delete');
    await press('Enter');
    await waitUntil(() => $<HTMLDialogElement>(el, '#delete-idea-dialog').open);
    await tabTo(el, 'Yes, delete it', true);
    await press('Enter');
    await waitUntil(() => ideaOf(el, 'a') === undefined);
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Quiet room']);
  });
});
