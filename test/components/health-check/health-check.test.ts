import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CoErrorDetail } from '../../../src/core/events.js';
import {
  $,
  $$,
  announced,
  answered,
  button,
  checkFixture,
  focused,
  freshSpace,
  seededData,
  shows,
  SMALL,
  storeWith,
  text,
} from './helpers.js';

const small = { 'power-1': 3, 'power-2': 3, 'value-1': 3 };

describe('<co-health-check>: answering', () => {
  it('is accessible when empty, and asks each statement on a worded scale with "I don\'t know"', async () => {
    const el = await checkFixture(
      html`<co-health-check storage="memory" space=${freshSpace()}></co-health-check>`,
    );
    await expect(el).to.be.accessible();
    // The default framework: five principles, three statements each.
    expect($$(el, 'fieldset.statement')).to.have.length(15);
    const first = $$(el, 'fieldset.statement')[0];
    const words = [...first.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(words).to.deep.equal([
      'Not yet',
      'A little',
      'Sometimes',
      'Mostly',
      'We do this well',
      "I don't know",
    ]);
    expect(text(el)).to.include('Co-production');
    expect(text(el)).to.include('Doing with: people work as equals');
  });

  it('is answered by keyboard only: Tab to each statement, arrows to choose, Enter to send', async () => {
    const space = freshSpace();
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${space}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' }); // first statement: its first point
    expect(focused(el)?.id).to.equal('rate-power-1-1');
    await sendKeys({ press: 'ArrowRight' }); // "A little"
    await sendKeys({ press: 'ArrowRight' }); // "Sometimes"
    await sendKeys({ press: 'Tab' }); // second statement
    expect(focused(el)?.id).to.equal('rate-power-2-1');
    await sendKeys({ press: 'Space' }); // "Not yet"
    await sendKeys({ press: 'Tab' }); // the comment
    expect(focused(el)?.id).to.equal('comment-power');
    await sendKeys({ type: 'More say on money' });
    await sendKeys({ press: 'Tab' }); // the next principle's statement
    await sendKeys({ press: 'ArrowLeft' }); // wraps round to "I don't know"
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // the ladder
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Send my answers');
    await sendKeys({ press: 'Enter' });
    await shows(el, 'Thank you: your answers for round 1 are saved');
    expect(focused(el)?.id).to.equal('sent-title');
    const [response] = el.responses();
    expect(response).to.include({ group: 'community', ladder: 'co-production' });
    expect(response.ratings).to.deep.equal({ 'power-1': 3, 'power-2': 1, 'value-1': 'dont-know' });
    expect(response.comments).to.deep.equal({ power: 'More say on money' });
    before.remove();
  });

  it('lists every statement left unanswered in an error summary that takes focus, and keeps what was marked', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    $<HTMLInputElement>(el, '#rate-power-1-4')!.click();
    const heard = oneEvent(el, 'co-error');
    button(el, 'Send my answers')!.click();
    await waitUntil(() => $(el, '#answer-summary'));
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('answer-summary');
    // The page hears of it too, in the summary's words.
    const { detail } = (await heard) as CustomEvent<CoErrorDetail>;
    expect(detail.code).to.equal('input-invalid');
    expect(detail.message).to.include($(el, '#answer-summary li')!.textContent!.trim());
    const items = $$(el, '#answer-summary li').map((li) => li.textContent!.trim());
    expect(items).to.deep.equal([
      'Choose an answer for "We share the work.", or choose "I don\'t know"',
      'Choose an answer for "Everyone is heard.", or choose "I don\'t know"',
    ]);
    expect($<HTMLInputElement>(el, '#rate-power-1-4')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '#answer-summary a')!.click();
    expect(focused(el)?.id).to.equal('rate-power-2-1');
    expect(el.responses()).to.have.length(0);
  });

  it('keeps one response per person per round, changeable until the round closes', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        participant-group="professional"
        framework=${SMALL}
      ></co-health-check>`,
    );
    for (const id of ['#rate-power-1-2', '#rate-power-2-2', '#rate-value-1-2']) {
      $<HTMLInputElement>(el, id)!.click();
    }
    expect(await el.submit()).to.equal(true);
    button(el, 'Change my answers')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#rate-power-1-2')!.checked).to.equal(true);
    $<HTMLInputElement>(el, '#rate-power-1-5')!.click();
    button(el, 'Save my changes')!.click();
    await shows(el, 'your answers for round 1 are saved');
    expect(el.responses()).to.have.length(1);
    expect(el.responses()[0].ratings['power-1']).to.equal(5);
    await expect(el).to.be.accessible();

    el.openRound(false);
    await el.updateComplete;
    expect(text(el)).to.include('Round 1 is closed, so your answers can no longer be changed.');
    expect(button(el, 'Change my answers')).to.equal(undefined);
  });

  it('lets a person who chose the wrong group change it: the question again, then their answers under the new one', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        framework=${SMALL}
      ></co-health-check>`,
    );
    $<HTMLInputElement>(el, 'input[name="group"][value="community"]')!.click();
    for (const id of ['#rate-power-1-2', '#rate-power-2-2', '#rate-value-1-2']) {
      $<HTMLInputElement>(el, id)!.click();
    }
    expect(await el.submit()).to.equal(true);
    button(el, 'Change my answers')!.click();
    await el.updateComplete;
    expect(text(el)).to.include('You are taking part as: People who use services');
    button(el, 'Change group')!.click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.getAttribute('value') === 'community', 'focus on the group');
    $<HTMLInputElement>(el, 'input[name="group"][value="professional"]')!.click();
    button(el, 'Save my changes')!.click();
    await shows(el, 'your answers for round 1 are saved');
    expect(el.responses().map((r) => r.group)).to.deep.equal(['professional']);
    await expect(el).to.be.accessible();
  });

  it('refuses answers sent after the round closed, in words and with co-error', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    $<HTMLInputElement>(el, '#rate-power-1-2')!.click();
    // Another device closes the round while this person is still answering.
    const data = el.storageController.data;
    el.storageController.update({
      ...data,
      rounds: { 'round-1': { ...data.rounds['round-1'], open: false } as never },
    });
    const error = oneEvent(el, 'co-error');
    expect(await el.submit()).to.equal(false);
    expect(((await error) as CustomEvent<CoErrorDetail>).detail.code).to.equal('round-closed');
    expect(text(el)).to.include('This round closed before you sent your answers');
    expect(el.responses()).to.have.length(0);
  });
});

