import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CoElement } from '../../core/co-element.js';
import { downloadRecordFile } from '../../core/download.js';
import { defaultGroups, groupLabel, parseGroups, type Group } from '../../core/groups.js';
import {
  compareRounds,
  healthCheckResults,
  type HealthResults,
} from '../../core/health-results.js';
import {
  checkedDefault,
  InvalidAttribute,
  jsonAttribute,
  type JsonConverter,
} from '../../core/json-attribute.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { loadStyledPart } from '../../core/part-styles.js';
import { ParticipantGroupController } from '../../core/participant-group.js';
import { participantId } from '../../core/participant.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { StorageController } from '../../core/store/storage-controller.js';
import { renderStorageStatus } from '../../core/store/storage-status.js';
import { errorSummaryStyles } from '../../core/styles.js';
import { heading } from '../../core/ui/heading.js';
import { AnswerController } from './answer-controller.js';
import type { HealthDownload } from './facilitator-panel.js';
import {
  frameworkJsonText,
  localText,
  readFramework,
  scalePoints,
  type Framework,
} from './framework.js';
import type { HealthTable } from './health-downloads.js';
import { healthParts } from './health-parts.js';
import { healthCheckStyles } from './health-check.styles.js';
import { healthCheckMessages } from './messages.js';
import {
  currentRound,
  emptyHealth,
  HEALTH_KIND,
  liveRounds,
  parseHealthData,
  responseOf,
  responsesIn,
  setRevealed,
  setRoundOpen,
  startRound,
  type HealthData,
  type HealthRound,
  type StoredResponse,
} from './model.js';
import { AwaitedPreset, presetArrived, presetNamed, wales } from './presets.js';
import type { ResultsWords } from './results-words.js';

const frameworkJson = jsonAttribute((value) => readFramework(value, presetNamed));

/**
 * `framework`, as attribute or property: a preset's name (`wales`, `nef`, `scie`), JSON text,
 * or the framework itself; anything else is refused. nef and SCIE arrive as an
 * `AwaitedPreset` until their statements have loaded (see `fetchPreset`).
 */
const frameworkConverter: JsonConverter<Framework> = {
  ...frameworkJson,
  fromValue: (value) =>
    frameworkJson.fromValue(typeof value === 'string' ? frameworkJsonText(value) : value),
  // As the JSON converter's own: the refusal (InvalidAttribute) is replaced before any render.
  fromAttribute: (raw) =>
    (raw === null ? undefined : frameworkConverter.fromValue(raw)) as Framework,
};

/** `min-responses`: a whole number, 1 or more. */
const minResponsesConverter = {
  fromAttribute(raw: string | null): number | InvalidAttribute | undefined {
    if (raw === null) return undefined;
    const value = Number(raw.trim());
    return Number.isInteger(value) && value >= 1
      ? value
      : new InvalidAttribute(raw, 'it must be a whole number, 1 or more');
  },
  toAttribute: (value: number) => String(value),
};

