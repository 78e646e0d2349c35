/**
 * The skill offer as data: what the form holds while a person fills it in (`OfferDraft`), what
 * is saved once they send it (`SkillOffer`), and the checks between the two. No DOM here.
 */

/** The fields a page can hide (`hide`) or make required (`require`), in the order shown. */
export const fieldNames = [
  'name',
  'contact',
  'group',
  'skills',
  'experience',
  'ways',
  'hours',
  'availability',
  'support',
  'consent-contact',
  'consent-share',
] as const;
export type FieldName = (typeof fieldNames)[number];

/** Consent can be hidden but never required: consent that must be given is not freely given. */
const requirableFields: readonly FieldName[] = fieldNames.filter((f) => !f.startsWith('consent-'));

export {
  ways,
  days,
  times,
  supportNeeds,
  limits,
  type Way,
  type Day,
  type TimeOfDay,
  type SupportNeed,
  type SkillOffer,
} from '../../core/kinds/skill-offer.js';
import {
  ways,
  days,
  times,
  supportNeeds,
  type Way,
  type Day,
  type TimeOfDay,
  type SupportNeed,
  type SkillOffer,
} from '../../core/kinds/skill-offer.js';

/** The form's contents while the person fills it in: text as typed, so errors can quote it. */
export interface OfferDraft {
  /** The offer being changed, when the person is changing one they sent. */
  id?: string;
  name: string;
  email: string;
  phone: string;
  group: string;
  /** Ids from the taxonomy. */
  skills: string[];
  /** Skills in the person's own words, added one by one. */
  otherSkills: string[];
  /** Typed into "add a skill" but not added yet; counted as added when the form is sent. */
  newSkill: string;
  experience: string;
  ways: Way[];
  hours: string;
  days: Day[];
  times: TimeOfDay[];
  support: SupportNeed[];
  supportOther: string;
  consentContact: boolean;
  consentShare: boolean;
}

/** Which fields the page hides and which it requires. */
export interface FieldConfig {
  hidden: ReadonlySet<FieldName>;
  required: ReadonlySet<FieldName>;
}

export function emptyDraft(): OfferDraft {
  return {
    name: '',
    email: '',
    phone: '',
    group: '',
    skills: [],
    otherSkills: [],
    newSkill: '',
    experience: '',
    ways: [],
    hours: '',
    days: [],
    times: [],
    support: [],
    supportOther: '',
    consentContact: false,
    consentShare: false,
  };
}

/**
 * Reads `hide` and `require` (space-separated field names). Contact details are only asked for
 * when contact consent can be asked too: without it they could never be kept. Returns the
 * names it did not know, so the element can tell the page author.
 */
export function fieldConfig(
  hide: string,
  require: string,
): { config: FieldConfig; unknown: string[] } {
  const unknown: string[] = [];
  const read = (text: string, allowed: readonly FieldName[]) => {
    const names = new Set<FieldName>();
    for (const word of text.split(/\s+/).filter(Boolean)) {
      if ((allowed as readonly string[]).includes(word)) names.add(word as FieldName);
      else unknown.push(word);
    }
    return names;
  };
  const hidden = read(hide, fieldNames);
  const required = read(require, requirableFields);
  if (hidden.has('consent-contact')) hidden.add('contact');
  return { config: { hidden, required }, unknown };
}

/** The other skills as they will be saved: trimmed, the pending one added, no repeats. */
export function allOtherSkills(draft: Pick<OfferDraft, 'otherSkills' | 'newSkill'>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of [...draft.otherSkills, draft.newSkill]) {
    const skill = raw.trim().replace(/\s+/g, ' ');
    if (skill && !seen.has(skill.toLowerCase())) {
      seen.add(skill.toLowerCase());
      result.push(skill);
    }
  }
  return result;
}

/** Ticking "none" clears the other needs; ticking a need clears "none". */
export function chooseSupport(
  current: readonly SupportNeed[],
  need: SupportNeed,
  checked: boolean,
): SupportNeed[] {
  if (!checked) return current.filter((n) => n !== need);
  if (need === 'none') return ['none'];
  return supportNeeds.filter((n) => n !== 'none' && (n === need || current.includes(n)));
}

/** Keeps only known values, in their canonical order, without repeats. */
export function pick<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

export interface OfferMeta {
  id: string;
  participant: string;
  lang: string;
  retention: string;
  now: Date;
  /** When the offer was first sent (kept when it is changed). */
  createdAt?: string;
}

/**
 * The offer a valid draft becomes: text trimmed, hidden fields left empty, and whatever the
 * person did not consent to keep (contact details without contact consent) dropped.
 */
export function draftToOffer(draft: OfferDraft, config: FieldConfig, meta: OfferMeta): SkillOffer {
  const shown = (f: FieldName) => !config.hidden.has(f);
  const text = (f: FieldName, value: string) => (shown(f) ? value.trim() : '');
  const list = <T>(f: FieldName, values: T[]): T[] => (shown(f) ? [...values] : []);
  const consentContact = shown('consent-contact') && draft.consentContact;
  const keepContact = shown('contact') && consentContact;
  const hours = text('hours', draft.hours);
  const support = list('support', draft.support);
  const now = meta.now.toISOString();
  return {
    id: meta.id,
    participant: meta.participant,
    createdAt: meta.createdAt ?? now,
    updatedAt: now,
    lang: meta.lang,
    name: text('name', draft.name).replace(/\s+/g, ' '),
    email: keepContact ? draft.email.trim() : '',
    phone: keepContact ? draft.phone.trim() : '',
    group: text('group', draft.group),
    skills: list('skills', [...new Set(draft.skills)]),
    otherSkills: shown('skills') ? allOtherSkills(draft) : [],
    experience: text('experience', draft.experience),
    ways: pick(ways, list('ways', draft.ways)),
    hours: hours && /^\d+$/.test(hours) ? Number(hours) : null,
    days: pick(days, list('availability', draft.days)),
    times: pick(times, list('availability', draft.times)),
    support: pick(supportNeeds, support),
    supportOther: support.includes('other') ? text('support', draft.supportOther) : '',
    consentContact,
    consentShare: shown('consent-share') && draft.consentShare,
    retention: meta.retention,
  };
}

/** A sent offer back in the form, to review or change it. */
export function offerToDraft(offer: SkillOffer): OfferDraft {
  return {
    id: offer.id,
    name: offer.name,
    email: offer.email,
    phone: offer.phone,
    group: offer.group,
    skills: [...offer.skills],
    otherSkills: [...offer.otherSkills],
    newSkill: '',
    experience: offer.experience,
    ways: [...offer.ways],
    hours: offer.hours === null ? '' : String(offer.hours),
    days: [...offer.days],
    times: [...offer.times],
    support: [...offer.support],
    supportOther: offer.supportOther,
    consentContact: offer.consentContact,
    consentShare: offer.consentShare,
  };
}