describe('<co-health-check>: results', () => {
  async function results(seeds = seededData([]), attributes: { min?: string } = {}) {
    const space = freshSpace();
    return checkFixture(
      html`<co-health-check
        facilitator
        space=${space}
        framework=${SMALL}
        min-responses=${attributes.min ?? '3'}
        .store=${storeWith(space, seeds)}
      ></co-health-check>`,
    );
  }

  it('combines groups by parity: 10 community answers of 2 and 2 professional of 4 make 3.0, not 2.33', async () => {
    const el = await results(
      seededData([
        ...answered('community', { ...small, 'power-1': 2 }, 10),
        ...answered('professional', { ...small, 'power-1': 4 }, 2),
      ]),
      { min: '2' },
    );
    const statement = el.results().principles[0].statements[0];
    expect(statement.combined).to.equal(3);
    const row = $$(el, '.results-table tbody tr')[1];
    expect(row.querySelector('th')!.textContent).to.include('We decide together.');
    expect(row.querySelector('td.combined')!.textContent!.trim()).to.equal('3.0');
    expect(row.textContent).to.not.include('2.3');
    await expect(el).to.be.accessible();
  });

  it('leaves "I don\'t know" out of averages, and counts it', async () => {
    const el = await results(
      seededData([
        ...answered('community', { ...small, 'power-1': 4 }, 3),
        ...answered('community', { ...small, 'power-1': 'dont-know' }, 2),
      ]),
    );
    const [figure] = el.results().principles[0].statements[0].groups;
    expect(figure).to.include({ rated: 3, dontKnow: 2, mean: 4 });
    const cell = $$(el, '.results-table tbody tr')[1].querySelector('td[data-group="community"]')!;
    expect(cell.textContent!.replace(/\s+/g, ' ')).to.include('4.0');
    expect(cell.textContent!.replace(/\s+/g, ' ')).to.include("3 ratings; 2 don't know");
  });

  it('hides a group below min-responses and says so in words', async () => {
    const el = await results(
      seededData([
        ...answered('community', { ...small, 'power-1': 1 }, 2),
        ...answered('professional', { ...small, 'power-1': 5 }, 3),
      ]),
    );
    expect(text(el)).to.include(
      "We show a group's answers once 3 people in it have answered, so that nobody can be picked out.",
    );
    expect(text(el)).to.include(
      'People who use services, and their carers: 2 answers so far, 1 more needed.',
    );
    expect($$(el, '.results-table thead th').map((th) => th.textContent!.trim())).to.have.length(3);
    expect($(el, '.results-table td[data-group="community"]')).to.equal(null);
    expect(JSON.stringify(el.results())).to.not.include('"mean":1');
    // A group that has not reached the threshold is left out of the combined figure too.
    expect(el.results().principles[0].statements[0].combined).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('says the widest gap in words before the figures', async () => {
    const el = await results(
      seededData([
        ...answered('community', { 'power-1': 2, 'power-2': 2, 'value-1': 3 }, 3),
        ...answered('professional', { 'power-1': 4, 'power-2': 5, 'value-1': 3 }, 3),
      ]),
    );
    const gaps = $(el, '[part="gaps"]')!;
    expect(gaps.textContent!.replace(/\s+/g, ' ')).to.include(
      'People who use services rate "Sharing power" 2.0 of 5; professionals rate it 4.5. This is the widest gap.',
    );
    // Words first: the gaps come before the chart and the table.
    const order = $$(el, '[part="gaps"], [part="chart"], [part="table"]').map((e) => e.part.value);
    expect(order).to.deep.equal(['gaps', 'chart', 'table']);
    const chart = $(el, '[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.include(
      'Sharing power: People who use services, and their carers 2.0, Professionals and staff 4.5',
    );
    // Not by colour alone: every bar has its group's name beside it as text.
    expect($$(el, '.chart-bar .bar-name').map((n) => n.textContent!.trim())).to.include(
      'Professionals and staff',
    );
  });

  it('compares the first round with the latest, group by group', async () => {
    const el = await results(
      seededData(
        [
          ...answered('community', { 'power-1': 2, 'power-2': 2, 'value-1': 2 }, 3, { round: 1 }),
          ...answered('professional', { 'power-1': 4, 'power-2': 4, 'value-1': 4 }, 3, {
            round: 1,
          }),
          ...answered('community', { 'power-1': 4, 'power-2': 4, 'value-1': 2 }, 3, { round: 2 }),
          ...answered('professional', { 'power-1': 3, 'power-2': 3, 'value-1': 4 }, 3, {
            round: 2,
          }),
        ],
        { rounds: 2 },
      ),
    );
    expect(text(el)).to.include('Results: round 2');
    const rounds = $(el, '[part="rounds"]')!;
    expect(rounds.textContent).to.include('Round 1 compared with round 2');
    const cells = [...rounds.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.trim()),
    );
    expect(cells).to.deep.equal([
      ['Sharing power', '2.0 to 4.0 (up 2.0)', '4.0 to 3.0 (down 1.0)'],
      ['Valuing people', '2.0 to 2.0 (about the same)', '4.0 to 4.0 (about the same)'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows participants the results only once the facilitator reveals them', async () => {
    const space = freshSpace();
    const store = storeWith(space, seededData(answered('community', small, 3)));
    const el = await checkFixture(
      html`<co-health-check space=${space} framework=${SMALL} .store=${store}></co-health-check>`,
    );
    expect($(el, '[part="results"]')).to.equal(null);
    expect(text(el)).to.include(
      'The results will be shown here when the people running this check share them.',
    );
    el.reveal(true);
    await el.updateComplete;
    expect($(el, '[part="results"]')).to.not.equal(null);
    expect(text(el)).to.not.include('Only you can see these results');
    await expect(el).to.be.accessible();
  });
});

describe('<co-health-check>: facilitator and kiosk', () => {
  it('opens a new round: people answer again, and the results compare the rounds', async () => {
    const space = freshSpace();
    const store = storeWith(space, seededData(answered('community', small, 3)));
    const el = await checkFixture(
      html`<co-health-check
        facilitator
        participant-group="community"
        space=${space}
        framework=${SMALL}
        .store=${store}
      ></co-health-check>`,
    );
    await expect(el).to.be.accessible();
    expect(text(el)).to.include('Round 1 is open.');
    expect(text(el)).to.include('Only you can see these results.');
    button(el, 'Start round 2')!.click();
    await el.updateComplete;
    expect(el.round).to.include({ number: 2, open: true });
    expect(el.rounds.map((r) => [r.number, r.open])).to.deep.equal([
      [1, false],
      [2, true],
    ]);
    expect(announced(el)).to.equal('Round 2 has started.');
    expect(text(el)).to.include('Round 2 is open.');
    expect($(el, 'form.answers')).to.not.equal(null);
    button(el, 'Close round 2')!.click();
    await el.updateComplete;
    expect(text(el)).to.include('Round 2 is closed, so it no longer takes answers.');
    button(el, 'Show the results to everyone')!.click();
    await el.updateComplete;
    expect(el.storageController.data.settings.revealed).to.equal(true);
    expect(button(el, 'Hide the results')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('exports answers as formula-safe CSV without participant ids, and results as CSV', async () => {
    const space = freshSpace();
    const store = storeWith(
      space,
      seededData(answered('community', small, 3, { comments: { power: '=HYPERLINK("x")' } })),
    );
    const el = await checkFixture(
      html`<co-health-check
        facilitator
        space=${space}
        framework=${SMALL}
        .store=${store}
      ></co-health-check>`,
    );
    const csv = await el.exportCsv();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(
      'Round,Group,Sent at,Last changed,We decide together.,We share the work.,Everyone is heard.,Ladder step,Comment: Sharing power,Comment: Valuing people',
    );
    expect(lines[1]).to.include(`"'=HYPERLINK(""x"")"`);
    expect(csv).to.not.include('seed-0');
    const results = (await el.exportCsv('results')).replace(/^\uFEFF/, '').split('\r\n');
    expect(results[1]).to.equal(
      '1,Sharing power,All its statements,3,0,6,0,Not shown (fewer than 3 responses),,,,3',
    );
    const envelope = await el.exportJson();
    expect(envelope).to.include({ kind: 'health-check', space, id: 'main' });
  });

  it('in a kiosk, asks each person their group and hands over to the next with a fresh form', async () => {
    const el = await checkFixture(
      html`<co-health-check
        kiosk
        storage="memory"
        space=${freshSpace()}
        framework=${SMALL}
      ></co-health-check>`,
    );
    expect(text(el)).to.include('This device is shared: each person answers in turn.');
    for (const [group, point] of [
      ['community', 2],
      ['professional', 5],
    ] as const) {
      $<HTMLInputElement>(el, `input[name="group"][value="${group}"]`)!.click();
      for (const id of ['power-1', 'power-2', 'value-1']) {
        $<HTMLInputElement>(el, `#rate-${id}-${point}`)!.click();
      }
      expect(await el.submit()).to.equal(true);
      expect(text(el)).to.include('Please pass the device to the next person.');
      await expect(el).to.be.accessible();
      button(el, 'Start for the next person')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[name="group"]:checked')).to.equal(null);
      expect($$<HTMLInputElement>(el, 'input[type="radio"]:checked')).to.have.length(0);
    }
    expect(el.responses().map((r) => [r.group, r.ratings['power-1']])).to.deep.equal([
      ['community', 2],
      ['professional', 5],
    ]);
    expect(new Set(el.responses().map((r) => r.participant)).size).to.equal(2);
  });
});

describe('<co-health-check>: settings', () => {
  it('refuses a bad framework in words, with co-error attribute-invalid, and keeps the one it had', async () => {
    const errors: CoErrorDetail[] = [];
    const listen = (event: Event) => errors.push((event as CustomEvent<CoErrorDetail>).detail);
    document.addEventListener('co-error', listen);
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        framework='{"principles": [{"id": "a", "label": "A", "statements": []}]}'
      ></co-health-check>`,
    );
    document.removeEventListener('co-error', listen);
    expect(errors.map((e) => e.code)).to.include('attribute-invalid');
    const problems = $(el, '[part="problems"]')!.textContent!;
    expect(problems).to.include('This page set "framework" in a way we could not read');
    expect(problems).to.include('each principle needs at least one statement');
    expect($$(el, 'fieldset.statement')).to.have.length(15);
    await expect(el).to.be.accessible();
  });

  it('takes a preset by name, and a framework with its own scale', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        framework="scie"
      ></co-health-check>`,
    );
    expect(text(el)).to.include("SCIE's four principles of co-production");
    expect($$(el, 'fieldset.statement')).to.have.length(12);
    el.framework = {
      principles: [{ id: 'p', label: 'P', statements: [{ id: 's', text: 'S' }] }],
      scale: ['No', 'Partly', 'Yes'],
    };
    await el.updateComplete;
    expect($$(el, 'fieldset.statement label').map((l) => l.textContent!.trim())).to.deep.equal([
      'No',
      'Partly',
      'Yes',
      "I don't know",
    ]);
    for (const bad of [
      '"nope"',
      '{"principles": [{"id": "a", "label": "A", "statements": ["x"]}, {"id": "a", "label": "B", "statements": ["y"]}]}',
      '{"principles": [], "scale": ["a"]}',
    ]) {
      el.setAttribute('framework', bad);
      await el.updateComplete;
    }
    const problems = $(el, '[part="problems"]')!.textContent!;
    expect(problems).to.include('at least one principle is needed');
    expect($$(el, 'fieldset.statement')).to.have.length(1);
  });

  it('refuses a min-responses that is not a whole number of 1 or more', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        min-responses="0"
      ></co-health-check>`,
    );
    expect(el.minResponses).to.equal(3);
    expect($(el, '[part="problems"]')!.textContent).to.include('"min-responses"');
  });

  it('fits its headings to heading-level', async () => {
    const el = await checkFixture(
      html`<co-health-check
        heading-level="3"
        facilitator
        storage="memory"
        space=${freshSpace()}
        framework=${SMALL}
      ></co-health-check>`,
    );
    expect($(el, '#check-title')!.localName).to.equal('h3');
    expect($(el, '#facilitator-title')!.localName).to.equal('h3');
    expect($(el, '#principle-power')!.localName).to.equal('h4');
    expect($(el, '#results-title')!.localName).to.equal('h3');
  });

  it('prints the results as a report, without the form or buttons', async () => {
    const space = freshSpace();
    const store = storeWith(space, seededData(answered('community', small, 3)));
    const el = await checkFixture(
      html`<co-health-check
        facilitator
        space=${space}
        framework=${SMALL}
        .store=${store}
      ></co-health-check>`,
    );
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.answering')!).display).to.equal('none');
      expect(getComputedStyle(button(el, 'Start round 2')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="table"]')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '[part="chart"]')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
