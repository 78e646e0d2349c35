import type { CoElement } from './co-element.js';
import type { LazyCatalogs } from './i18n.js';

/** Thrown by an action that needs a part that could not load; the element has said so. */
export class PartUnavailable extends Error {}

/**
 * A part of an element that most people never use (a facilitator's panel, a directory),
 * loaded by `import()` the first time it is shown rather than with the element. `get()` gives
 * the module once it is here; the first call starts loading it, and the element renders
 * again when it arrives (`updateComplete` waits for it, so code that awaits the element's
 * update, and focus moved after it, finds the part in place).
 *
 * If it cannot load (offline), the element says so in words, with a "Try again" button, and
 * goes on without it. It is tried again when the person presses that button, when they do
 * again what needed the part (`use()`, `ready()`), and when the browser says it is back
 * online; never by rendering alone, which would try in a loop. (Browsers no longer keep a
 * failed `import()` for good: whatwg/html#10327, in Chromium, Firefox and WebKit.)
 */
export class LazyPart<M> {
  private module?: M;
  private loading?: Promise<void>;
  private failed = false;

  constructor(
    private readonly host: CoElement,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module if it has arrived; otherwise `undefined`, and it is on its way. */
  get(): M | undefined {
    if (this.module === undefined && this.loading === undefined && !this.failed) this.start();
    return this.module;
  }

  /** Loads the part, or tries again after a failure. Settles when it has arrived or failed. */
  private start(): Promise<void> {
    this.failed = false;
    const loading = this.load().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
        arrived(this.host, this);
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        failed(this.host, this, error);
      },
    );
    this.loading = loading;
    this.host.waitFor(loading);
    return loading;
  }

  /** For an action a person takes now: the part's load, started again if the last one failed. */
  private asked(): Promise<void> {
    if (this.failed) return this.start();
    this.get();
    return this.loading ?? Promise.resolve();
  }

  /**
   * The module, for an action that needs it now (a download button): waits for it to arrive.
   * Undefined when it could not load; the element has said so in words and with `co-error`.
   */
  async ready(): Promise<M | undefined> {
    await this.asked();
    return this.module;
  }

  /** Whether its last load failed (the element has said so); until it is tried again. */
  get unavailable(): boolean {
    return this.failed;
  }

  /** The module if it has arrived, without starting to load it (for parts shown on demand). */
  get loaded(): M | undefined {
    return this.module;
  }

  /**
   * Runs `run` with the module: at once if it is here, otherwise once it arrives (loading it
   * if need be). Until `run` has been called, `updateComplete` waits, so a key press that
   * opens a lazy dialog finds it open and focus where it went before. If the part cannot
   * load, `run` is never called (the element has said so) and focus stays where it was.
   */
  use(run: (module: M) => unknown): void {
    if (this.module !== undefined) {
      void run(this.module);
      return;
    }
    // `run` is not awaited: an opener that awaits `updateComplete` would wait on itself.
    this.host.waitFor(
      this.asked().then(() => {
        if (this.module !== undefined) void run(this.module);
      }),
    );
  }
}

/**
 * The parts of an element whose last load failed, so that one "Try again" tries every one of
 * them (the element also calls it when the browser is back online, while it is on the page),
 * and the notice goes when the last one arrives.
 */
const failures = new WeakMap<CoElement, Set<LazyPart<unknown>>>();

function failed(host: CoElement, part: LazyPart<unknown>, error: unknown): void {
  let parts = failures.get(host);
  if (!parts) failures.set(host, (parts = new Set()));
  parts.add(part);
  host.reportProblem(
    'part-unavailable',
    () => host.t('problem.part'),
    error,
    'part-unavailable',
    () => retryParts(host),
  );
}

function arrived(host: CoElement, part: LazyPart<unknown>): void {
  const parts = failures.get(host);
  if (!parts?.delete(part) || parts.size > 0) return;
  failures.delete(host);
  host.clearProblemKey('part-unavailable');
}

/** Tries every part of `host` that failed to load; settles when each has arrived or failed. */
async function retryParts(host: CoElement): Promise<void> {
  const parts = failures.get(host);
  if (parts) await Promise.all([...parts].map((part) => part.ready()));
}

/**
 * Loads a part that brings its own words (`words`, English and a Welsh loader, beside the
 * part): they are added to the element's before the part is given, so the part's first paint
 * is in the element's language, and neither language of it is in the element's first load.
 * A part that shows another part's words too gives both (`[reviewWords, directoryWords]`).
 */
export async function withWords<M extends { words: LazyCatalogs | readonly LazyCatalogs[] }>(
  host: CoElement,
  load: () => Promise<M>,
): Promise<M> {
  const part = await load();
  const words: readonly LazyCatalogs[] = Array.isArray(part.words) ? part.words : [part.words];
  await Promise.all(words.map((source) => host.addWords(source)));
  return part;
}
