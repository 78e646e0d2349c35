import type { Ballot, ConsentMark, TallyConfig } from '../../core/parity.js';
import { rankingOf, ranksOf } from './ranked-draft.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';

/**
 * What a person has marked on the ballot form but not yet cast. Pure functions: each change
 * returns the next draft, and `checkDraft` says what must be fixed before casting.
 */
export interface BallotDraft {
  /** Asked on the form when the page did not fix the group and the person has not said. */
  group?: string;
  /** single, approval, score, dots: by option id; 0 or absent is no mark. */
  marks: Readonly<Record<string, number>>;
  consent: Readonly<Record<string, ConsentMark>>;
  /** What the person typed, kept even while the mark it explains is not chosen. */
  reasons: Readonly<Record<string, string>>;
  /** Ranked: the options ranked so far, first preference first (see ranked-draft.ts). */
  ranking: readonly string[];
  /** Grades: by option id, 0 the best. */
  grades: Readonly<Record<string, number>>;
}

export const REASON_MAX = 1000;

export function emptyDraft(): BallotDraft {
  return { marks: {}, consent: {}, reasons: {}, ranking: [], grades: {} };
}

/** A saved ballot back on the form, to change it. */
export function draftFromBallot(ballot: Ballot): BallotDraft {
  return {
    group: ballot.group,
    marks: { ...ballot.marks },
    consent: { ...ballot.consent },
    reasons: { ...ballot.reasons },
    ranking: rankingOf(ballot.ranks),
    grades: { ...ballot.grades },
  };
}

/** Whether the person has marked anything yet. */
export function isBlank(draft: BallotDraft): boolean {
  return (
    Object.values(draft.marks).every((mark) => mark === 0) &&
    Object.keys(draft.consent).length === 0 &&
    draft.ranking.length === 0 &&
    Object.keys(draft.grades).length === 0 &&
    Object.values(draft.reasons).every((reason) => reason.trim() === '')
  );
}

/** The one option chosen (single choice). */
export function choose(draft: BallotDraft, option: string): BallotDraft {
  return { ...draft, marks: { [option]: 1 } };
}

/** Sets an option's mark: 1/0 for approval, the score for score. */
export function mark(draft: BallotDraft, option: string, value: number): BallotDraft {
  return { ...draft, marks: { ...draft.marks, [option]: value } };
}

export function markConsent(draft: BallotDraft, option: string, value: ConsentMark): BallotDraft {
  return { ...draft, consent: { ...draft.consent, [option]: value } };
}

export function writeReason(draft: BallotDraft, option: string, reason: string): BallotDraft {
  return { ...draft, reasons: { ...draft.reasons, [option]: reason } };
}

export function grade(draft: BallotDraft, option: string, value: number): BallotDraft {
  return { ...draft, grades: { ...draft.grades, [option]: value } };
}

export function chooseGroup(draft: BallotDraft, group: string): BallotDraft {
  return { ...draft, group };
}

export function dotsSpent(draft: BallotDraft): number {
  return Object.values(draft.marks).reduce((sum, dots) => sum + dots, 0);
}

/**
 * Adds (`+1`) or takes (`-1`) a dot: never below 0 on an option, never more than `dots` in all.
 * Returns the same draft when the step is not possible.
 */
export function stepDots(
  draft: BallotDraft,
  option: string,
  step: 1 | -1,
  dots: number,
): BallotDraft {
  const current = draft.marks[option] ?? 0;
  const next = current + step;
  if (next < 0 || (step > 0 && dotsSpent(draft) >= dots)) return draft;
  return mark(draft, option, next);
}

/**
 * The ballot to cast: only what the method counts, marks of 0 left out, and a reason only
 * where the person has concerns or objects (and wrote one).
 */
export function draftToBallot(draft: BallotDraft, config: TallyConfig, group: string): Ballot {
  // Only options still on the ballot: the page may have changed them since the draft began.
  const known = new Set(config.options);
  const current = <T>(entries: Readonly<Record<string, T>>) =>
    Object.entries(entries).filter(([option]) => known.has(option));
  if (config.method === 'ranked') {
    return { group, ranks: ranksOf(draft.ranking.filter((option) => known.has(option))) };
  }
  if (config.method === 'grades')
    return { group, grades: Object.fromEntries(current(draft.grades)) };
  if (config.method === 'consent') {
    const reasons: Record<string, string> = {};
    for (const [option, value] of current(draft.consent)) {
      const reason = (draft.reasons[option] ?? '').trim();
      if (value !== 'agree' && reason !== '') reasons[option] = reason;
    }
    return {
      group,
      consent: Object.fromEntries(current(draft.consent)),
      ...(Object.keys(reasons).length > 0 && { reasons }),
    };
  }
  const marks = Object.fromEntries(
    current(draft.marks).filter(([, value]) => value > 0 || config.method === 'score'),
  );
  return { group, marks };
}

/**
 * What must be fixed before the draft can be cast, in the order of the form. `needsGroup` is
 * true when the form asks for the group.
 */
export function checkDraft(
  draft: BallotDraft,
  config: TallyConfig,
  needsGroup: boolean,
): FieldProblem[] {
  const errors: FieldProblem[] = [];
  if (needsGroup && !draft.group) errors.push({ field: 'group', key: 'group.required' });
  const marks = config.options.flatMap((option) =>
    Object.hasOwn(draft.marks, option) ? [draft.marks[option]] : [],
  );
  const chosen = marks.filter((value) => value > 0).length;
  const scored = marks.length;
  const options = { field: 'options' };
  switch (config.method) {
    case 'single':
      if (chosen !== 1) errors.push({ ...options, key: 'vote.error.single' });
      break;
    case 'approval':
      if (chosen === 0) errors.push({ ...options, key: 'vote.error.approval' });
      break;
    case 'score':
      if (scored === 0) errors.push({ ...options, key: 'vote.error.score' });
      break;
    case 'dots':
      if (chosen === 0) errors.push({ ...options, key: 'vote.error.dots' });
      break;
    case 'consent':
      if (!config.options.some((option) => Object.hasOwn(draft.consent, option))) {
        errors.push({ ...options, key: 'vote.error.consent' });
      }
      errors.push(...reasonErrors(draft, config.options));
      break;
    case 'ranked':
      if (!draft.ranking.some((option) => config.options.includes(option))) {
        errors.push({ ...options, key: 'vote.error.ranked' });
      }
      break;
    case 'grades':
      // Every option needs a grade: one left out would count as Reject, which few people mean.
      for (const option of config.options) {
        if (!Object.hasOwn(draft.grades, option)) {
          errors.push({ field: `grade:${option}`, key: 'vote.error.grade', params: { option } });
        }
      }
      break;
  }
  return errors;
}

function reasonErrors(draft: BallotDraft, options: readonly string[]): FieldProblem[] {
  return options.flatMap((option) => {
    const value = draft.consent[option];
    const reason = (draft.reasons[option] ?? '').trim();
    const field = `reason:${option}`;
    if (value === 'object' && reason === '') {
      return [{ field, key: 'vote.error.reason-needed', params: { option } }];
    }
    if (value !== undefined && value !== 'agree' && reason.length > REASON_MAX) {
      return [{ field, key: 'vote.error.reason-long', params: { option } }];
    }
    return [];
  });
}
