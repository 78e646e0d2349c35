import * as v from 'valibot';
import { liveItems, tombstone } from '../../core/store/merge.js';
import { describeIssues } from '../../core/validation.js';
import { days, limits, supportNeeds, times, ways, type SkillOffer } from './model.js';

/**
 * The saved record of one `<co-skill-offer>`: every offer collected in the space, keyed by
 * id (so two tabs merge offer by offer). A withdrawn offer is a tombstone that keeps only its
 * id and when: none of the person's words survive it.
 */
export interface SkillOfferData {
  offers: Record<string, SkillOffer | WithdrawnOffer>;
}

export interface WithdrawnOffer {
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
  offers: v.pipe(
    // valibot's record would take an array (its indexes as keys); saved offers never are one.
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'must be an object of offers, keyed by offer id',
    ),
    v.record(v.string(), v.unknown()),
  ),
});

/** Checks stored or imported data; throws an Error that says where and what is wrong. */
export function parseSkillOfferData(data: unknown): SkillOfferData {
  const outer = v.safeParse(DataSchema, data);
  if (!outer.success) throw new Error(describeIssues(outer.issues));
  const offers: SkillOfferData['offers'] = {};
  for (const [key, value] of Object.entries(outer.output.offers)) {
    // A tombstone is judged as one, so a broken offer is never mistaken for a withdrawal.
    const withdrawn = (value as { deleted?: unknown } | null)?.deleted === true;
    const result = v.safeParse(withdrawn ? WithdrawnSchema : OfferSchema, value);
    if (!result.success) throw new Error(`offers.${key}: ${describeIssues(result.issues)}`);
    offers[key] = result.output as SkillOffer | WithdrawnOffer;
  }
  return { offers };
}

/** Checks one offer given to `addOffer()`; throws an Error that says what is wrong. */
export function parseOffer(offer: unknown): SkillOffer {
  const result = v.safeParse(OfferSchema, offer);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

/** Adds the offer, or replaces the saved version of it whole. */
export function saveOffer(data: SkillOfferData, offer: SkillOffer): SkillOfferData {
  return { offers: { ...data.offers, [offer.id]: offer } };
}

/** Withdraws an offer: a tombstone replaces it, so nothing personal is kept. */
export function withdrawOffer(data: SkillOfferData, id: string, now = new Date()): SkillOfferData {
  if (!(id in data.offers)) return data;
  return { offers: { ...data.offers, [id]: tombstone(id, now) } };
}

/** The offers not withdrawn, oldest first (the order people offered in). */
export function liveOffers(data: SkillOfferData): SkillOffer[] {
  return (liveItems(data.offers) as SkillOffer[]).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** This participant's offer (the latest, should two tabs each have sent one). */
export function ownOffer(data: SkillOfferData, participant: string): SkillOffer | undefined {
  return liveOffers(data)
    .filter((offer) => offer.participant === participant)
    .at(-1);
}
