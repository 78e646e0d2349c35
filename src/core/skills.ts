import * as v from 'valibot';
import { describeIssues } from './validation.js';

/**
 * A skill a person can tick. `label` is plain text or a map by language
 * (`{"en": "Cooking", "cy": "Coginio"}`), so one taxonomy serves a bilingual page.
 */
export interface Skill {
  id: string;
  label: string | Readonly<Record<string, string>>;
}

/**
 * About twenty everyday skills in plain words: things most people can do or know, so the list
 * starts from what people have (asset-based) rather than from professional job titles.
 */
export const defaultSkills: readonly Skill[] = Object.freeze([
  {
    id: 'listening',
    label: { en: 'Listening and supporting people', cy: "Gwrando ar bobl a'u cefnogi" },
  },
  { id: 'caring', label: { en: 'Caring for someone', cy: 'Gofalu am rywun' } },
  { id: 'cooking', label: { en: 'Cooking', cy: 'Coginio' } },
  { id: 'gardening', label: { en: 'Gardening', cy: 'Garddio' } },
  { id: 'repairs', label: { en: 'DIY and small repairs', cy: 'DIY a mân atgyweiriadau' } },
  { id: 'driving', label: { en: 'Driving', cy: 'Gyrru' } },
  { id: 'welsh', label: { en: 'Speaking Welsh', cy: 'Siarad Cymraeg' } },
  {
    id: 'languages',
    label: { en: 'Other languages, including BSL', cy: 'Ieithoedd eraill, gan gynnwys BSL' },
  },
  { id: 'writing', label: { en: 'Writing', cy: 'Ysgrifennu' } },
  {
    id: 'plain-language',
    label: { en: 'Checking that writing is clear', cy: "Gwirio bod ysgrifennu'n glir" },
  },
  {
    id: 'computers',
    label: { en: 'Using computers and phones', cy: 'Defnyddio cyfrifiaduron a ffonau' },
  },
  { id: 'social-media', label: { en: 'Social media', cy: 'Cyfryngau cymdeithasol' } },
  { id: 'art', label: { en: 'Art, craft and design', cy: 'Celf, crefft a dylunio' } },
  { id: 'photography', label: { en: 'Photos and video', cy: 'Lluniau a fideo' } },
  { id: 'music', label: { en: 'Music and performance', cy: 'Cerddoriaeth a pherfformio' } },
  { id: 'events', label: { en: 'Organising events', cy: 'Trefnu digwyddiadau' } },
  { id: 'money', label: { en: 'Money and budgeting', cy: 'Arian a chyllidebu' } },
  { id: 'teaching', label: { en: 'Teaching and training', cy: 'Addysgu a hyfforddi' } },
  { id: 'public-speaking', label: { en: 'Speaking in public', cy: 'Siarad yn gyhoeddus' } },
  {
    id: 'local-knowledge',
    label: { en: 'Knowing the local area and its people', cy: "Adnabod yr ardal leol a'i phobl" },
  },
]);

const SkillSchema = v.object({
  id: v.pipe(
    v.string('a skill needs an "id" that is text'),
    v.regex(/^[\w-]{1,40}$/, 'a skill "id" is 1–40 letters, digits, "-" or "_"'),
  ),
  label: v.union(
    [
      v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
      v.pipe(
        v.record(v.string(), v.pipe(v.string(), v.minLength(1), v.maxLength(120))),
        v.check((labels) => Object.keys(labels).length > 0),
      ),
    ],
    'a skill "label" is text or {"en": …, "cy": …}',
  ),
});

const SkillsSchema = v.pipe(
  v.array(SkillSchema, 'skills are a list, like [{"id": "cooking", "label": "Cooking"}]'),
  v.minLength(1, 'at least one skill is needed'),
  v.maxLength(200, 'at most 200 skills'),
  v.check(
    (skills) => new Set(skills.map((s) => s.id)).size === skills.length,
    'each skill "id" must be different',
  ),
);

/** `"Looking after pets"` → `looking-after-pets`: an id for a skill given as plain text. */
export function skillId(text: string): string {
  const id = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return id || 'skill';
}

/**
 * Checks a page's own taxonomy (parsed JSON or a property value). Plain strings are a
 * shorthand for `{id, label}`. Throws an Error that says what is wrong.
 */
export function parseSkills(value: unknown): Skill[] {
  const input = Array.isArray(value)
    ? value.map((item: unknown) =>
        typeof item === 'string' ? { id: skillId(item), label: item } : item,
      )
    : value;
  const result = v.safeParse(SkillsSchema, input);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output;
}

/** The words for a label in `lang`: that language, else English, else the first given. */
export function localised(label: string | Readonly<Record<string, string>>, lang: string): string {
  if (typeof label === 'string') return label;
  return label[lang] ?? label.en ?? Object.values(label)[0] ?? '';
}

/** A skill id's label; an id no longer in the taxonomy is shown as it was saved. */
export function skillLabel(skills: readonly Skill[], id: string, lang: string): string {
  const skill = skills.find((s) => s.id === id);
  return skill ? localised(skill.label, lang) : id;
}
