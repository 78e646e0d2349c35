import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LADDER_RUNGS, LADDER_STRETCHES } from '../../core/health-results.js';
import type { MessageParams } from '../../core/i18n.js';
import {
  describedBy,
  renderErrorSummary,
  renderInlineError,
  type FieldProblem,
} from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import type { Draft } from './draft.js';
import { localText, type Framework, type Principle, type Statement } from './framework.js';
import { COMMENT_MAX, DONT_KNOW } from './model.js';

/**
 * The form: every statement as a fieldset of radios (the scale's words at every point, then
 * "I don't know"), an optional comment per principle, the ladder of co-production, and an
 * explicit send button. Radios in a fieldset are the keyboard path: Tab reaches a statement,
 * the arrow keys choose a point (WCAG 2.1.1), and nothing is sent until the button.
 */

export const SUMMARY_ID = 'answer-summary';

export interface FormContext {
  t: (key: string, params?: MessageParams) => string;
  lang: string;
  framework: Framework;
  headingLevel: number;
  draft: Draft;
  errors: readonly FieldProblem[];
  /** The groups to choose from, when the form asks (kiosk, or not said yet). */
  groups?: readonly { id: string; label: string }[];
  /** The group the person takes part as, when known. */
  knownGroup?: string;
  /** Asks the group question again; absent when the page fixed the group, or at a kiosk. */
  onChangeGroup?: () => void;
  editing: boolean;
  /** The fewest responses a group needs before it is shown. */
  minResponses: number;
  onSubmit: (event: SubmitEvent) => void;
  onInput: (event: Event) => void;
  onKeep: () => void;
}

/** The scale's words, lowest first: the framework's own, or the five built-in points. */
export function scaleWords(context: Pick<FormContext, 't' | 'lang' | 'framework'>): string[] {
  const { framework } = context;
  if (framework.scale) return framework.scale.map((word) => localText(word, context.lang));
  return [1, 2, 3, 4, 5].map((point) => context.t(`health.scale.${point}`));
}

export function errorText(
  context: Pick<FormContext, 't' | 'lang' | 'framework'>,
  error: FieldProblem,
) {
  const { t, framework, lang } = context;
  if (error.key === 'health.error.group') return t(error.key);
  const principle = framework.principles.find((p) => p.id === error.field);
  if (principle)
    return t(error.key, { principle: localText(principle.label, lang), max: COMMENT_MAX });
  const statement = framework.principles
    .flatMap((p) => p.statements)
    .find((s) => s.id === error.field);
  return t(error.key, { statement: localText(statement?.text, lang) });
}

export function renderAnswerForm(context: FormContext): TemplateResult {
  const { t } = context;
  const words = scaleWords(context);
  return html`<form
    class="answers"
    part="form"
    novalidate
    @submit=${context.onSubmit}
    @input=${context.onInput}
    @change=${context.onInput}
  >
    ${renderErrorSummary({
      id: SUMMARY_ID,
      title: t('problem.title'),
      level: context.headingLevel + 1,
      errors: context.errors,
      text: (error) => errorText(context, error),
    })}
    <p class="hint" id="answers-hint">
      ${t('health.form.hint', { low: words[0], high: words[words.length - 1] })}
    </p>
    ${renderGroup(context)}
    ${context.framework.principles.map((principle) => renderPrinciple(context, principle, words))}
    ${renderLadder(context)}
    <div class="actions">
      <button type="submit" part="submit">
        ${t(context.editing ? 'health.form.save' : 'health.form.send')}
      </button>
      ${
        context.editing
          ? html`<button type="button" class="secondary" @click=${context.onKeep}>
              ${t('health.form.keep')}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}

function errorFor(context: FormContext, about: string): string | undefined {
  const error = context.errors.find((entry) => entry.field === about);
  return error && errorText(context, error);
}

function renderGroup(context: FormContext) {
  const { t } = context;
  if (!context.groups) {
    if (!context.knownGroup) return nothing;
    return html`<p class="you">
      ${t('group.you', { group: context.knownGroup })}
      ${
        context.onChangeGroup
          ? html`<button type="button" class="link" @click=${context.onChangeGroup}>
              ${t('group.change')}
            </button>`
          : nothing
      }
    </p>`;
  }
  const error = errorFor(context, 'group');
  return html`<fieldset
    class=${error ? 'invalid group' : 'group'}
    aria-describedby=${describedBy('group-hint', error && 'group-error')}
  >
    <legend>${t('group.question')}</legend>
    <p class="hint" id="group-hint">
      ${t('health.form.group-hint', { count: context.minResponses })}
    </p>
    ${renderInlineError('group-error', t('error.prefix'), error)}
    ${context.groups.map(
      (group, index) =>
        html`<label class="choice"
          ><input
            type="radio"
            name="group"
            id="group-${index}"
            data-kind="group"
            value=${group.id}
            .checked=${live(context.draft.group === group.id)}
          />
          <span>${group.label}</span></label
        >`,
    )}
  </fieldset>`;
}

