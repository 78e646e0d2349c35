import { toCsv, type CsvRow } from '../../core/csv.js';
import { skillLabel } from '../../core/skills.js';
import { visibleOffer, type OfferView } from './directory-model.js';
import type { SkillOffer } from './model.js';
import type { OfferWords } from './offer-text.js';

// The CSV's column names come with it (core/lazy-part.ts `withWords`).
export { offerExportWords as words } from './export-messages.js';

/** Words for the export, in the element's language. */
export interface ExportLabels {
  column: (column: ExportColumn) => string;
  skill: (id: string) => string;
  /** A way, day, time of day or support need, by its id. */
  choice: (kind: 'ways' | 'days' | 'times' | 'support', id: string) => string;
  group: (id: string) => string;
  yes: string;
  no: string;
}

export const exportColumns = [
  'id',
  'created',
  'name',
  'group',
  'email',
  'phone',
  'skills',
  'other-skills',
  'experience',
  'ways',
  'hours',
  'days',
  'times',
  'support',
  'support-other',
  'consent-contact',
  'consent-share',
  'lang',
] as const;
export type ExportColumn = (typeof exportColumns)[number];

/** The offers as the facilitator may see them: contact details only where consent was given. */
export function facilitatorViews(offers: readonly SkillOffer[]): OfferView[] {
  return offers.map((offer) => visibleOffer(offer, 'facilitator'));
}

/**
 * A table for a spreadsheet: a header row, then one row per offer, choices in words joined
 * by "; ". `toCsv` (core) makes it RFC 4180 text and neutralises formula-like cells.
 */
export function offerRows(views: readonly OfferView[], labels: ExportLabels): CsvRow[] {
  const join = (values: readonly string[] | undefined, word: (id: string) => string) =>
    (values ?? []).map(word).join('; ');
  const choices = (kind: 'ways' | 'days' | 'times' | 'support', values?: readonly string[]) =>
    join(values, (id) => labels.choice(kind, id));
  const yesNo = (value: boolean) => (value ? labels.yes : labels.no);
  const rows: CsvRow[] = [exportColumns.map(labels.column)];
  for (const view of views) {
    rows.push([
      view.id,
      view.createdAt,
      view.name ?? '',
      view.group ? labels.group(view.group) : '',
      view.email ?? '',
      view.phone ?? '',
      join(view.skills, labels.skill),
      (view.otherSkills ?? []).join('; '),
      view.experience ?? '',
      choices('ways', view.ways),
      view.hours,
      choices('days', view.days),
      choices('times', view.times),
      choices('support', view.support),
      view.supportOther ?? '',
      yesNo(view.consentContact),
      yesNo(view.consentShare),
      view.lang ?? '',
    ]);
  }
  return rows;
}

/** What "Download JSON" writes: the facilitator's view of every offer, as plain JSON. */
export interface SkillOfferExport {
  format: 'together-kit-skill-offers';
  space: string;
  exportedAt: string;
  offers: Omit<OfferView, 'own'>[];
}

export function offerExport(
  space: string,
  offers: readonly SkillOffer[],
  now = new Date(),
): SkillOfferExport {
  return {
    format: 'together-kit-skill-offers',
    space,
    exportedAt: now.toISOString(),
    offers: facilitatorViews(offers).map(({ own: _own, ...view }) => view),
  };
}

const choicePrefix = { ways: 'way', days: 'day', times: 'time', support: 'support' } as const;

/** The export's words from the element's. */
export function exportLabels({ t, lang, skills, groupLabel }: OfferWords): ExportLabels {
  return {
    column: (column) => t(`column.${column}`),
    skill: (id) => skillLabel(skills, id, lang),
    choice: (kind, id) => t(`${choicePrefix[kind]}.${id}`),
    group: groupLabel,
    yes: t('consent.yes'),
    no: t('consent.no'),
  };
}

/** The facilitator's table of the offers, as CSV text. */
export function offerCsv(offers: readonly SkillOffer[], words: OfferWords): string {
  return toCsv(offerRows(facilitatorViews(offers), exportLabels(words)));
}
