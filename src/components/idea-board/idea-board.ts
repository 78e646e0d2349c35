import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CoElement } from '../../core/co-element.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { loadStyledPart } from '../../core/part-styles.js';
import { NarrowController } from '../../core/ui/narrow-controller.js';
import { downloadRecordFile } from '../../core/download.js';
import { defaultGroups, labelIn, parseGroups, type Group } from '../../core/groups.js';
import { IDEA_BOARD_KIND } from '../../core/idea.js';
import { jsonAttribute } from '../../core/json-attribute.js';
import { ParticipantGroupController } from '../../core/participant-group.js';
import { participantId } from '../../core/participant.js';
import { errorSummaryStyles } from '../../core/styles.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { StorageController } from '../../core/store/storage-controller.js';
import { renderStorageStatus } from '../../core/store/storage-status.js';
import { BoardActions } from './board-actions.js';
import type { BoardSettings } from './board-host.js';
import { BoardClicks } from './board-clicks.js';
import { BoardMoves, type IdeaMoveDetail } from './board-moves.js';
import { BoardStateMemo, liveIdea, type BoardState } from './board-state.js';
import { renderColumn, type CardContext, type CardParts, type CardWords } from './card.js';
import { CardDialog } from './card-dialog.js';
import { CardDrag } from './card-drag.js';
import { defaultColumns, parseColumns, type BoardColumn } from './columns.js';
import { draftContent, emptyDraft, validateDraft } from './draft.js';
import { FilterBar } from './filter-bar.js';
import { ideaBoardStyles } from './idea-board.styles.js';
import { IdeaForm } from './idea-form.js';
import { renderListView } from './list-view.js';
import { ideaBoardMessages } from './messages.js';
import { Paging } from './paging.js';
import { renderDotsInfo, renderPostSection } from './post-section.js';
import {
  emptyBoard,
  parseBoard,
  toStoredBoard,
  type BoardData,
  type Idea,
  type StoredBoardData,
} from './model.js';
import { RovingFocus, type NavColumn } from './roving-focus.js';
import { spent } from './votes.js';

export type { IdeaMoveDetail };

/** Narrower than this (in CSS pixels), a board with no `view` set shows the list. */

/**
 * A co-design board: people post ideas into columns, build on them ("yes, and…"), cluster
 * them, move them, and spend a few dots on the ones they back. Dot votes are counted by
 * parity between groups (`parityTally`, method `dots`), so a group with fewer people in the
 * room counts as much as a larger one; raw counts show beside. Ideas other elements post
 * with `postIdea()` (the journey map's "turn into an idea") appear as they arrive.
 *
 * **Keyboard.** The board is one composite widget with a roving tabindex: Tab reaches one
 * card (and then that card's own buttons), and from a card
 * - Up / Down: the card above or below in the column (Down at the last card shown shows more);
 * - Left / Right: the card at the same height in the previous or next column (swapped
 *   right-to-left);
 * - Home / End: the first or last card shown in the column;
 * - Enter: opens the card (the whole idea, dots, builds, cluster, edit, delete);
 *   Escape closes it and focus returns to the card;
 * - Alt+Up / Alt+Down: moves the card up or down its column; Alt+Left / Alt+Right: moves it to
 *   the previous or next column. Focus stays on the card and a polite announcement says
 *   where it went ("'Evening opening' moved to Developing, position 2 of 5").
 *
 * Every card also has a "Move to…" menu (column and position), so no move needs dragging
 * (WCAG 2.5.7); pointer drag-and-drop (mouse, touch by the grip, pen) shows where the card
 * will land. A "Keyboard shortcuts" disclosure in the toolbar lists the keys.
 *
 * **Scale.** A board of 10,000 ideas stays responsive: a change copies one bucket of the
 * idea collection, not every idea (see core/store/collection.ts); ideas are grouped by column
 * once per change (the board's own edits update two places, by binary search, rather than
 * regroup);
 * each column renders its first `page-size` cards with a "Show more" button, the list view
 * 100 per column; cards use `content-visibility: auto`. The accessibility trade-off: the
 * browser's find-in-page and a screen reader's browse mode only reach the cards rendered so
 * far. The column headings say how many ideas there are; the Find box searches every idea
 * and shows only those that match, and the list view reaches every idea, a page at a time.
 *
 * `facilitator` is a display setting, not access control: a portal with a shared backend
 * must check on the server who may lock, reveal, export or clear.
 *
 * @summary Co-design board: post, build on, cluster, move (pointer and keyboard) and dot-vote ideas, with parity between groups.
 *
 * @fires co-change - The board was saved (`{kind, space, id, record}`).
 * @fires co-error - Something went wrong (`{code, message}`): `input-invalid` (a form was sent with something to fix), storage, a bad attribute, `posting-locked`.
 * @fires co-idea-move - Cancelable, before any move: `{idea, from: {column, position}, to: {column, position}}` (positions from 1). Cancel it to keep the card where it was.
 *
 * @csspart toolbar - Find, the view switch and the keyboard shortcuts.
 * @csspart post - The "Post an idea" section.
 * @csspart form - The idea form (post and edit).
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart columns - The board's columns.
 * @csspart column - One column.
 * @csspart card - One idea card.
 * @csspart cluster - A cluster of cards.
 * @csspart builds - The builds under a card.
 * @csspart move-menu - The "Move to…" panel of a card.
 * @csspart drop-indicator - The line that shows where a dragged card will land.
 * @csspart list - The list view.
 * @csspart list-idea - One idea in the list view.
 * @csspart dialog - The card details and "clear the board" dialogs.
 * @csspart facilitator - The facilitator's tools.
 * @csspart shortcuts - The "Keyboard shortcuts" disclosure.
 * @csspart problems - Problems with settings or storage.
 * @csspart status - Whether the board is saved.
 *
 * @cssprop --co-idea-card-bg - A card's background. Default: `--co-color-surface`.
 * @cssprop --co-idea-card-border - A card's border. Default: `--co-color-border`.
 * @cssprop --co-idea-column-bg - A column's background. Default: `--co-color-surface-alt`.
 * @cssprop --co-idea-column-width - The narrowest a column gets on a wide screen. Default: `16rem`.
 * @cssprop --co-idea-cluster-border - A cluster's edge. Default: `--co-color-secondary`.
 * @cssprop --co-idea-dot - The dot buttons. Default: `--co-color-primary`.
 * @cssprop --co-idea-drop - The drop line while dragging. Default: `--co-color-focus-text`.
 */
