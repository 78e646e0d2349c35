import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CoElement } from '../../core/co-element.js';
import { downloadRecordFile } from '../../core/download.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { defaultGroups, groupLabel, parseGroups, type Group } from '../../core/groups.js';
import { checkedDefault, jsonAttribute } from '../../core/json-attribute.js';
import type { Ballot, DecisionRule, RankedCount, VoteMethod } from '../../core/parity-ballots.js';
import { tallyWith, type TallyResult } from '../../core/parity-tally.js';
import { ParticipantGroupController } from '../../core/participant-group.js';
import { participantId } from '../../core/participant.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { StorageController } from '../../core/store/storage-controller.js';
import { renderStorageStatus } from '../../core/store/storage-status.js';
import { errorSummaryStyles } from '../../core/styles.js';
import { BallotController } from './ballot-controller.js';
import type { NamedOption } from './ballot-form.js';
import { partnershipVoteMessages } from './messages.js';
import {
  ballotOf,
  emptyVote,
  liveBallots,
  parseVoteData,
  resetVote,
  setOpen,
  setRevealed,
  VOTE_KIND,
  type StoredBallot,
  type VoteData,
} from './model.js';
import { partnershipVoteStyles } from './partnership-vote.styles.js';
import { voteParts } from './vote-parts.js';
import { VoteMethods } from './vote-methods.js';
import { VotePanels } from './vote-panels.js';
import {
  optionLabel,
  parseOptions,
  parseQuorum,
  parseWeights,
  readSettings,
  type ResultsMode,
  type VoteOption,
  type VoteSettings,
} from './vote-settings.js';

/** The properties `readSettings` reads: a change to any of them reads the settings again. */
const settingKeys = [
  'method',
  'count',
  'rule',
  'results',
  'dots',
  'maxScore',
  'groups',
  'weights',
  'quorum',
  'options',
];

/** The `co-vote` detail: what was cast, as plain JSON. */
export interface VoteDetail {
  question: string;
  method: VoteMethod;
  group: string;
  ballot: Ballot;
}

/**
 * A decision where each group (by default people who use services, and professionals) has
 * equal weight whatever its head count. People say once which group they take part as, mark
 * a ballot by one of seven methods (among them ranked choice and majority judgment) and cast
 * it with an explicit button; they can change it until the vote closes. The results show the parity result beside the head count, as a bar
 * chart and a table, with the arithmetic explained in plain words, in English and Welsh.
 *
 * One ballot per participant per browser; with `kiosk`, one shared device is passed round a
 * workshop and each voter gets a fresh ballot. `facilitator` adds the controls to open and
 * close the vote, show the results, reset, and download ballots and results. (`facilitator`
 * is a display setting, not access control: a portal with a shared backend must check on the
 * server who may close or reset a vote.)
 *
 * @summary A vote where people who use services and professionals weigh equally, with the result explained.
 *
 * @fires co-vote - Cancelable. A ballot is about to be saved; `detail` is `{question, method, group, ballot}`. Cancel it to refuse the ballot (the person is told, and keeps their choices).
 * @fires co-change - A ballot or a setting was saved (`{kind, space, id, record}`).
 * @fires co-error - Something went wrong (`{code, message}`): `input-invalid` (a form was sent with something to fix), `vote-refused` (the vote had closed), a bad attribute, storage full or unavailable.
 *
 * @csspart ballot - The ballot form.
 * @csspart group-question - The question of which group the person takes part as.
 * @csspart option - One option's block on a score, consent, dots or grades ballot, or its row on a ranked ballot.
 * @csspart dots-left - "N of M dots left".
 * @csspart submit - The "Cast my vote" button.
 * @csspart error-summary - The list of problems shown after a ballot could not be cast.
 * @csspart refusal - Why a ballot was not accepted (vetoed by the page, read-only).
 * @csspart confirmation - "Your vote has been counted", or the kiosk's thank-you.
 * @csspart closed - The notice that the vote is closed.
 * @csspart results - The results section.
 * @csspart outcome - The one-sentence outcome at the top of the results.
 * @csspart chart - The bar chart: labels as text, bars as SVG.
 * @csspart raw-toggle - The "Show the head-count result" checkbox.
 * @csspart table - The results table.
 * @csspart explanation - The plain-language explanation.
 * @csspart objections - Consent objections and concerns, with reasons.
 * @csspart facilitator - The facilitator's controls.
 * @csspart facilitator-note - Who else can see the results, in the facilitator view.
 * @csspart dialog - The reset confirmation dialog.
 * @csspart problems - Problems with settings or storage.
 * @csspart status - Whether the vote is saved.
 *
 * @cssprop --co-vote-bar - The parity result's bars. Default: `--co-color-primary`.
 * @cssprop --co-vote-raw-bar - The head count's outlined bars. Default: `--co-color-surface-alt`.
 * @cssprop --co-vote-track - The empty part of each bar. Default: `--co-color-surface-alt`.
 * @cssprop --co-vote-panel-border - The edge of the "vote counted" panel. Default: `--co-color-success`.
 * @cssprop --co-vote-max-width - The line length of the ballot and results. Default: `48rem`.
 */