/**
 * "Is this really co-production?" People who use services and professionals rate the same
 * partnership separately, statement by statement, and see their views side by side: each
 * group's average and spread, the parity-combined figure, and the widest gaps between them said
 * in words first. Each person also places the project on the ladder of co-production, and may
 * say what would make each principle better. A facilitator runs rounds over time, and the
 * results compare the first round with the latest.
 *
 * Anonymous: a response keeps its group, never a name, and a group's results are shown only
 * once it has `min-responses` responses (default 3). One response per participant per round
 * (changeable until the round closes); with `kiosk`, one shared device is passed round a
 * workshop and each person starts afresh. (`facilitator` is a display setting, not access
 * control: a portal with a shared backend must check on the server who may run rounds.)
 *
 * @summary Both groups rate the partnership, side by side: is this really co-production?
 *
 * @fires co-change - Answers or a facilitator's change were saved (`{kind, space, id, record}`).
 * @fires co-error - Something went wrong (`{code, message}`): `input-invalid` (a form was sent with something to fix), `round-closed` (the round closed before the answers were sent), `attribute-invalid` (a bad `framework`, `groups`, `min-responses` …), storage full or unavailable.
 *
 * @csspart form - The form of statements, comments and the ladder.
 * @csspart error-summary - The list of problems shown after answers could not be sent.
 * @csspart submit - The "Send my answers" button.
 * @csspart confirmation - "Your answers are saved", or the kiosk's thank-you.
 * @csspart refusal - Why answers were not accepted.
 * @csspart closed - The notice that the round is closed.
 * @csspart results - The results section.
 * @csspart privacy - Which groups are still too few to show, and why.
 * @csspart gaps - The widest gaps between groups, in words.
 * @csspart chart - The chart of each principle by group.
 * @csspart table - The results table.
 * @csspart ladder-table - Where each group puts the project on the ladder.
 * @csspart rounds - The first round compared with the latest.
 * @csspart comments - What people said would make things better (facilitator view).
 * @csspart facilitator - The facilitator's controls.
 * @csspart facilitator-note - Who else can see the results, in the facilitator view.
 * @csspart problems - Problems with settings or storage.
 * @csspart status - Whether the answers are saved.
 *
 * @cssprop --co-health-bar - The first group's bars. Default: `--co-color-primary`.
 * @cssprop --co-health-bar-2 - The second group's bars (outlined). Default: `--co-color-secondary`.
 * @cssprop --co-health-combined - The combined figure's bars. Default: `--co-color-text`.
 * @cssprop --co-health-track - The empty part of each bar. Default: `--co-color-surface-alt`.
 * @cssprop --co-health-max-width - The line length of the form and results. Default: `48rem`.
 */
export class CoHealthCheck extends CoElement {
  static override styles = [...CoElement.styles, errorSummaryStyles, healthCheckStyles];
  static override messages = healthCheckMessages;

  /**
   * What is asked: `wales` (the Co-production Network for Wales's five principles, default),
   * `nef` (nef's six components), `scie` (SCIE's four principles), or JSON
   * `{"principles": [{"id", "label", "statements": [...]}], "scale": [...]}`, as attribute or
   * property. nef's and SCIE's statements load when a page names them: until they are here the
   * element shows no form, `framework` has no principles, and `ready` and `updateComplete` wait.
   */
  @property({ converter: frameworkConverter }) framework: Framework = checkedDefault(wales);

  /** The groups people take part as (JSON); by default people who use services, and staff. */
  @property({ type: Array, converter: jsonAttribute(parseGroups) }) groups: Group[] = [
    ...defaultGroups,
  ];

  /** The fewest responses a group needs before its results are shown (default 3). */
  @property({ attribute: 'min-responses', converter: minResponsesConverter }) minResponses = 3;

  /** The group every person here takes part as, when the page knows it; otherwise people are asked. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /** One shared device for many people: each gets a fresh form and is asked their group. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Shows the controls to run rounds, and always shows the results. */
  @property({ type: Boolean, reflect: true }) facilitator = false;

  /** The space the check belongs to; `<co-space>` sets it for the elements inside it. */
  @property({ reflect: true }) space?: string;

  /** Where answers are saved: `local` (default), `memory`, `http` or `yjs` (at `endpoint`). */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  private readonly participant = participantId();
  private summaries = new WeakMap<object, Map<string, HealthResults>>();

  /** @internal */
  readonly storageController = new StorageController<HealthData>(this, {
    kind: HEALTH_KIND,
    empty: emptyHealth,
    parse: parseHealthData,
    onLoad: () => this.answers.dataLoaded(),
  });
  private readonly groupController = new ParticipantGroupController(this, () => ({
    space: this.storageController.space,
    context: this.storageController.spaceSettings,
  }));
  private readonly answers = new AnswerController(this, this.groupController);
  /** Only a facilitator sees it: loaded when one does. */
  private readonly facilitatorPanel = new LazyPart(this, () =>
    loadStyledPart(this, () => withWords(this, healthParts.facilitator)),
  );
  /** Loaded when the results are first shown (a facilitator, or once revealed). */
  private readonly resultsPart = new LazyPart(this, () =>
    loadStyledPart(this, () => withWords(this, healthParts.results)).catch((error: unknown) => {
      this.resultsUnavailable = true;
      throw error;
    }),
  );
  /** The CSV tables and their words: loaded when a facilitator or `exportCsv()` first asks. */
  private readonly downloads = new LazyPart(this, async () => {
    const { HealthDownloads } = await withWords(this, healthParts.downloads);
    return new HealthDownloads(this);
  });
  /** The results view could not load (the element has said so): its room is given back. */
  private resultsUnavailable = false;
  /**
   * nef's and SCIE's statements, loaded when the page names one. One part each, so that the
   * notice's "Try again", or the browser coming back online, brings a preset that failed.
   */
  private readonly presetParts = {
    nef: new LazyPart(this, () => healthParts.nef()),
    scie: new LazyPart(this, () => healthParts.scie()),
  };

