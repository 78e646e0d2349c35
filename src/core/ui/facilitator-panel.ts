import { css, html, type TemplateResult } from 'lit';
import { heading } from './heading.js';

/**
 * A facilitator's panel, one shape in every element that has one: a heading that focus can
 * go back to (`#facilitator-title`, when the pressed button is gone), the state in bold, how
 * many have taken part in each group, the controls, then the downloads.
 */
export interface FacilitatorPanelParts {
  /** The level of the element's main headings; the downloads' heading is one below. */
  headingLevel: number;
  title: string;
  /** For styles and tests (`data-state`). */
  state: 'open' | 'closed';
  stateText: string;
  /** Said after the state, not in bold ("The page closed it"). */
  stateNote?: string;
  /** One line per group: "Professionals: 3 ballots". */
  turnout: readonly string[];
  controls: TemplateResult;
  /** Under the controls (a hint). */
  afterControls?: unknown;
  downloadsTitle: string;
  downloads: readonly { label: string; run: () => void }[];
  /** At the end of the panel (a read-only note, a confirmation dialog). */
  end?: unknown;
}

/**
 * The panel's box, set apart by a dashed edge, at most as wide as the element's measure
 * (`--_co-panel-measure`). Only facilitators see a panel, so its part brings these styles
 * (core/part-styles.ts), not the element.
 */
export const facilitatorPanelStyles = css`
  .facilitator {
    max-inline-size: var(--_co-panel-measure, none);
    margin-block-end: calc(var(--_co-space) * 3);
    padding: calc(var(--_co-space) * 2);
    border: 2px dashed var(--_co-border);
    border-radius: var(--_co-radius);
  }

  .facilitator .h-main {
    margin-block-start: 0;
  }
`;

export function renderFacilitatorPanel(parts: FacilitatorPanelParts): TemplateResult {
  return html`<section class="facilitator" part="facilitator" aria-labelledby="facilitator-title">
    ${heading(parts.headingLevel, parts.title, {
      id: 'facilitator-title',
      class: 'h-main',
      tabindex: -1,
    })}
    <p class="state" data-state=${parts.state}>
      <strong>${parts.stateText}</strong> ${parts.stateNote}
    </p>
    <ul class="turnout">
      ${parts.turnout.map((line) => html`<li>${line}</li>`)}
    </ul>
    <div class="actions">${parts.controls}</div>
    ${parts.afterControls}
    ${heading(parts.headingLevel + 1, parts.downloadsTitle, { class: 'h-sub' })}
    <div class="actions">
      ${parts.downloads.map(
        ({ label, run }) =>
          html`<button type="button" class="secondary" @click=${run}>${label}</button>`,
      )}
    </div>
    ${parts.end}
  </section>`;
}
