import type { nothing, TemplateResult } from 'lit';
import {
  describedBy as joinIds,
  renderErrorSummary,
  renderInlineError,
  type FieldProblem,
} from '../../core/ui/error-summary.js';
import type { MapContext } from './view-context.js';

/**
 * The map's form errors in the shared pattern (core/ui/error-summary.ts). A map error names
 * its field by id; its inline message has the id `<field>-error`.
 */

/** The summary for one form; `id` is what the form's controller focuses after a refusal. */
export function renderFormSummary(
  ctx: MapContext,
  id: string,
  level: number,
  errors: readonly FieldProblem[],
): TemplateResult | typeof nothing {
  return renderErrorSummary({
    id,
    title: ctx.t('problem.title'),
    level,
    errors,
    text: (error) => ctx.t(error.key, error.params),
  });
}

/** The message beside a field, after the hidden "Error:". */
export function renderFieldError(
  ctx: MapContext,
  errors: readonly FieldProblem[],
  field: string,
): TemplateResult | typeof nothing {
  const error = errors.find((e) => e.field === field);
  return renderInlineError(
    `${field}-error`,
    ctx.t('error.prefix'),
    error && ctx.t(error.key, error.params),
  );
}

/** A field's `aria-describedby`: its hint, and its error when there is one. */
export function describedBy(
  errors: readonly FieldProblem[],
  field: string,
  hint?: string,
): string | typeof nothing {
  return joinIds(hint, errors.some((e) => e.field === field) && `${field}-error`);
}
