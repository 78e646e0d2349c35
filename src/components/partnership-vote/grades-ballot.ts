import { html, type TemplateResult } from 'lit';
import { describedBy } from '../../core/ui/error-summary.js';
import { hasError, inlineError } from './ballot-errors.js';
import type { BallotFormContext, NamedOption } from './ballot-context.js';
import { optionRadio } from './option-radio.js';

/** The default scale's grades, best first; the tally's grade is the index. */
export const GRADES = [0, 1, 2, 3, 4] as const;

/**
 * The graded ballot (majority judgment): one group of radios per option, each grade in
 * words, best first. Every option needs a grade; a missing one is named in the error summary
 * and beside the option.
 */
export function renderGrades(context: BallotFormContext): TemplateResult[] {
  return context.options.map((option, index) => renderOption(context, option, index));
}

function renderOption(context: BallotFormContext, option: NamedOption, index: number) {
  const { t, draft } = context;
  const field = `grade:${option.id}`;
  const errorId = `grade-${index}-error`;
  const invalid = hasError(context, field);
  const current = Object.hasOwn(draft.grades, option.id) ? draft.grades[option.id] : undefined;
  return html`<fieldset
    class=${`grades ${invalid ? 'invalid' : ''}`}
    part="option"
    aria-describedby=${describedBy(invalid && errorId)}
  >
    <legend>${option.label}</legend>
    ${inlineError(context, field, errorId)}
    <div class="consent-marks grade-marks">
      ${GRADES.map((grade) =>
        optionRadio(
          'grade',
          index,
          grade,
          current === grade,
          html`<span>${t(`vote.grade.${grade}`)}</span>`,
        ),
      )}
    </div>
  </fieldset>`;
}
