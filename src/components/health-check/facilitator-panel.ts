import { html, nothing, type TemplateResult } from 'lit';
import type { GroupStanding } from '../../core/health-results.js';
import type { MessageParams } from '../../core/i18n.js';
import { heading } from '../../core/ui/heading.js';

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
  const { t, open, round } = context;
  const next = { round: round + 1 };
  return html`<section class="facilitator" part="facilitator" aria-labelledby="facilitator-title">
    ${heading(context.headingLevel, t('health.facilitator.title'), {
      id: 'facilitator-title',
      class: 'h-main',
      tabindex: -1,
    })}
    <p class="state" data-state=${open ? 'open' : 'closed'}>
      <strong
        >${t(open ? 'health.facilitator.open' : 'health.facilitator.closed', { round })}</strong
      >
    </p>
    <ul class="turnout">
      ${context.groups.map(
        (group) =>
          html`<li>
            ${t('health.facilitator.turnout', {
              group: context.groupName(group.group),
              count: group.responses,
            })}
          </li>`,
      )}
    </ul>
    <div class="actions">
      <button
        type="button"
        class=${open ? 'secondary' : ''}
        ?disabled=${context.readOnly}
        @click=${() => context.onOpen(!open)}
      >
        ${t(open ? 'health.facilitator.close' : 'health.facilitator.reopen', { round })}
      </button>
      <button
        type="button"
        class="secondary"
        ?disabled=${context.readOnly}
        @click=${context.onNewRound}
      >
        ${t('health.facilitator.new-round', next)}
      </button>
      <button
        type="button"
        class="secondary"
        ?disabled=${context.readOnly}
        @click=${() => context.onReveal(!context.revealed)}
      >
        ${t(context.revealed ? 'health.facilitator.hide' : 'health.facilitator.reveal')}
      </button>
    </div>
    <p class="hint">${t('health.facilitator.new-round-hint')}</p>
    ${heading(context.headingLevel + 1, t('health.facilitator.download'), { class: 'h-sub' })}
    <div class="actions">
      ${(['answers', 'results', 'json'] as const).map(
        (what) =>
          html`<button type="button" class="secondary" @click=${() => context.onDownload(what)}>
            ${t(`health.facilitator.${what}`)}
          </button>`,
      )}
    </div>
    ${context.readOnly ? html`<p class="hint">${t('status.read-only')}</p>` : nothing}
  </section>`;
}
