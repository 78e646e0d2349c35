import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { Ballot } from '../../../src/core/parity.js';
import {
  $,
  $$,
  announced,
  focused,
  freshSpace,
  shows,
  storeWith,
  text,
  voteFixture,
} from './helpers.js';

const OPTIONS = JSON.stringify([
  { id: 'sat', label: { en: 'Saturday mornings', cy: 'Bore Sadwrn' } },
  { id: 'eve', label: { en: 'Weekday evenings', cy: 'Nosweithiau yn ystod yr wythnos' } },
  { id: 'lunch', label: { en: 'Lunchtimes', cy: 'Amser cinio' } },
]);
const press = (key: string) => sendKeys({ press: key });

function vote(method: string, { lang = 'en', store = new MemoryStore(), extra = '' } = {}) {
  const space = freshSpace();
  return voteFixture(
    html`<div lang=${lang}>
      <co-partnership-vote
        space=${space}
        .store=${store}
        question="When should the drop-in open?"
        options=${OPTIONS}
        method=${method}
        count=${extra || 'instant-runoff'}
        participant-group="community"
        results="always"
      ></co-partnership-vote>
    </div>`,
  );
}

/** The options' labels in the order the ranking shows them. */
const rowOrder = (el: Awaited<ReturnType<typeof vote>>) =>
  $$(el, '.rank-row .rank-label').map((label) => label.textContent!.trim());

const ranked = (group: string, order: string[], times = 1): Ballot[] =>
  Array.from({ length: times }, () => ({
    group,
    ranks: Object.fromEntries(order.map((option, index) => [option, index + 1])),
  }));

