// The accessibility findings of issue #11 on the board: the group question's errors, heading
// levels, landmarks, the list view's actions on a phone, the pressed view toggle in forced
// colours, plain words for the dot results, and reflow at 320 px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CoIdeaBoard } from '../../../src/components/idea-board/idea-board.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import {
  $,
  $$,
  announced,
  buttonByText,
  change,
  freshSpace,
  ideaOf,
  makeBoard,
  seededBoard,
  seedIdea,
} from './helpers.js';
import { createCluster } from '../../../src/components/idea-board/ordering.js';

const active = (el: CoIdeaBoard): HTMLElement | null =>
  el.shadowRoot!.activeElement as HTMLElement | null;

const headings = (el: CoIdeaBoard) =>
  $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => [h.localName, h.textContent!.trim().split(/\s+/)[0]]);

const sample = () => [
  seedIdea('a', 'ideas', 1, {
    title: 'Evening opening at the library on weekdays',
    detail: 'Open until 8pm, so people who work can come.',
    tags: ['access', 'evenings'],
    author: 'Ana',
  }),
  seedIdea('b', 'ideas', 2, { title: 'Late bus', group: 'professional' }),
  seedIdea('c', 'developing', 1, { title: 'Quiet room' }),
];

/** Landmarks as a screen reader lists them: named regions and forms, search, and the rest. */
function landmarks(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((node) => {
    const role = node.getAttribute('role');
    if (role === 'search' || role === 'navigation' || role === 'main') return true;
    const named = node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby');
    if (role === 'region' || role === 'form') return named;
    if (node.localName === 'section' || node.localName === 'form') return named;
    return ['nav', 'aside', 'main', 'header', 'footer'].includes(node.localName);
  });
}

describe('<co-idea-board> group question errors (GOV.UK error summary)', () => {
  it('moves focus to an announced summary whose link focuses the first radio', async () => {
    const el = await makeBoard({ group: null });
    expect($(el, '.error-summary')).to.equal(null);
    const heard: CoErrorDetail[] = [];
    el.addEventListener('co-error', (e) => heard.push((e as CustomEvent<CoErrorDetail>).detail));
    buttonByText($(el, '.group-question'), 'Continue').click();
    await waitUntil(() => active(el)?.id === 'group-summary', 'summary focused');
    const summary = $(el, '#group-summary');
    // The page hears of it too, in the summary's words.
    expect(heard).to.deep.equal([
      { code: 'input-invalid', message: summary.querySelector('li')!.textContent!.trim() },
    ]);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.querySelector('h3')!.textContent!.trim()).to.equal('There is a problem');
    const link = summary.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Choose the group you are taking part as');
    link.click();
    expect(active(el)).to.equal($(el, '.group-question input[type="radio"]'));
    expect(active(el)?.id).to.equal('group-0');
    await expect(el).to.be.accessible();
  });

  it('names the hint and the error on the fieldset, with a hidden "Error:" prefix', async () => {
    const el = await makeBoard({ group: null });
    const fieldset = $(el, '.group-question fieldset');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('group-hint');
    buttonByText($(el, '.group-question'), 'Continue').click();
    await waitUntil(() => $(el, '#group-error') !== null);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('group-hint group-error');
    const prefix = $(el, '#group-error .visually-hidden');
    expect(prefix.textContent!.trim()).to.equal('Error:');
    expect(getComputedStyle(prefix).position).to.equal('absolute');
    expect($(el, '#group-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Choose the group you are taking part as',
    );
  });

  it('clears the error once a group is chosen, and says it in Welsh', async () => {
    const el = await makeBoard({ group: null, lang: 'cy' });
    buttonByText($(el, '.group-question'), 'Parhau').click();
    await waitUntil(() => $(el, '#group-error') !== null);
    expect($(el, '#group-error .visually-hidden').textContent!.trim()).to.equal('Gwall:');
    expect($(el, '#group-summary').textContent).to.contain('Mae problem');
    await expect(el).to.be.accessible();
    ($(el, '#group-1') as HTMLInputElement).click();
    buttonByText($(el, '.group-question'), 'Parhau').click();
    await waitUntil(() => $(el, '#post-title') !== null);
    expect($(el, '.error-summary')).to.equal(null);
  });
});

