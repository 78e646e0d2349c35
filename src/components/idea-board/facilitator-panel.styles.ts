import { css } from 'lit';
import { dialogStyles } from '../../core/ui/confirm-dialog.js';

/** The facilitator's panel (facilitator-panel.ts): only a facilitator sees it, so its CSS comes with it. */
export const facilitatorPanelStyles = css`
  ${dialogStyles}

  .facilitator {
    margin-block-end: calc(var(--_co-space) * 2);
    padding: calc(var(--_co-space) * 2);
    border: 1px solid var(--_co-border);
    border-inline-start: 0.3rem solid var(--_co-secondary);
    border-radius: var(--_co-radius);
    background: var(--_co-surface);
  }
`;
