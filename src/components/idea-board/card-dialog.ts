import { openDialog, renderConfirmDialog } from '../../core/ui/confirm-dialog.js';
import { renderInlineError } from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardActions } from './board-actions.js';
import type { BoardHost } from './board-host.js';
import { liveIdea } from './board-state.js';
import { byline, resultText } from './card.js';
import type { ClusterEditor } from './cluster-editor.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { draftOf, limits, validateShort } from './draft.js';
import { IdeaForm } from './idea-form.js';
import { cardElement } from './roving-focus.js';
import { canChange, type Idea } from './model.js';

/**
 * A card opened (Enter on a card, or its title): the whole idea, its dots, its builds and the
 * form to add one, its cluster, and editing or deleting it (the author's own, or any for a
 * facilitator), plus hide and merge for a facilitator. A modal `<dialog>`: focus stays inside
 * while it is open, Escape closes it, and focus goes back to where it was (the card).
 */
export class CardDialog {
  openId?: string;
  mode: 'view' | 'edit' = 'view';
  readonly editForm: IdeaForm;
  private returnTo?: HTMLElement;
  private buildText = '';
  private buildError?: FieldProblem;
  private mergeChoice = '';

  constructor(
    private readonly host: BoardHost,
    private readonly actions: BoardActions,
    private readonly clusterEditor: ClusterEditor,
  ) {
    this.editForm = new IdeaForm(host, 'edit');
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('#card-dialog');
  }

  /** Opens idea `id`; `focus` picks what takes focus (the title, or the build field). */
  async open(id: string, from?: HTMLElement, focus: 'title' | 'build' = 'title'): Promise<void> {
    if (!liveIdea(this.host.state, id)) return;
    this.openId = id;
    this.mode = 'view';
    this.returnTo = from;
    this.buildText = '';
    this.buildError = undefined;
    this.mergeChoice = '';
    this.clusterEditor.reset();
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.focus(focus === 'build' ? '#build-text' : '#dialog-title');
  }

  close(): void {
    this.dialog?.close();
  }

  /** The dialog closed (Close, Escape, or after a delete): focus goes back to the card. */
  private readonly onClose = (): void => {
    const id = this.openId;
    this.openId = undefined;
    this.mode = 'view';
    this.host.requestUpdate();
    const back = this.returnTo;
    this.returnTo = undefined;
    if (back?.isConnected) back.focus();
    else if (id !== undefined && cardElement(this.host.renderRoot, id))
      void this.host.focusCard(id);
  };

  async setMode(mode: 'view' | 'edit', idea: Idea): Promise<void> {
    this.mode = mode;
    if (mode === 'edit') this.editForm.reset(draftOf(idea));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus(mode === 'edit' ? '#edit-title' : '#dialog-title');
  }

  focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  render(): TemplateResult {
    const idea = this.openId === undefined ? undefined : liveIdea(this.host.state, this.openId);
    return html`<dialog
      id="card-dialog"
      part="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onClose}
    >
      ${idea ? this.renderIdea(idea) : nothing}
    </dialog>`;
  }

  private renderIdea(idea: Idea): TemplateResult {
    const { host } = this;
    return html`<div class="dialog-head">
        ${heading(host.settings.headingLevel, idea.title, { id: 'dialog-title', tabindex: -1 })}
        <button type="button" class="secondary" @click=${() => this.close()}>
          ${host.t('action.close')}
        </button>
      </div>
      ${
        this.mode === 'edit'
          ? this.editForm.render({
              submitLabel: host.t('action.save'),
              onSubmit: () => void this.actions.saveEdit(idea.id, this.editForm),
              onCancel: () => void this.setMode('view', idea),
            })
          : this.renderView(idea)
      }`;
  }

  private renderView(idea: Idea): TemplateResult {
    const { host } = this;
    const own = canChange(idea, host.settings.participant, host.settings.facilitator);
    return html`${idea.detail ? html`<p class="detail-full">${idea.detail}</p>` : nothing}
      ${
        idea.tags?.length
          ? html`<p>${host.t('idea.tags-line', { tags: idea.tags.join(', ') })}</p>`
          : nothing
      }
      <p class="meta">${byline(host, idea)}</p>
      ${idea.hidden ? html`<p class="notice">${host.t('idea.hidden-note')}</p>` : nothing}
      ${host.settings.dots > 0 ? this.renderVotes(idea) : nothing} ${this.renderBuilds(idea)}
      ${this.clusterEditor.renderSection(idea)}
      ${
        own
          ? html`<div class="actions">
                <button type="button" class="secondary" @click=${() => this.setMode('edit', idea)}>
                  ${host.t('idea.edit')}
                </button>
                <button
                  type="button"
                  class="warning"
                  @click=${() => openDialog(host.renderRoot as ShadowRoot, 'delete-idea-dialog')}
                >
                  ${host.t('idea.delete')}
                </button>
              </div>
              ${this.renderDelete(idea)}`
          : nothing
      }
      ${host.settings.facilitator ? this.renderFacilitator(idea) : nothing}`;
  }

