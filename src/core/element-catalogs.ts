import { mergeCatalogs, type Catalog, type Catalogs, type LazyCatalogs } from './i18n.js';

/**
 * The words one element class speaks: the core's and its own, English at once and every other
 * language when an element of the class first speaks it (Welsh is a third of an element's
 * weight, and most pages are English). One per element class, shared by its instances.
 */
export class ElementCatalogs {
  /** What has arrived so far, core and own merged; the element's own words win. */
  loaded: Catalogs;
  private readonly loading = new Map<string, Promise<void>>();
  /** Languages every source has delivered (an element's own Welsh without the core's is not). */
  private readonly complete = new Set<string>();
  /** Languages whose catalog could not load (offline, a missing file): spoken in English. */
  private readonly failed = new Set<string>();

  constructor(private readonly sources: readonly LazyCatalogs[]) {
    this.loaded = mergeCatalogs(...sources.map(given));
    for (const lang of Object.keys(this.loaded)) {
      if (sources.every((source) => typeof source[lang] !== 'function')) this.complete.add(lang);
    }
  }

  /**
   * The language for a `lang` value (`cy-GB` → `cy`) when some source has it, loaded or not;
   * `en` for anything else, and for a language that could not be loaded.
   */
  wanted(lang: string): string {
    const base = lang.trim().toLowerCase().split(/[-_]/)[0];
    const known = base !== '' && this.sources.some((source) => source[base] !== undefined);
    return known && !this.failed.has(base) ? base : 'en';
  }

  /** Whether the words of `lang` are all here. */
  has(lang: string): boolean {
    return this.complete.has(lang);
  }

  /** Loads `lang` from every source that has it, once; settles when done or given up. */
  load(lang: string): Promise<void> {
    let loading = this.loading.get(lang);
    if (!loading) {
      loading = Promise.all(
        this.sources.map(async (source): Promise<Catalogs> => {
          const entry = source[lang];
          return entry === undefined
            ? {}
            : { [lang]: typeof entry === 'function' ? await entry() : entry };
        }),
      ).then(
        (parts) => {
          this.loaded = mergeCatalogs(this.loaded, ...parts);
          this.complete.add(lang);
        },
        (error: unknown) => {
          // The element goes on in English rather than waiting for words that will not come.
          this.failed.add(lang);
          console.warn(
            `Together Kit: the "${lang}" words could not be loaded, so English is shown.`,
            error,
          );
        },
      );
      this.loading.set(lang, loading);
    }
    return loading;
  }
}

/** The catalogs a source gives at once (not those it loads). */
function given(source: LazyCatalogs): Catalogs {
  const catalogs: Record<string, Catalog> = {};
  for (const [lang, entry] of Object.entries(source)) {
    if (typeof entry !== 'function') catalogs[lang] = entry;
  }
  return catalogs;
}
