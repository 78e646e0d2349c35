import type { MessageParams } from '../../core/i18n.js';
import {
  feelingOf,
  orderedStages,
  type FeelingScore,
  type JourneyData,
  type Stage,
} from './model.js';

/** One stage's scores in both layers; `change` only when both are scored (after − as is). */
export interface StageComparison {
  stage: Stage;
  before?: FeelingScore;
  after?: FeelingScore;
  change?: number;
}

/** Every live stage in order, with its as-is and after scores. */
export function compareLayers(data: JourneyData): StageComparison[] {
  return orderedStages(data).map((stage) => {
    const before = feelingOf(data, stage.id, 'as-is');
    const after = feelingOf(data, stage.id, 'after');
    const row: StageComparison = { stage };
    if (before !== undefined) row.before = before;
    if (after !== undefined) row.after = after;
    if (before !== undefined && after !== undefined) row.change = after - before;
    return row;
  });
}

type Translate = (key: string, params?: MessageParams) => string;

/**
 * The comparison in short sentences, one per stage that changed: which stages improved or
 * got worse, by how much and from what to what, then how many stayed the same. "Getting a
 * decision improved by 2 points, from very bad to neutral. Applying got worse by 1 point,
 * from good to neutral." (One long sentence of every stage was hard to follow.)
 * The feeling words come from `comparison.feeling.<score>`, so a language that mutates a
 * word after "from" and "to" (Welsh: "o wael i dda") can give the right forms.
 */
export function comparisonSentence(rows: readonly StageComparison[], t: Translate): string {
  const compared = rows.filter((row) => row.change !== undefined);
  if (compared.length === 0) return t('comparison.none');
  const changed = compared.filter((row) => row.change !== 0);
  const same = compared.length - changed.length;
  if (changed.length === 0) return t('comparison.all-same', { count: same });
  const clauses = changed.map((row) =>
    t(row.change! > 0 ? 'comparison.better' : 'comparison.worse', {
      stage: row.stage.name,
      count: Math.abs(row.change!),
      from: t(`comparison.feeling.${row.before}`),
      to: t(`comparison.feeling.${row.after}`),
    }),
  );
  const sentence = clauses
    .map((clause) => t('comparison.sentence', { clause }))
    .join(t('comparison.joiner'));
  return same > 0 ? `${sentence} ${t('comparison.rest-same', { count: same })}` : sentence;
}
