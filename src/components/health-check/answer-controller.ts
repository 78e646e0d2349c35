import { html, type TemplateResult } from 'lit';
import { DraftForm, type DraftFormHost } from '../../core/draft-form.js';
import type { Group } from '../../core/groups.js';
import type { ParticipantGroupController } from '../../core/participant-group.js';
import { newId } from '../../core/participant.js';
import type { StorageController } from '../../core/store/storage-controller.js';
import { refuseForm } from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import { renderAnswerForm, SUMMARY_ID } from './answer-form.js';
import {
  checkDraft,
  draftFromResponse,
  emptyDraft,
  isBlank,
  rate,
  ratingsFor,
  writeComment,
  type Draft,
} from './draft.js';
import type { Framework } from './framework.js';
import { saveResponse, type HealthData, type HealthRound, type StoredResponse } from './model.js';

/** What the answers read from their element. */
export interface AnswerHost extends DraftFormHost {
  readonly groups: Group[];
  readonly framework: Framework;
  readonly round: HealthRound;
  readonly ownResponse: StoredResponse | undefined;
  readonly participantKey: string;
  readonly minResponses: number;
  readonly storageController: StorageController<HealthData>;
  /** Saves the next data (the element's one way to save); false when read-only. */
  commit(next: HealthData): boolean;
  groupName(id: string): string;
}

/**
 * One person's way through the check: answering, sending, changing their answers until the
 * round closes, and a kiosk's hand-over to the next person. Focus moves after each step,
 * since each one replaces what had focus.
 */
export class AnswerController extends DraftForm<Draft, AnswerHost> {
  constructor(host: AnswerHost, groups: ParticipantGroupController) {
    super(host, groups, emptyDraft);
  }

  /** Saved data arrived: a new round elsewhere ends the changing of the last one's answers. */
  dataLoaded(): void {
    if (this.state.editing && !this.host.ownResponse) this.set({ editing: false });
  }

  private get errors() {
    return checkDraft(this.state.draft, this.host.framework, this.asksGroup);
  }

  /** Sends the form's answers; see the element's `submit()`. */
  async submit(): Promise<boolean> {
    const { host } = this;
    this.set({ refusal: undefined });
    if (!host.round.open) {
      host.emit('co-error', { code: 'round-closed', message: host.t('health.closed-before') });
      return this.refuse('health.closed-before');
    }
    this.set({ attempted: true });
    if (this.errors.length > 0) {
      await host.updateComplete;
      refuseForm(host, SUMMARY_ID);
      return false;
    }
    const group = this.group as string;
    const { draft } = this.state;
    // In a kiosk every response is a new person, so it is its own participant.
    const participant = host.kiosk ? newId() : host.participantKey;
    const next = saveResponse(host.storageController.data, host.round.id, participant, {
      group,
      ratings: ratingsFor(draft, host.framework),
      ...(draft.ladder && { ladder: draft.ladder }),
      comments: { ...draft.comments },
    });
    if (!host.commit(next)) return this.refuse('health.refused.read-only');
    if (host.kiosk) this.groups.forget({ remember: false });
    else if (this.asksGroup) this.groups.choose(group);
    this.set({ ...this.fresh(), thanked: host.kiosk });
    await Promise.all([host.storageController.flush(), host.updateComplete]);
    this.focusOn('#sent-title');
    return true;
  }

  private async refuse(key: string): Promise<false> {
    this.set({ refusal: key });
    await this.host.updateComplete;
    this.focusOn('#refusal');
    return false;
  }

  private focusOn(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ── Handlers ──

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const { draft } = this.state;
    switch (control.dataset.kind) {
      case 'group':
        this.set({ draft: { ...draft, group: control.value } });
        break;
      case 'rate':
        this.set({ draft: rate(draft, control.dataset.statement ?? '', control.value) });
        break;
      case 'ladder':
        this.set({ draft: { ...draft, ladder: control.value } });
        break;
      case 'comment':
        this.set({ draft: writeComment(draft, control.dataset.principle ?? '', control.value) });
        break;
      default:
    }
  };

  private readonly onChange = async (): Promise<void> => {
    const own = this.host.ownResponse;
    this.set({ editing: true, refusal: undefined, ...(own && { draft: draftFromResponse(own) }) });
    await this.host.updateComplete;
    this.focusOn('.answers input');
  };

  private readonly onKeep = async (): Promise<void> => {
    this.set(this.fresh());
    await this.host.updateComplete;
    this.focusOn('#sent-title');
  };

  private readonly onChangeGroup = async (): Promise<void> => {
    this.set({
      changingGroup: true,
      draft: { ...this.state.draft, group: this.groups.group ?? '' },
    });
    await this.host.updateComplete;
    this.focusOn('input[name="group"]:checked');
  };

  private readonly onNext = async (): Promise<void> => {
    this.set(this.fresh());
    this.groups.forget({ remember: false });
    await this.host.updateComplete;
    this.focusOn('.answers input');
  };

  // ── Rendering ──

  render(): TemplateResult {
    const { host, state } = this;
    const t = (key: string, params?: Record<string, string | number>) => host.t(key, params);
    const level = host.headingLevel + 1;
    const round = { round: host.round.number };
    if (host.kiosk && state.thanked) {
      return html`<div class="panel sent" part="confirmation">
        ${heading(level, t('health.kiosk.thanks'), { id: 'sent-title', class: 'h-sub', tabindex: -1 })}
        <p>${t('health.kiosk.next-hint')}</p>
        <button type="button" @click=${() => void this.onNext()}>${t('health.kiosk.next')}</button>
      </div>`;
    }
    const own = host.ownResponse;
    if (own && !state.editing) {
      return html`<div class="panel sent" part="confirmation">
        ${heading(level, t('health.sent.title', round), { id: 'sent-title', class: 'h-sub', tabindex: -1 })}
        ${
          host.round.open
            ? html`<p>${t('health.sent.change-hint')}</p>
                <button type="button" class="secondary" @click=${() => void this.onChange()}>
                  ${t('health.sent.change')}
                </button>`
            : html`<p>${t('health.sent.closed', round)}</p>`
        }
      </div>`;
    }
    if (!host.round.open) {
      const lost = state.refusal !== undefined || !isBlank(state.draft);
      return html`<p class="notice" part="closed" id="refusal" tabindex="-1">
        ${t(lost ? 'health.closed-before' : 'health.closed', round)}
      </p>`;
    }
    const groups = host.groups.map((group) => ({ id: group.id, label: host.groupName(group.id) }));
    const known = this.asksGroup ? undefined : this.group;
    return html`${
      state.refusal
        ? html`<p class="notice error" part="refusal" id="refusal" tabindex="-1" role="alert">
            ${t(state.refusal)}
          </p>`
        : ''
    }
    ${renderAnswerForm({
      t: (key, params) => host.t(key, params),
      lang: host.language,
      framework: host.framework,
      headingLevel: host.headingLevel,
      draft: state.draft,
      errors: state.attempted ? this.errors : [],
      groups: this.asksGroup ? groups : undefined,
      knownGroup: known ? host.groupName(known) : undefined,
      // Outside a kiosk the group is remembered; a person who chose the wrong one can change it.
      onChangeGroup: this.fixedGroup || host.kiosk ? undefined : () => void this.onChangeGroup(),
      editing: state.editing,
      minResponses: host.minResponses,
      onSubmit: this.onSubmit,
      onInput: this.onInput,
      onKeep: () => void this.onKeep(),
    })}`;
  }
}
