import { html, nothing, type TemplateResult } from 'lit';
import type { CoElement } from '../../core/co-element.js';
import type { Group } from '../../core/groups.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { loadStyledPart } from '../../core/part-styles.js';
import type { TallyResult } from '../../core/parity.js';
import type { StorageController } from '../../core/store/storage-controller.js';
import { resultsVisible, type StoredBallot, type VoteData } from './model.js';
import type { VoteMethods } from './vote-methods.js';
import { voteParts } from './vote-parts.js';
import type { VoteSettings } from './vote-settings.js';

/** What the panels read from the element. */
export interface PanelsHost extends CoElement {
  readonly groups: Group[];
  readonly kiosk: boolean;
  readonly facilitator: boolean;
  readonly closed: boolean;
  readonly isClosed: boolean;
  readonly ownBallot: StoredBallot | undefined;
  readonly voteSettings: VoteSettings;
  readonly storageController: StorageController<VoteData>;
  download(what: 'ballots' | 'results' | 'results-json' | 'json'): void;
  readonly methods: VoteMethods;
  tally(): TallyResult;
  groupName(id: string): string;
  optionName(id: string): string;
  list(items: readonly string[]): string;
  setOpen(open: boolean): boolean;
  reveal(revealed?: boolean): boolean;
  reset(): boolean;
}

/**
 * The results (for whoever may see them) and the facilitator's panel: both read the same
 * tally, so what the facilitator exports is what everyone sees.
 */
export class VotePanels {
  /** The head-count bars are shown beside the parity ones. */
  private showRaw = false;

  /** Only a facilitator sees it: loaded when one does. */
  private readonly facilitatorPanel: LazyPart<typeof import('./facilitator-panel.js')>;
  /** Loaded when the results are first shown (after casting, `results="always"` …). */
  private readonly resultsPart: LazyPart<typeof import('./results-part.js')>;
  /** The results could not load (the element has said so): their room is given back. */
  private resultsUnavailable = false;

  constructor(private readonly host: PanelsHost) {
    this.facilitatorPanel = new LazyPart(host, () =>
      loadStyledPart(host, () => withWords(host, voteParts.facilitator)),
    );
    this.resultsPart = new LazyPart(host, () =>
      loadStyledPart(host, () => withWords(host, voteParts.results)).catch((error: unknown) => {
        this.resultsUnavailable = true;
        throw error;
      }),
    );
  }

  /** Whether participants see the results, having voted or not. */
  private visibleTo(voted: boolean): boolean {
    const { host } = this;
    const { revealed } = host.storageController.data.settings;
    const mode = host.voteSettings.results;
    return resultsVisible({ mode, closed: host.isClosed, revealed, voted });
  }

  renderResults(): TemplateResult | typeof nothing {
    const { host } = this;
    const mode = host.voteSettings.results;
    const voted = host.ownBallot !== undefined;
    if (!host.facilitator && !this.visibleTo(voted)) {
      // A shared kiosk never counts as "voted": the next person must not see the results.
      const waitForVote = mode === 'after-vote' && !host.kiosk && !voted;
      return html`<p class="hint results-wait">
        ${host.t(waitForVote ? 'vote.results.wait-vote' : 'vote.results.wait-close')}
      </p>`;
    }
    let facilitatorNote: string | undefined;
    if (host.facilitator && !this.visibleTo(false)) {
      facilitatorNote =
        mode === 'after-vote' && !host.kiosk
          ? 'vote.results.voters-note'
          : 'vote.results.hidden-note';
    }
    const part = this.resultsPart.get();
    const { method } = host.voteSettings.config;
    // Until the results (and a ranked or graded vote's count) arrive, their room is kept,
    // empty: nothing flashes "loading", and what is below moves as little as it can.
    if (!part || !host.methods.get(method)) {
      const unavailable = this.resultsUnavailable || host.methods.unavailable(method);
      return unavailable ? nothing : html`<div class="results-coming"></div>`;
    }
    const result = host.tally();
    const groups = host.voteSettings.config.groups ?? [];
    const weight = (group: Group) => group.weight ?? 1;
    return part.renderResults({
      t: (key, params) => host.t(key, params),
      groupLabel: (id) => host.groupName(id),
      optionLabel: (id) => host.optionName(id),
      list: (items) => host.list(items),
      result,
      explanation: part.explainSentences(
        result,
        {
          lang: host.language === 'cy' ? 'cy' : 'en',
          groupName: (id) => this.groupInSentence(id),
          optionName: (id) => host.optionName(id),
          provisional: !host.isClosed,
        },
        part.explainWords((key, params) => host.t(key, params)),
      ),
      closed: host.isClosed,
      headingLevel: host.headingLevel,
      showRaw: this.showRaw,
      rtl: getComputedStyle(host).direction === 'rtl',
      facilitatorNote,
      equalWeights: groups.every((group) => weight(group) === weight(groups[0])),
      onToggleRaw: (event) => {
        this.showRaw = (event.target as HTMLInputElement).checked;
        host.requestUpdate();
      },
    });
  }

  /** A group's name inside a sentence: "professionals" rather than "Professionals and staff". */
  private groupInSentence(id: string): string {
    const { host } = this;
    const group = host.groups.find((entry) => entry.id === id);
    if (group?.label !== undefined) return host.groupName(id);
    const key = `vote.group-name.${id}`;
    const name = host.t(key);
    return name === key ? host.groupName(id) : name;
  }

  /**
   * Runs a facilitator's action; if the button they pressed is gone afterwards ("Hide the
   * results" once the vote has closed), focus goes to the panel's heading, not the page's top.
   */
  private async keepingFocus(action: () => void): Promise<void> {
    const { host } = this;
    action();
    await host.updateComplete;
    if (!host.renderRoot.querySelector(':focus')) {
      host.renderRoot.querySelector<HTMLElement>('#facilitator-title')?.focus();
    }
  }

  renderFacilitator(): TemplateResult | typeof nothing {
    const { host } = this;
    const panel = this.facilitatorPanel.get();
    // The panel's figures are the tally's: a ranked or graded vote's count comes with its part.
    if (!panel || !host.methods.get(host.voteSettings.config.method)) return nothing;
    const result = host.tally();
    const { settings } = host.storageController.data;
    return panel.renderFacilitator({
      t: (key, params) => host.t(key, params),
      groupLabel: (id) => host.groupName(id),
      groups: result.groups,
      headingLevel: host.headingLevel,
      turnout: result.turnout + result.rejectedBallots.length,
      closed: host.isClosed,
      closedByPage: host.closed,
      shownAnyway: host.voteSettings.results === 'always' || host.isClosed,
      revealed: settings.revealed,
      readOnly: host.storageController.readOnly,
      onOpen: (open) => void this.keepingFocus(() => host.setOpen(open)),
      onReveal: (revealed) => void this.keepingFocus(() => host.reveal(revealed)),
      onAskReset: () => panel.openDialog(host.renderRoot as ShadowRoot, 'reset-dialog'),
      onConfirmReset: () => host.reset(),
      onExport: (what) => host.download(what),
    });
  }
}