export class CoIdeaBoard extends CoElement {
  static override styles = [...CoElement.styles, errorSummaryStyles, ideaBoardStyles];
  static override messages = ideaBoardMessages;

  /** The columns: plain strings or `[{"id", "label": {"en", "cy"}}]`, as JSON text or the list itself. Default: Ideas, Developing, Agreed. */
  @property({ type: Array, converter: jsonAttribute(parseColumns) }) columns: BoardColumn[] = [
    ...defaultColumns,
  ];

  /**
   * The groups people take part as: ids (`["tenants", "staff"]`) or `[{"id", "label"}]`, as JSON
   * text or the list itself; by default people who use services, and staff.
   */
  @property({ type: Array, converter: jsonAttribute(parseGroups) }) groups: Group[] = [
    ...defaultGroups,
  ];

  /** The space the board belongs to; `<co-space>` sets it for the elements inside it. */
  @property({ reflect: true }) space?: string;

  /**
   * Where the board is saved: `local` (this browser, default), `memory` (forgotten on leaving),
   * `http` or `yjs` (a server, at `endpoint`). An unknown name is refused in words and
   * `memory` is used, never the browser's durable storage.
   */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  /** The group the person takes part as, when the page knows it; otherwise the board asks once. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /** Dots each participant may spend; 0 turns dot voting off. */
  @property({ type: Number, reflect: true }) dots = 3;

  /** Hides dot counts until a facilitator reveals them, so early votes do not sway later ones. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-votes' }) hideVotes = false;

  /** Shows the facilitator's tools and lets this person edit, hide, merge and delete any idea. */
  @property({ type: Boolean, reflect: true }) facilitator = false;

  /** `board` or `list`. Unset: the list on narrow screens (under 40rem), the board otherwise. */
  @property({ reflect: true }) view?: 'board' | 'list';

