/**
 * The kinds of record this version of Together Kit knows, each with the check of its data.
 * Import and sync use it to refuse a record before anything is written: a vote relabelled as
 * an idea board, or a kind nobody knows, must never reach storage, where the element would
 * then have to set it aside. The checks are loaded when first needed, so a page pays for the
 * schemas of the elements it has (which load them anyway) and nothing more until it imports.
 */

/**
 * How a kind's data is checked: the element's own `parse`, and the fields its data may have.
 * An element reads a record leniently (it keeps fields it does not know, so a save does not
 * drop them); an import is stricter, because a record of one kind relabelled as another
 * often passes the other's parse with everything it holds unknown — and then silently lost.
 */
interface KindCheck {
  parse: (data: unknown) => unknown;
  fields?: readonly string[];
}

/**
 * The idea board's kind name, here rather than in core/idea.ts: the delivery plan reads and
 * writes board records by it (idea-tasks.ts) and must not load the idea format and parity.
 */
export const IDEA_BOARD_KIND = 'idea-board';

const checks: Record<string, () => Promise<KindCheck>> = {
  'delivery-plan': () =>
    import('./delivery-plan.js').then((kind) => ({
      parse: kind.parseDeliveryPlanData,
      fields: kind.DELIVERY_PLAN_DATA_KEYS,
    })),
  // Literal names, not imported constants: importing core/idea.ts here would pull the idea
  // format and parity arithmetic into every element's first load.
  'health-check': () =>
    import('./health-check.js').then((kind) => ({
      parse: kind.parseHealthData,
      fields: kind.HEALTH_DATA_KEYS,
    })),
  [IDEA_BOARD_KIND]: () =>
    import('./idea-board.js').then((kind) => ({
      parse: kind.parseBoard,
      fields: kind.BOARD_DATA_KEYS,
    })),
  'journey-map': () =>
    import('./journey-map.js').then((kind) => ({
      parse: kind.parseJourney,
      fields: kind.JOURNEY_DATA_KEYS,
    })),
  'partnership-vote': () =>
    import('./partnership-vote.js').then((kind) => ({
      parse: kind.parseVoteData,
      fields: kind.VOTE_DATA_KEYS,
    })),
  'skill-offer': () =>
    import('./skill-offer.js').then((kind) => ({
      parse: kind.parseSkillOfferData,
      fields: kind.SKILL_OFFER_DATA_KEYS,
    })),
};

/** Kinds a page registered (which, unlike the built-in ones, it may register again). */
const registered = new Set<string>();

/** Every kind of record this page knows (built in, and registered), in a stable order. */
export function recordKinds(): string[] {
  return Object.keys(checks).sort();
}

export function isRecordKind(kind: string): boolean {
  return Object.hasOwn(checks, kind);
}

/**
 * Makes an element of a page's own (built on Together Kit's core, see
 * docs/writing-an-element.md) importable: `check` is the element's `parse`, throwing an Error
 * that says what is wrong. The built-in kinds cannot be replaced: an import must be checked
 * as strictly as the element that will read it.
 */
export function registerRecordKind(kind: string, check: (data: unknown) => unknown): void {
  if (isRecordKind(kind) && !registered.has(kind)) {
    throw new TypeError(`registerRecordKind: "${kind}" is a built-in kind`);
  }
  registered.add(kind);
  checks[kind] = () => Promise.resolve({ parse: check });
}

/**
 * Checks a record's `data` with its kind's own schema, as the element would on load, and
 * refuses fields the kind does not have. Resolves to `undefined` when it fits, or to words
 * saying what is wrong. An unknown kind is a problem too.
 */
export async function checkRecordData(kind: string, data: unknown): Promise<string | undefined> {
  if (!isRecordKind(kind)) return `"${kind}" is not a kind of record Together Kit knows`;
  const unknown = await fieldsNotOf(kind, data);
  if (unknown.length > 0) {
    const list = unknown.map((field) => JSON.stringify(field)).join(', ');
    return `it holds ${list}, which ${kind} data does not have (is it a record of another kind?)`;
  }
  const { parse } = await checks[kind]();
  try {
    parse(data);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The top-level fields of `data` that its kind does not have (at most three, to name them):
 * the sign of a record of another kind relabelled. None for a kind registered by a page.
 */
export async function fieldsNotOf(kind: string, data: unknown): Promise<string[]> {
  if (!isRecordKind(kind) || typeof data !== 'object' || data === null) return [];
  const { fields } = await checks[kind]();
  if (!fields) return [];
  return Object.keys(data)
    .filter((field) => !fields.includes(field))
    .slice(0, 3);
}
