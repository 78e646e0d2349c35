import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CoElement } from '../../core/co-element.js';
import { refuseForm } from '../../core/ui/error-summary.js';
import { NarrowController } from '../../core/ui/narrow-controller.js';
import { defaultGroups, parseGroups, type Group } from '../../core/groups.js';
import { jsonAttribute } from '../../core/json-attribute.js';
import { ParticipantGroupController } from '../../core/participant-group.js';
import { participantId } from '../../core/participant.js';
import { liveItems } from '../../core/store/merge.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { DragPress } from '../../core/ui/drag-press.js';
import { loadStyledPart } from '../../core/part-styles.js';
import { StorageController } from '../../core/store/storage-controller.js';
import { renderStorageStatus } from '../../core/store/storage-status.js';
import { errorSummaryStyles } from '../../core/styles.js';
import { renderToolbar } from './toolbar-view.js';
import { MapExports } from './exports.js';
import { renderFeelings } from './feelings-view.js';
import { GridNavigation } from './grid-navigation.js';
import { renderGrid } from './grid-view.js';
import type { IdeaLinkState } from './idea-link.js';
import { journeyMapStyles } from './journey-map.styles.js';
import { mapParts } from './map-parts.js';
import { defaultLanes, parseLanes, visibleLanes, type Lane } from './lanes.js';
import { buildContext, type MapContext } from './view-context.js';
import { MapForms } from './map-forms.js';
import { journeyMapMessages } from './messages.js';
import {
  emptyJourney,
  layers,
  moveStage,
  orderedStages,
  setFeeling,
  type IdeaLink,
  type JourneyData,
  type JourneyNote,
  type Layer,
} from './model.js';
import type { IdeaTarget, MapHost } from './map-host.js';
import { parseJourney } from './model.js';
import { PrintWatch } from './print-watch.js';
import { renderStageView } from './stage-view.js';

/** Narrower than this (40rem at 16px), the stage view suits better than the grid. */

/** The `co-link-idea` detail: the note, as plain JSON. */
export type LinkIdeaDetail = JourneyNote;

/**
 * A service journey, mapped together: stages as columns × lanes as rows (what the person
 * does, touchpoints, thinking, feeling, pain points, opportunities, backstage), short notes in
 * each cell with who said them and on what evidence, and a score of how each stage feels,
 * drawn as a curve and given as a table. An "as it is now" and an "after the change" layer
 * let the people who use the service re-score it once a change is delivered, and a sentence
 * says what got better or worse. A pain point or opportunity can become an idea on an
 * `<co-idea-board>` in the same space, and the note then follows the idea's column and score.
 *
 * Keyboard: the map is one WAI-ARIA grid (one tab stop). Arrow keys move between cells,
 * Home/End to the ends of a row, Ctrl+Home/Ctrl+End to the first and last cell, Enter opens
 * a cell's notes (or a stage's settings, on its header), Escape closes them and returns to the
 * cell, Alt+Left/Right on a stage header moves the stage.
 *
 * Print: the element carries a print stylesheet (stages as columns, with the curve and the
 * table; controls hidden). For a landscape page, the host page adds
 * `@page { size: A4 landscape; }` (or A3), since `@page` cannot be set from a shadow root.
 *
 * @summary A service journey with notes, evidence, a feelings curve with a table, and before/after.
 *
 * @fires co-change - A change was saved (`{kind, space, id, record}`).
 * @fires co-error - Something went wrong (`{code, message}`): `input-invalid` (a form was sent with something to fix), storage, a bad `lanes` or `groups` attribute, or `idea-post-failed` (the idea board could not be written).
 * @fires co-link-idea - Cancelable. "Turn into an idea" was chosen where no idea board is on the page (no `<co-space>` and no `board`). `detail` is the note. Unless cancelled, the person is told there is no board here.
 *
 * @csspart map - Everything but the dialogs.
 * @csspart toolbar - The layer choice, view switch and downloads.
 * @csspart grid-scroll - The sideways-scrolling box around the grid.
 * @csspart grid - The grid of stages and lanes.
 * @csspart note - One note in a cell or stage view.
 * @csspart stage-view - The one-stage-at-a-time view.
 * @csspart add-stage - The form that adds a stage.
 * @csspart feelings - The feelings section: scores, curve, comparison, table.
 * @csspart curve - The SVG curve.
 * @csspart comparison - The sentence comparing as-is and after.
 * @csspart feelings-table - The table of scores.
 * @csspart export - The downloads menu.
 * @csspart dialog - The notes, stage and confirmation dialogs.
 * @csspart error-summary - A form's list of problems.
 * @csspart problems - Problems with settings or storage.
 * @csspart status - Whether the map is saved.
 *
 * @cssprop --co-journey-map-as-is - The "as it is now" line. Default: `--co-color-primary`.
 * @cssprop --co-journey-map-after - The "after the change" line. Default: `--co-color-secondary`.
 * @cssprop --co-journey-map-column-width - The width of a stage column. Default: `13rem`.
 * @cssprop --co-journey-map-lane-width - The width of the lane names. Default: `9rem`.
 * @cssprop --co-journey-map-note-bg - A note in a cell. Default: `--co-color-surface-alt`.
 * @cssprop --co-journey-map-drop - The drop marker while dragging a stage. Default: `--co-color-focus`.
 */
