import * as v from 'valibot';
import { itemCollection } from '../store/item-collection.js';
import { describeIssues } from '../validation.js';

/**
 * The skill offer's saved data: its types, limits and the check of what is stored or
 * imported. It lives in core, not beside the element, because importing a space checks every
 * record with its own kind's schema — on a page that may have no skill offer (kinds/index.ts).
 */

export const SKILL_OFFER_KIND = 'skill-offer';

export const ways = ['co-commissioning', 'co-design', 'co-delivery', 'co-evaluation'] as const;
export type Way = (typeof ways)[number];

export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof days)[number];

export const times = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof times)[number];

/** What would help a person take part; `none` is exclusive (GOV.UK "None" checkbox). */
export const supportNeeds = [
  'travel',
  'childcare',
  'interpreter',
  'step-free',
  'other',
  'none',
] as const;
export type SupportNeed = (typeof supportNeeds)[number];

export const limits = {
  name: 100,
  email: 254,
  phone: 30,
  skill: 60,
  otherSkills: 20,
  experience: 2000,
  supportOther: 500,
  hours: 200,
} as const;

/** A sent offer, as saved and as the `co-submit` event's detail. Plain JSON. */
export interface SkillOffer {
  id: string;
  /** This browser's participant id (`participantId()`), so the person can find it again. */
  participant: string;
  createdAt: string;
  updatedAt: string;
  /** The language the person answered in: a council may need to reply in it. */
  lang: string;
  /** Empty when the person chose to stay anonymous. */
  name: string;
  email: string;
  phone: string;
  group: string;
  skills: string[];
  otherSkills: string[];
  experience: string;
  ways: Way[];
  /** Roughly how many hours a month; null when not said. */
  hours: number | null;
  days: Day[];
  times: TimeOfDay[];
  support: SupportNeed[];
  supportOther: string;
  consentContact: boolean;
  consentShare: boolean;
  /** The retention period the person was shown when they consented ("12 months"), or ''. */
  retention: string;
}

/**
 * The saved record of one `<co-skill-offer>`: every offer collected in the space, keyed by
 * id (so two tabs merge offer by offer). A withdrawn offer is a tombstone that keeps only its
 * id and when: none of the person's words survive it.
 */
export interface SkillOfferData {
  offers: Record<string, SkillOffer | WithdrawnOffer>;
}

interface WithdrawnOffer {
  id: string;
  deleted: true;
  updatedAt: string;
}

export function emptyData(): SkillOfferData {
  return { offers: {} };
}

const isoDate = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));
const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');
const list = <T extends string>(values: readonly T[]) =>
  v.optional(v.array(v.picklist(values, `must be one of: ${values.join(', ')}`)), []);

const OfferSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  participant: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  createdAt: isoDate,
  updatedAt: isoDate,
  lang: text(35),
  name: text(limits.name),
  email: text(limits.email),
  phone: text(limits.phone),
  group: text(40),
  skills: v.optional(v.array(v.pipe(v.string(), v.maxLength(40))), []),
  otherSkills: v.optional(v.array(v.pipe(v.string(), v.maxLength(limits.skill))), []),
  experience: text(limits.experience),
  ways: list(ways),
  hours: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(limits.hours))),
    null,
  ),
  days: list(days),
  times: list(times),
  support: list(supportNeeds),
  supportOther: text(limits.supportOther),
  consentContact: v.optional(v.boolean(), false),
  consentShare: v.optional(v.boolean(), false),
  retention: text(100),
});

const WithdrawnSchema = v.object({
  id: v.string(),
  deleted: v.literal(true),
  updatedAt: isoDate,
});

const DataSchema = v.object({
  offers: itemCollection(
    OfferSchema,
    WithdrawnSchema,
    'must be an object of offers, keyed by offer id',
  ),
});

/** The fields this kind's data has: an import refuses others (see kinds/index.ts). */
export const SKILL_OFFER_DATA_KEYS: readonly string[] = Object.keys(DataSchema.entries);

/** Checks stored or imported data; throws an Error that says where and what is wrong. */
export function parseSkillOfferData(data: unknown): SkillOfferData {
  const result = v.safeParse(DataSchema, data);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output as SkillOfferData;
}

/** Checks one offer given to `addOffer()`; throws an Error that says what is wrong. */
export function parseOffer(offer: unknown): SkillOffer {
  const result = v.safeParse(OfferSchema, offer);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}
