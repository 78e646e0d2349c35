/**
 * What people do on the board, as the element carries it out: each action calls a pure
 * function of the model, saves the result, says what happened, and puts focus somewhere
 * sensible when the focused thing moved or went away.
 */
import { newId } from '../../core/participant.js';
import { draftContent, emptyDraft } from './draft.js';
import type { BoardHost } from './board-host.js';
import type { BoardMoves } from './board-moves.js';
import { liveIdea, neighbourOf, roleOrder } from './board-state.js';
import type { IdeaForm } from './idea-form.js';
import {
  addBuild,
  clearBoard,
  deleteBuild,
  setLocked,
  setRevealed,
  type Author,
  type BoardData,
  type Idea,
} from './model.js';
import { addIdea, deleteIdea, editIdea, mergeIdeas, setHidden, setAuthor } from './ideas.js';
import {
  createCluster,
  dissolveCluster,
  leavePlacement,
  joinPlacement,
  renameCluster,
} from './ordering.js';
import { giveDot, takeDot } from './votes.js';

/** What the actions need of the card dialog, which they close or step on from. */
export interface ActionDialog {
  /** Shows the idea's details (after an edit is saved). */
  view(idea: Idea): Promise<void>;
  close(): void;
  focus(selector: string): void;
}

export class BoardActions {
  constructor(
    private readonly host: BoardHost,
    private readonly moves: BoardMoves,
    private readonly dialog: ActionDialog,
    /** The name the person gave last (in the post form), for their builds. */
    private readonly authorName: () => string,
  ) {}

  private get data(): BoardData {
    return this.host.state.data;
  }

  private idea(id: string): Idea | undefined {
    return liveIdea(this.host.state, id);
  }

  /** Who is acting, or undefined (and the group question shown) when we do not know yet. */
  private who(author = ''): Author | undefined {
    const group = this.host.settings.group;
    if (group === undefined) {
      this.host.askGroup();
      return undefined;
    }
    const name = author.trim();
    return {
      participant: this.host.settings.participant,
      group,
      ...(name ? { author: name } : {}),
    };
  }

  /** Posts the post form's idea at the end of its column. */
  async post(form: IdeaForm): Promise<Idea | undefined> {
    const { host } = this;
    if (!(await form.check(host.settings.locked ? 'error.locked' : undefined))) return undefined;
    const who = this.who(form.draft.author);
    if (!who) return undefined;
    const { columns } = host.settings;
    const column = columns.some((c) => c.id === form.draft.column)
      ? form.draft.column
      : columns[0].id;
    const idea = this.postContent(draftContent(form.draft), column, who);
    if (!idea) return undefined;
    // Keep the name and column for the next idea; clear what was said, ready for the next.
    form.reset({ ...emptyDraft(column), author: form.draft.author });
    host.requestUpdate();
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#post-title')?.focus();
    return idea;
  }

  /** Adds an idea; undefined when the record is read-only or posting is locked. */
  postContent(
    content: Parameters<typeof addIdea>[1],
    column: string,
    who: Author,
  ): Idea | undefined {
    const { host } = this;
    if (host.settings.locked) {
      host.reportProblem('posting-locked', host.t('error.locked'));
      return undefined;
    }
    const id = newId();
    const rank = host.state.index.endRank(column);
    if (!host.commit(addIdea(this.data, content, { id, column, rank }, who), [id]))
      return undefined;
    const idea = this.idea(id) as Idea;
    host.announce(
      host.t('idea.posted', { title: idea.title, column: host.settings.columnName(column) }),
    );
    return idea;
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
    await this.dialog.view(this.idea(id) as Idea);
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

  removeBuild(id: string): void {
    if (this.host.commit(deleteBuild(this.data, id)))
      this.host.announce(this.host.t('build.deleted'));
  }

  give(id: string): void {
    const { host } = this;
    const group = host.settings.group;
    const idea = this.idea(id);
    if (!idea) return;
    if (group === undefined) {
      host.askGroup();
      return;
    }
    const next = giveDot(
      this.data,
      id,
      { participant: host.settings.participant, group },
      host.settings.dots,
    );
    if (!next) {
      host.announce(host.t('votes.none-left'));
      return;
    }
    if (host.commit(next)) {
      const left = host.settings.dotsLeft;
      host.announce(
        `${host.t('votes.given', { title: idea.title })} ${host.t('votes.left', { count: left })}`,
      );
    }
  }

  take(id: string): void {
    const { host } = this;
    const idea = this.idea(id);
    const next =
      idea &&
      takeDot(this.data, id, {
        participant: host.settings.participant,
        group: host.settings.group ?? '',
      });
    if (!idea || !next || !host.commit(next)) return;
    host.announce(
      `${host.t('votes.taken', { title: idea.title })} ${host.t('votes.left', { count: host.settings.dotsLeft })}`,
    );
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

  async dissolveCluster(id: string): Promise<void> {
    const { host } = this;
    const cluster = host.state.index.clusters.get(id);
    if (!cluster) return;
    const order = host.state.index.order(cluster.column);
    const first = order.find((idea) => host.state.index.clusterOf(idea)?.id === id);
    if (!host.commit(dissolveCluster(this.data, id, order, host.state.index.clusters))) return;
    host.announce(host.t('cluster.dissolved', { name: cluster.name }));
    if (first) await host.focusCard(first.id);
  }

  lock(locked: boolean): void {
    const { host } = this;
    if (host.commit(setLocked(this.data, locked))) {
      host.announce(host.t(locked ? 'facilitator.locked' : 'facilitator.open'));
    }
  }

  reveal(revealed: boolean): void {
    const { host } = this;
    if (host.commit(setRevealed(this.data, revealed))) {
      host.announce(host.t(revealed ? 'facilitator.revealed' : 'facilitator.concealed'));
    }
  }

  clear(): void {
    const { host } = this;
    if (host.commit(clearBoard(this.data))) host.announce(host.t('clear.done'));
  }
}
