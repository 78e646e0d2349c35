import { openDialog, renderConfirmDialog } from '../../core/ui/confirm-dialog.js';
import { renderInlineError } from '../../core/ui/error-summary.js';
import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BoardMoves } from './board-moves.js';
import { CardActions } from './card-actions.js';
import type { BoardHost } from './board-host.js';
import { byline, resultText } from './card.js';
import { ClusterEditor } from './cluster-editor.js';
import { draftOf, limits, validateShort, type IdeaDraft } from './draft.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { IdeaForm } from './idea-form.js';
import { renderChoiceForm } from './choice-form.js';
import { MoveMenu, type MoveTo } from './move-menu.js';
import { canChange, type Idea } from './model.js';

// The words of the card's details, the cluster editor and the move menu come with it (core/lazy-part.ts `withWords`).
export { cardToolsWords as words } from './card-tools-messages.js';
// The dialog's, the cluster editor's and the move menu's CSS come with them (core/part-styles.ts).
export { cardToolsStyles as styles } from './card-tools.styles.js';

/** A build, shortened for its button's name ("Delete build: Yes, and a late bus home…"). */
const shortText = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** What the details ask of the dialog around them. */
export interface DialogControls {
  readonly mode: 'view' | 'edit';
  close(): void;
  setMode(mode: 'view' | 'edit', idea: Idea): Promise<void>;
  focus(selector: string): void;
}

export interface CardTools {
  details: CardDetails;
  clusterEditor: ClusterEditor;
  moveMenu: MoveMenu;
}

/**
 * The rarely used parts of a card, loaded together the first time someone opens a card, a
 * cluster's rename or a card's "Move to…": the details in the card dialog, the cluster
 * editor and the move menu. The element keeps the dialog itself (card-dialog.ts), so the
 * keyboard and focus behave as before once these arrive.
 */
export function cardTools(
  host: BoardHost,
  moves: BoardMoves,
  dialog: DialogControls,
  /** The name the person gave last (in the post form), for their builds. */
  authorName: () => string,
): CardTools {
  const actions = new CardActions(host, moves, dialog, authorName);
  const clusterEditor = new ClusterEditor(host, actions);
  const details = new CardDetails(host, actions, clusterEditor, dialog);
  const moveTo: MoveTo = (...move) => moves.moveTo(...move);
  return { details, clusterEditor, moveMenu: new MoveMenu(host, moveTo) };
}

/**
 * What a card dialog shows: the whole idea, its dots, its builds and the form to add one,
 * its cluster, and editing or deleting it (the author's own, or any for a facilitator), plus
 * hide and merge for a facilitator.
 */
export class CardDetails {
  private readonly editForm: IdeaForm;
  /**
   * What someone typed into an idea's build field and has not added, by idea: it stays when
   * the dialog closes (Close, Escape) and is there when that card is opened again.
   */
  private readonly buildTexts = new Map<string, string>();
  /** Changes to an idea not saved when the dialog closed, by idea (see keepEdit). */
  private readonly unsentEdits = new Map<string, IdeaDraft>();
  private buildError?: FieldProblem;
  private mergeChoice = '';

  constructor(
    private readonly host: BoardHost,
    private readonly actions: CardActions,
    private readonly clusterEditor: ClusterEditor,
    private readonly dialog: DialogControls,
  ) {
    this.editForm = new IdeaForm(host, 'edit');
  }

  /** A card is opening: the last one's problems and choices go; builds typed for it stay. */
  reset(): void {
    this.buildError = undefined;
    this.mergeChoice = '';
    this.clusterEditor.reset();
  }

  /** Editing starts from the idea as it is, or from changes left unsaved when it closed. */
  startEdit(idea: Idea): void {
    this.editForm.reset(this.unsentEdits.get(idea.id) ?? draftOf(idea));
    this.unsentEdits.delete(idea.id);
  }

  /** The dialog closed while editing (Close, Escape): changes not saved wait for next time. */
  keepEdit(idea: Idea): void {
    const draft = this.editForm.draft;
    if (JSON.stringify(draft) !== JSON.stringify(draftOf(idea)))
      this.unsentEdits.set(idea.id, draft);
  }

  hasUnsentEdit(id: string): boolean {
    return this.unsentEdits.has(id);
  }

  private focus(selector: string): void {
    this.dialog.focus(selector);
  }

  render(idea: Idea): TemplateResult {
    const { host } = this;
    return html`<div class="dialog-head">
        ${heading(host.settings.headingLevel, idea.title, { id: 'dialog-title', tabindex: -1 })}
        <button type="button" class="secondary" @click=${() => this.dialog.close()}>
          ${host.t('action.close')}
        </button>
      </div>
      ${
        this.dialog.mode === 'edit'
          ? this.editForm.render({
              submitLabel: host.t('action.save'),
              onSubmit: () => void this.actions.saveEdit(idea.id, this.editForm),
              onCancel: () => void this.dialog.setMode('view', idea),
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
                <button
                  type="button"
                  class="secondary"
                  @click=${() => this.dialog.setMode('edit', idea)}
                >
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
    const typed = () => this.buildTexts.get(idea.id) ?? '';
    const add = async (event: Event) => {
      event.preventDefault();
      const text = typed();
      this.buildError = host.settings.locked
        ? { field: 'build', key: 'error.locked' }
        : validateShort('build', text, limits.build);
      if (this.buildError) {
        host.requestUpdate();
        await host.updateComplete;
        this.focus('#build-text');
        return;
      }
      if (this.actions.addBuild(idea.id, text.trim())) this.buildTexts.delete(idea.id);
    };
    const remove = async (id: string, index: number) => {
      if (!this.actions.removeBuild(id)) return;
      // Focus goes to the build that took its place, else the one before, else the field.
      await host.updateComplete;
      const buttons = host.renderRoot.querySelectorAll<HTMLElement>('.builds [data-build]');
      const next = buttons[index] ?? buttons[index - 1];
      if (next) next.focus();
      else this.focus('#build-text');
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
                (build, index) =>
                  html`<li>
                    <span class="build-text">${build.text}</span>
                    <span class="meta">${byline(host, build)}</span>
                    ${
                      build.participant === host.settings.participant || host.settings.facilitator
                        ? html`<button
                            type="button"
                            class="link"
                            data-build=${build.id}
                            aria-label=${host.t('build.delete-named', { build: shortText(build.text) })}
                            @click=${() => void remove(build.id, index)}
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
          .value=${live(typed())}
          aria-describedby=${error ? 'build-hint build-error' : 'build-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) =>
            this.buildTexts.set(idea.id, (e.target as HTMLTextAreaElement).value)}
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
          ? renderChoiceForm({
              id: 'merge-choice',
              label: host.t('idea.merge-into'),
              options: others.map((o) => ({ id: o.id, text: o.title })),
              choice,
              choose: (id) => (this.mergeChoice = id),
              action: host.t('idea.merge'),
              act: () => this.actions.merge(idea.id, choice),
            })
          : nothing
      }
    </div>`;
  }
}
