import {
  allOtherSkills,
  limits,
  type FieldConfig,
  type FieldName,
  type OfferDraft,
} from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';

/**
 * The checks a draft must pass before it is sent, GOV.UK style: one message per question,
 * the first thing to fix, in the order the questions are shown.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
// Digits with the spaces, brackets, dashes and leading + people write; 7 to 15 digits (E.164).
const PHONE = /^\+?[\d\s().-]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE.test(text) && digits >= 7 && digits <= 15;
}

/**
 * What is wrong with the draft, in the order the fields are shown, at most one error per
 * field (GOV.UK: the first thing to fix). Hidden fields are never checked.
 */
export function validateDraft(draft: OfferDraft, config: FieldConfig): FieldProblem[] {
  const errors: FieldProblem[] = [];
  const shown = (f: FieldName) => !config.hidden.has(f);
  const required = (f: FieldName) => shown(f) && config.required.has(f);
  const add = (field: FieldName, control: string, key: string) =>
    errors.push({ field, control, key });
  const name = draft.name.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();

  if (required('name') && !name) add('name', 'name', 'error.name-required');
  else if (shown('name') && name.length > limits.name) add('name', 'name', 'error.name-long');

  if (shown('contact')) {
    if (required('contact') && !email && !phone) add('contact', 'email', 'error.contact-required');
    else if (email && (email.length > limits.email || !isEmail(email)))
      add('contact', 'email', 'error.email-format');
    else if (phone && (phone.length > limits.phone || !isPhone(phone)))
      add('contact', 'phone', 'error.phone-format');
  }

  if (required('group') && !draft.group) add('group', 'group', 'error.group-required');

  if (shown('skills')) {
    const other = allOtherSkills(draft);
    if (required('skills') && draft.skills.length === 0 && other.length === 0)
      add('skills', 'skills', 'error.skills-required');
    else if (other.some((s) => s.length > limits.skill))
      add('skills', 'new-skill', 'error.skill-long');
    else if (other.length > limits.otherSkills) add('skills', 'new-skill', 'error.skills-many');
  }

  const experience = draft.experience.trim();
  if (required('experience') && !experience)
    add('experience', 'experience', 'error.experience-required');
  else if (shown('experience') && experience.length > limits.experience)
    add('experience', 'experience', 'error.experience-long');

  if (required('ways') && draft.ways.length === 0) add('ways', 'ways', 'error.ways-required');

  if (shown('hours')) {
    const hours = draft.hours.trim();
    if (required('hours') && !hours) add('hours', 'hours', 'error.hours-required');
    else if (hours && !/^\d+$/.test(hours)) add('hours', 'hours', 'error.hours-format');
    else if (hours && (Number(hours) < 1 || Number(hours) > limits.hours))
      add('hours', 'hours', 'error.hours-range');
  }

  if (required('availability') && draft.days.length === 0 && draft.times.length === 0)
    add('availability', 'days', 'error.availability-required');

  if (shown('support')) {
    const other = draft.supportOther.trim();
    if (required('support') && draft.support.length === 0)
      add('support', 'support', 'error.support-required');
    else if (draft.support.includes('other') && !other)
      add('support', 'support-other', 'error.support-other-required');
    else if (other.length > limits.supportOther)
      add('support', 'support-other', 'error.support-other-long');
  }

  // Data minimisation: contact details are kept only for the purpose the person agreed to.
  if (shown('contact') && shown('consent-contact') && (email || phone) && !draft.consentContact)
    add('consent-contact', 'consent-contact', 'error.consent-contact');

  return errors;
}
