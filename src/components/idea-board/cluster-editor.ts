import { renderInlineError } from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { validateShort, limits } from './draft.js';
import type { CardActions } from './card-actions.js';
import type { BoardHost } from './board-host.js';
import type { Cluster, Idea } from './model.js';
import { renderChoiceForm } from './choice-form.js';
import { cssId } from './roving-focus.js';

/**
 * Clusters by menu: renaming one in place (from its heading), and, in a card's details,
 * making a new cluster, adding the card to one, or taking it out. Dropping a card onto a
 * cluster's heading adds it too (see the drag controller).
 */
export class ClusterEditor {
  /** The cluster being renamed in place. */
  renaming?: string;
  private renameText = '';
  private renameError?: FieldProblem;
  private newName = '';
  private newError?: FieldProblem;
  private choice = '';

  constructor(
    private readonly host: BoardHost,
    private readonly actions: CardActions,
  ) {}

  async startRename(id: string): Promise<void> {
    const cluster = this.host.state.index.clusters.get(id);
    if (!cluster) return;
    this.renaming = id;
    this.renameText = cluster.name;
    this.renameError = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>(`#rename-${cssId(id)}`)?.select();
  }

  private async stopRename(id: string): Promise<void> {
    this.renaming = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(
        `.cluster-head[data-cluster="${CSS.escape(id)}"] [data-action="rename-cluster"]`,
      )
      ?.focus();
  }

  /** Resets the card-details fields, when a card opens. */
  reset(): void {
    this.newName = '';
    this.newError = undefined;
    this.choice = '';
  }

  renderRename(cluster: Cluster): TemplateResult {
    const { host } = this;
    const id = `rename-${cssId(cluster.id)}`;
    const save = async (event: Event) => {
      event.preventDefault();
      this.renameError = validateShort('cluster', this.renameText, limits.cluster);
      if (this.renameError) {
        host.requestUpdate();
        return;
      }
      this.actions.renameCluster(cluster.id, this.renameText.trim());
      await this.stopRename(cluster.id);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        void this.stopRename(cluster.id);
      }
    };
    return html`<form
      class="cluster-head rename"
      data-cluster=${cluster.id}
      @submit=${save}
      @keydown=${onKeyDown}
    >
      <label for=${id}>${host.t('cluster.name')}</label>
      ${renderInlineError(
        `${id}-error`,
        host.t('error.prefix'),
        this.renameError && host.t(this.renameError.key, this.renameError.params),
      )}
      <input
        id=${id}
        type="text"
        .value=${live(this.renameText)}
        aria-invalid=${this.renameError ? 'true' : 'false'}
        aria-describedby=${this.renameError ? `${id}-error` : nothing}
        @input=${(e: Event) => (this.renameText = (e.target as HTMLInputElement).value)}
      />
      <button type="submit">${host.t('action.save')}</button>
      <button type="button" class="secondary" @click=${() => this.stopRename(cluster.id)}>
        ${host.t('action.cancel')}
      </button>
    </form>`;
  }

  /** The "Cluster" part of a card's details. */
  renderSection(idea: Idea): TemplateResult {
    const { host } = this;
    const current = host.state.index.clusterOf(idea);
    const others = host.state.index
      .clustersIn(host.state.index.columnOf(idea))
      .filter((c) => c.id !== current?.id);
    const choice = others.some((c) => c.id === this.choice) ? this.choice : (others[0]?.id ?? '');
    const create = (event: Event) => {
      event.preventDefault();
      this.newError = validateShort('cluster', this.newName, limits.cluster);
      if (this.newError) {
        host.requestUpdate();
        return;
      }
      const name = this.newName.trim();
      this.newName = '';
      void this.actions.createCluster(idea.id, name);
    };
    return html`<div class="dialog-section">
      ${heading(host.settings.headingLevel + 1, host.t('cluster.heading'), {
        id: 'cluster-heading',
        class: 'sub-heading',
        tabindex: -1,
      })}
      ${
        current
          ? html`<p>
              ${host.t('cluster.in', { name: current.name })}
              <button
                type="button"
                class="secondary"
                @click=${() => this.actions.leaveCluster(idea.id)}
              >
                ${host.t('cluster.leave')}
              </button>
            </p>`
          : html`<p>${host.t('cluster.none')}</p>`
      }
      ${
        others.length
          ? renderChoiceForm({
              id: 'cluster-choice',
              label: host.t('cluster.choose'),
              options: others.map((c) => ({ id: c.id, text: c.name })),
              choice,
              choose: (id) => (this.choice = id),
              action: host.t('cluster.join'),
              act: () => void this.actions.joinCluster(idea.id, choice),
            })
          : nothing
      }
      <form class="inline-form" @submit=${create}>
        <label for="cluster-new">${host.t('cluster.new')}</label>
        ${renderInlineError(
          'cluster-new-error',
          host.t('error.prefix'),
          this.newError && host.t(this.newError.key, this.newError.params),
        )}
        <input
          id="cluster-new"
          type="text"
          .value=${live(this.newName)}
          aria-invalid=${this.newError ? 'true' : 'false'}
          aria-describedby=${this.newError ? 'cluster-new-error' : nothing}
          @input=${(e: Event) => (this.newName = (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="secondary">${host.t('cluster.create')}</button>
      </form>
    </div>`;
  }
}