describe('<co-partnership-vote method="ranked">', () => {
  it('ranks by keyboard alone with the buttons: each move said, focus stays on the option', async () => {
    const el = await vote('ranked');
    await expect(el).to.be.accessible();
    expect(rowOrder(el)).to.deep.equal(['Saturday mornings', 'Weekday evenings', 'Lunchtimes']);

    // Lunchtimes, not ranked yet: Move up ranks it first (the only one ranked).
    $(el, '#rank-2-up')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Lunchtimes moved to position 1');
    await waitUntil(() => focused(el)?.id === 'rank-2-up', 'focus stays on the moved option');
    expect(rowOrder(el)[0]).to.equal('Lunchtimes');

    // Saturday mornings: Move up twice, from not ranked to position 2, then 1.
    $(el, '#rank-0-up')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Saturday mornings moved to position 2');
    await waitUntil(() => focused(el)?.id === 'rank-0-up', 'focus follows the option');
    await press('Space');
    await el.updateComplete;
    expect(announced(el)).to.equal('Saturday mornings moved to position 1');
    await waitUntil(() => focused(el)?.id === 'rank-0-up', 'focus follows it again');
    expect(rowOrder(el)).to.deep.equal(['Saturday mornings', 'Lunchtimes', 'Weekday evenings']);

    // Already first: nothing moves, and that is said.
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Saturday mornings is already first');
    expect($(el, '#rank-0-up')!.getAttribute('aria-disabled')).to.equal('true');

    // Move down on the last ranked one takes it out of the ranking.
    $(el, '#rank-2-down')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Lunchtimes is not ranked now');
    await waitUntil(() => focused(el)?.id === 'rank-2-down', 'focus stays');
    await expect(el).to.be.accessible();

    await el.submit();
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0].ranks).to.deep.equal({ sat: 1 });
    await shows(el, '1: Saturday mornings');
  });

  it('ranks by keyboard alone with the position selects', async () => {
    const el = await vote('ranked');
    $(el, '#rank-1')!.focus();
    await press('ArrowDown'); // Not ranked → 1
    await el.updateComplete;
    expect(announced(el)).to.equal('Weekday evenings moved to position 1');
    await waitUntil(() => focused(el)?.id === 'rank-1', 'focus stays on the select');
    expect($<HTMLSelectElement>(el, '#rank-1')!.value).to.equal('1');

    $(el, '#rank-2')!.focus();
    await press('ArrowDown'); // Not ranked → 1: Weekday evenings goes to 2
    await el.updateComplete;
    expect(announced(el)).to.equal('Lunchtimes moved to position 1');
    expect(rowOrder(el).slice(0, 2)).to.deep.equal(['Lunchtimes', 'Weekday evenings']);
    expect($<HTMLSelectElement>(el, '#rank-1')!.value).to.equal('2');
    await waitUntil(() => focused(el)?.id === 'rank-2', 'focus stays');

    // Tab reaches the cast button, Enter casts.
    const submit = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
    submit.focus();
    await press('Enter');
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0].ranks).to.deep.equal({ lunch: 1, eve: 2 });
  });

  it('refuses an empty ranking in words, the summary linking to the first select', async () => {
    const el = await vote('ranked');
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    const summary = $(el, '#error-summary')!;
    expect(summary.textContent).to.contain('Rank at least one option');
    expect(summary.querySelector('a')!.getAttribute('href')).to.equal('#rank-0');
    await expect(el).to.be.accessible();
  });

  it('shows every round in a table, the elimination order and the explanation', async () => {
    const space = freshSpace();
    const seeded = storeWith(space, [
      ...ranked('community', ['sat'], 10),
      ...ranked('professional', ['eve', 'lunch'], 2),
      ...ranked('professional', ['lunch', 'eve'], 2),
    ]);
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${seeded}
        options=${OPTIONS}
        method="ranked"
        results="always"
        participant-group="community"
        closed
      ></co-partnership-vote>`,
    );
    const table = $(el, '.rounds-table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Option', 'Round 1', 'Round 2', 'Round 3']);
    const row = (index: number) =>
      [...table.querySelectorAll(`tr[data-option="${index}"] td`)].map((td) =>
        td.textContent!.replace(/\s+/g, ' ').trim(),
      );
    expect(row(0)).to.deep.equal([
      '50% 10 ballots',
      '50% 10 ballots',
      '50% 10 ballots more than half',
    ]);
    expect(row(2)).to.deep.equal(['25% 2 ballots eliminated', 'out', 'out']);
    expect($(el, '#elimination-order')!.textContent).to.contain(
      'Order of elimination: Lunchtimes and Weekday evenings.',
    );
    expect(text(el)).to.contain('Decision: Saturday mornings');
    expect(text(el)).to.contain(
      'Weekday evenings and Lunchtimes had the same support in every round; Lunchtimes was eliminated because it comes later in the list of options.',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh: ballot, announcements, rounds and explanation', async () => {
    const el = await vote('ranked', { lang: 'cy' });
    expect(text(el)).to.contain('Symud i fyny');
    $(el, '#rank-0-up')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Mae Bore Sadwrn wedi symud i safle 1');
    await el.submit();
    await waitUntil(() => el.ballots.length === 1, 'saved');
    await shows(el, 'Rownd 1');
    expect(text(el)).to.contain('Ni adawodd unrhyw opsiwn y cyfrif.');
    expect(text(el)).to.contain('Rownd 1: Bore Sadwrn 100% (1 bleidlais)');
    await expect(el).to.be.accessible();
  });

  it('counts by Borda when count="borda", with points in the table', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, ranked('community', ['sat', 'eve', 'lunch'], 2))}
        options=${OPTIONS}
        method="ranked"
        count="borda"
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect(text(el)).to.contain('4 points');
    expect(text(el)).to.contain('An option ranked first gets 2 points');
    await expect(el).to.be.accessible();
  });

  it('downloads every round and each ranking, formula-safe', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, [
          ...ranked('community', ['sat', 'eve']),
          ...ranked('professional', ['eve']),
        ])}
        options=${JSON.stringify(['=SUM(1)', 'eve', 'sat'])}
        method="ranked"
        facilitator
      ></co-partnership-vote>`,
    );
    const ballots = await el.exportCsv('ballots');
    expect(ballots).to.contain("'=SUM(1)");
    expect(ballots.split('\r\n')[1]).to.match(/,,2,1$/);
    const results = await el.exportCsv('results');
    expect(results).to.contain(
      'Round,Option,Ballots,Parity share (%),Parity share (0 to 1),Eliminated this round',
    );
    expect(results).to.contain('1,No preference left,0,0,0,');
    const json = JSON.parse(el.exportResultsJson());
    expect(
      json.rounds[0].options.map((entry: { share: { exact: string } }) => entry.share.exact),
    ).to.deep.equal(['0', '1/2', '1/2']);
    expect(json.eliminated).to.deep.equal(el.tally().eliminated);
    expect(
      $$(el, '[part="facilitator"] button').some((b) => b.textContent!.trim() === 'Results (JSON)'),
    ).to.equal(true);
  });
});

