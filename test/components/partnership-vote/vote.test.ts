import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import type { CoChangeDetail, CoErrorDetail } from '../../../src/core/events.js';
import { parityTally, type Ballot } from '../../../src/core/parity.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import {
  $,
  $$,
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

async function community(el: CoPartnershipVote, choice: string): Promise<void> {
  $<HTMLInputElement>(el, `#${choice}`)!.click();
  await el.updateComplete;
}

function collectErrors() {
  const errors: CoErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<CoErrorDetail>).detail);
  document.addEventListener('co-error', listener);
  return { errors, stop: () => document.removeEventListener('co-error', listener) };
}

describe('<co-partnership-vote> changing, refusing and keeping ballots', () => {
  it('lets a voter change their ballot until the vote closes, keeping one ballot', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        participant-group="community"
        results="always"
      ></co-partnership-vote>`,
    );
    await community(el, 'choice-0');
    const changes: CoChangeDetail[] = [];
    el.addEventListener('co-change', (event) => changes.push(event.detail));
    expect(await el.submit()).to.be.true;
    expect(changes.map((change) => change.kind)).to.deep.equal(['partnership-vote']);
    const first = el.ballots[0];

    button(el, 'Change my vote')!.click();
    await waitUntil(() => focused(el)?.id === 'question', 'focus on the question');
    expect($<HTMLInputElement>(el, '#choice-0')!.checked).to.be.true;
    await expect(el).to.be.accessible();

    // "Keep my vote as it was" changes nothing.
    button(el, 'Keep my vote as it was')!.click();
    await waitUntil(() => focused(el)?.id === 'voted-title', 'back to the confirmation');
    expect(el.ballots[0]).to.deep.equal(first);

    button(el, 'Change my vote')!.click();
    await el.updateComplete;
    await community(el, 'choice-1');
    expect(await el.submit()).to.be.true;
    expect(el.ballots).to.have.length(1);
    expect(el.ballots[0].marks).to.deep.equal({ B: 1 });
    expect(el.ballots[0].castAt).to.equal(first.castAt);
    expect(el.ballots[0].updatedAt > first.updatedAt).to.be.true;

    el.closed = true;
    await el.updateComplete;
    expect(button(el, 'Change my vote')).to.equal(undefined);
    expect(text(el)).to.contain('This vote is closed, so your vote can no longer be changed.');
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable co-vote; a veto saves nothing, says so and keeps the choices', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        question="Which?"
        options=${AB}
        method="approval"
        participant-group="professional"
        @co-vote=${(event: Event) => event.preventDefault()}
      ></co-partnership-vote>`,
    );
    await community(el, 'approve-1');
    setTimeout(() => void el.submit());
    const event = await oneEvent(el, 'co-vote');
    expect(event.detail).to.deep.equal({
      question: 'Which?',
      method: 'approval',
      group: 'professional',
      ballot: { group: 'professional', marks: { B: 1 } },
    });
    expect(event.cancelable).to.be.true;
    await waitUntil(() => focused(el)?.id === 'refusal', 'the refusal takes focus');
    expect(text(el)).to.contain('This page did not accept your vote, so it has not been counted.');
    expect($<HTMLInputElement>(el, '#approve-1')!.checked).to.be.true;
    await el.storageController.flush();
    expect(el.ballots).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses ballots on a closed vote, in words, and fires co-error', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        participant-group="community"
        closed
      ></co-partnership-vote>`,
    );
    expect($(el, 'form')).to.equal(null);
    expect(text(el)).to.contain('This vote is closed, so it no longer takes votes.');
    await expect(el).to.be.accessible();
    const { errors, stop } = collectErrors();
    expect(await el.submit()).to.be.false;
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['vote-refused']);
    expect(text(el)).to.contain('This vote closed before you cast your vote');
    expect(focused(el)?.id).to.equal('closed-notice');
    expect(el.ballots).to.have.length(0);
  });

  it('tells a voter mid-ballot when a facilitator elsewhere closes the vote', async () => {
    const space = freshSpace();
    const store = new MemoryStore();
    const voter = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${store}
        options=${AB}
        participant-group="community"
      ></co-partnership-vote>`,
    );
    const facilitator = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${store}
        options=${AB}
        facilitator
      ></co-partnership-vote>`,
    );
    await community(voter, 'choice-0');
    button(facilitator, 'Close the vote')!.click();
    await facilitator.storageController.flush();
    await shows(voter, 'This vote closed before you cast your vote, so your vote was not counted.');
    expect(voter.isClosed).to.be.true;
    expect(await voter.submit()).to.be.false;
    expect(voter.ballots).to.have.length(0);
  });

  it('keeps ballots across a reload (browser storage)', async () => {
    const space = freshSpace();
    const make = () =>
      voteFixture(
        html`<co-partnership-vote
          space=${space}
          options=${AB}
          participant-group="community"
        ></co-partnership-vote>`,
      );
    const first = await make();
    await community(first, 'choice-1');
    expect(await first.submit()).to.be.true;
    first.remove();

    const second = await make();
    expect(second.ballots).to.have.length(1);
    expect(second.ownBallot?.marks).to.deep.equal({ B: 1 });
    expect(text(second)).to.contain('Your vote has been counted');
    second.reset();
    await second.storageController.flush();
  });

  it('says so when the record is read-only, and keeps the choices', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        participant-group="community"
      ></co-partnership-vote>`,
    );
    el.storageController.status = 'read-only';
    await community(el, 'choice-0');
    expect(await el.submit()).to.be.false;
    expect(text(el)).to.contain(
      'Your vote could not be saved, because this vote is shown read-only.',
    );
    expect($<HTMLInputElement>(el, '#choice-0')!.checked).to.be.true;
  });

  it('refuses a ballot for options the page has since removed', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        method="approval"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    await community(el, 'approve-1');
    el.options = [{ id: 'A' }, { id: 'C' }];
    await el.updateComplete;
    // The draft's mark for B no longer counts, so the person is asked to choose again.
    expect(await el.submit()).to.be.false;
    expect(text(el)).to.contain('Choose at least one option');
  });
});