export class CoJourneyMap extends CoElement {
  static override styles = [...CoElement.styles, errorSummaryStyles, journeyMapStyles];
  static override messages = journeyMapMessages;

  /** The space the map belongs to; `<co-space>` sets it for the elements inside it. */
  @property({ reflect: true }) space?: string;

  /**
   * Where the map is saved: `local` (this browser, default), `memory` (forgotten on leaving),
   * `http` or `yjs` (a server, at `endpoint`). An unknown name is refused in words and
   * `memory` is used, never the browser's durable storage.
   */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  /** The group every participant here takes part as, when the page knows it. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /** The groups notes can come from: ids or `[{"id", "label"}]`, as JSON text or the list itself. */
  @property({ type: Array, converter: jsonAttribute(parseGroups) }) groups: readonly Group[] =
    defaultGroups;

  /**
   * The rows of the map, in order: ids (`["doing", "pain-points"]`) or objects
   * `{id, label?, hidden?, ideas?}`; `label` is text or `{"en": …, "cy": …}`. JSON text in the
   * attribute; the list itself or its JSON text through the property.
   */
  @property({ type: Array, converter: jsonAttribute(parseLanes) }) lanes: readonly Lane[] =
    defaultLanes;

  /** The layer shown and edited: `as-is` (as it is now) or `after` (after the change). */
  @property({ reflect: true }) layer: Layer = 'as-is';

  /**
   * `grid` (stages × lanes) or `stages` (one stage at a time, lanes stacked: for phones).
   * Unset: the stage view where the map is narrow (under 40rem, as on a phone), the grid
   * otherwise. The person can switch either way; their choice then stays.
   */
  @property({ reflect: true }) view?: 'grid' | 'stages';

  private readonly width = new NarrowController(this);

  /** Shows the map without any editing controls. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /** The id of the idea board that "Turn into an idea" posts to (default `main` in a space). */
  @property({ reflect: true }) board?: string;

  /** The board column new ideas go to. */
  @property({ attribute: 'idea-column' }) ideaColumn = 'ideas';

  /** @internal Binds the map to its saved record; `ready` resolves once it has loaded. */
  readonly storageController = new StorageController<JourneyData>(this, {
    kind: 'journey-map',
    empty: emptyJourney,
    parse: parseJourney,
  });

  private readonly groupController = new ParticipantGroupController(this, () => ({
    space: this.storageController.space,
    context: this.storageController.spaceSettings,
  }));

  private readonly nav = new GridNavigation(this, () => ({
    rows: ['', ...visibleLanes(this.lanes).map((lane) => lane.id)],
    cols: ['', ...orderedStages(this.storageController.data).map((stage) => stage.id)],
  }));