describe('<co-partnership-vote method="ranked"> in a kiosk, results hidden until voting', () => {
  it('hides the rounds until the person votes, and gives each kiosk voter a fresh ranking', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, ranked('professional', ['eve'], 2))}
        options=${OPTIONS}
        method="ranked"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect($(el, '.rounds-table')).to.equal(null);
    expect(text(el)).to.contain('You will see the results after you vote.');
    $(el, '#rank-2-up')!.click();
    await el.updateComplete;
    await el.submit();
    await waitUntil(() => $(el, '.rounds-table') !== null, 'the rounds show once voted');
    await expect(el).to.be.accessible();

    const kiosk = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${OPTIONS}
        method="ranked"
        participant-group="community"
        kiosk
      ></co-partnership-vote>`,
    );
    $(kiosk, '#rank-1-up')!.click();
    await kiosk.updateComplete;
    expect(await kiosk.submit()).to.equal(true);
    await shows(kiosk, 'Thank you');
    await expect(kiosk).to.be.accessible();
    $(kiosk, '#next-voter')!.click();
    await kiosk.updateComplete;
    expect($$(kiosk, '.rank-row').map((row) => row.dataset.position)).to.deep.equal([
      '0',
      '0',
      '0',
    ]);
    expect($(kiosk, '.rounds-table')).to.equal(null);
  });
});

describe('<co-partnership-vote method="grades">', () => {
  it('grades with words, asks for every option, and shows medians and each group', async () => {
    const el = await vote('grades');
    await expect(el).to.be.accessible();
    expect(text(el)).to.contain('Very good');
    expect(text(el)).to.contain('Reject');
    $(el, '#grade-0-0')!.focus();
    await press('Space');
    await el.updateComplete;
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    const summary = $(el, '#error-summary')!;
    expect(summary.textContent).to.contain('Choose a grade for Weekday evenings');
    expect(summary.textContent).to.contain('Choose a grade for Lunchtimes');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#grade-1-2')!.click();
    $<HTMLInputElement>(el, '#grade-2-4')!.click();
    await el.updateComplete;
    expect(await el.submit()).to.equal(true);
    expect(el.ballots[0].grades).to.deep.equal({ sat: 0, eve: 2, lunch: 4 });
    await shows(el, 'Saturday mornings: Very good');
    const parity = $$(el, '.grades-table tr.parity-row');
    expect(parity.map((row) => row.dataset.median)).to.deep.equal(['0', '2', '4']);
    expect(text(el)).to.contain('Saturday mornings: the middle grade is “Very good”');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const el = await vote('grades', { lang: 'cy' });
    expect(text(el)).to.contain('Da iawn');
    expect(text(el)).to.contain('Gwrthod');
    for (const id of ['#grade-0-1', '#grade-1-1', '#grade-2-3'])
      $<HTMLInputElement>(el, id)!.click();
    await el.updateComplete;
    await el.submit();
    await shows(el, 'Gradd ganol');
    expect(text(el)).to.contain('y radd ganol yw “Da”');
    await expect(el).to.be.accessible();
  });
});