export class CoPartnershipVote extends CoElement {
  static override styles = [...CoElement.styles, errorSummaryStyles, partnershipVoteStyles];
  static override messages = partnershipVoteMessages;

  /** The question, shown as the ballot's heading. */
  @property() question = '';

  /**
   * What to vote on: `["A", "B"]`, or `[{"id": "a", "label": {"en": "…", "cy": "…"}}]`, as the
   * attribute's JSON text or set as the property (the list itself, or the JSON text).
   * Anything else is refused in words (`co-error` `attribute-invalid`) and the options stay.
   */
  @property({ type: Array, converter: jsonAttribute(parseOptions) }) options: VoteOption[] =
    checkedDefault([]);

  /** `single` (one choice), `approval` (any), `score` (0 to `max-score`), `consent` (agree, concerns, object), `dots`, `ranked` (order of preference) or `grades` (majority judgment: Very good … Reject). */
  @property({ reflect: true }) method: VoteMethod = 'single';

  /** How a `ranked` vote is counted: `instant-runoff` (default, round by round) or `borda` (points by position). */
  @property() count: RankedCount = 'instant-runoff';

  /**
   * The groups people take part as: ids (`["tenants", "staff"]`) or `[{"id", "label", "weight"}]`,
   * as JSON text or the list itself; by default people who use services, and staff.
   */
  @property({ type: Array, converter: jsonAttribute(parseGroups) }) groups: Group[] = [
    ...defaultGroups,
  ];

  /** Weights by group id, `{"community": 2, "professional": 1}` (the object or its JSON text); equal by default. */
  @property({ type: Object, converter: jsonAttribute(parseWeights) }) weights?: Record<
    string,
    number
  >;

  /** Dots each voter may spend (`dots` method). */
  @property({ type: Number }) dots = 3;

  /** The highest score (`score` method); the lowest is 0. */
  @property({ type: Number, attribute: 'max-score' }) maxScore = 5;

  /** The fewest ballots each group needs for a final result: a number, or one by group id (an object or its JSON text). */
  @property({ converter: jsonAttribute(parseQuorum) }) quorum?: number | Record<string, number>;

  /** `plurality` (highest parity score), or `double-majority` (must also lead in every group). */
  @property() rule: DecisionRule = 'plurality';

  /** The group every voter here takes part as, when the page knows it; otherwise people are asked. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /** When participants see the results: `always`, `after-vote` (default) or `after-close`. */
  @property() results: ResultsMode = 'after-vote';

  /** Closes the vote from the page (a facilitator can also close it). */
  @property({ type: Boolean, reflect: true }) closed = false;

  /** One shared device for many voters: each gets a fresh ballot and is asked their group. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Shows the controls to run the vote, and always shows the results. */
  @property({ type: Boolean, reflect: true }) facilitator = false;

  /** The space the vote belongs to; `<co-space>` sets it for the elements inside it. */
  @property({ reflect: true }) space?: string;

  /**
   * Where ballots are saved: `local` (this browser, default), `memory` (forgotten on leaving),
   * `http` or `yjs` (a server, at `endpoint`). An unknown name is refused in words and
   * `memory` is used, never the browser's durable storage.
   */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  private settings: VoteSettings = readSettings(this);
  private readonly participant = participantId();
  private tallied?: { ballots: VoteData['ballots']; settings: VoteSettings; result: TallyResult };

