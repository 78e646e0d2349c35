/**
 * What people do from an opened card (edit, delete, hide, merge, builds, clusters), loaded
 * with the card's details (card-details.ts) rather than with the board. As the board's own
 * actions: a pure function of the model, saved, said aloud, focus put somewhere sensible.
 */
import { newId } from '../../core/participant.js';
import { BoardActions } from './board-actions.js';
import type { BoardHost } from './board-host.js';
import type { BoardMoves } from './board-moves.js';
import { neighbourOf, roleOrder } from './board-state.js';
import { draftContent } from './draft.js';
import type { IdeaForm } from './idea-form.js';
import { deleteIdea, editIdea, mergeIdeas, setAuthor, setHidden } from './ideas.js';
import { addBuild, deleteBuild, type Idea } from './model.js';
import { createCluster, joinPlacement, leavePlacement, renameCluster } from './ordering.js';

/** What the actions need of the card dialog, which they close or step on from. */
export interface ActionDialog {
  /** Shows the idea's details again (`view`, after an edit is saved). */
  setMode(mode: 'view', idea: Idea): Promise<void>;
  close(): void;
  focus(selector: string): void;
}

export class CardActions extends BoardActions {
  constructor(
    host: BoardHost,
    private readonly moves: BoardMoves,
    private readonly dialog: ActionDialog,
    /** The name the person gave last (in the post form), for their builds. */
    private readonly authorName: () => string,
  ) {
    super(host);
  }

  async saveEdit(id: string, form: IdeaForm): Promise<void> {
    const { host } = this;
    if (!(await form.check())) return;
    const next = setAuthor(
      editIdea(this.data, id, draftContent(form.draft)),
      id,
      form.draft.author.trim(),
    );
    if (!host.commit(next, [id])) return;
    host.announce(host.t('idea.saved'));
    await this.dialog.setMode('view', this.idea(id) as Idea);
  }

  /** Deletes an idea (after the dialog's confirmation); focus goes to the card that takes its place. */
  async remove(id: string): Promise<void> {
    const { host } = this;
    const idea = this.idea(id);
    if (!idea) return;
    const neighbour = neighbourOf(host.state, id);
    if (!host.commit(deleteIdea(this.data, id), [id])) return;
    this.dialog.close();
    host.announce(host.t('idea.deleted', { title: idea.title }));
    await host.updateComplete;
    if (neighbour) await host.focusCard(neighbour);
  }

  hide(id: string, hidden: boolean): void {
    const { host } = this;
    const idea = this.idea(id);
    if (!idea || !host.commit(setHidden(this.data, id, hidden), [id])) return;
    host.announce(
      host.t(hidden ? 'idea.hidden-done' : 'idea.unhidden-done', { title: idea.title }),
    );
  }

  async merge(from: string, into: string): Promise<void> {
    const { host } = this;
    const source = this.idea(from);
    const target = this.idea(into);
    if (!source || !target || !host.commit(mergeIdeas(this.data, from, into), [from, into])) return;
    this.dialog.close();
    host.announce(host.t('idea.merged', { from: source.title, into: target.title }));
    await host.updateComplete;
    await host.focusCard(into);
  }

  addBuild(idea: string, text: string): boolean {
    const { host } = this;
    const who = this.who(this.authorName());
    if (!who) return false;
    if (!host.commit(addBuild(this.data, { id: newId(), idea, text }, who))) return false;
    host.announce(host.t('build.added'));
    return true;
  }

  /** Deletes a build; false when it could not be saved. */
  removeBuild(id: string): boolean {
    if (!this.host.commit(deleteBuild(this.data, id))) return false;
    this.host.announce(this.host.t('build.deleted'));
    return true;
  }

  async createCluster(id: string, name: string): Promise<void> {
    const { host } = this;
    const idea = this.idea(id);
    if (!idea) return;
    const { index } = host.state;
    const column = index.columnOf(idea);
    const current = host.state.index.clusterOf(idea);
    const order = roleOrder(host.state, column);
    const rank = current
      ? (leavePlacement(order, current, index.clusters)?.rank ?? index.endRank(column))
      : idea.rank;
    const cluster = { id: newId(), name, column, rank };
    if (!(await this.moves.confirm(idea, column, createCluster(this.data, cluster, id)))) return;
    host.announce(host.t('cluster.created', { title: idea.title, name }));
    await host.updateComplete;
    this.dialog.focus('#cluster-heading');
  }

  async joinCluster(id: string, clusterId: string): Promise<void> {
    const { host } = this;
    const idea = this.idea(id);
    const cluster = host.state.index.clusters.get(clusterId);
    if (!idea || !cluster) return;
    const order = roleOrder(host.state, cluster.column).filter((other) => other.id !== id);
    const placement = joinPlacement(order, cluster, host.state.index.clusters);
    if (!(await this.moves.moveTo(id, cluster.column, 0, { placement }))) return;
    host.announce(host.t('cluster.joined', { title: idea.title, name: cluster.name }));
    this.dialog.focus('#cluster-heading');
  }

  async leaveCluster(id: string): Promise<void> {
    const { host } = this;
    const idea = this.idea(id);
    const cluster = idea && host.state.index.clusterOf(idea);
    if (!idea || !cluster) return;
    const order = roleOrder(host.state, cluster.column).filter((other) => other.id !== id);
    const placement = leavePlacement(order, cluster, host.state.index.clusters) ?? {
      rank: host.state.index.endRank(cluster.column),
    };
    if (!(await this.moves.moveTo(id, cluster.column, 0, { placement }))) return;
    host.announce(host.t('cluster.left', { title: idea.title, name: cluster.name }));
    this.dialog.focus('#cluster-heading');
  }

  renameCluster(id: string, name: string): void {
    if (this.host.commit(renameCluster(this.data, id, name))) {
      this.host.announce(this.host.t('cluster.renamed', { name }));
    }
  }
}