  // ── Public API ──

  /**
   * Resolves once the saved answers have loaded, and the statements of a preset the page
   * named (nef, SCIE) have arrived or could not (the element has then said so).
   */
  get ready(): Promise<void> {
    return this.storageController.ready.then(() => this.presetHere()).then(() => undefined);
  }

  /** The round people answer now: the latest. */
  get round(): HealthRound {
    return currentRound(this.storageController.data);
  }

  /** Every round, first to latest. */
  get rounds(): HealthRound[] {
    return liveRounds(this.storageController.data);
  }

  /** The responses of a round (default: the current one). */
  responses(round = this.round.id): StoredResponse[] {
    return responsesIn(this.storageController.data, round);
  }

  /** This browser's participant's response in the current round (never in a kiosk). */
  get ownResponse(): StoredResponse | undefined {
    if (this.kiosk) return undefined;
    return responseOf(this.storageController.data, this.round.id, this.participant);
  }

  /** The results of a round (default: the current one), from `healthCheckResults`. */
  results(round = this.round.id): HealthResults {
    // Cached per responses object and settings: a render reads them more than once.
    const { responses } = this.storageController.data;
    let byRound = this.summaries.get(responses);
    if (!byRound) this.summaries.set(responses, (byRound = new Map()));
    const cached = byRound.get(round);
    if (cached) return cached;
    const result = healthCheckResults(this.responses(round), {
      principles: this.framework.principles.map((principle) => ({
        id: principle.id,
        statements: principle.statements.map((statement) => statement.id),
      })),
      scale: scalePoints(this.framework),
      groups: this.groups,
      minResponses: this.minResponses,
    });
    byRound.set(round, result);
    return result;
  }

  /**
   * Sends the form's answers, as its button does. Resolves true when they were saved; false,
   * with nothing saved, while a preset's statements are still on their way (no form is shown).
   */
  submit(): Promise<boolean> {
    if (this.framework instanceof AwaitedPreset) return Promise.resolve(false);
    return this.answers.submit();
  }

  /** Closes or reopens the current round. False when read-only. */
  openRound(open: boolean): boolean {
    const { number } = this.round;
    return this.commit(
      setRoundOpen(this.storageController.data, this.round.id, open),
      this.t(open ? 'health.announce.opened' : 'health.announce.closed', { round: number }),
    );
  }

  /** Closes the current round and opens the next. False when read-only. */
  startRound(): boolean {
    const next = startRound(this.storageController.data);
    if (!this.commit(next, this.t('health.announce.new-round', { round: this.round.number + 1 }))) {
      return false;
    }
    this.answers.startOver();
    return true;
  }

  /** Shows the results to everyone, or hides them again. */
  reveal(revealed = true): boolean {
    return this.commit(
      setRevealed(this.storageController.data, revealed),
      this.t(revealed ? 'health.announce.revealed' : 'health.announce.hidden'),
    );
  }

  /** The saved record (the envelope), with every change saved first. */
  async exportJson(): Promise<Envelope<HealthData>> {
    await this.storageController.flush();
    const { envelope, space, id } = this.storageController;
    return (
      envelope ?? createEnvelope({ space, kind: HEALTH_KIND, id }, this.storageController.data)
    );
  }