  /** Cards shown per column before "Show more" (30: see docs/decisions.md, "Scale"). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 30;

  /** @internal */
  readonly storageController = new StorageController<BoardData>(this, {
    kind: IDEA_BOARD_KIND,
    empty: emptyBoard,
    parse: parseBoard,
  });
  private readonly groupController = new ParticipantGroupController(this, () => ({
    space: this.storageController.space,
    context: this.storageController.spaceSettings,
  }));
  // The helpers, each given the board as a BoardHost and the siblings it works with.
  private readonly paging = new Paging(this);
  private readonly moves = new BoardMoves(this, this.paging);
  private readonly roving = new RovingFocus(this, {
    columns: () => this.navColumns(),
    rtl: () => getComputedStyle(this).direction === 'rtl',
    move: (id, key) => this.moves.byKey(id, key),
    open: (id, from) => this.openCard(id, from),
    showMore: (column) => this.paging.showMore(column),
  });
  private readonly postForm = new IdeaForm(this, 'post');
  private readonly actions = new BoardActions(this);
  private readonly cardDialog: CardDialog = new CardDialog(
    this,
    () => this.cardTools.loaded?.details,
  );
  /**
   * The card dialog's details, the cluster editor and the move menu: most people look and
   * post first, so these load when someone first opens a card, a rename or "Move to…".
   */
  private readonly cardTools = new LazyPart(this, async () =>
    (
      await loadStyledPart(this, () => withWords(this, () => import('./card-details.js')))
    ).cardTools(this, this.moves, this.cardDialog, () => this.postForm.draft.author),
  );
  private readonly drag = new CardDrag(this, {
    drop: (id, target) => this.moves.drop(id, target),
    cancelled: (id) => {
      const idea = liveIdea(this.state, id);
      if (idea) this.announce(this.t('move.cancelled', { title: idea.title }));
    },
  });
  private readonly filterBar = new FilterBar(this, {
    current: () => this.currentView,
    toggle: () => this.toggleView(),
  });
  private readonly clicks: BoardClicks = new BoardClicks(this, {
    more: (column) => this.paging.showMoreAndFocus(column),
    moreInList: (column) => this.paging.showMoreInList(column),
    renameCluster: (cluster) =>
      this.cardTools.use((tools) => tools.clusterEditor.startRename(cluster)),
    dissolveCluster: (cluster) => this.actions.dissolveCluster(cluster),
    open: (id, from, focus) => this.openCard(id, from, focus),
    give: (id) => this.actions.give(id),
    take: (id) => this.actions.take(id),
    move: (id) => this.cardTools.use((tools) => tools.moveMenu.toggle(id)),
  });
  private readonly parts: CardParts = {
    expanded: () => this.clicks.expanded,
    moveMenu: () => this.cardTools.loaded?.moveMenu,
    clusterEditor: () => this.cardTools.loaded?.clusterEditor,
    paging: this.paging,
  };
  /** Only a facilitator sees it, and only its CSV button needs the CSV: loaded when one does. */
  private readonly facilitatorPanel = new LazyPart(this, async () => {
    const [{ FacilitatorPanel }, { boardCsvOf }] = await Promise.all([
      loadStyledPart(this, () => withWords(this, () => import('./facilitator-panel.js'))),
      this.boardExport(),
    ]);
    return new FacilitatorPanel(this, {
      csv: () => this.download('csv', boardCsvOf(this)),
      json: () => this.downloadJson(),
    });
  });
  private readonly memo = new BoardStateMemo();
  private readonly participantKey = participantId();
  private readonly width = new NarrowController(this);

  private listSort: 'board' | 'score' = 'board';
  private columnCache?: {
    columns: BoardColumn[];
    lang: string;
    list: { id: string; label: string }[];
  };

  constructor() {
    super();
    // The storage controller may take in what other tabs saved when its own save completes,
    // without asking for a render; it says so with co-change, so render then.
    this.addEventListener('co-change', () => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('columns') && !this.postForm.draft.column) {
      this.postForm.reset(emptyDraft(this.columns[0]?.id ?? ''));
    }
  }

  // Public API.

  /** Resolves once the saved board has loaded. */
  get ready(): Promise<void> {
    return this.storageController.ready;
  }

  /** Every live idea, column by column in board order (hidden ones included). */
  get ideas(): Idea[] {
    return this.columnIds.flatMap((column) => [...this.state.index.order(column)]);
  }

  /**
   * Posts an idea as this participant, at the end of its column (default: the first). Throws
   * an Error saying what is wrong with a title, detail or tags the form would refuse; returns
   * undefined when the board is locked (and fires `co-error` with `posting-locked`).
   */
  post(idea: {
    title: string;
    detail?: string;
    tags?: string[];
    column?: string;
    author?: string;
  }): Idea | undefined {
    const draft = {
      ...emptyDraft(idea.column ?? this.columnIds[0]),
      title: idea.title,
      detail: idea.detail ?? '',
      tags: (idea.tags ?? []).join(', '),
      author: idea.author ?? '',
    };
    const errors = validateDraft(draft);
    if (errors.length) throw new Error(errors.map((e) => this.t(e.key, e.params)).join(' '));
    const column = this.columnIds.includes(draft.column) ? draft.column : this.columnIds[0];
    const author = draft.author.trim();
    return this.actions.postContent(draftContent(draft), column, {
      participant: this.participantKey,
      ...(this.groupController.group ? { group: this.groupController.group } : {}),
      ...(author ? { author } : {}),
    });
  }

