import { draftFormData } from './form-entries.js';
import { controlId } from './form-parts.js';
import type { FieldConfig, OfferDraft } from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';

/** The validity flag for an error, by the last word of its message key. */
const validityFlag: Record<string, keyof ValidityStateFlags> = {
  required: 'valueMissing',
  format: 'typeMismatch',
  long: 'tooLong',
  range: 'rangeOverflow',
};

export interface FormValue {
  /** Null when the element is not a form (the directory). */
  draft: OfferDraft | null;
  config: FieldConfig;
  /** The element's `name`, prefixed to every entry. */
  prefix: string;
  errors: readonly FieldProblem[];
  errorText: (error: FieldProblem) => string;
  root: ParentNode;
}

/**
 * Keeps the host form's view of the element (its entries and validity) in step with the
 * draft, as a native control keeps its value. The first problem is anchored to its field,
 * so `form.reportValidity()` points at (and focuses) the right place.
 */
export function syncFormValue(internals: ElementInternals, value: FormValue): void {
  const { draft, config, prefix, errors } = value;
  if (!draft) {
    internals.setFormValue(null);
    internals.setValidity({});
    return;
  }
  // The state (second argument) is unprefixed: it is what formStateRestoreCallback reads.
  internals.setFormValue(draftFormData(draft, config, prefix), draftFormData(draft, config));
  const [first] = errors;
  if (!first) {
    internals.setValidity({});
    return;
  }
  const flag = validityFlag[first.key.split('-').at(-1) ?? ''] ?? 'customError';
  const anchor = value.root.querySelector<HTMLElement>(
    `#${controlId(first.control ?? first.field)}`,
  );
  internals.setValidity({ [flag]: true }, value.errorText(first), anchor ?? undefined);
}