describe('<co-idea-board> heading-level', () => {
  it('puts its headings at h2 and sub-headings at h3 by default', async () => {
    const el = await seededBoard(sample(), { view: 'list' });
    expect(headings(el).filter(([tag]) => tag === 'h2').length).to.equal(5);
    expect($$(el, '.list-title').every((h) => h.localName === 'h3')).to.be.true;
  });

  it('follows heading-level="4": main headings h4, sub-headings h5, in both views', async () => {
    const el = await seededBoard(sample(), { facilitator: true });
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    const board = headings(el).map(([tag]) => tag);
    expect(board).to.include('h4');
    expect(board.every((tag) => tag === 'h4' || tag === 'h5')).to.be.true;
    expect($$(el, '.column-title').every((h) => h.localName === 'h4')).to.be.true;
    expect($(el, '#post-heading').localName).to.equal('h4');
    expect($(el, '#find-heading').localName).to.equal('h4');
    expect($(el, '#facilitator-heading').localName).to.equal('h4');

    el.view = 'list';
    await el.updateComplete;
    expect($$(el, '.list-title').map((h) => h.localName)).to.deep.equal(['h5', 'h5', 'h5']);

    // The idea form's error summary sits one below the section heading.
    buttonByText($(el, '.idea-form'), 'Post idea').click();
    await waitUntil(() => $(el, '#post-summary') !== null);
    expect($(el, '#post-summary-title').localName).to.equal('h5');

    // The card dialog: its title at the level, its sections one below.
    (($(el, '.list-title button') as HTMLButtonElement) ?? null).click();
    await waitUntil(() => $<HTMLDialogElement>(el, '#card-dialog').open);
    expect($(el, '#dialog-title').localName).to.equal('h4');
    expect($(el, '#dots-heading').localName).to.equal('h5');
    await expect(el).to.be.accessible();
  });

  it('refuses a bad heading-level in words and with co-error, and keeps working', async () => {
    const errors: CoErrorDetail[] = [];
    const wrapper = await fixture<HTMLElement>(
      html`<div @co-error=${(e: CustomEvent<CoErrorDetail>) => errors.push(e.detail)}>
        <co-idea-board
          storage="memory"
          space=${freshSpace()}
          participant-group="community"
          heading-level="9"
        ></co-idea-board>
      </div>`,
    );
    const el = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
    await el.ready;
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.include('attribute-invalid');
    expect($(el, '[part="problems"]').textContent).to.contain('heading-level');
    expect($(el, '#post-heading').localName).to.equal('h2');
    el.post({ title: 'Still works' });
    await el.updateComplete;
    expect(el.ideas.map((i) => i.title)).to.deep.equal(['Still works']);
    await expect(el).to.be.accessible();
  });
});

describe('<co-idea-board> landmarks', () => {
  it('adds only the landmarks a person navigates to: "Post an idea" and "Find ideas"', async () => {
    const el = await seededBoard(sample());
    const found = landmarks(el.shadowRoot!);
    expect(found.map((node) => node.id || node.getAttribute('aria-labelledby'))).to.deep.equal([
      'post-heading',
      'find-heading',
    ]);
    el.view = 'list';
    await el.updateComplete;
    expect(landmarks(el.shadowRoot!)).to.have.length(2);
  });

  it('adds the facilitator tools as a third for facilitators, and none for an open menu', async () => {
    const el = await seededBoard(sample(), { facilitator: true });
    buttonByText($(el, '.card[data-idea="a"]'), 'Move to…').click();
    await waitUntil(() => $(el, '.move-panel') !== null);
    expect(landmarks(el.shadowRoot!)).to.have.length(3);
    expect($(el, '.move-panel legend').textContent).to.contain('Evening opening');
    await expect(el).to.be.accessible();
  });
});

