import { expect, html } from '@open-wc/testing';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { $, focused, freshSpace, voteFixture } from './helpers.js';

/** The ballot's errors follow the shared pattern (core/ui/error-summary.ts), in both languages. */

function vote(lang: string, headingLevel = '2') {
  return voteFixture(
    html`<co-partnership-vote
      lang=${lang}
      heading-level=${headingLevel}
      space=${freshSpace()}
      .store=${new MemoryStore()}
      question="What first?"
      options='["A","B","C"]'
      method="consent"
      participant-group="community"
    ></co-partnership-vote>`,
  );
}

const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function castEmpty(el: CoPartnershipVote) {
  expect(await el.submit()).to.be.false;
  await el.updateComplete;
}

describe('<co-partnership-vote> error summary', () => {
  for (const [lang, prefix, title] of [
    ['en', 'Error:', 'There is a problem'],
    ['cy', 'Gwall:', 'Mae problem'],
  ]) {
    it(`(${lang}) focuses the summary, links to the field, prefixes and names the inline error`, async () => {
      const el = await vote(lang, '3');
      const heard: CustomEvent<CoErrorDetail>[] = [];
      el.addEventListener('co-error', (e) => heard.push(e as CustomEvent<CoErrorDetail>));
      await castEmpty(el);
      const summary = $(el, '.error-summary')!;
      expect(focused(el)).to.equal(summary);
      // The page hears of it too, in the summary's words.
      expect(heard.map((e) => e.detail.code)).to.deep.equal(['input-invalid']);
      expect(heard[0].detail.message).to.equal(words(summary.querySelector('li')));
      expect(summary.getAttribute('role')).to.equal('alert');
      const heading = $(el, '.error-summary-title')!;
      expect(heading.localName).to.equal('h4');
      expect(words(heading)).to.equal(title);

      const inline = $(el, '#options-error')!;
      expect(words(inline.querySelector('.visually-hidden'))).to.equal(prefix);
      expect(words(inline)).to.match(new RegExp(`^${prefix} \\S`));
      const fieldset = inline.closest('fieldset')!;
      expect(fieldset.classList.contains('invalid')).to.be.true;
      expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include.members([
        'ballot-hint',
        'options-error',
      ]);
      await expect(el).to.be.accessible();

      summary.querySelector('a')!.click();
      expect(focused(el)?.id).to.equal('consent-0-agree');
    });
  }

  it('names the missing reason beside its box, and the summary link focuses the box', async () => {
    const el = await vote('en');
    $<HTMLInputElement>(el, '#consent-1-object')!.click();
    await el.updateComplete;
    await castEmpty(el);
    const summary = $(el, '.error-summary')!;
    expect(focused(el)).to.equal(summary);
    const reason = $<HTMLTextAreaElement>(el, '#reason-1')!;
    expect(reason.getAttribute('aria-describedby')).to.equal('reason-1-error');
    expect(words($(el, '#reason-1-error'))).to.equal('Error: Say why you object to B');
    summary.querySelector('a')!.click();
    expect(focused(el)).to.equal(reason);
    await expect(el).to.be.accessible();
  });
});
