// Shared by the health check's element tests.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/health-check.js';
import type { CoHealthCheck } from '../../../src/components/health-check/health-check.js';
import {
  emptyHealth,
  roundId,
  type HealthData,
  type Rating,
} from '../../../src/components/health-check/model.js';
import { createEnvelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';

let counter = 0;
/** A space no other test uses, so remembered groups and saved answers never leak between tests. */
export const freshSpace = () => `health-${Date.now()}-${(counter += 1)}`;

/** Renders a health check and waits for its answers to load. */
export async function checkFixture(template: TemplateResult): Promise<CoHealthCheck> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'co-health-check' ? host : host.querySelector('co-health-check')
  ) as CoHealthCheck;
  await el.ready;
  await el.updateComplete;
  return el;
}

export const shadow = (el: CoHealthCheck) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: CoHealthCheck, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CoHealthCheck, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
export const text = (el: CoHealthCheck) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
export const button = (el: CoHealthCheck, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label);
export const focused = (el: CoHealthCheck) => shadow(el).activeElement as HTMLElement | null;
export const announced = (el: CoHealthCheck) =>
  ($(el, '[part="announcer"]')?.textContent ?? '').replace(/\u00a0$/, '');

/** A small framework: two principles, three statements, so forms are quick to fill. */
export const smallFramework = {
  principles: [
    {
      id: 'power',
      label: 'Sharing power',
      statements: ['We decide together.', 'We share the work.'],
    },
    { id: 'value', label: 'Valuing people', statements: ['Everyone is heard.'] },
  ],
};
export const SMALL = JSON.stringify(smallFramework);

export interface Seed {
  group: string;
  ratings: Record<string, Rating>;
  ladder?: string;
  comments?: Record<string, string>;
  round?: number;
}

/** `times` responses of one group with the same answers. */
export const answered = (
  group: string,
  ratings: Record<string, Rating>,
  times = 1,
  more: Partial<Seed> = {},
): Seed[] => Array.from({ length: times }, () => ({ group, ratings, ...more }));

/** Health data holding these responses (rounds 1…`rounds`, the last open). */
export function seededData(
  seeds: readonly Seed[],
  { rounds = 1, revealed = false }: { rounds?: number; revealed?: boolean } = {},
): HealthData {
  const data = emptyHealth();
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  for (let number = 1; number <= rounds; number += 1) {
    const id = roundId(number);
    data.rounds[id] = { id, number, open: number === rounds, openedAt: at, updatedAt: at };
  }
  seeds.forEach((seed, index) => {
    const round = roundId(seed.round ?? rounds);
    const id = `${round}~seed-${index}`;
    data.responses[id] = {
      id,
      participant: `seed-${index}`,
      round,
      group: seed.group,
      ratings: seed.ratings,
      ...(seed.ladder && { ladder: seed.ladder }),
      ...(seed.comments && { comments: seed.comments }),
      submittedAt: at,
      updatedAt: at,
    };
  });
  data.settings = { ...data.settings, revealed, updatedAt: at };
  return data;
}

/** A store already holding this data, as if people had answered earlier. */
export function storeWith(space: string, data: HealthData): MemoryStore {
  const store = new MemoryStore();
  void store.update(`together-kit/${space}/health-check/main`, () =>
    createEnvelope(
      { space, kind: 'health-check', id: 'main' },
      data as unknown as Record<string, unknown>,
    ),
  );
  return store;
}

export function shows(el: CoHealthCheck, words: string): Promise<void> {
  return waitUntil(() => text(el).includes(words), `shows "${words}"`);
}
