// Shared by the partnership vote's element tests.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/partnership-vote.js';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import { emptyVote, type VoteData } from '../../../src/components/partnership-vote/model.js';
import type { Ballot } from '../../../src/core/parity.js';
import { createEnvelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';

let counter = 0;
/** A space no other test uses, so remembered groups and saved ballots never leak between tests. */
export const freshSpace = () => `vote-${Date.now()}-${(counter += 1)}`;

/** Renders a vote and waits for its ballots to load. */
export async function voteFixture(template: TemplateResult): Promise<CoPartnershipVote> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'co-partnership-vote' ? host : host.querySelector('co-partnership-vote')
  ) as CoPartnershipVote;
  await el.ready;
  await el.updateComplete;
  return el;
}

export const shadow = (el: CoPartnershipVote) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: CoPartnershipVote, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CoPartnershipVote, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
export const text = (el: CoPartnershipVote) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');

/** The button whose words are exactly `label`. */
export const button = (el: CoPartnershipVote, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label);

/** Whatever has focus inside the element's shadow root. */
export const focused = (el: CoPartnershipVote) => shadow(el).activeElement as HTMLElement | null;

export const announced = (el: CoPartnershipVote) =>
  ($(el, '[part="announcer"]')?.textContent ?? '').replace(/\u00a0$/, '');

/** A store already holding these ballots (and settings), as if people had voted earlier. */
export function storeWith(
  space: string,
  ballots: readonly Ballot[],
  settings: Partial<VoteData['settings']> = {},
): MemoryStore {
  const store = new MemoryStore();
  const data = emptyVote();
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  ballots.forEach((ballot, index) => {
    const id = `seed-${index}`;
    data.ballots[id] = { ...ballot, id, participant: id, castAt: at, updatedAt: at };
  });
  data.settings = { ...data.settings, ...settings, updatedAt: at };
  void store.update(`together-kit/${space}/partnership-vote/main`, () =>
    createEnvelope(
      { space, kind: 'partnership-vote', id: 'main' },
      data as unknown as Record<string, unknown>,
    ),
  );
  return store;
}

export const chose = (group: string, option: string, times = 1): Ballot[] =>
  Array.from({ length: times }, () => ({ group, marks: { [option]: 1 } }));

/** Waits until the element shows `words` somewhere in its shadow root. */
export function shows(el: CoPartnershipVote, words: string): Promise<void> {
  return waitUntil(() => text(el).includes(words), `shows "${words}"`);
}
