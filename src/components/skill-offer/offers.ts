import { liveItems, tombstone } from '../../core/store/merge.js';
import type { SkillOffer } from './model.js';

export {
  emptyData,
  parseSkillOfferData,
  parseOffer,
  type SkillOfferData,
} from '../../core/kinds/skill-offer.js';
import type { SkillOfferData } from '../../core/kinds/skill-offer.js';

/** Adds the offer, or replaces the saved version of it whole. */
export function saveOffer(data: SkillOfferData, offer: SkillOffer): SkillOfferData {
  return { offers: { ...data.offers, [offer.id]: offer } };
}

/** Withdraws an offer: a tombstone replaces it, so nothing personal is kept. */
export function withdrawOffer(data: SkillOfferData, id: string, now = new Date()): SkillOfferData {
  if (!Object.hasOwn(data.offers, id)) return data;
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
