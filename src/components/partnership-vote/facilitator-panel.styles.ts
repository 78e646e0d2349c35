import { css } from 'lit';
import { dialogStyles } from '../../core/ui/confirm-dialog.js';
import { facilitatorPanelStyles } from '../../core/ui/facilitator-panel.js';

/** The facilitator's panel and its reset dialog: only a facilitator sees them. */
export const voteFacilitatorStyles = css`
  ${facilitatorPanelStyles}
  ${dialogStyles}
`;
