import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { $, $$, click, offerForm } from './helpers.js';

/** What a screen reader reads after a control's name: the text of its `aria-describedby`. */
function description(el: CoSkillOffer, control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? `(missing ${id})`)
    .join(' ');
}

describe('<co-skill-offer> form, read out and pressed', () => {
  it('gives no two nodes the same id', async () => {
    const el = await offerForm();
    const ids = $$(el, '[id]').map((node) => node.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).to.deep.equal([]);
  });

  it('describes each "ways to take part" box with its own explanation', async () => {
    const el = await offerForm();
    const boxes = $$<HTMLInputElement>(el, 'input[name="ways"]');
    expect(boxes).to.have.length(4);
    for (const box of boxes) {
      const ownHint = box.closest('.choice-item')!.querySelector('.choice-hint')!;
      expect(description(el, box), box.value).to.equal(ownHint.textContent!.trim());
    }
    // The first box is the one that used to share its id with "Select all that apply."
    expect(description(el, boxes[0])).to.not.contain('Select all that apply');
  });

  for (const typed of ['', 'A lift']) {
    it(`ticks a consent box pressed with the mouse straight after "Something else" (${typed || 'left empty'})`, async () => {
      const el = await offerForm();
      await click(el, 'input[name="support"][value="other"]');
      const other = $<HTMLInputElement>(el, '#f-support-other');
      other.focus();
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'Backspace' });
      if (typed) await sendKeys({ type: typed });
      await el.updateComplete;

      const box = $<HTMLInputElement>(el, '#f-consent-contact');
      box.scrollIntoView({ block: 'center' });
      const at = box.getBoundingClientRect();
      const position: [number, number] = [
        Math.round(at.left + at.width / 2),
        Math.round(at.top + at.height / 2),
      ];
      await sendMouse({ type: 'move', position });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(box.checked, 'the box pressed is ticked').to.equal(true);
      // Leaving the empty field still tells the person what is missing, once the press is over.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[data-field="support"] .error-text');
      if (typed) expect(error).to.equal(null);
      else expect(error?.textContent).to.contain('Tell us what else would help you take part');
    });
  }
});
