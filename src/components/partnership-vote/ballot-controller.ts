import { html, nothing, type TemplateResult } from 'lit';
import { DraftForm, type DraftFormHost } from '../../core/draft-form.js';
import type { Group } from '../../core/groups.js';
import { checkBallot, type ConsentMark } from '../../core/parity-ballots.js';
import type { ParticipantGroupController } from '../../core/participant-group.js';
import { newId } from '../../core/participant.js';
import { refuseForm } from '../../core/ui/error-summary.js';
import type { StorageController } from '../../core/store/storage-controller.js';
import { notSaved } from '../../core/store/storage-status.js';
import {
  checkDraft,
  choose,
  chooseGroup,
  dotsSpent,
  draftFromBallot,
  draftToBallot,
  emptyDraft,
  grade,
  isBlank,
  mark,
  markConsent,
  REASON_MAX,
  stepDots,
  writeReason,
  type BallotDraft,
} from './ballot-draft.js';
import { SUMMARY_ID } from './ballot-errors.js';
import { renderBallotForm, type NamedOption } from './ballot-form.js';
import { castBallot, type StoredBallot, type VoteData } from './model.js';
import type { Moved } from './ranked-moves.js';
import type { VoteMethods } from './vote-methods.js';
import type { VoteSettings } from './vote-settings.js';
import {
  renderClosed,
  renderRefusal,
  renderThanks,
  renderVoted,
  type VotedContext,
} from './voted-view.js';

/** What the ballot reads from its element. */
export interface BallotHost extends DraftFormHost {
  readonly groups: Group[];
  readonly isClosed: boolean;
  readonly ownBallot: StoredBallot | undefined;
  readonly voteSettings: VoteSettings;
  readonly questionText: string;
  readonly namedOptions: NamedOption[];
  readonly participantKey: string;
  readonly storageController: StorageController<VoteData>;
  readonly methods: VoteMethods;
  /** Saves the vote's next data; false when read-only. */
  commit(next: VoteData): boolean;
  groupName(id: string): string;
  list(items: readonly string[]): string;
  announce(message: string): void;
}

/**
 * One person's way through the ballot: the group question, marking, casting (with the page's
 * chance to refuse), changing a ballot, and a kiosk's hand-over to the next voter. Focus is
 * moved after each step, since each one replaces what had focus.
 */
export class BallotController extends DraftForm<BallotDraft, BallotHost> {
  constructor(host: BallotHost, groups: ParticipantGroupController) {
    super(host, groups, emptyDraft);
  }

  /** Saved data arrived: a reset elsewhere may have taken away the ballot being changed. */
  dataLoaded(): void {
    if (this.state.editing && !this.host.ownBallot) this.set({ editing: false });
  }

  private get errors() {
    return checkDraft(this.state.draft, this.host.voteSettings.config, this.asksGroup);
  }

  /** Casts the draft; see the element's `submit()`. */
  async submit(): Promise<boolean> {
    const { host } = this;
    this.set({ refusal: undefined });
    if (host.isClosed) {
      host.emit('co-error', { code: 'vote-refused', message: host.t('vote.closed-before') });
      return this.refuse('vote.closed-before', '#closed-notice');
    }
    this.set({ attempted: true });
    if (this.errors.length > 0) {
      await host.updateComplete;
      refuseForm(host, SUMMARY_ID);
      return false;
    }
    const group = this.group as string;
    const { config } = host.voteSettings;
    const ballot = draftToBallot(this.state.draft, config, group);
    const rules = host.methods.get(config.method)?.rules;
    if (!rules || checkBallot(rules, ballot, config) !== undefined) {
      return this.refuse('vote.refused.invalid');
    }
    const detail = { question: host.questionText, method: config.method, group, ballot };
    if (!host.emit('co-vote', JSON.parse(JSON.stringify(detail)), { cancelable: true })) {
      return this.refuse('vote.refused.page');
    }
    // In a kiosk every ballot is a new voter, so it is its own participant.
    const id = newId();
    const ids = { id, participant: host.kiosk ? id : host.participantKey };
    const next = castBallot(host.storageController.data, ballot, ids);
    if (!host.commit(next)) return this.refuse('vote.refused.read-only');
    if (host.kiosk) {
      // The next voter is asked afresh; this voter's group is not remembered anywhere.
      this.groups.forget({ remember: false });
    } else if (this.asksGroup) {
      this.groups.choose(group);
    }
    this.set({ ...this.fresh(), thanked: host.kiosk });
    await Promise.all([host.storageController.flush(), host.updateComplete]);
    this.focusOn(host.kiosk ? '#thanks-title' : '#voted-title');
    return true;
  }

  private async refuse(key: string, focus = '#refusal'): Promise<false> {
    this.set({ refusal: key });
    await this.host.updateComplete;
    this.focusOn(focus);
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
    const control = event.target as HTMLInputElement;
    const option = this.host.namedOptions[Number(control.dataset.index)]?.id ?? '';
    const { draft } = this.state;
    const changes: Record<string, () => BallotDraft> = {
      group: () => chooseGroup(draft, control.value),
      choice: () => choose(draft, option),
      approve: () => mark(draft, option, control.checked ? 1 : 0),
      score: () => mark(draft, option, Number(control.value)),
      consent: () => markConsent(draft, option, control.value as ConsentMark),
      reason: () => writeReason(draft, option, control.value),
      grade: () => grade(draft, option, Number(control.value)),
    };
    const kind = control.dataset.kind ?? '';
    // A select fires both input and change; the move is made (and said) once.
    if (kind === 'rank' && event.type === 'change') {
      const index = Number(control.dataset.index);
      const moved = this.rankMoves.rankAt(draft.ranking, option, Number(control.value));
      this.moved(index, moved, `#rank-${index}`);
      return;
    }
    const change = changes[kind];
    if (change) this.set({ draft: change() });
  };

