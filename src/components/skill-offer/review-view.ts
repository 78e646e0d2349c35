import { html, type TemplateResult } from 'lit';
import { openDialog, renderConfirmDialog } from '../../core/ui/confirm-dialog.js';
import { heading } from '../../core/ui/heading.js';
import type { FieldConfig, FieldName, SkillOffer } from './model.js';
import {
  availabilityWords,
  hoursWords,
  ownWords,
  skillWords,
  supportWords,
  wayWords,
  wordList,
  type OfferWords,
} from './offer-text.js';

// The review's words come with it (core/lazy-part.ts `withWords`).
export { reviewWords as words } from './review-messages.js';
/** The part's own CSS: loaded with it, adopted by the element (core/part-styles.ts). */
export { reviewStyles as styles } from './review.styles.js';

export interface ReviewContext extends OfferWords {
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;
  offer: SkillOffer;
  config: FieldConfig;
  /** Whether the group question was part of the form (so it can be changed). */
  groupAsked: boolean;
  /** Just sent (a thank-you panel) rather than found again later. */
  justSent: boolean;
  /** Saving is failing (the store refused it): just sent, but not saved yet. */
  notSaved: boolean;
  retention: string;
  disabled: boolean;
  onChange: (field?: FieldName) => void;
  onConfirmWithdraw: () => void;
}

/**
 * After sending: what happens next, the answers (GOV.UK "check answers" list, each with its
 * own Change button), and the way to change or withdraw the whole offer.
 */
export function renderReview(ctx: ReviewContext): TemplateResult {
  const { t, offer } = ctx;
  // Never "your offer is saved" (in a green panel) while the save is failing: the problem and
  // the status line say "Not saved yet", and the person may need to take a copy.
  const panel = ctx.justSent && !ctx.notSaved;
  const title = t(
    panel ? 'review.sent-title' : ctx.justSent ? 'review.sent-not-saved' : 'review.title',
  );
  return html`<section class="review" part="confirmation" aria-labelledby="review-title">
    <div class=${panel ? 'panel' : 'review-heading'}>
      ${heading(ctx.headingLevel, title, { id: 'review-title', class: 'h-main', tabindex: -1 })}
    </div>
    ${heading(ctx.headingLevel + 1, t('review.next-title'), { class: 'h-sub' })}
    <p>${t(offer.consentContact ? 'review.next-contact' : 'review.next-no-contact')}</p>
    <p>${t(offer.consentShare ? 'review.shared' : 'review.not-shared')}</p>
    <p>
      ${
        ctx.retention
          ? t('consent.retention', { retention: ctx.retention })
          : t('consent.retention-none')
      }
    </p>
    ${heading(ctx.headingLevel + 1, t('review.answers'), { id: 'answers-title', class: 'h-sub' })}
    <dl class="summary-list" part="answers" aria-labelledby="answers-title">
      ${rows(ctx).map(
        ([field, value]) =>
          html`<div class="summary-row">
            <dt>${t(`summary.${field}`)}</dt>
            <dd>${value}</dd>
            <dd class="summary-action">
              <button
                type="button"
                class="link"
                ?disabled=${ctx.disabled}
                @click=${() => ctx.onChange(field)}
              >
                ${t('review.change')}<span class="visually-hidden"> ${t(`summary.${field}`)}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <div class="actions">
      <button
        type="button"
        class="secondary"
        ?disabled=${ctx.disabled}
        @click=${() => ctx.onChange()}
      >
        ${t('review.change-all')}
      </button>
      ${renderWithdraw(ctx)}
    </div>
  </section>`;
}

/**
 * "Withdraw your offer" and its "Are you sure?" (the shared confirm dialog: named, described,
 * Cancel first, focus back on the button when cancelled): withdrawing deletes the offer and
 * cannot be undone. In the review and on one's own card in the directory.
 */
export function renderWithdraw(ctx: {
  t: OfferWords['t'];
  headingLevel: number;
  disabled: boolean;
  onConfirmWithdraw: () => void;
}): TemplateResult {
  const { t } = ctx;
  const ask = (event: Event) =>
    openDialog((event.currentTarget as Element).getRootNode() as ShadowRoot, 'withdraw-dialog');
  return html`<button
      type="button"
      class="warning withdraw"
      aria-haspopup="dialog"
      ?disabled=${ctx.disabled}
      @click=${ask}
    >
      ${t('review.withdraw')}
    </button>
    ${renderConfirmDialog({
      id: 'withdraw-dialog',
      level: ctx.headingLevel,
      title: t('withdraw.confirm-title'),
      body: t('withdraw.confirm-body'),
      confirm: t('withdraw.confirm'),
      cancel: t('withdraw.cancel'),
      onConfirm: ctx.onConfirmWithdraw,
      confirmAction: 'withdraw',
    })}`;
}

function rows(ctx: ReviewContext): [FieldName, unknown][] {
  const { offer, t } = ctx;
  const shown = (f: FieldName) => !ctx.config.hidden.has(f);
  const result: [FieldName, unknown][] = [];
  if (shown('name')) result.push(['name', offer.name || t('review.anonymous')]);
  if (shown('contact'))
    result.push(['contact', wordList(ctx, [offer.email, offer.phone].filter(Boolean))]);
  if (ctx.groupAsked)
    result.push(['group', wordList(ctx, offer.group ? [ctx.groupLabel(offer.group)] : [])]);
  if (shown('skills'))
    result.push(['skills', wordList(ctx, skillWords(ctx, offer.skills, offer.otherSkills))]);
  if (shown('experience')) result.push(['experience', ownWords(ctx, offer.experience)]);
  if (shown('ways')) result.push(['ways', wordList(ctx, wayWords(ctx, offer.ways))]);
  if (shown('hours'))
    result.push(['hours', wordList(ctx, [hoursWords(ctx, offer.hours) ?? ''].filter(Boolean))]);
  if (shown('availability'))
    result.push(['availability', availabilityWords(ctx, offer.days, offer.times)]);
  if (shown('support'))
    result.push(['support', wordList(ctx, supportWords(ctx, offer.support, offer.supportOther))]);
  const consent = (value: boolean) => t(value ? 'consent.yes' : 'consent.no');
  if (shown('consent-contact')) result.push(['consent-contact', consent(offer.consentContact)]);
  if (shown('consent-share')) result.push(['consent-share', consent(offer.consentShare)]);
  return result;
}
