import { nothing, type TemplateResult } from 'lit';
import { notSaved } from '../../core/store/storage-status.js';
import type { LazyPart } from '../../core/lazy-part.js';
import type { ParticipantGroupController } from '../../core/participant-group.js';
import { newId } from '../../core/participant.js';
import { refuseForm } from '../../core/ui/error-summary.js';
import { addOtherSkill, applyControl, draftFromEntries, removeOtherSkill } from './form-entries.js';
import { controlId } from './form-parts.js';
import { SUMMARY_ID, renderForm } from './form-view.js';
import { errorText, formHint, formLabel } from './form-text.js';
import {
  draftToOffer,
  emptyDraft,
  offerToDraft,
  type FieldName,
  type OfferDraft,
  type SkillOffer,
} from './model.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { validateDraft } from './offer-validation.js';
import { saveOffer } from './offers.js';
import { afterPress, watchPresses } from './pointer-press.js';
import type { OfferHost } from './offer-host.js';

/** Where each field's error summary link and "Change" button take the person. */
const firstControl: Partial<Record<FieldName, string>> = { contact: 'email', availability: 'days' };

/**
 * The form side of `<co-skill-offer>`: the draft as the person fills it in, when to show
 * errors (GOV.UK: after a submit attempt, or once a field was changed and left), sending,
 * and the review after it. The element keeps its properties, form association and storage.
 */
export class OfferForm {
  draft: OfferDraft = emptyDraft();
  mode: 'form' | 'review' = 'form';
  /** Just sent (a thank-you panel) rather than found again after a reload. */
  justSent = false;
  /** The person tried to send, so every error shows, with the summary. */
  attempted = false;
  /** The form was emptied because the person withdrew their offer. */
  withdrawn = false;
  private touched = new Set<FieldName>();
  /** Fields the person has typed in or ticked, whose errors show once they leave them. */
  private readonly interacted = new Set<FieldName>();
  /** Nothing typed since the form was last filled from storage, reset or sent. */
  private pristine = true;

  /** `review`: what a person sees once they have sent their offer, loaded when first shown. */
  constructor(
    private readonly host: OfferHost,
    private readonly group: ParticipantGroupController,
    private readonly review: LazyPart<typeof import('./review-view.js')>,
  ) {
    watchPresses();
  }

  /** The draft with the group the page fixed, or the one this person chose before. */
  get current(): OfferDraft {
    const known = this.group.group ?? '';
    const group = this.group.fixed ? known : this.draft.group || known;
    return group === this.draft.group ? this.draft : { ...this.draft, group };
  }

  get errors(): FieldProblem[] {
    return validateDraft(this.current, this.host.config);
  }

  /** The form emptied: a host form's reset, a withdrawal, or before showing a sent offer. */
  reset(): void {
    this.draft = emptyDraft();
    this.mode = 'form';
    this.justSent = this.attempted = this.withdrawn = false;
    this.touched = new Set();
    this.interacted.clear();
    this.pristine = true;
    this.host.requestUpdate();
  }

  /** Back/forward navigation brought the form's entries back. */
  restore(state: FormData): void {
    this.draft = draftFromEntries(state.entries());
    this.mode = 'form';
    this.pristine = false;
    this.host.requestUpdate();
  }

  showErrors(): void {
    this.attempted = true;
    this.host.requestUpdate();
  }

  /** Saved offers arrived (first load, another tab, an import, "delete my data"). */
  loaded(): void {
    const own = this.host.ownOffer;
    if (this.mode === 'review') {
      if (own) this.draft = offerToDraft(own);
      else this.reset();
    } else if (own && this.pristine && !this.draft.id) {
      this.draft = offerToDraft(own);
      this.mode = 'review';
    }
    this.host.requestUpdate();
  }

  async submit(): Promise<boolean> {
    this.showErrors();
    if (this.errors.length > 0) {
      await this.host.updateComplete;
      refuseForm(this.host, SUMMARY_ID);
      return false;
    }
    return this.send();
  }

  /** Fires `co-submit` and, unless the page cancels it, saves the offer and confirms. */
  async send(): Promise<boolean> {
    const { host } = this;
    const { data } = host.storageController;
    const id = this.draft.id ?? host.ownOffer?.id ?? newId();
    const previous = data.offers[id];
    const offer = draftToOffer(this.current, host.config, {
      id,
      participant: host.participantKey,
      lang: host.language,
      retention: host.retention,
      now: new Date(),
      ...(previous && !('deleted' in previous) ? { createdAt: previous.createdAt } : {}),
    });
    const detail = JSON.parse(JSON.stringify(offer)) as SkillOffer;
    if (!host.emit('co-submit', detail, { cancelable: true })) return false;
    if (!host.commit(saveOffer(data, offer))) return false;
    if (offer.group && host.groupAsked) this.group.choose(offer.group);
    this.reset();
    this.draft = offerToDraft(offer);
    this.mode = 'review';
    this.justSent = true;
    await Promise.all([host.storageController.flush(), host.updateComplete]);
    host.focusOn('#review-title');
    return true;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    // Inside a host form the host's own submit button sends it (and this element with it).
    if (this.host.form) this.host.form.requestSubmit();
    else void this.submit();
  };

