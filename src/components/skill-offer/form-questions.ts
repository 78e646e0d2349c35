import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy } from '../../core/ui/error-summary.js';
import {
  choiceFieldset,
  choices,
  controlId,
  errorId,
  errorOf,
  group,
  hintRef,
  labelText,
  renderError,
  renderHint,
  shown,
  textInput,
  type FormContext,
} from './form-parts.js';
import { days, supportNeeds, times, ways } from './model.js';
import { localised } from '../../core/skills.js';

// Every question of the form, each in its group: those answered in words first, then those
// answered by ticking boxes (or choosing a radio), each a fieldset.

export function renderName(ctx: FormContext): TemplateResult {
  return group(
    ctx,
    'name',
    html`${textInput(ctx, {
      field: 'name',
      control: 'name',
      value: ctx.draft.name,
      autocomplete: 'name',
      labelText: labelText(ctx, 'name', 'name'),
      hintKey: 'name',
      question: true,
    })}`,
  );
}

export function renderContact(ctx: FormContext): TemplateResult {
  const error = errorOf(ctx, 'contact');
  return group(
    ctx,
    'contact',
    html`<fieldset
      aria-describedby=${describedBy(hintRef(ctx, 'contact'), error && errorId('contact'))}
    >
      <legend>${labelText(ctx, 'contact', 'contact')}</legend>
      ${renderHint(ctx, 'contact')} ${renderError(ctx, error)}
      <div class="sub-field">
        ${textInput(ctx, {
          field: 'contact',
          control: 'email',
          type: 'email',
          value: ctx.draft.email,
          autocomplete: 'email',
          labelText: ctx.label('email'),
          className: 'wide',
        })}
      </div>
      <div class="sub-field">
        ${textInput(ctx, {
          field: 'contact',
          control: 'phone',
          type: 'tel',
          value: ctx.draft.phone,
          autocomplete: 'tel',
          labelText: ctx.label('phone'),
          hintKey: 'phone',
          className: 'medium',
        })}
      </div>
    </fieldset>`,
  );
}

export function renderExperience(ctx: FormContext): TemplateResult {
  const error = errorOf(ctx, 'experience');
  return group(
    ctx,
    'experience',
    html`<label class="label question" for=${controlId('experience')}
        >${labelText(ctx, 'experience', 'experience')}</label
      >
      ${renderHint(ctx, 'experience')} ${renderError(ctx, error)}
      <textarea
        id=${controlId('experience')}
        name="experience"
        rows="5"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hintRef(ctx, 'experience'), error && errorId('experience'))}
        .value=${live(ctx.draft.experience)}
      ></textarea>`,
  );
}

export function renderHours(ctx: FormContext): TemplateResult {
  return group(
    ctx,
    'hours',
    html`${textInput(ctx, {
        field: 'hours',
        control: 'hours',
        value: ctx.draft.hours,
        inputmode: 'numeric',
        autocomplete: 'off',
        labelText: labelText(ctx, 'hours', 'hours'),
        hintKey: 'hours',
        className: 'short',
        question: true,
      })} <span class="suffix" aria-hidden="true">${ctx.t('hours.suffix')}</span>`,
  );
}

export function renderGroup(ctx: FormContext): TemplateResult {
  const items = (ctx.groups ?? []).map((g) => ({ value: g.id, label: g.label }));
  return group(
    ctx,
    'group',
    choiceFieldset(
      ctx,
      'group',
      labelText(ctx, 'group', 'group'),
      'group',
      choices('group', items, (id) => ctx.draft.group === id, { type: 'radio' }),
    ),
  );
}

