import type { CoElement } from './co-element.js';
import type { LazyCatalogs } from './i18n.js';

/**
 * A part of an element that most people never use (a facilitator's panel, a directory),
 * loaded by `import()` the first time it is shown rather than with the element. `get()` gives
 * the module once it is here; the first call starts loading it, and the element renders
 * again when it arrives (`updateComplete` waits for it, so code that awaits the element's
 * update, and focus moved after it, finds the part in place). If it cannot load (offline),
 * the element says so in words and goes on without it.
 */
export class LazyPart<M> {
  private module?: M;
  private loading?: Promise<void>;

  constructor(
    private readonly host: CoElement,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module if it has arrived; otherwise `undefined`, and it is on its way. */
  get(): M | undefined {
    if (this.module === undefined && this.loading === undefined) {
      this.loading = this.load().then(
        (module) => {
          this.module = module;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.host.reportProblem('part-unavailable', this.host.t('problem.part'), error);
        },
      );
      this.host.waitFor(this.loading);
    }
    return this.module;
  }

  /**
   * The module, for an action that needs it now (a download button): waits for it to arrive.
   * Undefined when it could not load; the element has said so in words and with `co-error`.
   */
  async ready(): Promise<M | undefined> {
    this.get();
    await this.loading;
    return this.module;
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
    const module = this.get();
    if (module !== undefined) {
      void run(module);
      return;
    }
    // `run` is not awaited: an opener that awaits `updateComplete` would wait on itself.
    this.host.waitFor(
      this.loading!.then(() => {
        if (this.module !== undefined) void run(this.module);
      }),
    );
  }
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
