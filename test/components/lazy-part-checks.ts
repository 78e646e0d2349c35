// Shared by the elements' tests of parts loaded by import() when first shown (issue #13).
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CoErrorDetail } from '../../src/core/events.js';

type Loaders = Record<string, () => Promise<unknown>>;

/** Runs `run` while the part `name` cannot load, as when the network has gone; then restores it. */
export async function whilePartFails<P extends Loaders>(
  parts: P,
  name: keyof P,
  run: () => Promise<void>,
): Promise<void> {
  const load = parts[name];
  const warn = console.warn;
  parts[name] = (() => Promise.reject(new TypeError('Failed to fetch'))) as P[keyof P];
  // The element also writes the problem to the console; the test reads the page instead.
  console.warn = () => undefined;
  try {
    await run();
  } finally {
    parts[name] = load;
    console.warn = warn;
  }
}

/** `show()` asks for a part that cannot load: `co-error` `part-unavailable`, and words. */
export async function expectPartUnavailable(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  show: () => void,
): Promise<void> {
  setTimeout(show);
  const event = (await oneEvent(el, 'co-error')) as CustomEvent<CoErrorDetail>;
  expect(event.detail.code).to.equal('part-unavailable');
  await el.updateComplete;
  expect(el.shadowRoot!.textContent).to.contain('Part of this page could not be loaded');
  await expect(el).to.be.accessible();
}

/**
 * On a Welsh page, `open()` shows a part loaded by import() that brings its own words: the
 * part's Welsh (`welshFile`, e.g. `/facilitator-messages-cy`) is requested then and not
 * before, its first paint is already Welsh (`welsh` shown, `english` never seen, not even for
 * a moment while its Welsh was on its way), and axe passes.
 */
export async function expectPartInWelsh(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  open: () => unknown,
  { welshFile, welsh, english }: { welshFile: string; welsh: string; english: string },
): Promise<void> {
  const requested = () =>
    performance
      .getEntriesByType('resource')
      .some((entry) => new URL(entry.name).pathname.includes(welshFile));
  expect(requested(), `${welshFile} before the part was opened`).to.be.false;
  const root = el.shadowRoot!;
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(root.textContent ?? ''));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  try {
    await open();
    await el.updateComplete;
  } finally {
    observer.disconnect();
  }
  expect(requested(), `${welshFile} once the part was opened`).to.be.true;
  expect(root.textContent).to.contain(welsh);
  expect(seen.length, 'the part was shown').to.be.greaterThan(0);
  expect(seen.filter((text) => text.includes(english))).to.deep.equal([]);
  await expect(el).to.be.accessible();
}

/** Whether the page has fetched a file whose address contains `path` ("skill-offer/review-view"). */
export function requested(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${path}`));
}

/**
 * Runs `run` while the part `name` arrives only when `run` calls `arrive()`, as on a slow
 * connection, so that what a person does before it is here is certain to happen first.
 * `asked()` says whether the element has asked for the part yet.
 */
export async function whilePartIsLate<P extends Loaders>(
  parts: P,
  name: keyof P,
  run: (late: { arrive(): void; asked(): boolean }) => Promise<void>,
): Promise<void> {
  const load = parts[name];
  let arrive = () => undefined as void;
  const here = new Promise<void>((resolve) => (arrive = resolve));
  let asked = false;
  parts[name] = (async () => {
    asked = true;
    await here;
    return load();
  }) as P[keyof P];
  try {
    await run({ arrive: () => arrive(), asked: () => asked });
  } finally {
    arrive();
    parts[name] = load;
  }
}

/**
 * From now on the test server drops the connection of a request for a file whose path holds
 * one of `paths` (none: every file is served again), as when the phone has no signal; see
 * `files-down` in web-test-runner.config.js.
 */
export const filesDown = (...paths: string[]) => executeServerCommand('files-down', { paths });

/**
 * For a `describe` whose tests drop files: the expected warnings are hushed, and every file is
 * served again after each test.
 */
export function withFilesDown(): void {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(async () => {
    await filesDown();
    console.warn = warn;
  });
}
