import { html, nothing, type TemplateResult } from 'lit';
import { renderConfirmDialog } from '../../core/ui/confirm-dialog.js';

// The reset dialog's opener, the panel's and the dialog's styles, and the panel's words come
// with the panel (vote-parts.ts, core/part-styles.ts, core/lazy-part.ts `withWords`).
export { openDialog } from '../../core/ui/confirm-dialog.js';
export { voteFacilitatorStyles as styles } from './facilitator-panel.styles.js';
export { facilitatorWords as words } from './facilitator-messages.js';
import { renderFacilitatorPanel } from '../../core/ui/facilitator-panel.js';
import type { MessageParams } from '../../core/i18n.js';
import type { GroupTally } from '../../core/parity.js';

/**
 * What a facilitator runs the vote with: how many have voted in each group, open or close,
 * show the results, start again (after confirming) and the three downloads.
 */

export interface FacilitatorContext {
  t: (key: string, params?: MessageParams) => string;
  groupLabel: (id: string) => string;
  groups: readonly GroupTally[];
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;

  turnout: number;
  /** Closed by the facilitator (stored) or by the page (`closed` attribute). */
  closed: boolean;
  /** The page's `closed` attribute closes it, so it cannot be opened from here. */
  closedByPage: boolean;
  /** The results mode shows the results by itself now; revealing would change nothing. */
  shownAnyway: boolean;
  revealed: boolean;
  readOnly: boolean;
  onOpen: (open: boolean) => void;
  onReveal: (revealed: boolean) => void;
  onAskReset: () => void;
  onConfirmReset: () => void;
  onExport: (what: 'ballots' | 'results' | 'results-json' | 'json') => void;
}

export function renderFacilitator(context: FacilitatorContext): TemplateResult {
  const { t, closed } = context;
  const exports = {
    ballots: 'ballots-csv',
    results: 'results-csv',
    'results-json': 'results-json',
    json: 'json',
  } as const;
  return renderFacilitatorPanel({
    headingLevel: context.headingLevel,
    title: t('vote.facilitator.title'),
    state: closed ? 'closed' : 'open',
    stateText: t(closed ? 'vote.facilitator.closed' : 'vote.facilitator.open'),
    stateNote: context.closedByPage ? t('vote.facilitator.closed-by-page') : undefined,
    turnout: context.groups.map((group) =>
      t('vote.facilitator.turnout', {
        group: context.groupLabel(group.group),
        count: group.turnout,
      }),
    ),
    controls: html`${
        context.closedByPage
          ? nothing
          : html`<button
              type="button"
              class=${closed ? '' : 'secondary'}
              ?disabled=${context.readOnly}
              @click=${() => context.onOpen(closed)}
            >
              ${t(closed ? 'vote.facilitator.reopen' : 'vote.facilitator.close')}
            </button>`
      }
      ${
        context.shownAnyway && !context.revealed
          ? nothing
          : html`<button
              type="button"
              class="secondary"
              ?disabled=${context.readOnly}
              @click=${() => context.onReveal(!context.revealed)}
            >
              ${t(context.revealed ? 'vote.facilitator.hide' : 'vote.facilitator.reveal')}
            </button>`
      }
      <button
        type="button"
        class="warning"
        id="reset-button"
        ?disabled=${context.readOnly}
        @click=${context.onAskReset}
      >
        ${t('vote.facilitator.reset')}
      </button>`,
    downloadsTitle: t('vote.facilitator.download'),
    downloads: (Object.keys(exports) as (keyof typeof exports)[]).map((what) => ({
      label: t(`vote.facilitator.${exports[what]}`),
      run: () => context.onExport(what),
    })),
    end: renderResetDialog(context),
  });
}

function renderResetDialog(context: FacilitatorContext) {
  const { t } = context;
  return renderConfirmDialog({
    id: 'reset-dialog',
    level: context.headingLevel,
    title: t('vote.reset.title'),
    body: t('vote.reset.body', { count: context.turnout }),
    confirm: t('vote.reset.confirm'),
    cancel: t('vote.reset.cancel'),
    onConfirm: context.onConfirmReset,
  });
}
