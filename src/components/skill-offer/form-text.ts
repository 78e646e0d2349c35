import type { MessageParams } from '../../core/i18n.js';
import { overrideFor, type LabelOverrides } from './labels.js';
import { limits, type FieldConfig } from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';

/** What the form's words depend on: the language, the page's labels, retention, settings. */
export interface TextHost {
  t: (key: string, params?: MessageParams) => string;
  language: string;
  labels?: LabelOverrides;
  retention: string;
  config: FieldConfig;
}

const maxFor: Record<string, number> = {
  'error.name-long': limits.name,
  'error.skill-long': limits.skill,
  'error.skills-many': limits.otherSkills,
  'error.experience-long': limits.experience,
  'error.hours-range': limits.hours,
  'error.support-other-long': limits.supportOther,
};

/** A label or legend: the page's own words, else ours (`field.<key>`). */
export function formLabel(host: TextHost, key: string): string {
  return overrideFor(host.labels, key, host.language) ?? host.t(`field.${key}`);
}

/** A hint: the page's own words, else ours (`hint.<key>`), else none. */
export function formHint(host: TextHost, key: string): string | undefined {
  const own = overrideFor(host.labels, `${key}-hint`, host.language);
  if (own !== undefined) return own;
  // "Leave this blank to stay anonymous" would be wrong when the page requires a name.
  if (key === 'name' && host.config.required.has('name')) return host.t('hint.name-required');
  if (key === 'group') return host.t('group.hint');
  if (key === 'consent') {
    const kept = host.retention
      ? host.t('consent.retention', { retention: host.retention })
      : host.t('consent.retention-none');
    return `${kept} ${host.t('hint.consent')}`;
  }
  const text = host.t(`hint.${key}`);
  return text === `hint.${key}` ? undefined : text;
}

/** An error message, with the limit or the label it quotes. */
export function errorText(host: TextHost, error: FieldProblem): string {
  const params: Record<string, string | number> = {};
  if (maxFor[error.key] !== undefined) params.max = maxFor[error.key];
  if (error.key === 'error.support-required') params.label = host.t('support.none');
  if (error.key === 'error.consent-contact') params.label = formLabel(host, 'consent-contact');
  return host.t(error.key, params);
}