export function renderSkills(ctx: FormContext): TemplateResult {
  const { draft, t } = ctx;
  const items = ctx.skills.map((s) => ({ value: s.id, label: localised(s.label, ctx.lang) }));
  const error = errorOf(ctx, 'skills');
  const inputError = error?.control === 'new-skill';
  const body = html`${choices('skills', items, (id) => draft.skills.includes(id), {
      columns: true,
    })}
    <div class="add-skill">
      <label class="label" for=${controlId('new-skill')}>${ctx.label('new-skill')}</label>
      <div class="add-row">
        <input
          id=${controlId('new-skill')}
          name="new-skill"
          type="text"
          aria-invalid=${inputError ? 'true' : 'false'}
          aria-describedby=${ifDefined(inputError ? errorId('skills') : undefined)}
          .value=${live(draft.newSkill)}
          @keydown=${ctx.onNewSkillKey}
        />
        <button type="button" class="secondary" @click=${ctx.onAddSkill}>${t('skills.add')}</button>
      </div>
    </div>
    ${
      draft.otherSkills.length
        ? html`<p class="added-title" id="added-skills">${t('skills.added')}</p>
            <ul class="added" aria-labelledby="added-skills">
              ${draft.otherSkills.map(
                (skill) =>
                  html`<li>
                    <span>${skill}</span>
                    <button type="button" class="link" @click=${() => ctx.onRemoveSkill(skill)}>
                      ${t('skills.remove')}<span class="visually-hidden"> ${skill}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
        : nothing
    }`;
  return group(
    ctx,
    'skills',
    choiceFieldset(ctx, 'skills', labelText(ctx, 'skills', 'skills'), 'skills', body),
  );
}

export function renderWays(ctx: FormContext): TemplateResult {
  const items = ways.map((way) => ({
    value: way,
    label: ctx.t(`way.${way}`),
    hint: ctx.t(`way-hint.${way}`),
  }));
  return group(
    ctx,
    'ways',
    choiceFieldset(
      ctx,
      'ways',
      labelText(ctx, 'ways', 'ways'),
      'ways',
      choices('ways', items, (way) => ctx.draft.ways.includes(way as never)),
    ),
  );
}

export function renderAvailability(ctx: FormContext): TemplateResult {
  const { t, draft } = ctx;
  const error = errorOf(ctx, 'availability');
  const legend = (key: string) =>
    ctx.config.required.has('availability') ? ctx.label(key) : `${ctx.label(key)} ${t('optional')}`;
  const describe = describedBy(hintRef(ctx, 'availability'), error && errorId('availability'));
  return group(
    ctx,
    'availability',
    html`${renderError(ctx, error)}
      <fieldset aria-describedby=${describe}>
        <legend>${legend('days')}</legend>
        ${renderHint(ctx, 'availability')}
        ${choices(
          'days',
          days.map((d) => ({ value: d, label: t(`day.${d}`) })),
          (d) => draft.days.includes(d as never),
          { columns: true },
        )}
      </fieldset>
      <fieldset aria-describedby=${ifDefined(error ? errorId('availability') : undefined)}>
        <legend>${legend('times')}</legend>
        ${choices(
          'times',
          times.map((time) => ({ value: time, label: t(`time.${time}`) })),
          (time) => draft.times.includes(time as never),
        )}
      </fieldset>`,
  );
}

export function renderSupport(ctx: FormContext): TemplateResult {
  const { t, draft } = ctx;
  const items = supportNeeds
    .filter((n) => n !== 'none')
    .map((n) => ({ value: n, label: t(`support.${n}`) }));
  const body = html`${choices('support', items, (n) => draft.support.includes(n as never))}
    ${
      draft.support.includes('other')
        ? html`<div class="conditional">
            ${textInput(ctx, {
              field: 'support',
              control: 'support-other',
              value: draft.supportOther,
              labelText: ctx.label('support-other'),
              className: 'wide',
            })}
          </div>`
        : nothing
    }
    <p class="divider">${t('or')}</p>
    ${choices(
      'support-none',
      [{ value: 'none', label: t('support.none') }],
      () => draft.support.includes('none'),
      // Named "support" like the others, so it posts and toggles with them.
      { name: 'support' },
    )}`;
  return group(
    ctx,
    'support',
    choiceFieldset(ctx, 'support', labelText(ctx, 'support', 'support'), 'support', body),
  );
}

export function renderConsent(ctx: FormContext): TemplateResult | typeof nothing {
  const contact = shown(ctx, 'consent-contact');
  const share = shown(ctx, 'consent-share');
  if (!contact && !share) return nothing;
  const error = errorOf(ctx, 'consent-contact');
  const items = [
    ...(contact
      ? [{ value: 'yes', control: 'consent-contact', checked: ctx.draft.consentContact }]
      : []),
    ...(share ? [{ value: 'yes', control: 'consent-share', checked: ctx.draft.consentShare }] : []),
  ];
  return group(
    ctx,
    'consent-contact',
    html`<fieldset
      aria-describedby=${describedBy('f-consent-hint', error && errorId('consent-contact'))}
    >
      <legend>${ctx.label('consent')}</legend>
      <p class="hint" id="f-consent-hint">${ctx.hint('consent')}</p>
      ${renderError(ctx, error)}
      <div class="choices">
        ${items.map(
          (item) =>
            html`<div class="choice-item">
              <label class="choice">
                <input
                  id=${controlId(item.control)}
                  type="checkbox"
                  name=${item.control}
                  value="yes"
                  aria-invalid=${error && item.control === 'consent-contact' ? 'true' : 'false'}
                  .checked=${live(item.checked)}
                />
                <span>${ctx.label(item.control)}</span>
              </label>
            </div>`,
        )}
      </div>
    </fieldset>`,
  );
}