describe('<co-idea-board> on a phone (list view at 320 px)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('gives each list row "Add a dot", "Build on this" and "Move to…", by keyboard and pointer', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await seededBoard(sample(), { view: 'list' });
    const row = $(el, '.list-idea[data-idea="b"]');
    const labels = [...row.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.include.members(['Late bus', 'Add a dot', 'Build on this', 'Move to…']);

    // A single pointer: a dot.
    buttonByText(row, 'Add a dot').click();
    await waitUntil(() => announced(el).startsWith("Dot added to 'Late bus'."));
    expect(row.textContent).to.contain('You gave it 1 dot.');
    expect(buttonByText(row, 'Take a dot back')).to.not.equal(undefined);

    // The keyboard: Move to… opens the menu with focus on the column, Enter moves.
    buttonByText(row, 'Move to…').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'move-column-b', 'menu opened');
    const column = active(el) as HTMLSelectElement;
    column.value = 'agreed';
    column.dispatchEvent(new Event('change'));
    await el.updateComplete;
    buttonByText($(el, '.move-panel'), 'Move').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ideaOf(el, 'b')?.column === 'agreed', 'moved');
    await waitUntil(() => active(el)?.dataset.idea === 'b', 'focus stays on the moved idea');
    expect(announced(el)).to.contain("'Late bus' moved to Agreed");

    // Build on this opens the card with the build field focused.
    buttonByText($(el, '.list-idea[data-idea="c"]'), 'Build on this').click();
    await waitUntil(() => active(el)?.id === 'build-text', 'build field focused');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px: the page does not scroll sideways, in the list and the columns', async () => {
    await setViewport({ width: 320, height: 640 });
    // What people type may be one long word: a link, a Welsh compound, a name.
    const long = 'Gwasanaethcwsmeriaidcynhwysolaccessibilityforeveryone';
    const ideas = [
      ...sample(),
      seedIdea('long', 'agreed', 1, {
        title: long + long,
        detail: `${long} https://example.org/${long}`,
        tags: [long.slice(0, 30)],
        author: long.slice(0, 40),
      }),
    ];
    for (const view of ['list', 'board'] as const) {
      for (const lang of ['en', 'cy']) {
        const el = await seededBoard(ideas, { view, lang, facilitator: true });
        change(el, (data) =>
          createCluster(
            data,
            { id: 'k-long', name: long.slice(0, 60), column: 'agreed', rank: 1 },
            'long',
          ),
        );
        await el.updateComplete;
        buttonByText($(el, '.idea-form'), lang === 'en' ? 'Post idea' : "Postio'r syniad").click();
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, `${view} ${lang}`).to.be.at.most(320);
      }
    }
  });
});

describe('<co-idea-board> view toggle', () => {
  it('looks different when pressed: a tick, and a forced-colours rule on the pressed state', async () => {
    const el = await seededBoard(sample(), { view: 'board' });
    const toggle = $(el, '#view-toggle');
    const tick = () => getComputedStyle(toggle, '::before').content;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(tick()).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(tick()).to.contain('✓');

    // Forced colours replace backgrounds, so the pressed state must set system colours there.
    // (The test runner's Chromium cannot emulate forced colours, so the rule itself is checked.)
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const pressed = rules.find(
      (rule) =>
        rule.selectorText.includes("[aria-pressed='true']") ||
        rule.selectorText.includes('[aria-pressed="true"]'),
    );
    expect(pressed, 'a forced-colours rule for the pressed toggle').to.not.equal(undefined);
    expect(pressed!.style.backgroundColor.toLowerCase()).to.equal('highlight');
    expect(pressed!.style.color.toLowerCase()).to.equal('highlighttext');
  });
});

describe('<co-idea-board> plain words for dot results', () => {
  it('says what the percentage is, in words, on cards and in the list', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1, { title: 'Late bus' })]);
    $(el, '.card [data-action="give"]').click();
    await el.updateComplete;
    expect($(el, '.card .result').textContent).to.equal(
      '1 dot · 100% of the vote when each group counts the same',
    );
    expect($(el, '.dots-info').textContent).to.contain("Each group's dots count the same");
    expect(el.shadowRoot!.textContent).not.to.contain('Parity score');
  });
});