  /**
   * Moves an idea to `position` (from 1) in `column`, as the menu does: fires the cancelable
   * `co-idea-move` first. Resolves false when the page cancelled it or the idea is unknown.
   */
  moveIdea(id: string, column: string, position: number): Promise<boolean> {
    return this.moves.moveTo(id, column, Math.max(0, Math.round(position) - 1));
  }

  /** The board as CSV: one row per idea (hidden ones included), in board order. */
  async exportCsv(): Promise<string> {
    await this.storageController.flush();
    return (await this.boardExport()).boardCsvOf(this);
  }

  /** The board's envelope (what import reads), once any pending change is saved. */
  async exportJson(): Promise<Envelope<StoredBoardData>> {
    await this.storageController.flush();
    return this.envelope();
  }

  private envelope(): Envelope<StoredBoardData> {
    const { space, id } = this.storageController;
    return createEnvelope(
      { space, kind: IDEA_BOARD_KIND, id },
      toStoredBoard(this.storageController.data),
    );
  }

  /** The CSV's code and its column names in the board's language, loaded when first needed. */
  private boardExport(): Promise<typeof import('./board-export.js')> {
    return withWords(this, () => import('./board-export.js'));
  }

  /** Downloads the CSV as a file. */
  async downloadCsv(): Promise<void> {
    const { boardCsvOf } = await this.boardExport();
    this.download('csv', boardCsvOf(this));
  }

  /** Downloads the envelope as a file. */
  downloadJson(): void {
    this.download('json', JSON.stringify(this.envelope(), null, 2));
  }

  private download(type: 'csv' | 'json', text: string): void {
    const { space, id } = this.storageController;
    downloadRecordFile({ space, kind: IDEA_BOARD_KIND, id }, type, text);
    this.announce(this.t('facilitator.exported'));
  }

  /**
   * Saves `next`, the board's next data; `changed` names the ideas that changed, so the index
   * updates in place. False when the record is read-only (which is said aloud).
   */
  commit(next: BoardData, changed?: readonly string[]): boolean {
    const before = this.storageController.data;
    if (!this.storageController.update(next)) {
      this.announce(this.t('status.read-only'));
      return false;
    }
    if (changed) this.memo.changed(before, next, changed);
    this.requestUpdate();
    return true;
  }

  // What the helpers read (BoardHost). Internal: not part of the public API.

  /** @internal */
  get state(): BoardState {
    return this.memo.get({
      data: this.storageController.data,
      columns: this.columnIds,
      facilitator: this.facilitator,
      filter: this.filterBar.filter,
      groups: this.groups,
      participant: this.participantKey,
    });
  }

  /** @internal */
  get settings(): BoardSettings {
    const { settings } = this.storageController.data;
    return {
      participant: this.participantKey,
      group: this.groupController.group,
      facilitator: this.facilitator,
      locked: settings.locked,
      revealed: settings.revealed,
      hideVotes: this.hideVotes,
      votesShown: !this.hideVotes || settings.revealed,
      dots: this.dots,
      dotsLeft: Math.max(0, this.dots - spent(this.state.mine)),
      pageSize: this.pageSize,
      headingLevel: this.headingLevel,
      language: this.language,
      groups: this.groups,
      columns: this.columnList,
      columnName: (id) => this.columnList.find((c) => c.id === id)?.label ?? id,
      groupName: (id) => this.groupName(id),
    };
  }

  /** @internal */
  announce(text: string): void {
    this.announcer.announce(text);
  }

  /** @internal */
  focusCard(id: string): Promise<void> {
    return this.roving.focusCard(id);
  }

  /** @internal */
  askGroup(): void {
    this.announce(this.t('group.first'));
    this.renderRoot.querySelector<HTMLElement>('.group-question input')?.focus();
  }

  private get currentView(): 'board' | 'list' {
    if (this.view === 'list' || this.view === 'board') return this.view;
    return this.width.narrow ? 'list' : 'board';
  }

  /** The column ids; the same array until the columns change (the state memo compares it). */
  private get columnIds(): string[] {
    if (this.idsFor !== this.columns) {
      this.idsFor = this.columns;
      this.ids = this.columns.map((c) => c.id);
    }
    return this.ids;
  }
  private idsFor?: BoardColumn[];
  private ids: string[] = [];

