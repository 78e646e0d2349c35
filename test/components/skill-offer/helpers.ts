// Shared steps for the <co-skill-offer> tests: fresh spaces, shadow queries, real key presses.
import { sendKeys } from '@web/test-runner-commands';
import type * as PapaModule from 'papaparse';
import { fixture, html } from '@open-wc/testing';
import '../../../src/skill-offer.js';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';

let counter = 0;
/** A space no other test uses, so every test starts with no offers. */
export const freshSpace = () => `skill-offer-${Date.now()}-${(counter += 1)}`;

export function $<T extends Element = HTMLElement>(el: CoSkillOffer, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: CoSkillOffer, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The element focused inside the element's shadow root. */
export function focused(el: CoSkillOffer): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Waits for the first load and render. */
export async function settled(el: CoSkillOffer): Promise<CoSkillOffer> {
  await el.ready;
  await el.updateComplete;
  return el;
}

/** Presses Tab until focus is on what `selector` matches (keyboard only, as a person would). */
export async function tabTo(el: CoSkillOffer, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (focused(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Focuses a text field and types into it with real key presses. */
export async function typeInto(el: CoSkillOffer, selector: string, text: string): Promise<void> {
  $(el, selector).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Ticks or unticks a box by clicking it (fires input and change, as a person's click does). */
export async function click(el: CoSkillOffer, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

/** Text a person sees in the shadow root, spaces collapsed. */
export function textOf(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const MARKUP = '<img src=x onerror=alert(1)>';

/**
 * papaparse ships only as UMD, which the test server hands over untransformed, so it is
 * loaded as a classic script that sets `window.Papa` (as test/core/csv.test.ts does).
 */
export async function loadPapa(): Promise<typeof PapaModule> {
  const global = window as unknown as { Papa?: typeof PapaModule };
  if (global.Papa) return global.Papa;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../../../node_modules/papaparse/papaparse.min.js', import.meta.url).href;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('papaparse did not load')));
    document.head.append(script);
  });
  return global.Papa!;
}

/** A standalone form in a space of its own, saved in memory, loaded and rendered. */
export async function offerForm(
  space = freshSpace(),
  attrs: Partial<Record<'hide' | 'require' | 'retention', string>> = {},
): Promise<CoSkillOffer> {
  const el = await fixture<CoSkillOffer>(
    html`<co-skill-offer
      storage="memory"
      space=${space}
      hide=${attrs.hide ?? ''}
      require=${attrs.require ?? 'skills'}
      retention=${attrs.retention ?? '12 months'}
    ></co-skill-offer>`,
  );
  return settled(el);
}

/** Lets focus moves queued after an update (focus follows `updateComplete`) take place. */
export const afterFocusMoves = () => new Promise((resolve) => setTimeout(resolve));
