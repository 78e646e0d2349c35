import { expect, fixture, html } from '@open-wc/testing';
import { nothing, render } from 'lit';
import {
  describedBy,
  refuseForm,
  renderErrorSummary,
  renderInlineError,
  type FieldProblem,
} from '../../src/core/ui/error-summary.js';

/** The words of each message key, as an element's catalog would give them. */
const words: Record<string, string> = {
  'name.required': 'Enter your name',
  'name.long': 'Your name must be {max} characters or fewer',
  closed: 'Posting is closed',
};
const text = (problem: FieldProblem) =>
  words[problem.key].replace('{max}', String(problem.params?.max ?? ''));

/** A shadow root holding a summary and two fields, as an element would render them. */
async function form(
  errors: FieldProblem[],
  level = 2,
  target?: (problem: FieldProblem) => string | undefined,
) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  render(
    html`${renderErrorSummary({
        id: 'summary',
        title: 'There is a problem',
        level,
        errors,
        text,
        target,
      })}
      <label for="name">Name</label>
      <input
        id="name"
        aria-describedby=${describedBy('name-hint', errors.length > 0 && 'name-error')}
      />
      <p id="name-hint">As you would like to be called</p>
      ${renderInlineError('name-error', 'Error:', errors[0] && text(errors[0]))}
      <input id="other" aria-label="Other" />`,
    root,
  );
  return { host, root };
}

describe('error summary (core/ui/error-summary.ts)', () => {
  it('renders nothing without errors, and the field is described by its hint only', async () => {
    const { root } = await form([]);
    expect(root.querySelector('.error-summary')).to.equal(null);
    expect(root.querySelector('.error-text')).to.equal(null);
    expect(root.getElementById('name')!.getAttribute('aria-describedby')).to.equal('name-hint');
  });

  it('is an alert with a heading at the level asked, and links that focus their field', async () => {
    const { host, root } = await form(
      [
        { field: 'name', key: 'name.required', control: 'name' },
        { field: 'form', key: 'closed' },
      ],
      4,
    );
    const summary = root.getElementById('summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(root.getElementById('summary-title')!.localName).to.equal('h4');
    expect(summary.getAttribute('aria-labelledby')).to.equal('summary-title');
    const heard: unknown[] = [];
    refuseForm({ renderRoot: root, emit: (_type, detail) => heard.push(detail) > 0 }, 'summary');
    expect(root.activeElement).to.equal(summary);
    // The page hears of the refusal too, in the summary's words.
    expect(heard).to.deep.equal([
      { code: 'input-invalid', message: 'Enter your name Posting is closed' },
    ]);
    const links = summary.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(summary.querySelectorAll('li')[1].textContent!.trim()).to.equal('Posting is closed');
    links[0].click();
    expect(root.activeElement).to.equal(root.getElementById('name'));
    expect(location.hash).to.equal('');
    await expect(host).to.be.accessible();
  });

  it('puts a hidden "Error:" before the inline message, which the field names', async () => {
    const { root } = await form([{ field: 'name', key: 'name.required', control: 'name' }]);
    const inline = root.getElementById('name-error')!;
    expect(inline.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
    expect(inline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter your name');
    expect(root.getElementById('name')!.getAttribute('aria-describedby')).to.equal(
      'name-hint name-error',
    );
  });

  it("words a problem through the element's own text, and links where the form's ids say", async () => {
    const { root } = await form(
      [{ field: 'name', key: 'name.long', params: { max: 80 } }],
      2,
      (problem) => (problem.field === 'name' ? 'name' : undefined),
    );
    const link = root.querySelector<HTMLAnchorElement>('#summary a')!;
    expect(link.textContent!.trim()).to.equal('Your name must be 80 characters or fewer');
    expect(link.getAttribute('href')).to.equal('#name');
    link.click();
    expect(root.activeElement).to.equal(root.getElementById('name'));
  });

  it('joins only the ids that apply', () => {
    expect(describedBy('a', false, undefined, 'b')).to.equal('a b');
    expect(describedBy(false, undefined)).to.equal(nothing);
  });
});