function renderPrinciple(context: FormContext, principle: Principle, words: readonly string[]) {
  const { t, lang } = context;
  const commentError = errorFor(context, principle.id);
  const commentId = `comment-${principle.id}`;
  return html`<section class="principle" aria-labelledby="principle-${principle.id}">
    ${heading(context.headingLevel + 1, localText(principle.label, lang), {
      id: `principle-${principle.id}`,
      class: 'h-sub',
    })}
    ${principle.statements.map((statement) => renderStatement(context, statement, words))}
    <div class="comment">
      <label for=${commentId}
        >${t('health.form.comment', { principle: localText(principle.label, lang) })}</label
      >
      <p class="hint" id="${commentId}-hint">
        ${t('health.form.comment-hint', { max: COMMENT_MAX })}
      </p>
      ${renderInlineError(`${commentId}-error`, t('error.prefix'), commentError)}
      <textarea
        id=${commentId}
        rows="3"
        data-kind="comment"
        data-principle=${principle.id}
        aria-invalid=${commentError ? 'true' : 'false'}
        aria-describedby=${describedBy(`${commentId}-hint`, commentError && `${commentId}-error`)}
        .value=${live(context.draft.comments[principle.id] ?? '')}
      ></textarea>
    </div>
  </section>`;
}

function renderStatement(context: FormContext, statement: Statement, words: readonly string[]) {
  const { t } = context;
  const error = errorFor(context, statement.id);
  const value = context.draft.ratings[statement.id];
  const name = `rate-${statement.id}`;
  const radio = (point: string, label: string, index: number) =>
    html`<label class=${point === DONT_KNOW ? 'point dont-know' : 'point'}
      ><input
        type="radio"
        name=${name}
        id="${name}-${index}"
        value=${point}
        data-kind="rate"
        data-statement=${statement.id}
        .checked=${live(value !== undefined && String(value) === point)}
      />
      <span>${label}</span></label
    >`;
  return html`<fieldset
    class=${error ? 'statement invalid' : 'statement'}
    id="statement-${statement.id}"
    aria-describedby=${describedBy(error && `${name}-error`)}
  >
    <legend>${localText(statement.text, context.lang)}</legend>
    ${renderInlineError(`${name}-error`, t('error.prefix'), error)}
    <div class="scale">
      ${words.map((word, index) => radio(String(index + 1), word, index + 1))}
      ${radio(DONT_KNOW, t('health.scale.dont-know'), 0)}
    </div>
  </fieldset>`;
}

/** The ladder, top rung first, in its three stretches: doing with, doing for, doing to. */
function renderLadder(context: FormContext) {
  const { t } = context;
  const stretches = (['doing-with', 'doing-for', 'doing-to'] as const).map((stretch) => ({
    stretch,
    rungs: [...LADDER_STRETCHES[stretch]].reverse(),
  }));
  return html`<section class="ladder" aria-labelledby="ladder-title">
    ${heading(context.headingLevel + 1, t('health.ladder.title'), { id: 'ladder-title', class: 'h-sub' })}
    <fieldset aria-describedby="ladder-hint">
      <legend>${t('health.ladder.question')}</legend>
      <p class="hint" id="ladder-hint">${t('health.ladder.hint')}</p>
      ${stretches.map(
        ({ stretch, rungs }) =>
          html`<div class="stretch" role="group" aria-labelledby="stretch-${stretch}">
            <p class="stretch-name" id="stretch-${stretch}">${t(`health.ladder.${stretch}`)}</p>
            ${rungs.map(
              (rung) =>
                html`<label class="choice rung"
                  ><input
                    type="radio"
                    name="ladder"
                    id="rung-${rung}"
                    value=${rung}
                    data-kind="ladder"
                    .checked=${live(context.draft.ladder === rung)}
                  />
                  <span
                    ><strong>${t(`health.rung.${rung}`)}</strong>
                    <span class="rung-about" id="rung-${rung}-about"
                      >${t(`health.rung.${rung}.about`)}</span
                    ></span
                  ></label
                >`,
            )}
          </div>`,
      )}
      <label class="choice rung"
        ><input
          type="radio"
          name="ladder"
          id="rung-dont-know"
          value=${DONT_KNOW}
          data-kind="ladder"
          .checked=${live(context.draft.ladder === DONT_KNOW)}
        />
        <span>${t('health.scale.dont-know')}</span></label
      >
    </fieldset>
  </section>`;
}

/** The rungs, lowest first (for tables and exports). */
export const rungs = LADDER_RUNGS;
