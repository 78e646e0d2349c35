import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { CoElement } from '../../src/core/co-element.js';
import { defineElement } from '../../src/core/define.js';
import { jsonAttribute } from '../../src/core/json-attribute.js';
import { parseGroups, type Group, defaultGroups } from '../../src/core/groups.js';
import type { CoErrorDetail } from '../../src/core/events.js';

class TestGreeting extends CoElement {
  static override messages = {
    en: { hello: 'Hello {name}', ideas: { one: '{count} idea', other: '{count} ideas' } },
    cy: {
      hello: 'Shwmae {name}',
      ideas: {
        zero: '{count} syniad',
        one: '{count} syniad',
        two: '{count} syniad',
        few: '{count} syniad',
        many: '{count} syniad',
        other: '{count} o syniadau',
      },
    },
  };

  @property({ converter: jsonAttribute(parseGroups) }) groups: Group[] = [...defaultGroups];

  override render() {
    return litHtml`${this.renderProblems()}<p class="greeting">${this.t('hello', { name: 'Ceri' })}</p>`;
  }
}
defineElement('test-greeting', TestGreeting);

const text = (el: Element) => el.shadowRoot!.querySelector('.greeting')!.textContent;

describe('CoElement', () => {
  it('speaks English by default and is accessible', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(el.language).to.equal('en');
    expect(text(el)).to.equal('Hello Ceri');
    await expect(el).to.be.accessible();
  });

  it('renders into the page: its templates are copied in place and adopted on insertion', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    const greeting = el.shadowRoot!.querySelector('.greeting')!;
    expect(greeting.ownerDocument === document).to.be.true;
    expect(greeting.isConnected).to.be.true;
    expect(el.renderOptions.creationScope !== undefined).to.be.true;
  });

  it('follows the nearest lang, across a region tag like cy-GB', async () => {
    const wrapper = await fixture(
      html`<div lang="cy-GB">
        <section><test-greeting></test-greeting></section>
      </div>`,
    );
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete; // its first render waits for the core's Welsh words
    expect(el.language).to.equal('cy');
    expect(text(el)).to.equal('Shwmae Ceri');
  });

  it('switches language when an ancestor lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-greeting></test-greeting></div>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    wrapper.setAttribute('lang', 'cy');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Shwmae Ceri');
  });

  it('finds lang through a shadow root', async () => {
    const host = await fixture(html`<div lang="cy"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-greeting') as TestGreeting;
    root.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('Shwmae Ceri');
  });

  it('falls back to English for a language it does not ship', async () => {
    const wrapper = await fixture(html`<div lang="fr"><test-greeting></test-greeting></div>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    expect(el.language).to.equal('en');
    expect(text(el)).to.equal('Hello Ceri');
  });

  it('chooses plural forms by language', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(el.t('ideas', { count: 1 })).to.equal('1 idea');
    expect(el.t('ideas', { count: 1200 })).to.equal('1,200 ideas');
    el.setAttribute('lang', 'cy');
    await nextFrame();
    expect(el.t('ideas', { count: 3 })).to.equal('3 syniad');
    expect(el.t('ideas', { count: 4 })).to.equal('4 o syniadau');
  });

  it('uses core strings too, such as the default group names, in both languages', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="cy"></test-greeting>`);
    expect(el.t('group.professional')).to.equal('Gweithwyr proffesiynol a staff');
  });

  it('emits co-* events that bubble, cross shadow roots and carry plain JSON', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    setTimeout(() =>
      el.emit('co-change', { kind: 'test', space: 'default', id: 'main', record: { a: 1 } }),
    );
    const event = await oneEvent(document, 'co-change');
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
    expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal(event.detail);
  });

  it('lets the page veto a cancelable event', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    el.addEventListener('co-change', (e) => e.preventDefault(), { once: true });
    const allowed = el.emit(
      'co-change',
      { kind: 't', space: 'd', id: 'm', record: {} },
      { cancelable: true },
    );
    expect(allowed).to.be.false;
  });

  it('reports a malformed JSON attribute to the person and the page, and keeps working', async () => {
    const errors: CoErrorDetail[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<CoErrorDetail>).detail);
    document.addEventListener('co-error', listener);
    const el = await fixture<TestGreeting>(
      html`<test-greeting groups='[{"id": "tenants"'></test-greeting>`,
    );
    document.removeEventListener('co-error', listener);
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('attribute-invalid');
    expect(errors[0].message).to.contain('"groups"');
    expect(el.groups.map((g) => g.id)).to.deep.equal(['community', 'professional']);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not read');
    expect(text(el)).to.equal('Hello Ceri');
    await expect(el).to.be.accessible();
  });

  it('reports valid JSON that breaks the groups rules with the reason', async () => {
    const el = await fixture<TestGreeting>(
      html`<test-greeting groups='[{"id": "a", "weight": -1}]'></test-greeting>`,
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('more than 0');
  });

  it('accepts groups from JSON and from the property', async () => {
    const el = await fixture<TestGreeting>(
      html`<test-greeting groups='["tenants", "staff"]'></test-greeting>`,
    );
    expect(el.groups.map((g) => g.id)).to.deep.equal(['tenants', 'staff']);
    el.groups = [{ id: 'young-people', weight: 2 }];
    await el.updateComplete;
    expect(el.problems).to.have.length(0);
  });

  it('clears a problem once it no longer applies', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    el.reportProblem('storage-failed', 'Not saved');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    el.clearProblem('storage-failed');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.exist;
  });
});

describe('defineElement', () => {
  it('ignores a second definition of the same tag instead of throwing', () => {
    class Other extends CoElement {}
    expect(() => defineElement('test-greeting', Other)).to.not.throw();
    expect(customElements.get('test-greeting')).to.equal(TestGreeting);
    expect(() => defineElement('test-greeting', TestGreeting)).to.not.throw();
  });
});

describe('Announcer', () => {
  it('speaks through one polite live region that exists before the first message', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    const regions = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions).to.have.length(1);
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
    (el as unknown as { announcer: { announce(m: string): void } }).announcer.announce(
      'Idea moved',
    );
    expect(regions[0].textContent).to.equal('Idea moved');
  });

  it('announces the same message twice as a change, and survives re-rendering', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    const announcer = (
      el as unknown as { announcer: { announce(m: string): void; message: string } }
    ).announcer;
    announcer.announce('Saved');
    const region = el.shadowRoot!.querySelector('[aria-live]')!;
    const first = region.textContent;
    announcer.announce('Saved');
    expect(region.textContent).to.not.equal(first);
    expect(announcer.message).to.equal('Saved');
    el.requestUpdate();
    await el.updateComplete;
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(1);
  });
});

describe('tokens', () => {
  it('applies defaults and lets a page theme through --co-* properties', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(getComputedStyle(el).color).to.equal('rgb(11, 12, 12)');
    el.style.setProperty('--co-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  it('gives buttons a target of at least 24 by 24 pixels even when a page asks for less', async () => {
    class TestButton extends CoElement {
      override render() {
        return litHtml`<button>x</button>`;
      }
    }
    defineElement('test-button', TestButton);
    const el = await fixture<TestButton>(
      html`<test-button style="--co-target-size: 10px"></test-button>`,
    );
    const rect = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(rect.width).to.be.at.least(24);
    expect(rect.height).to.be.at.least(24);
  });
});