  /** Move up / Move down on a ranked ballot. */
  private readonly onMove = (index: number, direction: 'up' | 'down'): void => {
    const option = this.host.namedOptions[index];
    const { ranking } = this.state.draft;
    const at = ranking.indexOf(option.id);
    // Nowhere to go: say so, rather than nothing happening.
    if (direction === 'up' && at === 0) {
      this.host.announce(this.host.t('vote.rank.already-first', { option: option.label }));
      return;
    }
    if (direction === 'down' && at < 0) {
      this.host.announce(this.host.t('vote.rank.not-ranked', { option: option.label }));
      return;
    }
    const { moveUp, moveDown } = this.rankMoves;
    const move = direction === 'up' ? moveUp : moveDown;
    this.moved(index, move(ranking, option.id), `#rank-${index}-${direction}`);
  };

  /** The ranked part's moves: here whenever a ranked ballot, whose controls call them, is. */
  private get rankMoves() {
    return this.host.methods.need('ranked').moves!;
  }

  /**
   * Saves a move on the draft, says where the option is now, and keeps focus on the control
   * used: the option's row has moved, and a moved element loses focus.
   */
  private moved(index: number, move: Moved, focus: string): void {
    const { host } = this;
    const option = host.namedOptions[index].label;
    this.set({ draft: { ...this.state.draft, ranking: move.ranking } });
    host.announce(
      move.position > 0
        ? host.t('vote.rank.moved', { option, position: move.position })
        : host.t('vote.rank.unranked', { option }),
    );
    void host.updateComplete.then(() => this.focusOn(focus));
  }

  private readonly onDots = (index: number, step: 1 | -1): void => {
    const { host } = this;
    const option = host.namedOptions[index];
    const { dots } = host.voteSettings.config;
    const draft = stepDots(this.state.draft, option.id, step, dots);
    this.set({ draft });
    const count = draft.marks[option.id] ?? 0;
    const value = host.t('vote.dots-count', { count });
    const placed = host.t('vote.voted.item', { option: option.label, value });
    const left = host.t('vote.dots-left', { count: dots - dotsSpent(draft), total: dots });
    host.announce(`${placed}. ${left}.`);
  };

  private readonly onChangeGroup = async (): Promise<void> => {
    this.set({
      changingGroup: true,
      draft: chooseGroup(this.state.draft, this.groups.group ?? ''),
    });
    await this.host.updateComplete;
    this.focusOn('input[name="group"]:checked');
  };

  private readonly onChangeVote = async (): Promise<void> => {
    const own = this.host.ownBallot;
    this.set({
      editing: true,
      refusal: undefined,
      ...(own && { draft: draftFromBallot(own) }),
    });
    await this.host.updateComplete;
    this.focusOn('#question');
  };

  private readonly onKeep = async (): Promise<void> => {
    this.set(this.fresh());
    await this.host.updateComplete;
    this.focusOn('#voted-title');
  };

  private readonly onNextVoter = async (): Promise<void> => {
    this.set(this.fresh());
    this.groups.forget({ remember: false });
    await this.host.updateComplete;
    this.focusOn(this.asksGroup ? 'input[name="group"]' : '#question');
  };

  // ── Rendering ──

  private get votedContext(): VotedContext {
    const { host } = this;
    return {
      t: (key, params) => host.t(key, params),
      method: host.voteSettings.config.method,
      headingLevel: host.headingLevel,
      options: host.namedOptions,
      maxScore: host.voteSettings.config.maxScore,
      groupLabel: (id) => host.groupName(id),
      list: (items) => host.list(items),
      // Never "Your vote has been counted" while the problem above says it is not saved yet.
      notSaved: notSaved(host.storageController.status),
    };
  }

  render(): TemplateResult | typeof nothing {
    const { host, state } = this;
    const t = (key: string) => host.t(key);
    if (host.kiosk && state.thanked) {
      return renderThanks(
        t,
        host.headingLevel,
        this.onNextVoter,
        notSaved(host.storageController.status),
      );
    }
    const own = host.ownBallot;
    if (own && !state.editing) {
      return renderVoted(this.votedContext, own, host.isClosed, this.onChangeVote);
    }
    if (host.isClosed) {
      return renderClosed(t, state.refusal !== undefined || !isBlank(state.draft));
    }
    const { config } = host.voteSettings;
    const part = host.methods.get(config.method);
    // A ranked or graded ballot comes with its method's part: until then its room is kept.
    if (!part) {
      return host.methods.unavailable(config.method)
        ? nothing
        : html`<div class="ballot-coming"></div>`;
    }
    const known = this.asksGroup ? undefined : this.group;
    const groups = host.groups.map((group) => ({ id: group.id, label: host.groupName(group.id) }));
    return html`${renderRefusal(t, state.refusal)}
    ${renderBallotForm({
      t: (key, params) => host.t(key, { max: REASON_MAX, ...params }),
      question: host.questionText,
      headingLevel: host.headingLevel,
      method: config.method,
      options: host.namedOptions,
      dots: config.dots,
      maxScore: config.maxScore,
      draft: state.draft,
      methodChoices: part.renderChoices,
      errors: state.attempted ? this.errors : [],
      groups: this.asksGroup ? groups : undefined,
      knownGroup: known ? { label: host.groupName(known), canChange: !this.fixedGroup } : undefined,
      changing: state.editing,
      onSubmit: this.onSubmit,
      onInput: this.onInput,
      onDots: this.onDots,
      onMove: this.onMove,
      onChangeGroup: () => void this.onChangeGroup(),
      onKeep: () => void this.onKeep(),
    })}`;
  }
}
