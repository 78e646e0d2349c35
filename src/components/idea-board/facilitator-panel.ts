import { openDialog, renderConfirmDialog } from '../../core/ui/confirm-dialog.js';
import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardHost } from './board-host.js';
import { clearBoard, setLocked, setRevealed } from './model.js';

// The panel's words come with it (core/lazy-part.ts `withWords`).
export { facilitatorWords as words } from './facilitator-messages.js';
// The panel's CSS, with its confirm dialogs', comes with it (core/part-styles.ts).
export { facilitatorPanelStyles as styles } from './facilitator-panel.styles.js';

/** The downloads the panel offers. */
export interface BoardDownloads {
  csv(): void;
  json(): void;
}

/**
 * The facilitator's tools (`facilitator` attribute): open or lock posting, reveal the dot
 * counts (with `hide-votes`), export CSV and JSON, and clear the board after a confirmation.
 * It is a display setting, not access control: a shared backend must check who may do this.
 */
export class FacilitatorPanel {
  constructor(
    private readonly host: BoardHost,
    private readonly downloads: BoardDownloads,
  ) {}

  render(): TemplateResult {
    const { host } = this;
    const { locked, revealed } = host.settings;
    return html`<section
        class="facilitator"
        part="facilitator"
        aria-labelledby="facilitator-heading"
      >
        ${heading(host.settings.headingLevel, host.t('facilitator.heading'), { id: 'facilitator-heading' })}
        <p>${host.t(locked ? 'facilitator.locked' : 'facilitator.open')}</p>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            id="lock-button"
            @click=${() => this.lock(!locked)}
          >
            ${host.t(locked ? 'facilitator.unlock' : 'facilitator.lock')}
          </button>
          ${
            host.settings.hideVotes
              ? html`<button
                  type="button"
                  class="secondary"
                  id="reveal-button"
                  @click=${() => this.reveal(!revealed)}
                >
                  ${host.t(revealed ? 'facilitator.conceal' : 'facilitator.reveal')}
                </button>`
              : nothing
          }
          <button type="button" class="secondary" @click=${() => this.downloads.csv()}>
            ${host.t('facilitator.csv')}
          </button>
          <button type="button" class="secondary" @click=${() => this.downloads.json()}>
            ${host.t('facilitator.json')}
          </button>
          <button
            type="button"
            class="warning"
            id="clear-button"
            @click=${() => openDialog(host.renderRoot as ShadowRoot, 'clear-dialog')}
          >
            ${host.t('facilitator.clear')}
          </button>
        </div>
      </section>
      ${this.renderClearDialog()}`;
  }

  private renderClearDialog(): TemplateResult {
    const { host } = this;
    return renderConfirmDialog({
      id: 'clear-dialog',
      level: host.settings.headingLevel,
      title: host.t('clear.title'),
      body: host.t('clear.body', { count: host.state.index.total }),
      confirm: host.t('clear.confirm'),
      cancel: host.t('action.cancel'),
      onConfirm: () => this.clear(),
    });
  }

  private lock(locked: boolean): void {
    const { host } = this;
    if (host.commit(setLocked(host.state.data, locked))) {
      host.announce(host.t(locked ? 'facilitator.locked' : 'facilitator.open'));
    }
  }

  private reveal(revealed: boolean): void {
    const { host } = this;
    if (host.commit(setRevealed(host.state.data, revealed))) {
      host.announce(host.t(revealed ? 'facilitator.revealed' : 'facilitator.concealed'));
    }
  }

  private clear(): void {
    const { host } = this;
    if (host.commit(clearBoard(host.state.data))) host.announce(host.t('clear.done'));
  }
}
