// One set of checks for every JSON-shaped property of every element (issue #13, item 3): what
// React, Vue and plain script pass through the property (a list of strings, a list of objects,
// JSON text) is used, and anything else is refused the way a malformed attribute is: the value
// stays, the element keeps rendering, says what is wrong in English or Welsh and fires
// `co-error` `attribute-invalid`.
import { expect } from '@open-wc/testing';
import type { CoElement } from '../../src/core/co-element.js';
import type { CoErrorDetail } from '../../src/core/events.js';

/** Every word the element shows, through its own and nested shadow roots. */
export function shownText(root: Element | ShadowRoot): string {
  let words = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) words += ` ${node.textContent ?? ''}`;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root instanceof Element ? (root.shadowRoot ?? root) : root);
  return words.replace(/\s+/g, ' ');
}

export interface JsonPropertyCase {
  /** A new element with its defaults, rendered and loaded. */
  make: (lang?: string) => Promise<CoElement>;
  /** The property (camelCase) and its attribute. */
  property: string;
  attribute?: string;
  /** Values a page may pass, and what each must read as (`read` maps the value to compare). */
  accepted: { name: string; value: unknown; expected: unknown; shows?: string[] }[];
  /** Values that must be refused, each with words its detail contains. */
  refused: { name: string; value: unknown; detail: string | RegExp }[];
  /** How the property's value is compared: by default its JSON. */
  read?: (value: unknown) => unknown;
}

function problemsText(el: CoElement): string {
  return el.shadowRoot?.querySelector('[part="problems"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function collectErrors(el: Element) {
  const errors: CoErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<CoErrorDetail>).detail);
  el.addEventListener('co-error', listener);
  return { errors, stop: () => el.removeEventListener('co-error', listener) };
}

/** Registers the checks for one property as mocha tests. */
export function checkJsonProperty(spec: JsonPropertyCase): void {
  const read = spec.read ?? ((value: unknown) => JSON.parse(JSON.stringify(value)) as unknown);
  const attribute = spec.attribute ?? spec.property;
  const prop = (el: CoElement) => (el as unknown as Record<string, unknown>)[spec.property];
  const set = (el: CoElement, value: unknown) => {
    (el as unknown as Record<string, unknown>)[spec.property] = value;
  };

  describe(`the "${attribute}" property`, () => {
    for (const accepted of spec.accepted) {
      it(`accepts ${accepted.name}, as the property and as the attribute`, async () => {
        const el = await spec.make();
        const { errors, stop } = collectErrors(el);
        set(el, accepted.value);
        // Read back at once, before any render: a framework reads what it wrote.
        expect(read(prop(el))).to.deep.equal(accepted.expected);
        await el.updateComplete;
        expect(read(prop(el))).to.deep.equal(accepted.expected);
        for (const words of accepted.shows ?? []) expect(shownText(el)).to.contain(words);

        const text =
          typeof accepted.value === 'string' ? accepted.value : JSON.stringify(accepted.value);
        const other = await spec.make();
        other.setAttribute(attribute, text);
        await other.updateComplete;
        expect(read(prop(other))).to.deep.equal(accepted.expected);
        stop();
        expect(errors).to.deep.equal([]);
        expect(el.problems).to.deep.equal([]);
      });
    }

    for (const refused of spec.refused) {
      it(`refuses ${refused.name} in words and keeps the value it had`, async () => {
        const el = await spec.make();
        const good = spec.accepted[0];
        set(el, good.value);
        await el.updateComplete;
        const { errors, stop } = collectErrors(el);
        set(el, refused.value);
        await el.updateComplete;
        stop();
        expect(read(prop(el))).to.deep.equal(good.expected);
        expect(errors.map((e) => e.code)).to.deep.equal(['attribute-invalid']);
        expect(errors[0].message).to.contain(`"${attribute}"`);
        if (typeof refused.detail === 'string')
          expect(errors[0].message).to.contain(refused.detail);
        else expect(errors[0].message).to.match(refused.detail);
        expect(problemsText(el)).to.contain(`"${attribute}"`);
        for (const words of good.shows ?? []) expect(shownText(el)).to.contain(words);
        // A good value afterwards is taken, and the problem goes once the page fixes it.
        set(el, good.value);
        await el.updateComplete;
        expect(read(prop(el))).to.deep.equal(good.expected);
        expect(el.problems).to.deep.equal([]);
      });
    }

    it('says what is wrong in Welsh on a Welsh page, and stays accessible', async () => {
      const el = await spec.make('cy');
      set(el, spec.refused[0].value);
      await el.updateComplete;
      expect(problemsText(el)).to.contain('Gosododd y dudalen hon');
      expect(problemsText(el)).to.contain(`"${attribute}"`);
      await expect(el).to.be.accessible();
    });
  });
}
