import { css } from 'lit';
import { facilitatorPanelStyles } from '../../core/ui/facilitator-panel.js';

/** The facilitator's panel, on screen and printed with the results (as a plain section). */
export const healthFacilitatorStyles = css`
  ${facilitatorPanelStyles}

  @media print {
    .facilitator {
      border: none;
      padding: 0;
    }
  }
`;
