import { html, nothing, type TemplateResult } from 'lit';
import type { GroupStanding } from '../../core/health-results.js';
import type { MessageParams } from '../../core/i18n.js';
import { renderFacilitatorPanel } from '../../core/ui/facilitator-panel.js';

// The panel's words come with it (core/lazy-part.ts `withWords`).
export { facilitatorWords as words } from './facilitator-messages.js';
// The panel's styles come with it (health-parts.ts, core/part-styles.ts).
export { healthFacilitatorStyles as styles } from './facilitator-panel.styles.js';

/**
 * What a facilitator runs the check with: the round and how many have answered in each
 * group, close or reopen the round, start the next round, show the results, and the three
 * downloads. (A display setting, not access control: a shared backend must check on the
 * server who may do these.)
 */

export type HealthDownload = 'answers' | 'results' | 'json';

export interface FacilitatorContext {
  t: (key: string, params?: MessageParams) => string;
  groupName: (id: string) => string;
  headingLevel: number;
  round: number;
  open: boolean;
  groups: readonly GroupStanding[];
  revealed: boolean;
  readOnly: boolean;
  onOpen: (open: boolean) => void;
  onNewRound: () => void;
  onReveal: (revealed: boolean) => void;
  onDownload: (what: HealthDownload) => void;
}

export function renderFacilitator(context: FacilitatorContext): TemplateResult {
  const { t, open, round, readOnly } = context;
  const next = { round: round + 1 };
  return renderFacilitatorPanel({
    headingLevel: context.headingLevel,
    title: t('health.facilitator.title'),
    state: open ? 'open' : 'closed',
    stateText: t(open ? 'health.facilitator.open' : 'health.facilitator.closed', { round }),
    turnout: context.groups.map((group) =>
      t('health.facilitator.turnout', {
        group: context.groupName(group.group),
        count: group.responses,
      }),
    ),
    controls: html`<button
        type="button"
        class=${open ? 'secondary' : ''}
        ?disabled=${readOnly}
        @click=${() => context.onOpen(!open)}
      >
        ${t(open ? 'health.facilitator.close' : 'health.facilitator.reopen', { round })}
      </button>
      <button type="button" class="secondary" ?disabled=${readOnly} @click=${context.onNewRound}>
        ${t('health.facilitator.new-round', next)}
      </button>
      <button
        type="button"
        class="secondary"
        ?disabled=${readOnly}
        @click=${() => context.onReveal(!context.revealed)}
      >
        ${t(context.revealed ? 'health.facilitator.hide' : 'health.facilitator.reveal')}
      </button>`,
    afterControls: html`<p class="hint">${t('health.facilitator.new-round-hint')}</p>`,
    downloadsTitle: t('health.facilitator.download'),
    downloads: (['answers', 'results', 'json'] as const).map((what) => ({
      label: t(`health.facilitator.${what}`),
      run: () => context.onDownload(what),
    })),
    end: readOnly ? html`<p class="hint">${t('status.read-only')}</p>` : nothing,
  });
}
