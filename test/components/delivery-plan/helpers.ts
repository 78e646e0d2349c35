// Shared steps for the <co-delivery-plan> tests: a store of its own, offers and ideas put
// where the other elements keep them, shadow queries.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/delivery-plan.js';
import type { CoDeliveryPlan } from '../../../src/components/delivery-plan/delivery-plan.js';
import { createEnvelope, recordKey } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { SkillOffer } from '../../../src/core/kinds/skill-offer.js';

let counter = 0;
export const freshSpace = () => `delivery-${Date.now()}-${(counter += 1)}`;

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Text a person sees (or hears) in the shadow root, spaces collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose words (visible and for screen readers) are `name`. */
export function button(root: Element | ShadowRoot, name: string): HTMLButtonElement {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll('button')].find((b) => textOf(b) === name);
  if (!found) {
    const names = [...scope.querySelectorAll('button')].map((b) => textOf(b));
    throw new Error(`no button "${name}" among ${JSON.stringify(names)}`);
  }
  return found;
}

/** The task list item titled `title`. */
export function task(el: CoDeliveryPlan, title: string): HTMLElement {
  const found = $$(el, 'li.task').find((li) => textOf(li.querySelector('.h-sub')) === title);
  if (!found) throw new Error(`no task "${title}"`);
  return found;
}

export const MARKUP = '<img src=x onerror=alert(1)>';

/** A task with only its title, as a page's script or the facilitator's form might add it. */
export const cooking = {
  title: 'Cooking class',
  detail: '',
  when: '',
  people: null,
  groups: [],
  skills: [],
};

export interface PlanOptions {
  store?: MemoryStore;
  space?: string;
  group?: string;
  facilitator?: boolean;
  kiosk?: boolean;
  lang?: string;
}

/** A plan in a store of its own (or the one given), loaded and rendered. */
export async function makePlan(o: PlanOptions = {}) {
  const store = o.store ?? new MemoryStore();
  const space = o.space ?? freshSpace();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${o.lang ?? 'en'}>
      <co-delivery-plan
        .store=${store}
        space=${space}
        participant-group=${ifDefined(o.group)}
        ?facilitator=${o.facilitator ?? false}
        ?kiosk=${o.kiosk ?? false}
      ></co-delivery-plan>
    </div>`,
  );
  const el = wrapper.querySelector('co-delivery-plan') as CoDeliveryPlan;
  await settle(el);
  return { el, store, space };
}

export async function settle(el: CoDeliveryPlan): Promise<void> {
  await el.ready;
  await el.updateComplete;
  // Offers and ideas load from the store beside the plan.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** A skill offer as `<co-skill-offer>` saves it. */
export function offer(id: string, o: Partial<SkillOffer>): SkillOffer {
  const now = new Date().toISOString();
  return {
    id,
    participant: `p-${id}`,
    createdAt: now,
    updatedAt: now,
    lang: 'en',
    name: '',
    email: '',
    phone: '',
    group: 'community',
    skills: [],
    otherSkills: [],
    experience: '',
    ways: [],
    hours: null,
    days: [],
    times: [],
    support: [],
    supportOther: '',
    consentContact: false,
    consentShare: false,
    retention: '',
    ...o,
  };
}

/** Saves offers where the space's `<co-skill-offer>` keeps them. */
export async function seedOffers(store: MemoryStore, space: string, offers: SkillOffer[]) {
  const ref = { space, kind: 'skill-offer', id: 'main' };
  await store.update(recordKey(ref), () =>
    createEnvelope(ref, { offers: Object.fromEntries(offers.map((o) => [o.id, o])) }),
  );
}