describe('<co-partnership-vote> results', () => {
  const tenAndTwo: Ballot[] = [
    ...chose('community', 'A', 10),
    ...chose('community', 'B', 2),
    ...chose('professional', 'B', 2),
  ];

  it('shows a table that matches parityTally, the chart, and the head count beside it', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, tenAndTwo)}
        options=${AB}
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    const expected = parityTally(tenAndTwo, { method: 'single', options: ['A', 'B'] });
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(2);
    rows.forEach((row, index) => {
      const cells = [...row.querySelectorAll('td')];
      const groups = expected.groups.map((group) => group.options[index]);
      const shown = [...groups, expected.raw.options[index]];
      shown.forEach((support, column) => {
        expect(cells[column].dataset.support).to.equal(String(support.support));
        expect(cells[column].dataset.percent).to.equal(String(support.share.percent));
      });
      const parity = expected.ranking.find((r) => r.option === expected.options[index])!;
      expect(cells[3].textContent).to.contain(`${parity.score.percent}%`);
    });
    expect(rows[0].textContent).to.contain('10 of 12');
    expect(rows[0].textContent).to.contain('(83%)');
    expect(rows[1].querySelector('.parity')!.textContent).to.contain('58%');
    expect($(el, 'caption')!.textContent).to.contain('How each group voted, and the result');
    expect($(el, 'thead')!.textContent).to.contain('12 ballots');
    expect($(el, 'thead')!.textContent).to.contain('counts for 50%');
    expect($(el, '.outcome')!.textContent).to.contain('Winning so far: B');

    const chart = $(el, '.chart[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.equal('Parity result: A 42% and B 58%.');
    expect(chart.querySelectorAll('rect.raw-bar')).to.have.length(0);
    $<HTMLInputElement>(el, '#show-raw')!.click();
    await el.updateComplete;
    expect(chart.getAttribute('aria-label')).to.equal(
      'Parity result: A 42% and B 58%. Head count: A 71% and B 29%.',
    );
    expect(chart.querySelectorAll('rect.raw-bar')).to.have.length(2);

    const explanation = $(el, '.explanation')!.textContent!.replace(/\s+/g, ' ');
    expect(explanation).to.contain('Each group counts for half, however many people are in it.');
    expect(explanation).to.contain('10 of 12 people who use services chose A (83%)');
    expect(explanation).to.contain('it would be A 71% and B 29%');
    await expect(el).to.be.accessible();
  });

  it('draws the bars from the right on a right-to-left page', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<div dir="rtl">
        <co-partnership-vote
          space=${space}
          .store=${storeWith(space, tenAndTwo)}
          options=${AB}
          results="always"
          participant-group="community"
        ></co-partnership-vote>
      </div>`,
    );
    $<HTMLInputElement>(el, '#show-raw')!.click();
    await el.updateComplete;
    const bars = $$(el, 'rect.bar');
    expect(bars.map((bar) => bar.getAttribute('x'))).to.deep.equal(['58%', '42%']);
    expect($$(el, 'rect.raw-bar')[0].getAttribute('x')).to.equal('29%');
  });

  it('exports an empty record before anything is saved', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
      ></co-partnership-vote>`,
    );
    const envelope = await el.exportJson();
    expect(envelope).to.include({ format: 'together-kit', kind: 'partnership-vote', id: 'main' });
    expect(envelope.data.ballots).to.deep.equal({});
  });

  const outcomes: [string, Ballot[], Record<string, string>, string][] = [
    ['no ballots', [], {}, 'No one has voted yet.'],
    ['a tie', [...chose('community', 'A'), ...chose('professional', 'B')], {}, 'Tied: A and B.'],
    [
      'a quorum not met',
      [...chose('community', 'A', 3), ...chose('professional', 'A')],
      { quorum: '{"professional": 2}' },
      'Not decided yet: too few ballots from Professionals and staff.',
    ],
    [
      'double majority not met',
      [
        ...chose('community', 'A', 3),
        ...chose('professional', 'B', 2),
        ...chose('professional', 'A'),
      ],
      { rule: 'double-majority' },
      'Not decided: no option leads in every group, as this vote requires.',
    ],
    [
      'a decision once closed',
      [...chose('community', 'A', 3), ...chose('professional', 'A')],
      { closed: '' },
      'Decision: A',
    ],
  ];
  for (const [name, ballots, attributes, words] of outcomes) {
    it(`states the outcome in words: ${name}`, async () => {
      const space = freshSpace();
      const el = await voteFixture(
        html`<co-partnership-vote
          space=${space}
          .store=${storeWith(space, ballots)}
          options=${AB}
          results="always"
          participant-group="community"
          quorum=${attributes.quorum ?? '0'}
          rule=${attributes.rule ?? 'plurality'}
          ?closed=${'closed' in attributes}
        ></co-partnership-vote>`,
      );
      expect($(el, '.outcome')!.textContent).to.contain(words);
    });
  }

  it('shows consent objections with their group and reasons, as text', async () => {
    const space = freshSpace();
    const ballots: Ballot[] = [
      { group: 'community', consent: { A: 'agree', B: 'agree' } },
      {
        group: 'professional',
        consent: { A: 'object', B: 'concerns' },
        reasons: { A: '<b>Too far</b>', B: 'Costly' },
      },
      { group: 'professional', consent: { A: 'object', B: 'agree' } },
    ];
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, ballots)}
        options=${AB}
        method="consent"
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect($(el, '.outcome')!.textContent).to.contain('Winning so far: B');
    const notes = $(el, '[part="objections"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('Objections (2)');
    expect(notes).to.contain('Professionals and staff: <b>Too far</b>');
    expect(notes).to.contain('gave no reason');
    expect(notes).to.contain('Concerns (1)');
    expect($(el, 'b')).to.equal(null);
    expect($(el, 'tbody tr')!.textContent).to.contain('blocked');
    expect($(el, 'tbody tr')!.textContent).to.contain('2 objections');
    expect($(el, 'rect.bar.blocked')).to.not.equal(null);
    expect($(el, '.explanation')!.textContent).to.contain('A is blocked by 2 objections.');
    await expect(el).to.be.accessible();
  });

  it('shows scores as points and averages, and dots out of those spent', async () => {
    const space = freshSpace();
    const scores: Ballot[] = [
      { group: 'community', marks: { A: 5, B: 1 } },
      { group: 'community', marks: { A: 2, B: 4 } },
    ];
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, scores)}
        options=${AB}
        method="score"
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect($(el, 'tbody tr td')!.textContent).to.contain('7 points, average 3.5 out of 5');
    expect($$(el, 'tbody tr')[0].querySelectorAll('td')[1].textContent).to.contain('no ballots');
    expect($(el, 'thead')!.textContent).to.contain('no ballots, so not counted');

    const dotsSpace = freshSpace();
    const dots = await voteFixture(
      html`<co-partnership-vote
        space=${dotsSpace}
        .store=${storeWith(dotsSpace, [{ group: 'professional', marks: { A: 2, B: 1 } }])}
        options=${AB}
        method="dots"
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect($$(dots, 'tbody tr')[0].querySelectorAll('td')[1].textContent).to.contain('2 of 3 dots');
  });

  const modes: [string, boolean, string][] = [
    ['after-vote', false, 'You will see the results after you vote.'],
    ['after-close', false, 'The results will be shown when the vote closes.'],
    ['always', true, ''],
  ];
  for (const [mode, before, waiting] of modes) {
    it(`follows results="${mode}"`, async () => {
      const space = freshSpace();
      const el = await voteFixture(
        html`<co-partnership-vote
          space=${space}
          .store=${storeWith(space, chose('professional', 'A'))}
          options=${AB}
          results=${mode}
          participant-group="community"
        ></co-partnership-vote>`,
      );
      expect($(el, '[part="results"]') !== null).to.equal(before);
      if (waiting) expect(text(el)).to.contain(waiting);
      await community(el, 'choice-1');
      await el.submit();
      await el.updateComplete;
      expect($(el, '[part="results"]') !== null).to.equal(mode !== 'after-close');
      el.closed = true;
      await el.updateComplete;
      expect($(el, '[part="results"]')).to.not.equal(null);
      expect($(el, '#results-title')!.textContent).to.contain('Final results');
    });
  }
});

describe('<co-partnership-vote> language and settings', () => {
  it('speaks Welsh', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<div lang="cy">
        <co-partnership-vote
          space=${space}
          .store=${storeWith(space, [...chose('community', 'A', 2), ...chose('professional', 'B')])}
          options=${AB}
          results="always"
        ></co-partnership-vote>
      </div>`,
    );
    const words = text(el);
    expect(words).to.contain("Fel aelod o ba grŵp ydych chi'n cymryd rhan?");
    expect(words).to.contain('Bwrw fy mhleidlais');
    expect(words).to.contain('Canlyniadau hyd yma');
    expect(words).to.contain('Cyfartal: A, B.');
    expect(words).to.contain("Sut pleidleisiodd pob grŵp, a'r canlyniad");
    expect(words).to.contain('Mae pob grŵp yn cyfrif am hanner');
    expect(words).to.contain("Yn y grŵp pobl sy'n defnyddio gwasanaethau");
    expect(words).to.contain('2 bleidlais');
    expect(words).to.contain('Dangos canlyniad y cyfrif pennau');
    await expect(el).to.be.accessible();
    expect(await el.submit()).to.be.false;
    expect(text(el)).to.contain('Dewiswch un opsiwn');
  });

  it('reports malformed attributes and stays usable with the usual settings', async () => {
    const { errors, stop } = collectErrors();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        method="lottery"
        weights="{community: 2}"
        dots="0"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    stop();
    const messages = errors.map((e) => e.message).join(' ');
    expect(errors.every((e) => e.code === 'attribute-invalid')).to.be.true;
    expect(messages).to.contain('"weights"');
    expect(messages).to.contain(
      '"lottery" is not one of single, approval, score, consent, dots, ranked, grades',
    );
    expect(messages).to.contain('"dots"');
    expect($(el, '[part="problems"]')).to.not.equal(null);
    await community(el, 'choice-0');
    expect(await el.submit()).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('names every bad setting on screen, and drops each notice once its setting is put right', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        method="lottery"
        rule="coin-toss"
        results="sometimes"
        dots="0"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    const shown = () => $(el, '[part="problems"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const value of ['"lottery"', '"coin-toss"', '"sometimes"', '"0"'])
      expect(shown(), value).to.contain(value);
    el.method = 'approval';
    el.rule = 'plurality';
    await el.updateComplete;
    expect(shown()).not.to.contain('"lottery"').and.not.to.contain('"coin-toss"');
    expect(shown()).to.contain('"sometimes"').and.contain('"0"');
    el.results = 'always';
    el.dots = 3;
    await el.updateComplete;
    expect($(el, '[part="problems"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing to vote on', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options="not json"
      ></co-partnership-vote>`,
    );
    expect(text(el)).to.contain('There is nothing to vote on yet');
    expect($(el, 'form')).to.equal(null);
  });

  it('accepts options, weights and quorum as properties', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, [...chose('community', 'a', 10), ...chose('professional', 'b', 2)])}
        .options=${[
          { id: 'a', label: { en: 'Evenings', cy: 'Nosweithiau' } },
          { id: 'b', label: 'Weekends' },
        ]}
        .weights=${{ community: 2, professional: 1 }}
        .quorum=${1}
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect($(el, '.outcome')!.textContent).to.contain('Winning so far: Evenings');
    expect($(el, 'thead')!.textContent).to.contain('counts for 67%');
    expect($(el, '.legend')!.textContent).to.contain('each group counts by its weight');
    expect(el.tally().ranking[0].score.exact).to.equal('2/3');
  });
});

describe('<co-partnership-vote> with no options', () => {
  it('says the vote has no options, even in the facilitator view, and stays usable', async () => {
    const el = await fixture<CoPartnershipVote>(
      html`<co-partnership-vote facilitator storage="memory"></co-partnership-vote>`,
    );
    expect(el.shadowRoot!.querySelector('.notice.warning') !== null).to.be.true;
    await expect(el).to.be.accessible();
  });
});