  /** @internal */
  readonly storageController = new StorageController<VoteData>(this, {
    kind: VOTE_KIND,
    empty: emptyVote,
    parse: parseVoteData,
    onLoad: () => this.ballot.dataLoaded(),
  });
  private readonly groupController = new ParticipantGroupController(this, () => ({
    space: this.storageController.space,
    context: this.storageController.spaceSettings,
  }));
  /** @internal How ballots are checked and counted, and a ranked or graded ballot. */
  readonly methods = new VoteMethods(this);
  private readonly ballot = new BallotController(this, this.groupController);
  private readonly panels = new VotePanels(this);
  /** The CSV downloads and their words: loaded when a facilitator or `exportCsv()` first asks. */
  private readonly downloads = new LazyPart(this, async () => {
    const { VoteDownloads } = await withWords(this, voteParts.downloads);
    return new VoteDownloads(this);
  });

  // ── Public API ──

  /**
   * Resolves once the saved ballots have loaded, and a ranked or graded vote's count (which
   * loads by import()) has arrived or could not.
   */
  get ready(): Promise<void> {
    return this.storageController.ready.then(async () => {
      await this.methods.ready(this.settings.config.method);
    });
  }

  /** Closed by the `closed` attribute or by a facilitator. */
  get isClosed(): boolean {
    return this.closed || !this.storageController.data.settings.open;
  }

  /** Every ballot that counts, oldest first. */
  get ballots(): StoredBallot[] {
    return liveBallots(this.storageController.data);
  }

  /** This browser's participant's ballot, if they have voted (never in a kiosk). */
  get ownBallot(): StoredBallot | undefined {
    return this.kiosk ? undefined : ballotOf(this.storageController.data, this.participant);
  }

  /**
   * The result now, as `parityTally` counts it. A ranked or graded vote's count loads by
   * import(): after `ready` it is here; before, this throws an Error that says so.
   */
  tally(): TallyResult {
    const { ballots } = this.storageController.data;
    const cached = this.tallied;
    if (cached?.ballots === ballots && cached.settings === this.settings) return cached.result;
    const { config } = this.settings;
    const { rules } = this.methods.need(config.method);
    const result = tallyWith(rules, liveBallots(this.storageController.data), config);
    this.tallied = { ballots, settings: this.settings, result };
    return result;
  }

  /**
   * Casts the ballot on the form, as its button does: shows what to fix, or fires `co-vote`
   * and, unless the page cancels it, saves the ballot. Resolves true when it was saved.
   */
  submit(): Promise<boolean> {
    return this.ballot.submit();
  }

  /** Opens or closes the vote (as the facilitator's button does). False when read-only. */
  setOpen(open: boolean): boolean {
    return this.commitAndSay(
      setOpen(this.storageController.data, open),
      open ? 'vote.announce.opened' : 'vote.announce.closed',
    );
  }

  /** Shows the results to everyone now, or hides them again until the results mode shows them. */
  reveal(revealed = true): boolean {
    return this.commitAndSay(
      setRevealed(this.storageController.data, revealed),
      revealed ? 'vote.announce.revealed' : 'vote.announce.hidden',
    );
  }

  /** Deletes every ballot, without asking, and opens the vote again. False when read-only. */
  reset(): boolean {
    if (!this.commitAndSay(resetVote(this.storageController.data), 'vote.announce.reset'))
      return false;
    this.ballot.startOver();
    return true;
  }

  /**
   * Saves `next`, the vote's next data. False when the record is read-only. (The storage
   * controller re-renders only on a new status, so this asks for a render itself.)
   */
  commit(next: VoteData): boolean {
    if (!this.storageController.update(next)) return false;
    this.requestUpdate();
    return true;
  }

  /** Saves a facilitator's change and says what it did. */
  private commitAndSay(next: VoteData, announcement: string): boolean {
    if (!this.commit(next)) return false;
    this.announcer.announce(this.t(announcement));
    return true;
  }

  /** The results as JSON text (`tally()`): exact shares, and every instant-runoff round or grade spread. */
  exportResultsJson(): string {
    return JSON.stringify(this.tally(), null, 2);
  }

