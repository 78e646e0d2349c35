import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/idea-board.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import {
  $,
  $$,
  announced,
  buttonByText,
  card,
  focusedIdea,
  freshSpace,
  makeBoard,
  press,
  seedIdea,
  seededBoard,
  titlesIn,
} from './helpers.js';

const votes = (entries: [string, string, string, number][]) =>
  Object.fromEntries(
    entries.map(([participant, group, idea, dots]) => [
      `${participant}:${idea}`,
      {
        id: `${participant}:${idea}`,
        participant,
        group,
        idea,
        dots,
        updatedAt: '2026-11-29T10:00:00.000Z',
      },
    ]),
  );

const sample = () => [
  seedIdea('a', 'ideas', 1, { title: 'Evening opening', tags: ['access'], author: 'Ana' }),
  seedIdea('b', 'ideas', 2, { title: 'Late bus', group: 'professional' }),
  seedIdea('c', 'developing', 1, { title: 'Quiet room' }),
];

describe('<co-idea-board> rendering', () => {
  it('is accessible when empty, and says so in each column', async () => {
    const el = await makeBoard();
    expect($$(el, '.column').length).to.equal(3);
    expect(
      $$(el, '.column h2').map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Ideas 0 ideas', 'Developing 0 ideas', 'Agreed 0 ideas']);
    expect($(el, '.column .empty').textContent).to.contain('No ideas here yet');
    await expect(el).to.be.accessible();
  });

  it('is accessible when populated, with cards in board order and counts', async () => {
    const el = await seededBoard(sample());
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Evening opening', 'Late bus']);
    expect(titlesIn(el, 'developing')).to.deep.equal(['Quiet room']);
    expect(card(el, 'a').textContent).to.contain('Ana · People who use services, and their carers');
    expect(card(el, 'b').textContent).to.contain('Anonymous · Professionals and staff');
    // Roving tabindex: one card in the tab order.
    expect($$(el, '.card[tabindex="0"]').length).to.equal(1);
    expect(
      $$(el, '.card [data-action][tabindex="0"]').every(
        (b) => b.closest('.card') === card(el, 'a'),
      ),
    ).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('takes its columns from the page, as JSON or a property', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <co-idea-board
          storage="memory"
          space=${freshSpace()}
          columns='[{"id":"now","label":{"en":"Now","cy":"Nawr"}},"Later"]'
        ></co-idea-board>
      </div>`,
    );
    const el = wrapper.querySelector('co-idea-board')!;
    await el.ready;
    await el.updateComplete;
    expect($$(el, '.column').map((c) => c.dataset.column)).to.deep.equal(['now', 'Later']);
    expect($(el, '.column h2').textContent).to.contain('Now');
    el.setAttribute('columns', '[{"id": "x"}, {"id": "x"}]');
    await el.updateComplete;
    expect($$(el, '.column').length).to.equal(2);
    expect($(el, '[role="alert"]').textContent).to.contain('each column "id" must be different');
  });

  it('shows ideas from a column the board does not have in the first column', async () => {
    const el = await seededBoard([seedIdea('x', 'gone', 1, { title: 'Orphan' })]);
    expect(titlesIn(el, 'ideas')).to.deep.equal(['Orphan']);
  });

  it('renders markup in every field as text', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const el = await seededBoard(
      [
        seedIdea('a', 'ideas', 1, {
          title: attack,
          detail: attack,
          tags: [attack],
          author: attack,
          cluster: 'k',
        }),
      ],
      { view: 'board' },
      {
        clusters: {
          k: {
            id: 'k',
            column: 'ideas',
            name: attack,
            rank: 1,
            updatedAt: '2026-11-29T10:00:00.000Z',
          },
        },
        builds: {
          b: {
            id: 'b',
            idea: 'a',
            text: attack,
            author: attack,
            participant: 'p',
            createdAt: '2026-11-29T10:00:00.000Z',
            updatedAt: '2026-11-29T10:00:00.000Z',
          },
        },
      },
    );
    buttonByText(card(el, 'a'), '1 build').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const text = el.shadowRoot!.textContent!;
    expect(text.split(attack).length - 1).to.be.at.least(5);
    el.view = 'list';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect($(el, '.list-idea').textContent).to.contain(attack);
  });

  it('shows the list view: every idea in full under a heading per column, accessibly', async () => {
    const el = await seededBoard(sample(), { view: 'list' });
    expect($(el, '.columns')).to.equal(null);
    expect(
      $$(el, '.list-column h2').map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Ideas 2 ideas', 'Developing 1 idea', 'Agreed 0 ideas']);
    expect($$(el, '.list-idea h3').map((h) => h.textContent!.trim())).to.deep.equal([
      'Evening opening',
      'Late bus',
      'Quiet room',
    ]);
    expect($(el, '.list-idea').textContent).to.contain('Tags: access');
    await expect(el).to.be.accessible();
    $(el, '#view-toggle').click();
    await el.updateComplete;
    expect(el.view).to.equal('board');
    expect(el.getAttribute('view')).to.equal('board');
    expect(announced(el)).to.equal('Showing the board.');
  });

  it('chooses the list view on a narrow screen when the page did not choose', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <co-idea-board storage="memory" space=${freshSpace()}></co-idea-board>
      </div>`,
    );
    const el = wrapper.querySelector('co-idea-board')!;
    await waitUntil(
      () => el.shadowRoot!.querySelector('.list-view'),
      'narrow board shows the list',
    );
    await el.updateComplete;
    expect($(el, '.list-view')).not.to.equal(null);
  });

  it('shows a column a page at a time, and the list 100 at a time', async () => {
    const ideas = Array.from({ length: 130 }, (_, i) =>
      seedIdea(`i${i}`, 'ideas', i, { title: `Idea ${i}` }),
    );
    const el = await seededBoard(ideas, { pageSize: 50 });
    expect($$(el, '.card').length).to.equal(50);
    const more = $(el, '.show-more');
    expect(more.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Show 50 more (column: Ideas) 80 not shown yet',
    );
    more.click();
    await waitUntil(() => $$(el, '.card').length === 100, '100 shown');
    // Focus goes to the first card that appeared.
    await waitUntil(() => focusedIdea(el) === 'i50', 'first new card focused');
    el.view = 'list';
    await el.updateComplete;
    expect($$(el, '.list-idea').length).to.equal(100);
    $(el, '.list-view .show-more').focus();
    await press('Enter');
    await waitUntil(() => $$(el, '.list-idea').length === 130, '130 shown');
    // The button is gone with nothing more to show: focus is on the first idea it added.
    await waitUntil(() => focusedIdea(el) === 'i100', 'first new idea focused');
    expect($(el, '.list-view .show-more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  // Cards whose inputs did not change are skipped on a render (card.ts): a change of
  // language or of the groups' names must still reach every card.
  it('redraws every card when its language or the groups change, and only those it must otherwise', async () => {
    const el = await seededBoard(sample());
    const untouched = card(el, 'c');
    untouched.querySelector('.meta')!.append(' (marked)');
    el.lang = 'cy';
    // The language is followed through a MutationObserver, heard a moment later.
    await waitUntil(() => buttonByText(card(el, 'a'), 'Symud i…'), 'cards speak Welsh');
    expect(buttonByText(card(el, 'c'), 'Rhoi dot')).to.exist;
    expect(card(el, 'b').textContent).to.contain('Dienw');
    expect(card(el, 'c').querySelector('.meta')!.textContent).not.to.contain('(marked)');
    el.groups = [
      { id: 'community', label: 'Tenants' },
      { id: 'professional', label: 'Housing officers' },
    ];
    await el.updateComplete;
    expect(card(el, 'b').textContent).to.contain('Dienw · Housing officers');
    // A dot given to one idea leaves the others' cards as they were drawn.
    card(el, 'c').querySelector('.meta')!.append(' (marked)');
    card(el, 'a').querySelector<HTMLElement>('[data-action="give"]')!.click();
    await el.updateComplete;
    expect(card(el, 'a').querySelector('.mine')).to.exist;
    expect(card(el, 'c').querySelector('.meta')!.textContent).to.contain('(marked)');
  });

  it('speaks Welsh, with Welsh plural forms', async () => {
    const el = await seededBoard(sample(), { lang: 'cy' });
    const columnHeadings = $$(el, '.column h2').map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(columnHeadings).to.deep.equal([
      'Syniadau 2 syniad',
      'Yn cael eu datblygu 1 syniad',
      'Wedi cytuno 0 syniad',
    ]);
    expect($(el, '#post-heading').textContent).to.equal('Postio syniad');
    expect($(el, '.dots-info').textContent).to.contain('Mae gennych 3 dot ar ôl.');
    expect(buttonByText(card(el, 'a'), 'Symud i…')).to.exist;
    expect($(el, '.count').textContent!.trim()).to.equal('Mae gennych 120 nod ar ôl');
    expect($(el, '.shortcuts summary').textContent).to.equal('Llwybrau byr y bysellfwrdd');
    el.dots = 2;
    await el.updateComplete;
    expect($(el, '.dots-info').textContent).to.contain('Mae gennych 2 ddot ar ôl.');
    await expect(el).to.be.accessible();
  });

  it('shows dot results by parity with raw counts, or hides them until revealed', async () => {
    const data = {
      votes: votes([
        ['c1', 'community', 'a', 3],
        ['c2', 'community', 'a', 3],
        ['p1', 'professional', 'b', 1],
      ]),
    };
    const shown = await seededBoard(sample(), {}, data);
    expect(card(shown, 'a').querySelector('.result')!.textContent).to.contain(
      '6 dots · 50% of the vote when each group counts the same',
    );
    expect(card(shown, 'b').querySelector('.result')!.textContent).to.contain(
      '1 dot · 50% of the vote when each group counts the same',
    );
    expect($(shown, '.dots-info').textContent).to.contain("Each group's dots count the same");
    await expect(shown).to.be.accessible();

    const hidden = await seededBoard(sample(), { hideVotes: true }, data);
    expect(card(hidden, 'a').querySelector('.result')).to.equal(null);
    expect($(hidden, '.dots-info').textContent).to.contain(
      'hidden until the person running the board shows them',
    );
  });

  it('reports a stored board it cannot read and starts empty and usable', async () => {
    const space = freshSpace();
    const store = new MemoryStore();
    await store.update(`together-kit/${space}/idea-board/main`, () => ({
      format: 'together-kit',
      schema: 1,
      kind: 'idea-board',
      space,
      id: 'main',
      updatedAt: '2026-11-29T10:00:00.000Z',
      data: { ideas: { a: { id: 'a' } } },
    }));
    const errors: CoErrorDetail[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<CoErrorDetail>).detail);
    document.addEventListener('co-error', listener);
    const el = await makeBoard({ space, store });
    document.removeEventListener('co-error', listener);
    expect(errors.map((e) => e.code)).to.include('storage-corrupt');
    expect($$(el, '.card').length).to.equal(0);
    expect(el.post({ title: 'Fresh start' })?.title).to.equal('Fresh start');
  });

  it('refuses a post the form would refuse, saying why', async () => {
    const el = await makeBoard();
    expect(() => el.post({ title: ' ' })).to.throw('Enter your idea in a few words');
    expect(() => el.post({ title: 'ok', tags: ['x'.repeat(41)] })).to.throw('Each tag');
  });
});
