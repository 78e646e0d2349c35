import type { CoIdeaBoard } from './idea-board.js';

/**
 * Clicks on the board and the list, handled by one listener for thousands of cards: each
 * button says what it does (`data-action`), and the card or column around it says on what.
 */
export class BoardClicks {
  /** Ideas whose builds are open under the card. */
  expanded: ReadonlySet<string> = new Set();

  constructor(private readonly host: CoIdeaBoard) {}

  readonly onClick = (event: Event): void => {
    const { host } = this;
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    const id = button.closest<HTMLElement>('[data-idea]')?.dataset.idea;
    const column = button.closest<HTMLElement>('[data-column]')?.dataset.column;
    const cluster = button.dataset.cluster;
    const from = button.closest<HTMLElement>('.card') ?? button;
    if (action === 'more' && column !== undefined) void host.paging.showMoreAndFocus(column);
    else if (action === 'more-list' && column !== undefined) host.paging.showMoreInList(column);
    else if (action === 'rename-cluster' && cluster) void host.clusterEditor.startRename(cluster);
    else if (action === 'dissolve-cluster' && cluster) void host.actions.dissolveCluster(cluster);
    else if (id === undefined) return;
    else if (action === 'open') host.openCard(id, from);
    else if (action === 'build') host.openCard(id, from, 'build');
    else if (action === 'give') host.actions.give(id);
    else if (action === 'take') void this.take(id, button);
    else if (action === 'move') void host.moveMenu.toggle(id);
    else if (action === 'builds') this.toggleBuilds(id);
  };

  /** Taking back the last dot removes the button: focus moves to "Add a dot" beside it. */
  private async take(id: string, button: HTMLElement): Promise<void> {
    const { host } = this;
    host.actions.take(id);
    await host.updateComplete;
    if (!button.isConnected || button.dataset.action !== 'take') {
      host.cardElement(id)?.querySelector<HTMLElement>('[data-action="give"]')?.focus();
    }
  }

  private toggleBuilds(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
    this.host.requestUpdate();
  }
}