  private renderVotes(idea: Idea): TemplateResult {
    const { host } = this;
    const mine = host.state.mine.get(idea.id) ?? 0;
    return html`<div class="dialog-section">
      ${heading(host.settings.headingLevel + 1, host.t('votes.heading'), {
        id: 'dots-heading',
        class: 'sub-heading',
      })}
      ${host.settings.votesShown ? html`<p>${resultText(host, idea.id)}</p>` : nothing}
      <p>
        ${mine > 0 ? host.t('votes.mine', { count: mine }) : ''}
        ${host.t('votes.left', { count: host.settings.dotsLeft })}
      </p>
      <div class="actions">
        <button
          type="button"
          id="dialog-give"
          aria-disabled=${host.settings.dotsLeft > 0 ? 'false' : 'true'}
          @click=${() => this.actions.give(idea.id)}
        >
          ${host.t('votes.give')}
        </button>
        ${
          mine > 0
            ? html`<button type="button" class="secondary" @click=${() => this.take(idea.id)}>
                ${host.t('votes.take')}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** Taking back the last dot removes its button: focus moves to "Add a dot". */
  private async take(id: string): Promise<void> {
    this.actions.take(id);
    await this.host.updateComplete;
    if (!(this.host.state.mine.get(id) ?? 0)) this.focus('#dialog-give');
  }

  private renderBuilds(idea: Idea): TemplateResult {
    const { host } = this;
    const builds = host.state.builds.get(idea.id) ?? [];
    const add = async (event: Event) => {
      event.preventDefault();
      this.buildError = host.settings.locked
        ? { field: 'build', key: 'error.locked' }
        : validateShort('build', this.buildText, limits.build);
      if (this.buildError) {
        host.requestUpdate();
        await host.updateComplete;
        this.focus('#build-text');
        return;
      }
      if (this.actions.addBuild(idea.id, this.buildText.trim())) this.buildText = '';
    };
    const error = this.buildError;
    return html`<div class="dialog-section">
      ${heading(host.settings.headingLevel + 1, host.t('build.count', { count: builds.length }), {
        id: 'builds-heading',
        class: 'sub-heading',
      })}
      ${
        builds.length
          ? html`<ul class="builds">
              ${builds.map(
                (build) =>
                  html`<li>
                    <span class="build-text">${build.text}</span>
                    <span class="meta">${byline(host, build)}</span>
                    ${
                      build.participant === host.settings.participant || host.settings.facilitator
                        ? html`<button
                            type="button"
                            class="link"
                            @click=${() => this.actions.removeBuild(build.id)}
                          >
                            ${host.t('build.delete')}
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <form class="build-form" @submit=${add} novalidate>
        <label for="build-text">${host.t('build.label')}</label>
        <p class="hint" id="build-hint">${host.t('build.hint', { count: limits.build })}</p>
        ${renderInlineError('build-error', host.t('error.prefix'), error && host.t(error.key, error.params))}
        <textarea
          id="build-text"
          rows="2"
          .value=${this.buildText}
          aria-describedby=${error ? 'build-hint build-error' : 'build-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => (this.buildText = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <button type="submit" class="secondary">${host.t('build.add')}</button>
      </form>
    </div>`;
  }

  /** "Delete this idea?", in the shared confirm dialog over the card's details. */
  private renderDelete(idea: Idea): TemplateResult {
    const { host } = this;
    return renderConfirmDialog({
      id: 'delete-idea-dialog',
      level: host.settings.headingLevel,
      title: host.t('idea.delete-title', { title: idea.title }),
      body: host.t('idea.delete-body'),
      confirm: host.t('idea.delete-confirm'),
      cancel: host.t('action.cancel'),
      onConfirm: () => void this.actions.remove(idea.id),
    });
  }

  private renderFacilitator(idea: Idea): TemplateResult {
    const { host } = this;
    const column = host.state.index.columnOf(idea);
    const others = host.state.index
      .order(column)
      .filter((other) => other.id !== idea.id)
      .slice(0, 500);
    const choice = others.some((o) => o.id === this.mergeChoice)
      ? this.mergeChoice
      : (others[0]?.id ?? '');
    const merge = (event: Event) => {
      event.preventDefault();
      if (choice) this.actions.merge(idea.id, choice);
    };
    return html`<div class="dialog-section">
      ${heading(host.settings.headingLevel + 1, host.t('facilitator.heading'), {
        id: 'facilitate-heading',
        class: 'sub-heading',
      })}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          @click=${() => this.actions.hide(idea.id, !idea.hidden)}
        >
          ${host.t(idea.hidden ? 'idea.unhide' : 'idea.hide')}
        </button>
      </div>
      ${
        others.length
          ? html`<form class="inline-form" @submit=${merge}>
              <label for="merge-choice">${host.t('idea.merge-into')}</label>
              <select
                id="merge-choice"
                @change=${(e: Event) => (this.mergeChoice = (e.target as HTMLSelectElement).value)}
              >
                ${others.map((o) => html`<option value=${o.id} ?selected=${o.id === choice}>${o.title}</option>`)}
              </select>
              <button type="submit" class="secondary">${host.t('idea.merge')}</button>
            </form>`
          : nothing
      }
    </div>`;
  }
}
