// Shared steps for the <co-journey-map> tests: a map on its own memory store, and ways to
// reach into its shadow root and press keys.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/journey-map.js';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import {
  addNote,
  addStage,
  emptyJourney,
  setFeeling,
  type JourneyData,
} from '../../../src/components/journey-map/model.js';
import { createEnvelope, recordKey } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';

let counter = 0;
export const freshSpace = () => `jm-${Date.now()}-${(counter += 1)}`;
export const markup = '<img src=x onerror=alert(1)>';

const at = new Date('2025-06-01T10:00:00.000Z');

/** Three stages (a, b, c) with a note in "doing" of a, and a pain point in b. */
export function smallMap(): JourneyData {
  let data = emptyJourney();
  for (const [id, name] of [
    ['a', 'Finding out'],
    ['b', 'Applying'],
    ['c', 'Waiting'],
  ]) {
    data = addStage(data, { id, name }, at);
  }
  data = addNote(
    data,
    {
      id: 'n1',
      stage: 'a',
      lane: 'doing',
      layer: 'as-is',
      participant: 'p',
      text: 'Searches online',
    },
    at,
  );
  data = addNote(
    data,
    {
      id: 'n2',
      stage: 'b',
      lane: 'pain-points',
      layer: 'as-is',
      participant: 'p',
      text: 'No news for weeks',
      group: 'community',
      evidence: { type: 'heard', count: 12 },
    },
    at,
  );
  return setFeeling(data, 'a', 'as-is', -1, at);
}

export async function seed(store: MemoryStore, space: string, data: JourneyData, schema = 1) {
  await store.update(recordKey({ space, kind: 'journey-map', id: 'main' }), () => ({
    ...createEnvelope(
      { space, kind: 'journey-map', id: 'main' },
      data as unknown as Record<string, unknown>,
      at,
    ),
    schema,
  }));
}

export interface MapOptions {
  data?: JourneyData;
  /** A store to share; `null` for the browser's own storage (as a page without one). */
  store?: MemoryStore | null;
  space?: string;
  schema?: number;
  lang?: string;
  attrs?: Partial<Pick<CoJourneyMap, 'view' | 'layer' | 'readOnly' | 'board' | 'participantGroup'>>;
}

/** A map on a memory store of its own (or the one given), loaded and rendered. */
export async function makeMap(options: MapOptions = {}) {
  const store = options.store === null ? undefined : (options.store ?? new MemoryStore());
  const space = options.space ?? freshSpace();
  if (options.data && store) await seed(store, space, options.data, options.schema);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <co-journey-map
        space=${space}
        .store=${store}
        view=${options.attrs?.view ?? 'grid'}
        layer=${options.attrs?.layer ?? 'as-is'}
        ?readonly=${options.attrs?.readOnly ?? false}
        participant-group=${ifDefined(options.attrs?.participantGroup)}
      ></co-journey-map>
    </div>`,
  );
  const el = wrapper.querySelector('co-journey-map')!;
  await el.storageController.ready;
  await el.updateComplete;
  // `store` is undefined only for `store: null` (the browser's storage), which callers know.
  return { el, store: store as MemoryStore, space, wrapper };
}

export const root = (el: CoJourneyMap) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: CoJourneyMap, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CoJourneyMap, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
export const focused = (el: CoJourneyMap) => root(el).activeElement as HTMLElement | null;

/** Where focus is, as `row|col` for a grid cell, or `#id`, or the element's text. */
export function where(el: CoJourneyMap): string {
  const active = focused(el);
  if (!active) return 'nothing';
  if (active.dataset.col !== undefined) return `${active.dataset.row}|${active.dataset.col}`;
  if (active.id) return `#${active.id}`;
  return active.textContent!.trim();
}

export const cell = (el: CoJourneyMap, row: string, col: string) =>
  $(el, `[data-row="${row}"][data-col="${col}"]`)!;

/** Presses a key, with modifiers written as in "Shift+Tab" or "Control+End". */
export async function press(combo: string) {
  const keys = combo.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}
export const type = (text: string) => sendKeys({ type: text });

/** Presses Tab (or Shift+Tab) until `done` holds; fails after `limit` presses. */
export async function tabUntil(done: () => boolean, { back = false, limit = 30 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    if (done()) return;
    await press(back ? 'Shift+Tab' : 'Tab');
  }
  if (!done()) throw new Error('Tab never reached the element');
}

export const stageNames = (el: CoJourneyMap) =>
  $$(el, 'th[data-stage] .stage-name').map((n) => n.textContent!.trim());

export const dialog = (el: CoJourneyMap, id: string) => $<HTMLDialogElement>(el, `#${id}`)!;

/** Waits for a dialog to open: the notes and stage dialogs arrive (import()) on first use. */
export async function openDialog(el: CoJourneyMap, id: string) {
  await waitUntil(() => $<HTMLDialogElement>(el, `#${id}`)?.open, `#${id} opens`);
}

export const button = (scope: ParentNode, text: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.trim() === text,
  )!;

/** The error summary's link whose words are exactly `text`. */
export const summaryLink = (summary: ParentNode, text: string) =>
  [...summary.querySelectorAll<HTMLAnchorElement>('a')].find(
    (a) => a.textContent!.trim() === text,
  )!;

/** The saved record's data, as the store holds it now. */
export async function saved(el: CoJourneyMap, store: MemoryStore | undefined, space: string) {
  await el.storageController.flush();
  const record = (await store!.load(recordKey({ space, kind: 'journey-map', id: 'main' }))) as {
    data: JourneyData;
  };
  return record.data;
}

/** Catches the files the map downloads, instead of saving them. */
export function catchDownloads() {
  const files: { name: string; href: string }[] = [];
  const onClick = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link instanceof HTMLAnchorElement && link.download) {
      event.preventDefault();
      files.push({ name: link.download, href: link.href });
    }
  };
  document.addEventListener('click', onClick, true);
  return {
    files,
    stop: () => document.removeEventListener('click', onClick, true),
    text: async (index: number) => (await fetch(files[index].href)).text(),
  };
}
