// More of the health check's paths: errors on the group and comments, groups of the page's
// own, a read-only record, kiosk switched on, and the model's edge cases.
import { expect, html } from '@open-wc/testing';
import {
  currentRound,
  emptyHealth,
  saveResponse,
  setRoundOpen,
  startRound,
} from '../../../src/components/health-check/model.js';
import { createEnvelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
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
  SMALL,
  storeWith,
  text,
} from './helpers.js';

const rateAll = (el: HTMLElement & { shadowRoot: ShadowRoot | null }, point: string) => {
  for (const id of ['power-1', 'power-2', 'value-1']) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`#rate-${id}-${point}`)!.click();
  }
};

describe('<co-health-check>, in more detail', () => {
  it('asks for the group and refuses a comment over the limit, with both in the error summary', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        framework=${SMALL}
      ></co-health-check>`,
    );
    rateAll(el, '0');
    const comment = $<HTMLTextAreaElement>(el, '#comment-power')!;
    comment.value = 'x'.repeat(1001);
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await el.submit()).to.equal(false);
    const items = $$(el, '#answer-summary li').map((li) => li.textContent!.trim());
    expect(items).to.deep.equal([
      'Choose the group you are taking part as',
      'Your comment on "Sharing power" must be 1,000 characters or fewer',
    ]);
    expect(comment.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'fieldset.group')!.classList.contains('invalid')).to.equal(true);
    await expect(el).to.be.accessible();

    // Put right, the answers go in, and the group is remembered for the next round.
    comment.value = 'Shorter';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLInputElement>(el, '#group-1')!.click();
    expect(await el.submit()).to.equal(true);
    expect(el.responses()[0]).to.include({ group: 'professional' });
    el.startRound();
    await el.updateComplete;
    expect(text(el)).to.include('You are taking part as: Professionals and staff');
    expect($(el, 'fieldset.group')).to.equal(null);
  });

  it("names groups of the page's own, weighs them, and says a group that does not exist", async () => {
    const space = freshSpace();
    const groups = JSON.stringify([
      { id: 'tenants', label: { en: 'Tenants', cy: 'Tenantiaid' }, weight: 2 },
      { id: 'staff', label: 'Housing staff' },
    ]);
    const store = storeWith(
      space,
      seededData([
        ...answered('tenants', { 'power-1': 1, 'power-2': 1, 'value-1': 1 }, 3),
        ...answered('staff', { 'power-1': 4, 'power-2': 4, 'value-1': 4 }, 3),
        ...answered('visitors', { 'power-1': 5 }, 3),
      ]),
    );
    const el = await checkFixture(
      html`<co-health-check
        facilitator
        space=${space}
        framework=${SMALL}
        groups=${groups}
        participant-group="nobody"
        .store=${store}
      ></co-health-check>`,
    );
    expect(el.results().principles[0].combined).to.equal(2);
    expect(text(el)).to.include('Combined (each group counts by its weight)');
    expect(text(el)).to.include('each group counts by its weight');
    expect($(el, '[part="gaps"]')!.textContent).to.include(
      'Tenants rate "Sharing power" 1.0 of 5; Housing staff rate it 4.0.',
    );
    expect($(el, '[part="problems"]')!.textContent).to.include('no group is called "nobody"');
  });

  it('hides the results again, reopens a round, and says so', async () => {
    const space = freshSpace();
    const store = storeWith(space, seededData(answered('community', {}, 1), { revealed: true }));
    const el = await checkFixture(
      html`<co-health-check
        facilitator
        space=${space}
        framework=${SMALL}
        .store=${store}
      ></co-health-check>`,
    );
    button(el, 'Hide the results')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('The results are hidden.');
    button(el, 'Close round 1')!.click();
    await el.updateComplete;
    button(el, 'Reopen round 1')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Round 1 is open again.');
    // The button clicked by script never had focus, so focus goes to the panel's heading.
    expect(focused(el)?.id).to.equal('facilitator-title');
    expect(text(el)).to.include('No comments yet.');
  });

  it('shows a record made by a newer version read-only, and refuses answers in words', async () => {
    const space = freshSpace();
    const store = new MemoryStore();
    await store.update(`together-kit/${space}/health-check/main`, () => ({
      ...createEnvelope(
        { space, kind: 'health-check', id: 'main' },
        emptyHealth() as unknown as Record<string, unknown>,
      ),
      schema: 99,
    }));
    const el = await checkFixture(
      html`<co-health-check
        space=${space}
        participant-group="community"
        framework=${SMALL}
        .store=${store}
      ></co-health-check>`,
    );
    rateAll(el, '3');
    expect(await el.submit()).to.equal(false);
    expect(text(el)).to.include('saved by a newer version of Together Kit');
    expect(el.reveal(true)).to.equal(false);
    expect(announced(el)).to.include('nothing can be changed here');
  });

  it('starts a fresh form when kiosk is switched on, and exports before anything is saved', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        participant-group="community"
        framework=${SMALL}
      ></co-health-check>`,
    );
    rateAll(el, '2');
    el.kiosk = true;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
    const envelope = await el.exportJson();
    expect(envelope.kind).to.equal('health-check');
    expect(envelope.data.rounds['round-1']).to.include({ number: 1, open: true });
  });

  it('exports "I don\'t know" in words, and a ladder left unanswered as an empty cell', async () => {
    const space = freshSpace();
    const store = storeWith(
      space,
      seededData([
        { group: 'community', ratings: { 'power-1': 'dont-know' }, ladder: 'dont-know' },
        { group: 'community', ratings: { 'power-1': 2 } },
      ]),
    );
    const el = await checkFixture(
      html`<co-health-check space=${space} framework=${SMALL} .store=${store}></co-health-check>`,
    );
    const rows = (await el.exportCsv())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[1]).to.match(/,I don't know,,,I don't know,,$/);
    expect(rows[2]).to.match(/,2,,,,,$/);
  });
});

describe('health check model', () => {
  const now = new Date(Date.UTC(2026, 5, 1));

  it('starts the next round from a closed one without closing it again', () => {
    const closed = setRoundOpen(emptyHealth(), 'round-1', false, now);
    const next = startRound(closed, now);
    expect(next.rounds['round-1']).to.equal(closed.rounds['round-1']);
    expect(currentRound(next)).to.include({ id: 'round-2', number: 2, open: true });
  });

  it('leaves data as it is for a round that does not exist, and starts at round 1 with none', () => {
    const data = emptyHealth();
    expect(setRoundOpen(data, 'round-9', false, now)).to.equal(data);
    expect(currentRound({ ...data, rounds: {} })).to.include({ id: 'round-1', number: 1 });
  });

  it('drops blank comments, keeps the first sent time, and replaces the response whole', () => {
    const first = saveResponse(
      emptyHealth(),
      'round-1',
      'p',
      {
        group: 'community',
        ratings: { a: 1, b: 2 },
        comments: { x: '  ', y: 'Keep this' },
      },
      now,
    );
    const again = saveResponse(
      first,
      'round-1',
      'p',
      { group: 'community', ratings: { a: 3 } },
      now,
    );
    const response = again.responses['round-1~p'] as {
      ratings: object;
      comments?: object;
      submittedAt: string;
      updatedAt: string;
    };
    expect(response.ratings).to.deep.equal({ a: 3 });
    expect(response.comments).to.equal(undefined);
    expect(response.submittedAt).to.equal(now.toISOString());
    expect(response.updatedAt > response.submittedAt).to.equal(true);
    const firstResponse = first.responses['round-1~p'] as { comments?: object };
    expect(firstResponse.comments).to.deep.equal({ y: 'Keep this' });
  });
});