  /**
   * A table as CSV, once any pending change is saved: `answers` (default), one row per
   * response of every round with no participant ids, or `results`, one row per principle and
   * statement per round with groups below `min-responses` left out. Waits for a preset's
   * statements the page named (nef, SCIE). Rejects if they or the code for tables cannot load
   * (offline); the element has then said so, with `co-error` `part-unavailable`.
   */
  async exportCsv(table: HealthTable = 'answers'): Promise<string> {
    await this.storageController.flush();
    if (!(await this.presetHere())) {
      throw new Error('The health check could not load the statements of its framework.');
    }
    const downloads = await this.downloads.ready();
    if (!downloads) throw new Error('The health check could not load what writes its tables.');
    return downloads.csv(table);
  }

  /**
   * @internal Saves the next data, the one way every change is saved, and says what changed;
   * false (and said) when the record is read-only.
   */
  commit(next: HealthData, announcement?: string): boolean {
    if (!this.storageController.update(next)) {
      this.announcer.announce(this.t('health.refused.read-only'));
      return false;
    }
    // The controller re-renders only when its status changes; the data changed every time.
    this.requestUpdate();
    if (announcement) this.announcer.announce(announcement);
    return true;
  }

  /**
   * Waits for a preset the page named that is on its way (trying again if it failed before);
   * false if it could not load.
   */
  private async presetHere(): Promise<boolean> {
    const { framework } = this;
    if (framework instanceof AwaitedPreset) {
      await this.presetParts[framework.name].ready();
      await this.updateComplete;
    }
    return !(this.framework instanceof AwaitedPreset);
  }

  /**
   * A preset the page named (nef, SCIE) is shown once its statements are here; until then
   * nothing can be answered, so nothing is saved against the wrong statements, and saved
   * answers are not touched. Asking starts the load; its arrival asks for an update.
   */
  private presetFor(awaited: AwaitedPreset): Framework {
    const module = this.presetParts[awaited.name].get();
    if (!module) return awaited;
    presetArrived(awaited.name, module.framework);
    return module.framework;
  }

  /** A facilitator's download; a table's code and words load first if need be. */
  private download(what: HealthDownload): void {
    if (what !== 'json') {
      this.downloads.use((downloads) => downloads.download(what));
      return;
    }
    void this.exportJson().then((envelope) => {
      downloadRecordFile(envelope, 'json', JSON.stringify(envelope, null, 2));
    });
  }

  // ── Words, shared with the views and the downloads ──

  /** @internal */
  groupName(id: string): string {
    const group = this.groups.find((entry) => entry.id === id) ?? { id };
    return groupLabel(group, this.language, (key) => this.tOptional(key));
  }

  /** A group's name inside a sentence: "professionals" rather than "Professionals and staff". */
  private groupInSentence(id: string): string {
    const group = this.groups.find((entry) => entry.id === id);
    if (group?.label !== undefined) return this.groupName(id);
    return this.tOptional(`health.group-name.${id}`) ?? this.groupName(id);
  }

  /** @internal The words the results and the tables need. */
  get resultsWords(): ResultsWords {
    const { framework } = this;
    const lang = this.language;
    const statements = new Map(
      framework.principles.flatMap((p) => p.statements.map((s) => [s.id, s.text] as const)),
    );
    return {
      t: (key, params) => this.t(key, params),
      lang,
      framework,
      groupName: (id) => this.groupName(id),
      groupInSentence: (id) => this.groupInSentence(id),
      principleName: (id) =>
        localText(framework.principles.find((p) => p.id === id)?.label, lang) || id,
      statementText: (id) => localText(statements.get(id), lang) || id,
    };
  }

