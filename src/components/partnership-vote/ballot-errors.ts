import { nothing, type TemplateResult } from 'lit';
import type { VoteMethod } from '../../core/parity.js';
import {
  renderErrorSummary as renderCoreSummary,
  renderInlineError,
  type FieldProblem,
} from '../../core/ui/error-summary.js';
import type { BallotFormContext, NamedOption } from './ballot-context.js';

/**
 * The ballot's errors in the shared pattern (core/ui/error-summary.ts): which control each
 * error belongs to, and its words with the option named.
 */

/** The summary's id; the ballot controller focuses it after a refused cast. */
export const SUMMARY_ID = 'error-summary';

/** The id of the control an error summary link takes the person to. */
function controlFor(field: string, method: VoteMethod, options: readonly NamedOption[]) {
  if (field === 'group') return 'group-0';
  if (field.startsWith('reason:')) {
    const option = field.slice('reason:'.length);
    return `reason-${options.findIndex((entry) => entry.id === option)}`;
  }
  if (field.startsWith('grade:')) {
    const option = field.slice('grade:'.length);
    return `grade-${options.findIndex((entry) => entry.id === option)}-0`;
  }
  const first: Record<VoteMethod, string> = {
    single: 'choice-0',
    approval: 'approve-0',
    score: 'score-0-0',
    consent: 'consent-0-agree',
    dots: 'dots-0-add',
    ranked: 'rank-0',
    grades: 'grade-0-0',
  };
  return first[method];
}

export function renderErrorSummary(context: BallotFormContext): TemplateResult | typeof nothing {
  const { t, errors, method, options } = context;
  return renderCoreSummary({
    id: SUMMARY_ID,
    title: t('problem.title'),
    level: context.headingLevel + 1,
    errors,
    text: (error) => errorText(context, error),
    target: (error) => controlFor(error.field, method, options),
  });
}

function errorText({ t, options }: BallotFormContext, error: FieldProblem): string {
  const option = options.find((entry) => entry.id === error.params?.option)?.label ?? '';
  return t(error.key, { option });
}

export function inlineError(context: BallotFormContext, field: string, id: string) {
  const error = context.errors.find((entry) => entry.field === field);
  return renderInlineError(id, context.t('error.prefix'), error && errorText(context, error));
}

export const hasError = (context: BallotFormContext, field: string) =>
  context.errors.some((entry) => entry.field === field);
