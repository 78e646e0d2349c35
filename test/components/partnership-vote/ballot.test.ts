import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VoteDetail } from '../../../src/components/partnership-vote/partnership-vote.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { $, $$, announced, button, focused, freshSpace, text, voteFixture } from './helpers.js';

const ABC = '["A","B","C"]';
const press = (key: string) => sendKeys({ press: key });

/** A vote in a fresh space with its own store, so nothing leaks between tests. */
function vote(method: string, extra: Record<string, string> = {}) {
  const space = freshSpace();
  return voteFixture(
    html`<co-partnership-vote
      space=${space}
      .store=${new MemoryStore()}
      question="What first?"
      options=${ABC}
      method=${method}
      participant-group=${extra.group ?? 'community'}
      dots=${extra.dots ?? '3'}
      max-score=${extra.maxScore ?? '5'}
    ></co-partnership-vote>`,
  );
}

const checked = (el: Parameters<typeof $>[0], id: string) => $<HTMLInputElement>(el, id)!.checked;

describe('<co-partnership-vote> ballots by keyboard', () => {
  it('casts a single-choice ballot from the keyboard alone; arrowing never casts', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<div>
        <button id="before">Before</button>
        <co-partnership-vote
          space=${space}
          .store=${new MemoryStore()}
          question="What first?"
          options=${ABC}
        ></co-partnership-vote>
      </div>`,
    );
    const votes: VoteDetail[] = [];
    el.addEventListener('co-vote', (event) => votes.push(event.detail));
    await expect(el).to.be.accessible();

    (document.getElementById('before') as HTMLElement).focus();
    await press('Tab'); // the group question comes first
    expect(focused(el)?.id).to.equal('group-0');
    await press('Space');
    await press('Tab');
    expect(focused(el)?.id).to.equal('choice-0');
    await press('ArrowDown');
    await press('ArrowDown');
    await press('ArrowUp');
    await el.updateComplete;
    expect(checked(el, '#choice-1')).to.be.true;
    expect(el.ballots).to.have.length(0);
    expect(votes).to.have.length(0);

    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Cast my vote');
    await press('Enter');
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0]).to.include({ group: 'community' });
    expect(el.ballots[0].marks).to.deep.equal({ B: 1 });
    expect(votes).to.deep.equal([
      {
        question: 'What first?',
        method: 'single',
        group: 'community',
        ballot: { group: 'community', marks: { B: 1 } },
      },
    ]);
    await waitUntil(() => focused(el)?.id === 'voted-title', 'focus moves to the confirmation');
    expect(text(el)).to.contain('Your vote has been counted');
    expect(text(el)).to.contain('You chose: B');
    await expect(el).to.be.accessible();
  });

  it('casts an approval ballot with checkboxes and the space bar', async () => {
    const el = await vote('approval');
    $(el, '#approve-0')!.focus();
    await press('Space');
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.id).to.equal('approve-2');
    await press('Space');
    await press('Tab');
    expect(el.ballots).to.have.length(0);
    await press('Space'); // the focused "Cast my vote" button
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0].marks).to.deep.equal({ A: 1, C: 1 });
    expect(text(el)).to.contain('You support: A and C');
    await expect(el).to.be.accessible();
  });

  it('casts a score ballot with arrow keys, each option a radio group with words at its ends', async () => {
    const el = await vote('score', { maxScore: '3' });
    expect($$(el, 'input[name="score-0"]')).to.have.length(4);
    expect($(el, '.score-choice')!.textContent).to.contain('not at all');
    await expect(el).to.be.accessible();
    $(el, '#score-0-0')!.focus();
    await press('ArrowRight');
    await press('ArrowRight');
    await press('Tab');
    expect(focused(el)?.id).to.equal('score-1-0');
    await press('Space'); // a deliberate 0
    await el.updateComplete;
    expect(checked(el, '#score-0-2')).to.be.true;
    expect(el.ballots).to.have.length(0);
    await press('Tab');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0].marks).to.deep.equal({ A: 2, B: 0 });
    expect(text(el)).to.contain('A: 2 out of 3');
    expect(text(el)).to.contain('B: 0 out of 3');
  });

  it('casts a consent ballot: an objection needs a reason, shown through the error summary', async () => {
    const el = await vote('consent', { group: 'professional' });
    $(el, '#consent-0-agree')!.focus();
    await press('Space');
    await press('Tab');
    expect(focused(el)?.id).to.equal('consent-1-agree');
    await press('ArrowRight');
    await press('ArrowRight');
    await el.updateComplete;
    expect(checked(el, '#consent-1-object')).to.be.true;
    expect($(el, 'label[for="reason-1"]')!.textContent).to.contain('Why do you object? (needed)');
    await press('Tab'); // the reason box, shown once "I object" is chosen
    expect(focused(el)?.id).to.equal('reason-1');
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Cast my vote');
    await press('Enter');
    await waitUntil(
      () => focused(el)?.classList.contains('error-summary'),
      'the summary takes focus',
    );
    expect(text(el)).to.contain('Say why you object to B');
    expect($(el, '#reason-1')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#reason-1')!.getAttribute('aria-describedby')).to.equal('reason-1-error');
    expect(el.ballots).to.have.length(0);
    await expect(el).to.be.accessible();

    await press('Tab'); // the summary's link
    await press('Enter');
    expect(focused(el)?.id).to.equal('reason-1');
    await sendKeys({ type: '<img src=x onerror=alert(1)>' });
    await press('Tab');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0].consent).to.deep.equal({ A: 'agree', B: 'object' });
    expect(el.ballots[0].reasons).to.deep.equal({ B: '<img src=x onerror=alert(1)>' });
    expect(text(el)).to.contain('Your reason: <img src=x onerror=alert(1)>');
    expect($(el, 'img')).to.equal(null);
  });

  it('asks for concerns without requiring them, and keeps only reasons for concerns or objections', async () => {
    const el = await vote('consent');
    $<HTMLInputElement>(el, '#consent-0-concerns')!.click();
    await el.updateComplete;
    expect($(el, 'label[for="reason-0"]')!.textContent).to.contain('(optional)');
    expect(await el.submit()).to.be.true;
    expect(el.ballots[0].consent).to.deep.equal({ A: 'concerns' });
    expect(el.ballots[0].reasons).to.equal(undefined);
  });

  it('spreads dots with − and + buttons, announcing each count and the dots left', async () => {
    const el = await vote('dots');
    expect($(el, '#dots-left')!.textContent).to.contain('3 of 3 dots left');
    for (const step of $$(el, 'button.step')) {
      expect(step.getBoundingClientRect().width).to.be.at.least(24);
      expect(step.getBoundingClientRect().height).to.be.at.least(24);
    }
    $(el, '#dots-0-add')!.focus();
    await press('Enter');
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('A: 2 dots. 1 of 3 dots left.');
    expect($(el, '#dots-left')!.textContent).to.contain('1 of 3 dots left');
    await press('Tab');
    expect(focused(el)?.id).to.equal('dots-1-remove');
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('true');
    await press('Tab');
    await press('Space');
    await el.updateComplete;
    expect(announced(el)).to.equal('B: 1 dot. 0 of 3 dots left.');
    expect($(el, '#dots-1-add')!.getAttribute('aria-disabled')).to.equal('true');
    await press('Space'); // no dots left: nothing changes, and focus stays put
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('dots-1-add');
    expect($(el, '#dots-left')!.textContent).to.contain('0 of 3 dots left');
    await expect(el).to.be.accessible();
    await press('Tab');
    await press('Tab');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => el.ballots.length === 1, 'the ballot is saved');
    expect(el.ballots[0].marks).to.deep.equal({ A: 2, B: 1 });
    expect(text(el)).to.contain('A: 2 dots');
  });

  it('takes a dot back with the − button', async () => {
    const el = await vote('dots');
    $(el, '#dots-2-add')!.click();
    $(el, '#dots-2-remove')!.click();
    $(el, '#dots-2-remove')!.click(); // never below 0
    await el.updateComplete;
    expect(announced(el)).to.equal('C: 0 dots. 3 of 3 dots left.');
    expect(await el.submit()).to.be.false;
    expect(text(el)).to.contain('Place at least one dot');
  });

  const emptyErrors: [string, string][] = [
    ['single', 'Choose one option'],
    ['approval', 'Choose at least one option'],
    ['score', 'Give at least one option a score'],
    ['consent', 'Say what you think of at least one option'],
    ['dots', 'Place at least one dot'],
  ];
  for (const [method, message] of emptyErrors) {
    it(`refuses an empty ${method} ballot with an error summary and an inline message`, async () => {
      const el = await vote(method);
      expect(await el.submit()).to.be.false;
      expect($(el, '.error-summary a')!.textContent).to.equal(message);
      expect($(el, '#options-error')!.textContent).to.contain(message);
      expect(focused(el)?.classList.contains('error-summary')).to.be.true;
      $(el, '.error-summary a')!.click();
      expect(focused(el)?.closest('fieldset')).to.not.equal(null);
      expect(el.ballots).to.have.length(0);
    });
  }
});

describe('<co-partnership-vote> group question', () => {
  it('asks the group on the ballot, says when it is missing, and remembers it for the space', async () => {
    const space = freshSpace();
    const store = new MemoryStore();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${store}
        options=${ABC}
      ></co-partnership-vote>`,
    );
    expect($(el, 'fieldset.group-question legend')!.textContent).to.equal(
      'Which group are you taking part as?',
    );
    $<HTMLInputElement>(el, '#choice-0')!.click();
    expect(await el.submit()).to.be.false;
    const link = $$(el, '.error-summary a')[0];
    expect(link.textContent).to.equal('Choose the group you are taking part as');
    link.click();
    expect(focused(el)?.id).to.equal('group-0');
    await press('ArrowDown');
    expect(await el.submit()).to.be.true;
    expect(el.ballots[0].group).to.equal('professional');

    // Another element of the same space does not ask again.
    const other = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${new MemoryStore()}
        options=${ABC}
      ></co-partnership-vote>`,
    );
    expect($(other, 'fieldset.group-question')).to.equal(null);
    expect(text(other)).to.contain('You are taking part as: Professionals and staff');
    localStorage.removeItem(`together-kit-group/${space}`);
  });

  it('lets the person change their group on the ballot', async () => {
    const space = freshSpace();
    localStorage.setItem(`together-kit-group/${space}`, 'community');
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${new MemoryStore()}
        options=${ABC}
      ></co-partnership-vote>`,
    );
    button(el, 'Change group')!.click();
    await waitUntil(() => focused(el)?.id === 'group-0', 'focus on the chosen group');
    $<HTMLInputElement>(el, '#group-1')!.click();
    $<HTMLInputElement>(el, '#choice-2')!.click();
    expect(await el.submit()).to.be.true;
    expect(el.ballots[0].group).to.equal('professional');
    expect(localStorage.getItem(`together-kit-group/${space}`)).to.equal('professional');
    localStorage.removeItem(`together-kit-group/${space}`);
  });

  it('does not ask when the page fixes the group, nor offer to change it', async () => {
    const el = await vote('single', { group: 'professional' });
    expect($(el, 'fieldset.group-question')).to.equal(null);
    expect(button(el, 'Change group')).to.equal(undefined);
    expect(text(el)).to.contain('You are taking part as: Professionals and staff');
  });

  it('reports a fixed group that is not one of the groups, and asks instead', async () => {
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail.message);
    document.addEventListener('co-error', listener);
    const el = await vote('single', { group: 'tenants' });
    document.removeEventListener('co-error', listener);
    expect(errors.join(' ')).to.contain('no group is called "tenants"');
    expect($(el, 'fieldset.group-question')).to.not.equal(null);
  });

  it('names the page’s own groups, in the element’s language', async () => {
    const groups = JSON.stringify([
      { id: 'tenants', label: { en: 'Tenants', cy: 'Tenantiaid' } },
      { id: 'staff', label: 'Housing staff' },
    ]);
    const el = await voteFixture(
      html`<div lang="cy">
        <co-partnership-vote
          space=${freshSpace()}
          .store=${new MemoryStore()}
          options=${ABC}
          groups=${groups}
        ></co-partnership-vote>
      </div>`,
    );
    expect(text(el)).to.contain('Tenantiaid');
    expect(text(el)).to.contain('Housing staff');
  });
});
