import type { Day, SkillOffer, SupportNeed, TimeOfDay, Way } from './model.js';

/** Who is looking at the directory. */
export type Audience = 'participant' | 'facilitator';

/**
 * An offer as one audience may see it. A field that is `undefined` is not theirs to see.
 * - Other participants see what someone can do (skills from the list, ways, time); the
 *   person's own words, name and group only with consent to share; never contact details or
 *   support needs (which may reveal a disability or caring role).
 * - The facilitator sees everything except contact details given without contact consent.
 * - The person always sees all of their own offer.
 */
export interface OfferView {
  id: string;
  own: boolean;
  createdAt: string;
  name?: string;
  group?: string;
  email?: string;
  phone?: string;
  skills: string[];
  otherSkills?: string[];
  experience?: string;
  ways: Way[];
  hours: number | null;
  days: Day[];
  times: TimeOfDay[];
  support?: SupportNeed[];
  supportOther?: string;
  lang?: string;
  consentContact: boolean;
  consentShare: boolean;
}

export function visibleOffer(offer: SkillOffer, audience: Audience, own = false): OfferView {
  const base: OfferView = {
    id: offer.id,
    own,
    createdAt: offer.createdAt,
    skills: offer.skills,
    ways: offer.ways,
    hours: offer.hours,
    days: offer.days,
    times: offer.times,
    consentContact: offer.consentContact,
    consentShare: offer.consentShare,
  };
  const everything = own || audience === 'facilitator';
  const words = everything || offer.consentShare;
  const contact = own || (audience === 'facilitator' && offer.consentContact);
  return {
    ...base,
    ...(words
      ? {
          name: offer.name,
          group: offer.group,
          otherSkills: offer.otherSkills,
          experience: offer.experience,
        }
      : {}),
    ...(contact ? { email: offer.email, phone: offer.phone } : {}),
    ...(everything
      ? { support: offer.support, supportOther: offer.supportOther, lang: offer.lang }
      : {}),
  };
}

/** The directory's filters; an empty string means "any". */
export interface DirectoryFilter {
  skill: string;
  way: string;
  day: string;
  time: string;
}

export const noFilter: DirectoryFilter = { skill: '', way: '', day: '', time: '' };

/** The value of the skill filter that stands for a skill in someone's own words. */
export const OTHER_SKILL_PREFIX = 'other:';

/**
 * Does the offer match every filter? The skill filter matches a taxonomy id, or
 * `other:<words>` for a skill in someone's own words (compared without case); it only sees
 * what the audience sees, so a filter cannot reveal words that were not shared.
 */
export function matchesFilter(view: OfferView, filter: DirectoryFilter): boolean {
  if (filter.skill) {
    if (filter.skill.startsWith(OTHER_SKILL_PREFIX)) {
      const words = filter.skill.slice(OTHER_SKILL_PREFIX.length).toLowerCase();
      if (!(view.otherSkills ?? []).some((s) => s.toLowerCase() === words)) return false;
    } else if (!view.skills.includes(filter.skill)) return false;
  }
  if (filter.way && !view.ways.includes(filter.way as Way)) return false;
  if (filter.day && !view.days.includes(filter.day as Day)) return false;
  if (filter.time && !view.times.includes(filter.time as TimeOfDay)) return false;
  return true;
}

/** The skills in people's own words that the audience can see, without repeats, A to Z. */
export function visibleOtherSkills(views: readonly OfferView[], lang: string): string[] {
  const byKey = new Map<string, string>();
  for (const view of views) {
    for (const skill of view.otherSkills ?? []) {
      if (!byKey.has(skill.toLowerCase())) byKey.set(skill.toLowerCase(), skill);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, lang));
}
