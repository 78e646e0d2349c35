import { mergeCatalogs, type Catalog, type Catalogs, type LazyCatalogs } from './i18n.js';

/** What one source of words has given so far. */
interface SourceState {
  /** Its catalogs that are here, given or loaded, by language. */
  catalogs: Record<string, Catalog>;
  /** Languages it loads on demand whose loading has started, once each. */
  loading: Map<string, Promise<void>>;
  /** Languages it has nothing more to give in: loaded, or given up. */
  settled: Set<string>;
  /** A part added later (its words that will not load leave only the part in English). */
  part: boolean;
}

/**
 * The words one element class speaks: the core's and its own, English at once and every other
 * language when an element of the class first speaks it (Welsh is a third of an element's
 * weight, and most pages are English). Parts loaded by import() when first opened bring their
 * own words (`add`), so neither language of a dialog most people never open is in the first
 * load. One per element class, shared by its instances.
 */
export class ElementCatalogs {
  /** What has arrived so far, core, own and parts' merged; a later source's words win. */
  loaded: Catalogs;
  private readonly sources = new Map<LazyCatalogs, SourceState>();
  /** Languages an element of the class has asked for: a part added later loads them too. */
  private readonly asked = new Set<string>();
  /** Languages whose element catalog could not load (offline, a missing file): spoken in English. */
  private readonly failed = new Set<string>();
  /** Languages of which some part's words could not load: that part is shown in English. */
  private readonly partsFailed = new Set<string>();
  /** What each part's `add()` gave, so that a part added twice (two elements) loads once. */
  private readonly added = new Map<LazyCatalogs, Promise<void>>();

  constructor(sources: readonly LazyCatalogs[]) {
    for (const source of sources) this.sources.set(source, stateOf(source, false));
    this.loaded = this.merged();
  }

  /**
   * The language for a `lang` value (`cy-GB` → `cy`) when some source has it, loaded or not;
   * `en` for anything else, and for a language that could not be loaded.
   */
  wanted(lang: string): string {
    const base = lang.trim().toLowerCase().split(/[-_]/)[0];
    return base !== '' && this.knows(base) && !this.failed.has(base) ? base : 'en';
  }

  /** Whether the words of `lang` are all here: every source's, added parts' included. */
  has(lang: string): boolean {
    return this.here(lang, true);
  }

  /**
   * Whether the element can speak `lang`: its own words and the core's are here. A part's
   * words still on their way do not turn the whole element to English (the part waits for
   * them before it shows, and an update waits for them while `has` is false).
   */
  speaks(lang: string): boolean {
    return this.here(lang, false);
  }

  private here(lang: string, parts: boolean): boolean {
    if (!this.knows(lang) || this.failed.has(lang)) return false;
    for (const [source, state] of this.sources) {
      if (!parts && state.part) continue;
      if (typeof source[lang] === 'function' && !state.settled.has(lang)) return false;
    }
    return true;
  }

  /** Loads `lang` from every source that has it, once; settles when done or given up. */
  async load(lang: string): Promise<void> {
    if (!this.knows(lang)) return;
    this.asked.add(lang);
    // A part added while this waits is loaded by `add`; wait for it too, so that `has` holds.
    while (!this.has(lang) && !this.failed.has(lang)) {
      await Promise.all([...this.sources.keys()].map((source) => this.loadFrom(source, lang)));
    }
  }

  /**
   * Adds the words of a part loaded later (a dialog, a results view). Its English is here at
   * once; every language an element of the class has asked for is loaded from it before this
   * settles, so that the part shows first in the element's language. A part's language that
   * cannot load leaves the part in English (with a warning), and the rest of the element as it
   * was.
   */
  add(source: LazyCatalogs): Promise<void> {
    let adding = this.added.get(source);
    if (!adding) {
      if (!this.sources.has(source)) this.sources.set(source, stateOf(source, true));
      this.loaded = this.merged();
      const languages = [...this.asked].filter((lang) => !this.failed.has(lang));
      adding = Promise.all(languages.map((lang) => this.loadFrom(source, lang))).then(() => {});
      this.added.set(source, adding);
    }
    return adding;
  }

  /**
   * Forgets the languages that could not load, the element's or a part's, so that the next
   * element to speak one loads it again (when the browser is back online): `has` is false
   * until they are here. Words that did arrive are kept.
   */
  forgetFailures(): void {
    for (const lang of new Set([...this.failed, ...this.partsFailed])) {
      for (const state of this.sources.values()) {
        if (state.catalogs[lang] !== undefined) continue;
        state.loading.delete(lang);
        state.settled.delete(lang);
      }
    }
    this.failed.clear();
    this.partsFailed.clear();
  }

  private knows(lang: string): boolean {
    return [...this.sources.keys()].some((source) => source[lang] !== undefined);
  }

  /** Every source's words that are here, in the order the sources came (later ones win). */
  private merged(): Catalogs {
    return mergeCatalogs(...[...this.sources.values()].map((state) => state.catalogs));
  }

  /** Loads `lang` from one source, once. */
  private loadFrom(source: LazyCatalogs, lang: string): Promise<void> {
    const entry = source[lang];
    const state = this.sources.get(source)!;
    if (typeof entry !== 'function') return Promise.resolve();
    let loading = state.loading.get(lang);
    if (!loading) {
      loading = entry().then(
        (catalog) => {
          state.catalogs[lang] = catalog;
          state.settled.add(lang);
          this.loaded = this.merged();
        },
        (error: unknown) => {
          // The element goes on in English rather than waiting for words that will not come;
          // a part's words that will not come are shown in English beside the element's own.
          state.settled.add(lang);
          (state.part ? this.partsFailed : this.failed).add(lang);
          console.warn(
            `Together Kit: the "${lang}" words could not be loaded, so English is shown.`,
            error,
          );
        },
      );
      state.loading.set(lang, loading);
    }
    return loading;
  }
}

/** A source's state before it has loaded anything: the catalogs it gives at once. */
function stateOf(source: LazyCatalogs, part: boolean): SourceState {
  const catalogs: Record<string, Catalog> = {};
  for (const [lang, entry] of Object.entries(source)) {
    if (typeof entry !== 'function') catalogs[lang] = entry;
  }
  return { catalogs, loading: new Map(), settled: new Set(), part };
}
