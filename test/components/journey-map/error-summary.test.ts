import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { $, cell, dialog, focused, makeMap, openDialog, smallMap, where } from './helpers.js';

/** The map's form errors follow the shared pattern (core/ui/error-summary.ts), in both languages. */

const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<co-journey-map> error summary', () => {
  for (const [lang, prefix, title] of [
    ['en', 'Error:', 'There is a problem'],
    ['cy', 'Gwall:', 'Mae problem'],
  ]) {
    it(`(${lang}) a stage with no name: summary focused, linked, prefixed, described`, async () => {
      const { el } = await makeMap({ lang });
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      const heard = oneEvent(el, 'co-error');
      $<HTMLButtonElement>(el, '.add-stage button[type="submit"]')!.click();
      const summary = () => $(el, '#new-stage-summary');
      await waitUntil(() => summary() !== null && focused(el) === summary(), 'summary focused');
      // The page hears of it too, in the summary's words.
      const { detail } = (await heard) as CustomEvent<CoErrorDetail>;
      expect(detail.code).to.equal('input-invalid');
      expect(detail.message).to.equal(summary()!.querySelector('li')!.textContent!.trim());
      expect(summary()!.getAttribute('role')).to.equal('alert');
      const heading = summary()!.querySelector('.error-summary-title')!;
      expect(heading.localName).to.equal('h4');
      expect(words(heading)).to.equal(title);

      const inline = $(el, '#new-stage-error')!;
      expect(words(inline.querySelector('.visually-hidden'))).to.equal(prefix);
      expect(words(inline)).to.match(new RegExp(`^${prefix} \\S`));
      expect($(el, '#new-stage')!.getAttribute('aria-describedby')).to.equal(
        'new-stage-hint new-stage-error',
      );
      await expect(el).to.be.accessible();

      summary()!.querySelector('a')!.click();
      expect(where(el)).to.equal('#new-stage');
    });
  }

  it('the note form: its summary is a level below the form heading, each link finds its field', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'thinking', 'a').click();
    await openDialog(el, 'notes-dialog');
    const notes = dialog(el, 'notes-dialog');
    notes.querySelector<HTMLInputElement>('input[value="heard"]')!.click();
    await el.updateComplete;
    notes.querySelector<HTMLButtonElement>('.note-form button[type="submit"]')!.click();
    const summary = () => notes.querySelector<HTMLElement>('#note-summary');
    await waitUntil(() => summary() !== null && focused(el) === summary(), 'summary focused');
    // The form's heading is h3 (the map's h2 plus one); the summary sits under it.
    expect($(el, '#note-form-title')!.localName).to.equal('h3');
    expect(summary()!.querySelector('.error-summary-title')!.localName).to.equal('h4');
    expect(words($(el, '#note-count-error'))).to.match(/^Error: Enter how many people/);
    expect($(el, '#note-count')!.getAttribute('aria-describedby')).to.equal('note-count-error');
    await expect(el).to.be.accessible();
    const links = [...summary()!.querySelectorAll('a')];
    expect(links).to.have.length(2);
    links[1].click();
    expect(where(el)).to.equal('#note-count');
    links[0].click();
    expect(where(el)).to.equal('#note-text');
  });
});