  /** Most people never drag a stage (the move buttons and keys do it too): loaded on a press. */
  private readonly drag = new DragPress(
    new LazyPart(
      this,
      async () =>
        new (await mapParts.drag()).StageDrag(this, (stage, toIndex) =>
          this.moveStageTo(stage, toIndex, 'grid'),
        ),
    ),
  );

  /**
   * Follows the idea boards that notes were posted to (idea-link.ts, with the idea format and
   * the dots count): loaded when the map first holds such a note, so a map without any never
   * downloads them.
   */
  private readonly ideaLinks = new LazyPart(this, () =>
    mapParts.ideaLinks().then(
      ({ IdeaLinks }) => new IdeaLinks(this, () => this.recordStore),
      (error: unknown) => {
        this.ideaLinksUnavailable = true;
        throw error;
      },
    ),
  );
  /** The idea links' code could not load (the map has said so): their notes say so too. */
  private ideaLinksUnavailable = false;

  /** What the dialogs and exports may ask of the element (kept out of its public API). */
  private readonly host: MapHost = {
    element: this,
    t: (key, params) => this.t(key, params),
    data: () => this.storageController.data,
    commit: (next) => this.commit(next),
    announce: (message) => this.announcer.announce(message),
    reportProblem: (code, message, cause) => this.reportProblem(code, message, cause),
    focusCell: (stage, row) => this.focusCell(stage, row),
    focusAfterStageDeleted: (index) => this.focusAfterStageDeleted(index),
    refuse: async (summary) => {
      this.requestUpdate();
      await this.updateComplete;
      refuseForm(this, summary);
    },
    moveStageBy: (stage, by) => this.moveStageBy(stage, by, 'dialog'),
    lane: (id) => this.lanes.find((lane) => lane.id === id),
    laneName: (id) => this.context().laneName(id),
    groups: () => this.groups.map((g) => ({ id: g.id, label: this.groupController.label(g.id) })),
    defaultGroup: () => this.groupController.group,
    rememberGroup: (id) => {
      if (!this.groupController.fixed && id !== this.groupController.group) {
        this.groupController.choose(id);
      }
    },
    participant: () => participantId(),
    ideaTarget: () => this.ideaTarget(),
    emitLinkIdea: (note) => this.emit('co-link-idea', structuredClone(note), { cancelable: true }),
    record: () => ({ space: this.storageController.space, id: this.storageController.id }),
    flush: () => this.storageController.flush(),
  };

  /*
   * What people do not need to see the map, loaded when first opened: a cell's notes (the
   * notes themselves show in the cells) and a stage's settings.
   */
  private readonly notesDialog = new LazyPart(
    this,
    async () =>
      new (await loadStyledPart(this, () => withWords(this, mapParts.notes))).NotesDialog(
        this.host,
      ),
  );
  private readonly stageDialog = new LazyPart(
    this,
    async () =>
      new (await loadStyledPart(this, () => withWords(this, mapParts.stage))).StageDialog(
        this.host,
      ),
  );
  private readonly exports = new MapExports(
    this.host,
    () => this.context(),
    () => this.lanes,
    new LazyPart(this, () => withWords(this, mapParts.downloads)),
  );

  private readonly forms = new MapForms(this.host, (id) => {
    if (this.currentView === 'stages') this.currentStage = id;
  });
  private readonly print = new PrintWatch(this);

  /** The stage shown in the stage view. */
  @state() private currentStage?: string;

  /** The store the map's record lives in, which is also where a space's idea board lives. */
  private get recordStore(): RecordStore {
    return this.storageController.recordStore;
  }

  /** Whether the person can change the map now. */
  get editable(): boolean {
    return !this.readOnly && !this.storageController.readOnly;
  }

  /** The map's data as plain JSON (a copy). */
  get data(): JourneyData {
    return structuredClone(this.storageController.data);
  }

  /** Resolves once the saved map has loaded. */
  get ready(): Promise<void> {
    return this.storageController.ready;
  }

