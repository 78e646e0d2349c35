import {
  allOtherSkills,
  days,
  emptyDraft,
  chooseSupport,
  pick,
  supportNeeds,
  times,
  ways,
  type FieldConfig,
  type FieldName,
  type OfferDraft,
} from './model.js';

/**
 * The draft as form entries, the way a host `<form>` posts it: one entry per text field
 * (empty text included, as a native input does), one per ticked box (repeated names for
 * lists), nothing for a hidden field. With a `prefix` (the element's `name`) every entry is
 * named `<prefix>-<field>`, so two offers in one form stay apart.
 */
export function draftEntries(
  draft: OfferDraft,
  config: FieldConfig,
  prefix = '',
): [string, string][] {
  const entries: [string, string][] = [];
  const shown = (f: FieldName) => !config.hidden.has(f);
  const add = (name: string, value: string) =>
    entries.push([prefix ? `${prefix}-${name}` : name, value]);
  const addAll = (name: string, values: readonly string[]) => values.forEach((v) => add(name, v));

  if (draft.id) add('id', draft.id);
  if (shown('name')) add('name', draft.name);
  if (shown('contact')) {
    add('email', draft.email);
    add('phone', draft.phone);
  }
  if (shown('group') && draft.group) add('group', draft.group);
  if (shown('skills')) {
    addAll('skills', draft.skills);
    // A skill typed but not yet added still goes with the form: nothing the person typed is lost.
    addAll('other-skills', allOtherSkills(draft));
  }
  if (shown('experience')) add('experience', draft.experience);
  if (shown('ways')) addAll('ways', draft.ways);
  if (shown('hours')) add('hours', draft.hours);
  if (shown('availability')) {
    addAll('days', draft.days);
    addAll('times', draft.times);
  }
  if (shown('support')) {
    addAll('support', draft.support);
    if (draft.support.includes('other')) add('support-other', draft.supportOther);
  }
  if (shown('consent-contact') && draft.consentContact) add('consent-contact', 'yes');
  if (shown('consent-share') && draft.consentShare) add('consent-share', 'yes');
  return entries;
}

/** The entries as `FormData`, for `ElementInternals.setFormValue`. */
export function draftFormData(draft: OfferDraft, config: FieldConfig, prefix = ''): FormData {
  const data = new FormData();
  for (const [name, value] of draftEntries(draft, config, prefix)) data.append(name, value);
  return data;
}

/**
 * Reads a draft back from entries: the inverse of `draftEntries` (used to restore the form
 * after back/forward navigation, and to read the element's own controls). Unknown values
 * and entries of other names are ignored.
 */
export function draftFromEntries(
  entries: Iterable<[string, FormDataEntryValue]>,
  prefix = '',
): OfferDraft {
  const values = new Map<string, string[]>();
  const start = prefix ? `${prefix}-` : '';
  for (const [rawName, value] of entries) {
    if (typeof value !== 'string' || !rawName.startsWith(start)) continue;
    const name = rawName.slice(start.length);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const one = (name: string) => values.get(name)?.[0] ?? '';
  const all = (name: string) => values.get(name) ?? [];
  const draft = emptyDraft();
  const id = one('id');
  return {
    ...draft,
    ...(id ? { id } : {}),
    name: one('name'),
    email: one('email'),
    phone: one('phone'),
    group: one('group'),
    skills: [...new Set(all('skills'))],
    otherSkills: all('other-skills'),
    newSkill: one('new-skill'),
    experience: one('experience'),
    ways: pick(ways, all('ways')),
    hours: one('hours'),
    days: pick(days, all('days')),
    times: pick(times, all('times')),
    support: pick(supportNeeds, all('support')),
    supportOther: one('support-other'),
    consentContact: one('consent-contact') === 'yes',
    consentShare: one('consent-share') === 'yes',
  };
}

/** The state of one of the form's own controls after the person changed it. */
export interface ControlChange {
  name: string;
  value: string;
  /** For checkboxes and radios. */
  checked?: boolean;
}

const textControls = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  group: 'group',
  experience: 'experience',
  hours: 'hours',
  'support-other': 'supportOther',
  'new-skill': 'newSkill',
} as const satisfies Record<string, keyof OfferDraft>;

const listControls = {
  skills: 'skills',
  ways: 'ways',
  days: 'days',
  times: 'times',
} as const satisfies Record<string, keyof OfferDraft>;

function toggle<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  return on
    ? list.includes(value)
      ? [...list]
      : [...list, value]
    : list.filter((v) => v !== value);
}

/** The draft after one control changed: the form's single input handler, as a pure function. */
export function applyControl(draft: OfferDraft, change: ControlChange): OfferDraft {
  const { name, value, checked = false } = change;
  if (name in textControls) {
    // A radio that is being unticked (its sibling was chosen) reports nothing new.
    if (name === 'group' && change.checked === false) return draft;
    return { ...draft, [textControls[name as keyof typeof textControls]]: value };
  }
  if (name in listControls) {
    const key = listControls[name as keyof typeof listControls];
    const next = toggle(draft[key] as string[], value, checked);
    if (key === 'skills') return { ...draft, skills: next };
    if (key === 'ways') return { ...draft, ways: pick(ways, next) };
    if (key === 'days') return { ...draft, days: pick(days, next) };
    return { ...draft, times: pick(times, next) };
  }
  if (name === 'support') {
    const need = pick(supportNeeds, [value])[0];
    return need ? { ...draft, support: chooseSupport(draft.support, need, checked) } : draft;
  }
  if (name === 'consent-contact') return { ...draft, consentContact: checked };
  if (name === 'consent-share') return { ...draft, consentShare: checked };
  return draft;
}

/** Adds the skill typed into "add a skill" to the list; nothing when it is blank or there. */
export function addOtherSkill(draft: OfferDraft): OfferDraft {
  return { ...draft, otherSkills: allOtherSkills(draft), newSkill: '' };
}

export function removeOtherSkill(draft: OfferDraft, skill: string): OfferDraft {
  return { ...draft, otherSkills: draft.otherSkills.filter((s) => s !== skill) };
}