  /** @internal This browser's participant id. */
  get participantKey(): string {
    return this.participant;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.framework instanceof AwaitedPreset) this.framework = this.presetFor(this.framework);
    if (changed.has('framework') || changed.has('groups') || changed.has('minResponses')) {
      this.summaries = new WeakMap();
    }
    this.groupController.checkFixed(changed);
    if (changed.has('kiosk') && changed.get('kiosk') !== undefined) this.answers.startOver();
    if (changed.has('space') || changed.has('storage') || changed.has('store')) {
      this.storageController.reconnect();
    }
  }

  // ── Rendering ──

  override render(): TemplateResult {
    const lang = this.language;
    const { framework } = this;
    const awaited = framework instanceof AwaitedPreset ? framework : undefined;
    const title = localText(framework.title, lang);
    return html`${this.renderProblems()} ${this.facilitator ? this.renderFacilitator() : nothing}
      ${this.kiosk ? html`<p class="kiosk-note hint">${this.t('health.kiosk.note')}</p>` : nothing}
      <div class="body">
        <section class="answering" aria-labelledby="check-title">
          ${heading(this.headingLevel, this.t('health.title'), { id: 'check-title', class: 'h-main' })}
          <p class="round-line">
            ${this.t('health.round', { round: this.round.number })}${
              title ? html` · <span class="framework-title">${title}</span>` : nothing
            }
          </p>
          ${awaited ? this.renderAwaited(awaited) : this.answers.render()}
        </section>
        ${awaited ? nothing : this.renderResults()}
      </div>
      ${renderStorageStatus(this, this.storageController, () => this.download('json'))}`;
  }

  /**
   * In place of the form while a preset's statements are on their way: what the element says
   * while its answers load, never another framework's statements. If they cannot load, why
   * there is nothing to answer (the problem above says what to do).
   */
  private renderAwaited(awaited: AwaitedPreset): TemplateResult {
    return this.presetParts[awaited.name].unavailable
      ? html`<p class="notice">${this.t('health.framework.unavailable')}</p>`
      : html`<p class="hint preset-coming">${this.t('status.loading')}</p>`;
  }

  private renderFacilitator() {
    const panel = this.facilitatorPanel.get();
    if (!panel) return nothing;
    const round = this.round;
    return panel.renderFacilitator({
      t: (key, params) => this.t(key, params),
      groupName: (id) => this.groupName(id),
      headingLevel: this.headingLevel,
      round: round.number,
      open: round.open,
      groups: this.results().groups,
      revealed: this.storageController.data.settings.revealed,
      readOnly: this.storageController.readOnly,
      onOpen: (open) => void this.keepingFocus(() => this.openRound(open)),
      onNewRound: () => void this.keepingFocus(() => this.startRound()),
      onReveal: (revealed) => void this.keepingFocus(() => this.reveal(revealed)),
      onDownload: (what) => this.download(what),
    });
  }

  /** Runs a facilitator's action; if the pressed button is gone, focus goes to the panel's heading. */
  private async keepingFocus(action: () => void): Promise<void> {
    action();
    await this.updateComplete;
    if (!this.renderRoot.querySelector(':focus')) {
      this.renderRoot.querySelector<HTMLElement>('#facilitator-title')?.focus();
    }
  }

  private renderResults() {
    const { revealed } = this.storageController.data.settings;
    if (!this.facilitator && !revealed) {
      return html`<p class="hint results-wait">${this.t('health.results.wait')}</p>`;
    }
    const part = this.resultsPart.get();
    // Until the view arrives, its room is kept, empty: nothing flashes "loading".
    if (!part) return this.resultsUnavailable ? nothing : html`<div class="results-coming"></div>`;
    const rounds = this.rounds;
    const round = this.round;
    const results = this.results(round.id);
    const first = rounds[0];
    const comparison =
      first && first.id !== round.id
        ? {
            first: first.number,
            latest: round.number,
            changes: compareRounds(this.results(first.id), results),
          }
        : undefined;
    const weight = (group: Group) => group.weight ?? 1;
    const shown = new Set(results.groups.filter((g) => g.shown).map((g) => g.group));
    const comments = this.facilitator
      ? this.responses(round.id).flatMap((response) =>
          shown.has(response.group)
            ? Object.entries(response.comments ?? {}).map(([principle, text]) => ({
                principle,
                group: response.group,
                text,
              }))
            : [],
        )
      : undefined;
    return part.renderResults({
      ...this.resultsWords,
      headingLevel: this.headingLevel,
      results,
      round: round.number,
      comparison,
      facilitatorNote:
        this.facilitator && !revealed ? this.t('health.results.facilitator-note') : undefined,
      comments,
      rtl: getComputedStyle(this).direction === 'rtl',
      equalWeights: this.groups.every((group) => weight(group) === weight(this.groups[0])),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-health-check': CoHealthCheck;
  }
}
