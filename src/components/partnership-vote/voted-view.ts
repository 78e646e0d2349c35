import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import type { MessageParams } from '../../core/i18n.js';
import type { VoteMethod } from '../../core/parity.js';
import type { NamedOption } from './ballot-form.js';
import type { StoredBallot } from './model.js';
import { rankingOf } from './ranked-draft.js';

/**
 * What a person sees instead of the form: their counted vote (and the way to change it), the
 * kiosk's thank-you that hides the vote from the next person, or a closed vote.
 */

export interface VotedContext {
  t: (key: string, params?: MessageParams) => string;
  method: VoteMethod;
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;
  options: readonly NamedOption[];
  maxScore: number;
  groupLabel: (id: string) => string;
  list: (items: readonly string[]) => string;
  /** Saving is failing: the vote is on this page, not yet where it is counted. */
  notSaved: boolean;
}

/** The person's ballot in words, one line per option they marked, in the order of the form. */
export function ballotInWords(ballot: StoredBallot, context: VotedContext): string[] {
  const { t, options, method } = context;
  const marked = options.filter((option) => (ballot.marks?.[option.id] ?? 0) > 0);
  switch (method) {
    case 'single':
      return marked.map((option) => t('vote.voted.single', { option: option.label }));
    case 'approval':
      return [t('vote.voted.approval', { options: context.list(marked.map((o) => o.label)) })];
    case 'score':
      return options
        .filter((option) => ballot.marks?.[option.id] !== undefined)
        .map((option) =>
          t('vote.voted.score', {
            option: option.label,
            score: ballot.marks?.[option.id] ?? 0,
            max: context.maxScore,
          }),
        );
    case 'dots':
      return marked.map((option) =>
        t('vote.voted.item', {
          option: option.label,
          value: t('vote.dots-count', { count: ballot.marks?.[option.id] ?? 0 }),
        }),
      );
    case 'consent':
      return options.flatMap((option) => {
        const value = ballot.consent?.[option.id];
        if (value === undefined) return [];
        const line = t('vote.voted.item', {
          option: option.label,
          value: t(`vote.consent.${value}`),
        });
        const reason = value === 'agree' ? undefined : ballot.reasons?.[option.id];
        return reason ? [line, t('vote.voted.reason', { reason })] : [line];
      });
    case 'ranked':
      return rankingOf(ballot.ranks).flatMap((id, index) => {
        const option = options.find((entry) => entry.id === id);
        return option ? [t('vote.voted.rank', { position: index + 1, option: option.label })] : [];
      });
    case 'grades':
      return options
        .filter((option) => ballot.grades?.[option.id] !== undefined)
        .map((option) =>
          t('vote.voted.item', {
            option: option.label,
            value: t(`vote.grade.${ballot.grades?.[option.id]}`),
          }),
        );
  }
}

export function renderVoted(
  context: VotedContext,
  ballot: StoredBallot,
  closed: boolean,
  onChange: () => void,
): TemplateResult {
  const { t } = context;
  return html`<div class="voted" part="confirmation">
    ${heading(context.headingLevel, t(context.notSaved ? 'status.not-saved' : 'vote.voted.title'), {
      id: 'voted-title',
      class: 'h-main',
      tabindex: -1,
    })}
    <p>${t('group.you', { group: context.groupLabel(ballot.group) })}</p>
    <p class="your-vote">${t('vote.voted.yours')}</p>
    <ul class="your-vote">
      ${ballotInWords(ballot, context).map((line) => html`<li>${line}</li>`)}
    </ul>
    ${
      closed
        ? html`<p class="closed-note">${t('vote.closed-voted')}</p>`
        : html`<button type="button" class="secondary" id="change-vote" @click=${onChange}>
            ${t('vote.change')}
          </button>`
    }
  </div>`;
}

/** The kiosk's thank-you: nothing of the vote itself, so the next person cannot see it. */
export function renderThanks(
  t: VotedContext['t'],
  level: number,
  onNext: () => void,
  notSaved: boolean,
): TemplateResult {
  const title = t(notSaved ? 'status.not-saved' : 'vote.kiosk.thanks');
  return html`<div class="voted" part="confirmation">
    ${heading(level, title, { id: 'thanks-title', class: 'h-main', tabindex: -1 })}
    <p>${t('vote.kiosk.pass')}</p>
    <button type="button" id="next-voter" @click=${onNext}>${t('vote.kiosk.next')}</button>
  </div>`;
}

/** A closed vote, saying so in words; `missed` when the person had begun to vote. */
export function renderClosed(t: VotedContext['t'], missed: boolean): TemplateResult {
  return html`<div
    class="notice closed"
    part="closed"
    id="closed-notice"
    tabindex="-1"
    role="status"
  >
    <p><strong>${t(missed ? 'vote.closed-before' : 'vote.closed')}</strong></p>
  </div>`;
}

/** Why the last attempt to cast was not accepted; the form stays below with the choices. */
export function renderRefusal(t: VotedContext['t'], key: string | undefined) {
  if (!key) return nothing;
  return html`<div class="notice error" part="refusal" id="refusal" tabindex="-1" role="alert">
    <p>${t(key)}</p>
  </div>`;
}
