/**
 * A small per-element message lookup. Each element follows the nearest `lang`, so a bilingual
 * Welsh page can show English and Welsh elements side by side (which @lit/localize, with one
 * locale per page, cannot; see TOOLCHAIN.md).
 */

/** Plural forms chosen with `Intl.PluralRules`; Welsh uses all six. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;
export type Catalog = Readonly<Record<string, Message>>;
/** Catalogs by base language tag (`en`, `cy`). English is the fallback and must be complete. */
export type Catalogs = Readonly<Record<string, Catalog>>;
export type MessageParams = Readonly<Record<string, string | number>>;
/**
 * Loads one language's catalog when an element first speaks it, e.g.
 * `() => import('./messages-cy.js').then((m) => m.welsh)`: an English page never downloads Welsh.
 */
type CatalogLoader = () => Promise<Catalog>;
/** An element's catalogs by language: each given, or loaded on demand. English is given. */
export type LazyCatalogs = Readonly<Record<string, Catalog | CatalogLoader>>;

/** Languages that ship complete. */
export const shippedLanguages = ['en', 'cy'] as const;

/** `cy-GB` → `cy`; anything we have no catalog for → `en`. */
export function resolveLanguage(lang: string | null | undefined, catalogs: Catalogs): string {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base && catalogs[base] ? base : 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(lang: string, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

/**
 * Looks `key` up in `lang`, falling back to English, then to the key itself (so a missing
 * string is visible rather than blank). `{name}` placeholders are filled from `params`;
 * numbers are formatted for the language. A plural message picks its form from `params.count`.
 */
export function translate(
  catalogs: Catalogs,
  lang: string,
  key: string,
  params: MessageParams = {},
): string {
  const message = catalogs[lang]?.[key] ?? catalogs.en?.[key];
  if (message === undefined) return key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    text = message[pluralCategory(lang, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** Merges catalogs language by language; later ones win, so an element can override core text. */
export function mergeCatalogs(...catalogs: Catalogs[]): Catalogs {
  const merged: Record<string, Record<string, Message>> = {};
  for (const catalog of catalogs) {
    for (const [lang, messages] of Object.entries(catalog)) {
      merged[lang] = { ...merged[lang], ...messages };
    }
  }
  return merged;
}