  /** The map's envelope (what import reads), once any pending change is saved. */
  async exportJson(): Promise<Envelope<JourneyData>> {
    await this.storageController.flush();
    const { space, id } = this.storageController;
    return createEnvelope({ space, kind: 'journey-map', id }, this.storageController.data);
  }

  /** The notes as CSV (one row per note), once any pending change is saved. */
  async exportCsv(): Promise<string> {
    await this.storageController.flush();
    return this.exports.csvText();
  }

  /**
   * Saves `next`, the map's next data. False, and the person told, when the map is read-only.
   */
  commit(next: JourneyData): boolean {
    if (this.editable && this.storageController.update(next)) {
      // The controller re-renders only when its status changes; the data changed every time.
      this.requestUpdate();
      return true;
    }
    this.announcer.announce(this.t('map.read-only-refused'));
    return false;
  }

  /**
   * Where "Turn into an idea" posts: the board named by `board`, or the space's `main` board
   * when the map sits in a `<co-space>`; undefined when the page has neither.
   */
  private ideaTarget(): IdeaTarget | undefined {
    const settings = this.storageController.spaceSettings;
    if (this.board === undefined && !settings) return undefined;
    const space = this.storageController.space;
    return {
      store: this.recordStore,
      space,
      board: this.board || 'main',
      column: this.ideaColumn,
      map: { space, id: this.storageController.id },
    };
  }