  /** The columns with their labels in the board's language. */
  private get columnList(): { id: string; label: string }[] {
    const lang = this.language;
    const cache = this.columnCache;
    if (cache && cache.columns === this.columns && cache.lang === lang) return cache.list;
    const list = this.columns.map((column) => ({
      id: column.id,
      label: labelIn(column, 'column', lang, (key) => this.tOptional(key)),
    }));
    this.columnCache = { columns: this.columns, lang, list };
    return list;
  }

  /** A group's name in the board's language (asked for once per card, so kept). */
  private groupName(id: string): string {
    const key = `${this.language}\n${id}`;
    if (this.groupNamesFor !== this.groups) {
      this.groupNamesFor = this.groups;
      this.groupNames.clear();
    }
    let name = this.groupNames.get(key);
    if (name === undefined) this.groupNames.set(key, (name = this.groupController.label(id)));
    return name;
  }
  private groupNamesFor?: Group[];
  private readonly groupNames = new Map<string, string>();

  /** The keyboard's view of the board. */
  private navColumns(): NavColumn[] {
    return this.columnIds.map((id) => ({
      id,
      ideas: this.state.visible.get(id) ?? [],
      shown: this.paging.shownIn(id),
    }));
  }

  private toggleView(): void {
    this.view = this.currentView === 'list' ? 'board' : 'list';
    this.announce(this.t(this.view === 'list' ? 'view.list-on' : 'view.board-on'));
  }

  private openCard(id: string, from?: HTMLElement, focus?: 'build'): void {
    this.cardTools.use(() => this.cardDialog.open(id, from, focus));
  }

  /**
   * The words every card uses. The same object while the language and the group names stay
   * the same: a card whose inputs are all unchanged is not rendered again (card.ts), and
   * this object stands for "the words did not change".
   */
  private cardWords(): CardWords {
    const words: CardWords = {
      give: this.t('votes.give'),
      take: this.t('votes.take'),
      build: this.t('build.start'),
      move: this.t('move.open'),
      tags: this.t('idea.tags'),
      hidden: this.t('idea.hidden'),
      anonymous: this.t('idea.anonymous'),
      language: this.language,
      groups: this.groups,
    };
    const last = this.lastCardWords;
    const same =
      last && (Object.keys(words) as (keyof CardWords)[]).every((k) => last[k] === words[k]);
    return same ? last : (this.lastCardWords = words);
  }
  private lastCardWords?: CardWords;

  override render(): TemplateResult {
    const state = this.state;
    const settings = this.settings;
    const ctx: CardContext = {
      state,
      parts: this.parts,
      votesShown: settings.votesShown,
      voting: this.dots > 0,
      filtering: this.filterBar.active,
      tabStop: this.roving.tabStop(this.navColumns()),
      dotsLeft: settings.dotsLeft,
      words: this.cardWords(),
    };
    return html`${this.renderProblems()}
      ${this.facilitator ? (this.facilitatorPanel.get()?.render() ?? nothing) : nothing}
      ${renderPostSection(this, this.groupController, this.postForm, (form) => void this.actions.post(form))}
      ${this.filterBar.render()} ${ctx.voting ? renderDotsInfo(this) : nothing}
      <div class="views" @click=${this.clicks.onClick}>
        ${
          this.currentView === 'list'
            ? renderListView(this, ctx, {
                value: this.listSort,
                set: (sort) => {
                  this.listSort = sort;
                  this.requestUpdate();
                },
              })
            : // With no card to focus, the row of columns takes focus itself, so a keyboard
              // can scroll it when it is wider than the page (WCAG 2.1.1).
              html`<div
                class="columns"
                part="columns"
                role=${ifDefined(ctx.tabStop === undefined ? 'group' : undefined)}
                aria-label=${ifDefined(ctx.tabStop === undefined ? this.t('board.columns') : undefined)}
                tabindex=${ifDefined(ctx.tabStop === undefined ? 0 : undefined)}
                @keydown=${this.roving.onKeyDown}
                @focusin=${this.roving.onFocusIn}
                @pointerdown=${this.drag.onPointerDown}
              >
                ${this.columnList.map((column) => renderColumn(this, ctx, column))}
                <div class="drop-indicator" part="drop-indicator" aria-hidden="true" hidden></div>
              </div>`
        }
      </div>
      ${this.cardDialog.render()}
      ${renderStorageStatus(this, this.storageController, () => this.downloadJson())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-idea-board': CoIdeaBoard;
  }
}

declare module '../../core/events.js' {
  interface CoEventDetails {
    'co-idea-move': IdeaMoveDetail;
  }
}
