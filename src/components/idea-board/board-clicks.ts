import type { ReactiveControllerHost } from 'lit';
import { cardElement } from './roving-focus.js';

/** What each `data-action` does, given by the board. */
export interface ClickActions {
  more(column: string): Promise<void>;
  moreInList(column: string): void;
  renameCluster(cluster: string): void;
  dissolveCluster(cluster: string): Promise<void>;
  open(id: string, from: HTMLElement, focus?: 'build'): void;
  give(id: string): void;
  take(id: string): void;
  move(id: string): void;
}

/**
 * Clicks on the board and the list, handled by one listener for thousands of cards: each
 * button says what it does (`data-action`), and the card or column around it says on what.
 */
export class BoardClicks {
  /** Ideas whose builds are open under the card. */
  expanded: ReadonlySet<string> = new Set();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly actions: ClickActions,
  ) {}

  readonly onClick = (event: Event): void => {
    const { actions } = this;
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    const id = button.closest<HTMLElement>('[data-idea]')?.dataset.idea;
    const column = button.closest<HTMLElement>('[data-column]')?.dataset.column;
    const cluster = button.dataset.cluster;
    const from = button.closest<HTMLElement>('.card') ?? button;
    if (action === 'more' && column !== undefined) void actions.more(column);
    else if (action === 'more-list' && column !== undefined) actions.moreInList(column);
    else if (action === 'rename-cluster' && cluster) actions.renameCluster(cluster);
    else if (action === 'dissolve-cluster' && cluster) void actions.dissolveCluster(cluster);
    else if (id === undefined) return;
    else if (action === 'open') actions.open(id, from);
    else if (action === 'build') actions.open(id, from, 'build');
    else if (action === 'give') actions.give(id);
    else if (action === 'take') void this.take(id, button);
    else if (action === 'move') actions.move(id);
    else if (action === 'builds') this.toggleBuilds(id);
  };

  /** Taking back the last dot removes the button: focus moves to "Add a dot" beside it. */
  private async take(id: string, button: HTMLElement): Promise<void> {
    const { host } = this;
    this.actions.take(id);
    await host.updateComplete;
    if (!button.isConnected || button.dataset.action !== 'take') {
      cardElement(host.renderRoot, id)?.querySelector<HTMLElement>('[data-action="give"]')?.focus();
    }
  }

  private toggleBuilds(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
    this.host.requestUpdate();
  }
}