  /**
   * A table as CSV, once any pending change is saved: `ballots` (default), one row per
   * ballot (its group, marks and consent reasons), or `results`, one row per option (each
   * group's support and share, and the parity result). Rejects if the code for tables cannot
   * load (offline); the element has then said so, with `co-error` `part-unavailable`.
   */
  async exportCsv(table: 'ballots' | 'results' = 'ballots'): Promise<string> {
    await Promise.all([this.storageController.flush(), this.ready]);
    const downloads = await this.downloads.ready();
    if (!downloads) throw new Error('The vote could not load what writes its tables.');
    return table === 'results' ? downloads.resultsCsv() : downloads.ballotsCsv();
  }

  /** @internal A facilitator's download; a table's code and words load first if need be. */
  download(what: 'ballots' | 'results' | 'results-json' | 'json'): void {
    if (what !== 'json') {
      this.downloads.use((downloads) => downloads.download(what));
      return;
    }
    void this.exportJson().then((envelope) => {
      downloadRecordFile(envelope, 'json', JSON.stringify(envelope, null, 2));
    });
  }

  /** The saved record (the envelope), with every change saved first. */
  async exportJson(): Promise<Envelope<VoteData>> {
    await this.storageController.flush();
    const { envelope, space, id } = this.storageController;
    return envelope ?? createEnvelope({ space, kind: VOTE_KIND, id }, this.storageController.data);
  }

  // ── Words, shared with the views and the downloads ──

  /** @internal */
  groupName(id: string): string {
    const group = this.groups.find((entry) => entry.id === id) ?? { id };
    return groupLabel(group, this.language, (key) => this.tOptional(key));
  }

  /** @internal */
  optionName(id: string): string {
    const option = this.options.find((entry) => entry.id === id) ?? { id };
    return optionLabel(option, this.language);
  }

  /** @internal "A, B and C", in the element's language. */
  list(items: readonly string[]): string {
    if (items.length < 2) return items.join('');
    const head = items.slice(0, -1).join(this.t('vote.list.comma'));
    return `${head}${this.t('vote.list.and')}${items[items.length - 1]}`;
  }

  /** @internal */
  get voteSettings(): VoteSettings {
    return this.settings;
  }

  /** @internal */
  get questionText(): string {
    return this.question.trim() || this.t('vote.default-question');
  }

  /** @internal The options with their names in the element's language. */
  get namedOptions(): NamedOption[] {
    return this.options.map((option) => ({
      id: option.id,
      label: optionLabel(option, this.language),
    }));
  }

  /** @internal Says `message` through the element's polite live region. */
  announce(message: string): void {
    this.announcer.announce(message);
  }

  /** @internal This browser's participant id. */
  get participantKey(): string {
    return this.participant;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (settingKeys.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
      // One notice per setting (not one for them all, which kept only the last), and it goes
      // once the page puts that setting right.
      for (const { name } of this.settings.problems) this.clearProblemKey(`setting:${name}`);
      this.settings = readSettings(this);
      for (const { name, detail } of this.settings.problems) {
        const message = this.t('problem.attribute', { name, detail });
        this.reportProblem('attribute-invalid', message, undefined, `setting:${name}`);
      }
    }
    this.groupController.checkFixed(changed);
    if (changed.has('kiosk') && changed.get('kiosk') !== undefined) this.ballot.startOver();
    if (changed.has('space') || changed.has('storage') || changed.has('store')) {
      this.storageController.reconnect();
    }
  }

  // ── Rendering ──

  override render(): TemplateResult {
    const voting =
      this.options.length === 0
        ? html`<p class="notice warning">${this.t('vote.no-options')}</p>`
        : this.ballot.render();
    return html`${this.renderProblems()}
      ${this.facilitator && this.options.length > 0 ? this.panels.renderFacilitator() : nothing}
      ${this.kiosk ? html`<p class="kiosk-note hint">${this.t('vote.kiosk')}</p>` : nothing}
      <div class="body">
        ${voting} ${this.options.length > 0 ? this.panels.renderResults() : nothing}
      </div>
      ${renderStorageStatus(this, this.storageController, () => this.download('json'))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-partnership-vote': CoPartnershipVote;
  }
}

declare module '../../core/events.js' {
  interface CoEventDetails {
    'co-vote': VoteDetail;
  }
}
