import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type * as PapaModule from 'papaparse';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import type { Ballot } from '../../../src/core/parity.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import {
  $,
  announced,
  button,
  chose,
  focused,
  freshSpace,
  shows,
  storeWith,
  text,
  voteFixture,
} from './helpers.js';

const AB = '["A","B"]';

let Papa: typeof PapaModule;

/**
 * papaparse ships only as UMD, which the test server hands over untransformed, so it is
 * loaded as a classic script that sets `window.Papa` (as test/core/csv.test.ts does).
 */
before(async () => {
  const global = window as unknown as { Papa?: typeof PapaModule };
  if (!global.Papa) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(
        '../../../node_modules/papaparse/papaparse.min.js',
        import.meta.url,
      ).href;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error('papaparse did not load')));
      document.head.append(script);
    });
  }
  Papa = global.Papa!;
});

/** Reads the CSV back as a spreadsheet would (without the byte order mark). */
const parseCsv = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  }).data;

/** Catches the downloads the element starts, instead of letting the browser save them. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const realCreate = URL.createObjectURL;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return realCreate(blob);
  };
  const onClick = (event: MouseEvent) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    files.push({ name: link.download, blob: last as Blob });
  };
  document.addEventListener('click', onClick, true);
  return {
    files,
    stop: () => {
      URL.createObjectURL = realCreate;
      document.removeEventListener('click', onClick, true);
    },
  };
}

async function facilitatorView(ballots: Ballot[], attributes: Record<string, string> = {}) {
  const space = freshSpace();
  const store = storeWith(space, ballots);
  const el = await voteFixture(
    html`<co-partnership-vote
      space=${space}
      .store=${store}
      options=${AB}
      method=${attributes.method ?? 'single'}
      results=${attributes.results ?? 'after-close'}
      participant-group="professional"
      facilitator
      ?closed=${'closed' in attributes}
    ></co-partnership-vote>`,
  );
  return { el, space, store };
}

async function participant(space: string, store: MemoryStore, results = 'after-close') {
  return voteFixture(
    html`<co-partnership-vote
      space=${space}
      .store=${store}
      options=${AB}
      results=${results}
      participant-group="community"
    ></co-partnership-vote>`,
  );
}

const tally: Ballot[] = [...chose('community', 'A', 3), ...chose('professional', 'B', 2)];

describe('<co-partnership-vote facilitator>', () => {
  it('shows turnout and results, and closes and reopens the vote for everyone', async () => {
    const { el, space, store } = await facilitatorView(tally);
    const voter = await participant(space, store);
    expect(text(el)).to.contain('Run the vote');
    expect(text(el)).to.contain('People who use services, and their carers: 3 ballots');
    expect(text(el)).to.contain('People taking part cannot see these results yet');
    expect($(el, '[part="results"]')).to.not.equal(null);
    expect($(voter, '[part="results"]')).to.equal(null);
    await expect(el).to.be.accessible();

    button(el, 'Close the vote')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('The vote is closed.');
    expect(text(el)).to.contain('The vote is closed.');
    await el.storageController.flush();
    await waitUntil(() => voter.isClosed, 'the participant sees the vote closed');
    await voter.updateComplete;
    expect(text(voter)).to.contain('This vote is closed, so it no longer takes votes.');
    expect($(voter, '[part="results"]')).to.not.equal(null); // after-close: shown now
    await expect(el).to.be.accessible();

    button(el, 'Open the vote again')!.click();
    await el.storageController.flush();
    await waitUntil(() => !voter.isClosed, 'open again');
    expect(announced(el)).to.equal('The vote is open.');
  });

  it('reveals the results to everyone before the vote closes, and hides them again', async () => {
    const { el, space, store } = await facilitatorView(tally);
    const voter = await participant(space, store);
    button(el, 'Show the results to everyone')!.click();
    await el.storageController.flush();
    await waitUntil(() => $(voter, '[part="results"]') !== null, 'the participant sees results');
    expect(announced(el)).to.equal('Everyone can now see the results.');
    await el.updateComplete;
    expect($(el, '[part="facilitator-note"]')).to.equal(null);
    button(el, 'Hide the results again')!.click();
    await el.storageController.flush();
    await waitUntil(() => $(voter, '[part="results"]') === null, 'hidden again');
  });

  it('keeps focus in the panel when the button pressed goes away', async () => {
    const { el } = await facilitatorView(tally);
    button(el, 'Show the results to everyone')!.click();
    button(el, 'Close the vote')!.click();
    await el.updateComplete;
    const hide = button(el, 'Hide the results again')!;
    hide.focus();
    hide.click(); // closed, so the results stay shown and the button is not needed any more
    await waitUntil(() => focused(el)?.id === 'facilitator-title', 'focus on the heading');
    expect(button(el, 'Hide the results again')).to.equal(undefined);
  });

  it('offers no reveal button when the results mode already shows them', async () => {
    const { el } = await facilitatorView(tally, { results: 'always' });
    expect(button(el, 'Show the results to everyone')).to.equal(undefined);
    const afterVote = await facilitatorView(tally, { results: 'after-vote' });
    expect(text(afterVote.el)).to.contain('People see these results once they have voted');
  });

  it('cannot reopen a vote the page closes', async () => {
    const { el } = await facilitatorView(tally, { closed: '' });
    expect(button(el, 'Open the vote again')).to.equal(undefined);
    expect(text(el)).to.contain('This page closes it, so it cannot be opened here.');
  });

  it('resets only after confirming, and the voters can vote again', async () => {
    const { el, space, store } = await facilitatorView(tally);
    const voter = await participant(space, store);
    $<HTMLInputElement>(voter, '#choice-0')!.click();
    expect(await voter.submit()).to.be.true;
    await voter.storageController.flush();
    await waitUntil(() => el.ballots.length === 6, 'the facilitator sees six ballots');

    const dialog = $<HTMLDialogElement>(el, '#reset-dialog')!;
    const reset = button(el, 'Reset the vote…')!;
    reset.focus();
    reset.click();
    expect(dialog.open).to.be.true;
    expect(dialog.textContent).to.contain('This deletes every ballot cast so far (6)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes it');
    expect(el.ballots).to.have.length(6);

    reset.click();
    button(el, 'Delete every ballot')!.click();
    expect(dialog.open).to.be.false;
    expect(el.ballots).to.have.length(0);
    expect(announced(el)).to.equal('Every ballot was deleted. The vote is open again.');
    await waitUntil(() => focused(el) === reset, 'focus returns to the reset button');
    await el.storageController.flush();
    await waitUntil(() => voter.ballots.length === 0, 'gone for the voter too');
    await voter.updateComplete;
    expect($(voter, 'form')).to.not.equal(null);

    // The voter's new ballot is not swallowed by the tombstone of the old one.
    $<HTMLInputElement>(voter, '#choice-1')!.click();
    expect(await voter.submit()).to.be.true;
    await voter.storageController.flush();
    await waitUntil(() => el.ballots.length === 1, 'the new ballot arrives');
    expect(el.ballots[0].marks).to.deep.equal({ B: 1 });
  });

  it('exports ballots and results as CSV, and the record as JSON', async () => {
    const ballots: Ballot[] = [
      {
        group: 'community',
        consent: { A: 'agree', B: 'object' },
        reasons: { B: '=HYPERLINK("x")' },
      },
      { group: 'professional', consent: { A: 'concerns' } },
    ];
    const { el, space } = await facilitatorView(ballots, { method: 'consent' });
    const rows = parseCsv(await el.exportCsv('ballots'));
    expect(rows[0]).to.deep.equal([
      'Cast at',
      'Last changed',
      'Group',
      'A',
      'B',
      'Reason: A',
      'Reason: B',
    ]);
    expect(rows[1].slice(2)).to.deep.equal([
      'People who use services, and their carers',
      'I agree',
      'I object',
      '',
      `'=HYPERLINK("x")`,
    ]);
    expect(rows[2].slice(2, 5)).to.deep.equal(['Professionals and staff', 'I have concerns', '']);

    const results = parseCsv(await el.exportCsv('results'));
    expect(results[0][0]).to.equal('Option');
    expect(results[0]).to.include('Parity result (%)');
    const a = results.find((row) => row[0] === 'A')!;
    const parity = el.tally().ranking.find((entry) => entry.option === 'A')!;
    expect(a[results[0].indexOf('Parity result (%)')]).to.equal(String(parity.score.percent));
    expect(a[results[0].indexOf('Blocked')]).to.equal('no');
    expect(results.at(-1)![0]).to.equal('Ballots');

    const caught = catchDownloads();
    try {
      button(el, 'Ballots (CSV)')!.click();
      button(el, 'Results (CSV)')!.click();
      button(el, 'Everything (JSON)')!.click();
      await waitUntil(() => caught.files.length === 3, 'three files');
    } finally {
      caught.stop();
    }
    const names = caught.files.map((file) => file.name);
    expect(names[0]).to.match(
      new RegExp(`^${space}-partnership-vote-main-ballots-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    expect(names[1]).to.match(/-partnership-vote-main-results-.*\.csv$/);
    expect(names[2]).to.match(/-partnership-vote-main-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await caught.files[2].blob.text());
    expect(json).to.include({
      format: 'together-kit',
      kind: 'partnership-vote',
      space,
      id: 'main',
    });
    expect(Object.keys(json.data.ballots)).to.have.length(2);
  });

  it('exports marks as numbers for the other methods', async () => {
    const { el } = await facilitatorView([{ group: 'community', marks: { A: 2, B: 1 } }], {
      method: 'dots',
    });
    const rows = parseCsv(await el.exportCsv('ballots'));
    expect(rows[0]).to.deep.equal(['Cast at', 'Last changed', 'Group', 'A', 'B']);
    expect(rows[1].slice(3)).to.deep.equal(['2', '1']);
  });

  it('exports a graded vote: each grade in words, and each option’s grades by group', async () => {
    const { el } = await facilitatorView(
      [
        { group: 'community', grades: { A: 0, B: 2 } },
        { group: 'community', grades: { A: 1 } },
        { group: 'professional', grades: { A: 4, B: 0 } },
      ],
      { method: 'grades' },
    );
    const rows = parseCsv(await el.exportCsv('ballots'));
    expect(rows[0]).to.deep.equal(['Cast at', 'Last changed', 'Group', 'A', 'B']);
    expect(rows.slice(1).map((row) => row.slice(2))).to.deep.equal([
      ['People who use services, and their carers', 'Very good', 'Fair'],
      // An option left without a grade is an empty cell, not a grade nobody gave.
      ['People who use services, and their carers', 'Good', ''],
      ['Professionals and staff', 'Reject', 'Very good'],
    ]);

    const results = parseCsv(await el.exportCsv('results'));
    const header = results.findIndex((row) => row.at(-1) === 'Middle grade');
    expect(header, 'the grades table follows the results').to.be.above(0);
    const grades = ['Very good', 'Good', 'Fair', 'Poor', 'Reject'];
    expect(results[header]).to.deep.equal([
      'Option',
      ...grades.map((grade) => `People who use services, and their carers: ${grade}`),
      ...grades.map((grade) => `Professionals and staff: ${grade}`),
      ...grades.map((grade) => `${grade}: parity (%)`),
      'Middle grade',
    ]);
    const tally = el.tally();
    const rowOf = (option: string) => results.slice(header + 1).find((row) => row[0] === option)!;
    // A's grades: the people who use services gave Very good and Good, the staff Reject.
    expect(rowOf('A').slice(1, 11)).to.deep.equal([
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);
    for (const entry of tally.grades!) {
      const row = rowOf(entry.option);
      expect(row.slice(11, 16)).to.deep.equal(
        entry.distribution.map((share) => String(share.percent)),
      );
      expect(row[16]).to.equal(grades[entry.median]);
    }
  });
});

describe('<co-partnership-vote kiosk>', () => {
  async function kiosk(attributes = '') {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${new MemoryStore()}
        options=${AB}
        results="after-vote"
        kiosk
        participant-group=${attributes || undefined}
      ></co-partnership-vote>`,
    );
    return { el, space };
  }

  async function castAs(el: CoPartnershipVote, group: number, choice: number) {
    $<HTMLInputElement>(el, `#group-${group}`)!.click();
    $<HTMLInputElement>(el, `#choice-${choice}`)!.click();
    await el.updateComplete;
    expect(await el.submit()).to.be.true;
  }

  it('asks each voter their group, thanks them and hides their vote from the next', async () => {
    const { el, space } = await kiosk();
    expect(text(el)).to.contain('This device is shared');
    await expect(el).to.be.accessible();
    await castAs(el, 0, 1);
    await waitUntil(() => focused(el)?.id === 'thanks-title', 'the thank-you takes focus');
    expect(text(el)).to.contain('Thank you. Your vote has been counted.');
    expect(text(el)).to.not.contain('You chose');
    expect($(el, '[part="results"]')).to.equal(null); // a shared device waits for the close
    expect(text(el)).to.contain('The results will be shown when the vote closes.');
    await expect(el).to.be.accessible();

    button(el, 'Start the next vote')!.click();
    await waitUntil(() => focused(el)?.id === 'group-0', 'the next voter starts at the group');
    expect($<HTMLInputElement>(el, '#choice-1')!.checked).to.be.false;
    expect($<HTMLInputElement>(el, '#group-0')!.checked).to.be.false;
    await castAs(el, 1, 0);

    expect(el.ballots).to.have.length(2);
    expect(el.ballots.map((b) => b.group)).to.deep.equal(['community', 'professional']);
    expect(el.ownBallot).to.equal(undefined);
    expect(localStorage.getItem(`together-kit-group/${space}`)).to.equal(null);
  });

  it('starts the next voter at the question when the page fixes the group', async () => {
    const { el } = await kiosk('community');
    $<HTMLInputElement>(el, '#choice-0')!.click();
    expect(await el.submit()).to.be.true;
    button(el, 'Start the next vote')!.click();
    await waitUntil(() => focused(el)?.id === 'question', 'focus on the question');
  });

  it('forgets a half-finished ballot when kiosk mode is switched', async () => {
    const { el } = await kiosk();
    $<HTMLInputElement>(el, '#choice-0')!.click();
    el.kiosk = false;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#choice-0')!.checked).to.be.false;
    await shows(el, 'Which group are you taking part as?');
  });
});
