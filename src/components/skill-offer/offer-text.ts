import { html, nothing, type TemplateResult } from 'lit';
import type { MessageParams } from '../../core/i18n.js';
import type { Day, SupportNeed, TimeOfDay, Way } from './model.js';
import { skillLabel, type Skill } from '../../core/skills.js';

/** What turns an offer's ids into words, shared by the review and the directory. */
export interface OfferWords {
  t: (key: string, params?: MessageParams) => string;
  lang: string;
  skills: readonly Skill[];
  groupLabel: (id: string) => string;
}

export function skillWords(
  w: OfferWords,
  skills: readonly string[],
  other: readonly string[] = [],
) {
  return [...skills.map((id) => skillLabel(w.skills, id, w.lang)), ...other];
}

export function wayWords(w: OfferWords, ways: readonly Way[]): string[] {
  return ways.map((way) => w.t(`way.${way}`));
}

function dayWords(w: OfferWords, days: readonly Day[]): string[] {
  return days.map((day) => w.t(`day.${day}`));
}

function timeWords(w: OfferWords, times: readonly TimeOfDay[]): string[] {
  return times.map((time) => w.t(`time.${time}`));
}

export function supportWords(
  w: OfferWords,
  support: readonly SupportNeed[],
  other: string,
): string[] {
  return support.map((need) => (need === 'other' && other ? other : w.t(`support.${need}`)));
}

export function hoursWords(w: OfferWords, hours: number | null): string | undefined {
  return hours === null ? undefined : w.t('hours', { count: hours });
}

/**
 * "4 December 2026" (GOV.UK's style), month names from the catalog: some browsers lack Welsh
 * date names in Intl and would fall back to US English.
 */
export function dateWords(w: Pick<OfferWords, 't'>, iso: string): string {
  const date = new Date(iso);
  return `${date.getDate()} ${w.t(`month.${date.getMonth() + 1}`)} ${date.getFullYear()}`;
}

/** A list of words as a list (so a screen reader says how many), or "Not given". */
export function wordList(w: OfferWords, words: readonly string[]): TemplateResult {
  if (words.length === 0) return html`<span class="not-given">${w.t('review.not-given')}</span>`;
  if (words.length === 1) return html`${words[0]}`;
  return html`<ul class="plain">
    ${words.map((word) => html`<li>${word}</li>`)}
  </ul>`;
}

/** Text the person wrote, keeping their line breaks (through a binding: never as markup). */
export function ownWords(w: OfferWords, text: string | undefined) {
  if (!text) return html`<span class="not-given">${w.t('review.not-given')}</span>`;
  return html`<span class="own-words">${text}</span>`;
}

/** Days and times of day, as two short lists. */
export function availabilityWords(
  w: OfferWords,
  days: readonly Day[],
  times: readonly TimeOfDay[],
) {
  if (days.length === 0 && times.length === 0) return wordList(w, []);
  return html`${days.length ? html`<span class="words">${dayWords(w, days).join(', ')}</span>` : nothing}
  ${times.length ? html`<span class="words">${timeWords(w, times).join(', ')}</span>` : nothing}`;
}