  /** The view shown: the one set or chosen, else the one that suits the width. */
  get currentView(): 'grid' | 'stages' {
    if (this.view === 'grid' || this.view === 'stages') return this.view;
    return this.width.narrow ? 'stages' : 'grid';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!layers.includes(this.layer)) this.layer = 'as-is';
    if (this.view !== undefined && this.view !== 'grid' && this.view !== 'stages')
      this.view = 'grid';
    const links = liveItems(this.storageController.data.notes)
      .map((note) => note.linkedIdea)
      .filter((link): link is IdeaLink => link !== undefined);
    if (links.length > 0) this.ideaLinks.get()?.watch(links);
  }

  /** Where a linked note's idea stands now, as far as the map knows. */
  private ideaState(link: IdeaLink): IdeaLinkState {
    const links = this.ideaLinks.loaded;
    if (links) return links.state(link, this.groups);
    return { state: this.ideaLinksUnavailable ? 'unreadable' : 'loading' };
  }

  /** Everything the views need, in the element's language. */
  private context(): MapContext {
    return buildContext({
      t: this.t.bind(this),
      language: this.language,
      data: this.storageController.data,
      lanes: this.lanes,
      layer: this.layer,
      editable: this.editable,
      headingLevel: this.headingLevel,
      groups: this.groups,
      groupLabel: (id) => this.groupController.label(id),
      ideaState: (link) => this.ideaState(link),
      actions: {
        openNotes: (stage, lane) => this.openNotes(stage, lane),
        openStage: (stage) => this.openStage(stage),
        moveStageBy: (stage, by) => this.moveStageBy(stage, by),
        setFeeling: (stage, score) =>
          this.commit(setFeeling(this.storageController.data, stage, this.layer, score)),
      },
    });
  }

  private openNotes(stage: string, lane: string): void {
    this.notesDialog.use((dialog) => dialog.open(stage, lane));
  }

  private openStage(stage: string): void {
    this.stageDialog.use((dialog) => dialog.open(stage));
  }

  /** Moves a stage one place earlier or later, says where it went, and keeps focus with it. */
  private moveStageBy(stage: string, by: -1 | 1, from: 'grid' | 'dialog' = 'grid'): void {
    const index = orderedStages(this.storageController.data).findIndex((s) => s.id === stage);
    if (index < 0) return;
    this.moveStageTo(stage, index + by, from);
  }

  private moveStageTo(stage: string, toIndex: number, from: 'grid' | 'dialog'): void {
    const data = this.storageController.data;
    const stages = orderedStages(data);
    if (toIndex < 0 || toIndex >= stages.length) return;
    const next = moveStage(data, stage, toIndex);
    if (next === data || !this.commit(next)) return;
    const moved = orderedStages(next);
    const index = moved.findIndex((s) => s.id === stage);
    this.announcer.announce(
      this.t('stage.moved', { stage: moved[index].name, index: index + 1, count: moved.length }),
    );
    if (from === 'grid' && this.currentView === 'grid')
      void this.nav.focus({ row: '', col: stage });
  }

  /** After a stage is deleted: focus goes to the cell or stage that took its place. */
  private focusAfterStageDeleted(index: number): void {
    if (this.currentView === 'grid') return void this.nav.focus();
    // The stage view shows the stage that took its place, else the one before: not the first.
    const stages = orderedStages(this.storageController.data);
    this.currentStage = stages[Math.min(index, stages.length - 1)]?.id;
    void this.focusStageHeading();
  }

  /** Focus back on where a dialog was opened from: the cell, or the stage view's button. */
  private async focusCell(stage: string, row: string): Promise<void> {
    if (this.currentView === 'grid' || this.print.printing)
      return this.nav.focus({ row, col: stage });
    await this.updateComplete;
    const selector = row
      ? `.stage-view button[data-lane="${CSS.escape(row)}"]`
      : '.stage-view-head button';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async focusStageHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#stage-view-title')?.focus();
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private switchView(): void {
    this.view = this.currentView === 'grid' ? 'stages' : 'grid';
    this.announcer.announce(this.t(this.view === 'grid' ? 'view.now-grid' : 'view.now-stages'));
    void this.focusSelector('.view-toggle');
  }

  private goToStage(index: number): void {
    const stages = orderedStages(this.storageController.data);
    const stage = stages[index];
    if (!stage) return;
    this.currentStage = stage.id;
    this.announcer.announce(
      this.t('stage.showing', { stage: stage.name, index: index + 1, count: stages.length }),
    );
  }

  override render(): TemplateResult {
    const ctx = this.context();
    const grid = this.currentView === 'grid' || this.print.printing;
    const stageIndex = Math.max(
      0,
      ctx.stages.findIndex((s) => s.id === this.currentStage),
    );
    return html`${this.renderProblems()}
      <div class="map" part="map">
        ${this.forms.renderHead(ctx)}
        ${renderToolbar(ctx, {
          view: this.currentView,
          setLayer: (layer) => {
            this.layer = layer;
          },
          switchView: () => this.switchView(),
          exports: this.exports,
        })}
        ${
          ctx.stages.length === 0
            ? html`<p class="notice empty-map">
                ${this.t(ctx.editable ? 'map.empty' : 'map.empty-read-only')}
              </p>`
            : grid
              ? html`<p class="hint grid-hint" id="grid-hint">
                    ${this.t(ctx.editable ? 'grid.hint' : 'grid.hint-read-only')}
                  </p>
                  ${renderGrid(ctx, {
                    nav: this.nav,
                    drag: this.drag,
                    onKeydown: (e) =>
                      this.nav.onKeydown(e, {
                        editable: ctx.editable,
                        rtl: getComputedStyle(this).direction === 'rtl',
                        open: (row, col) => (row ? this.openNotes(col, row) : this.openStage(col)),
                        move: (col, by) => this.moveStageBy(col, by),
                      }),
                    onFocusin: (e) => this.nav.onFocusin(e),
                  })}`
              : renderStageView(ctx, {
                  stage: ctx.stages[stageIndex],
                  index: stageIndex,
                  go: (index) => this.goToStage(index),
                })
        }
        ${ctx.editable ? this.forms.renderAddStage(ctx) : nothing}
        ${renderFeelings(ctx, { choices: grid })}
        ${renderStorageStatus(this, this.storageController, () => this.exports.json())}
      </div>
      ${this.notesDialog.loaded?.render(ctx) ?? nothing}
      ${this.stageDialog.loaded?.render(ctx) ?? nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-journey-map': CoJourneyMap;
  }
}

declare module '../../core/events.js' {
  interface CoEventDetails {
    'co-link-idea': LinkIdeaDetail;
  }
}
