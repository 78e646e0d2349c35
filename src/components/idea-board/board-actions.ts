/**
 * What people do on the board itself, as the element carries it out: post, dots, dissolve a
 * cluster. Each action calls a pure function of the model, saves the result, says what
 * happened, and puts focus somewhere sensible when the focused thing moved or went away.
 * What is done from an opened card is in card-actions.ts, loaded with the card's details.
 */
import { newId } from '../../core/participant.js';
import { draftContent, emptyDraft } from './draft.js';
import type { BoardHost } from './board-host.js';
import { liveIdea } from './board-state.js';
import type { IdeaForm } from './idea-form.js';
import type { Author, BoardData, Idea } from './model.js';
import { addIdea } from './ideas.js';
import { dissolveCluster } from './ordering.js';
import { giveDot, takeDot } from './votes.js';

export class BoardActions {
  constructor(protected readonly host: BoardHost) {}

  protected get data(): BoardData {
    return this.host.state.data;
  }

  protected idea(id: string): Idea | undefined {
    return liveIdea(this.host.state, id);
  }

  /** Who is acting, or undefined (and the group question shown) when we do not know yet. */
  protected who(author = ''): Author | undefined {
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
    const locked = host.settings.locked
      ? { key: 'error.locked', code: 'posting-locked' as const }
      : undefined;
    if (!(await form.check(locked))) return undefined;
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
}
