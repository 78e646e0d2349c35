import { html, nothing, type TemplateResult } from 'lit';
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
  retention: string;
  confirmingWithdraw: boolean;
  disabled: boolean;
  onChange: (field?: FieldName) => void;
  onAskWithdraw: () => void;
  onConfirmWithdraw: () => void;
  onCancelWithdraw: () => void;
}

/**
 * After sending: what happens next, the answers (GOV.UK "check answers" list, each with its
 * own Change button), and the way to change or withdraw the whole offer.
 */
export function renderReview(ctx: ReviewContext): TemplateResult {
  const { t, offer } = ctx;
  const title = t(ctx.justSent ? 'review.sent-title' : 'review.title');
  return html`<section class="review" part="confirmation" aria-labelledby="review-title">
    <div class=${ctx.justSent ? 'panel' : 'review-heading'}>
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
      <button
        type="button"
        class="warning withdraw"
        ?disabled=${ctx.disabled}
        aria-expanded=${ctx.confirmingWithdraw ? 'true' : 'false'}
        @click=${ctx.onAskWithdraw}
      >
        ${t('review.withdraw')}
      </button>
    </div>
    ${ctx.confirmingWithdraw ? renderWithdrawConfirm(ctx, ctx.headingLevel + 1) : nothing}
  </section>`;
}

/** "Are you sure?" in the page, not a dialog: withdrawing deletes and cannot be undone. */
export function renderWithdrawConfirm(
  ctx: {
    t: OfferWords['t'];
    onConfirmWithdraw: () => void;
    onCancelWithdraw: () => void;
  },
  level: number,
): TemplateResult {
  const { t } = ctx;
  return html`<div
    class="notice warning withdraw-confirm"
    role="group"
    aria-labelledby="withdraw-title"
  >
    ${heading(level, t('withdraw.confirm-title'), {
      id: 'withdraw-title',
      class: 'h-sub',
      tabindex: -1,
    })}
    <p>${t('withdraw.confirm-body')}</p>
    <div class="actions">
      <button type="button" class="warning" @click=${ctx.onConfirmWithdraw}>
        ${t('withdraw.confirm')}
      </button>
      <button type="button" class="secondary" @click=${ctx.onCancelWithdraw}>
        ${t('withdraw.cancel')}
      </button>
    </div>
  </div>`;
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