  /** Every control's input and change: one pure function turns it into the next draft. */
  readonly onControl = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    // Chromium fires change when a focused, edited input is removed by a re-render (sending
    // swaps the form for the review): that is not the person changing their answer.
    if (!control.name || this.mode !== 'form') return;
    const box = control.type === 'checkbox' || control.type === 'radio';
    const next = applyControl(this.draft, {
      name: control.name,
      value: control.value,
      ...(box ? { checked: control.checked } : {}),
    });
    if (next === this.draft) return;
    this.draft = next;
    this.pristine = false;
    this.withdrawn = false;
    const field = control.closest('[data-field]')?.getAttribute('data-field');
    if (field) this.interacted.add(field as FieldName);
    this.host.requestUpdate();
  };

  /** Errors of a field show once the person has changed it and then left it. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const from = (event.target as Element).closest('[data-field]');
    const field = from?.getAttribute('data-field') as FieldName | undefined;
    if (!from || !field || !this.interacted.has(field) || this.touched.has(field)) return;
    if (event.relatedTarget instanceof Node && from.contains(event.relatedTarget)) return;
    const control = event.target as Element;
    // Chromium also fires focusout for a focused control that a re-render removes (a removed
    // skill): the person did not leave the question then. Judge once the render is done.
    // An error that appears pushes the questions below it down: when a press left the field,
    // wait for the release, or the release lands beside the box pressed and it stays unticked.
    queueMicrotask(() =>
      afterPress(() => {
        if (!control.isConnected || this.touched.has(field)) return;
        this.touched = new Set([...this.touched, field]);
        this.host.requestUpdate();
      }),
    );
  };

  private readonly onNewSkillKey = (event: KeyboardEvent): void => {
    // Enter adds the skill, as the button beside it does, instead of sending the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.onAddSkill();
  };

  private readonly onAddSkill = (): void => {
    const before = this.draft.otherSkills.length;
    const added = this.draft.newSkill.trim();
    this.draft = addOtherSkill(this.draft);
    this.pristine = false;
    this.host.requestUpdate();
    this.host.focusOn(`#${controlId('new-skill')}`);
    if (this.draft.otherSkills.length > before)
      this.host.announce(this.host.t('skills.added-announce', { skill: added }));
  };

  private async removeSkill(skill: string): Promise<void> {
    const index = this.draft.otherSkills.indexOf(skill);
    this.draft = removeOtherSkill(this.draft, skill);
    this.pristine = false;
    this.host.requestUpdate();
    this.host.announce(this.host.t('skills.removed-announce', { skill }));
    await this.host.updateComplete;
    // Focus the next remove button (or the one before, or the input): never lose focus.
    const root = this.host.renderRoot;
    const buttons = root.querySelectorAll<HTMLElement>('.added button');
    const next = buttons[index] ?? buttons[index - 1];
    (next ?? root.querySelector<HTMLElement>(`#${controlId('new-skill')}`))?.focus();
  }

  /** From the review back to the form, at one question or at the start. */
  async change(field?: FieldName): Promise<void> {
    const own = this.host.ownOffer;
    if (own) this.draft = offerToDraft(own);
    this.mode = 'form';
    this.justSent = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const control = field ? (firstControl[field] ?? field) : undefined;
    this.host.focusOn(control ? `#${controlId(control)}` : 'form :is(input, textarea)');
  }

  private async cancelChange(): Promise<void> {
    const own = this.host.ownOffer;
    this.reset();
    if (own) {
      this.draft = offerToDraft(own);
      this.mode = 'review';
    }
    await this.host.updateComplete;
    this.host.focusOn(own ? '#review-title' : 'form input');
  }

  renderForm(): TemplateResult {
    const { host } = this;
    const errors = this.errors;
    return renderForm({
      t: (key, params) => host.t(key, params),
      label: (key) => formLabel(host, key),
      hint: (key) => formHint(host, key),
      lang: host.language,
      headingLevel: host.headingLevel,
      draft: this.current,
      config: host.config,
      errors: errors.filter(
        (e) => this.attempted || (this.touched as ReadonlySet<string>).has(e.field),
      ),
      summary: this.attempted ? errors : [],
      errorText: (error) => errorText(host, error),
      skills: host.skills,
      groups: host.groupAsked
        ? host.groups.map((g) => ({ id: g.id, label: this.group.label(g.id) }))
        : undefined,
      editing: Boolean(this.draft.id),
      standalone: !host.form,
      disabled: host.isDisabled,
      withdrawn: this.withdrawn,
      onSubmit: this.onSubmit,
      onControl: this.onControl,
      onFocusOut: this.onFocusOut,
      onAddSkill: this.onAddSkill,
      onNewSkillKey: this.onNewSkillKey,
      onRemoveSkill: (skill) => void this.removeSkill(skill),
      onCancelChange: () => void this.cancelChange(),
    });
  }

  renderReview(offer: SkillOffer): TemplateResult | typeof nothing {
    const { host } = this;
    const view = this.review.get();
    if (!view) return nothing;
    return view.renderReview({
      ...host.words,
      headingLevel: host.headingLevel,
      offer,
      config: host.config,
      groupAsked: host.groupAsked,
      justSent: this.justSent,
      notSaved: notSaved(host.storageController.status),
      retention: host.retention,
      disabled: host.isDisabled,
      onChange: (field) => void this.change(field),
      onConfirmWithdraw: () => void host.withdraw(),
    });
  }
}
