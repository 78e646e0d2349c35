import { css } from 'lit';
import { dialogStyles } from '../../core/ui/confirm-dialog.js';

/**
 * The review of one's own offer (GOV.UK panel and summary list): it comes with its part
 * (review-view.ts), which loads when the review is first shown.
 */
export const reviewStyles = css`
  ${dialogStyles}

  .panel {
    padding: calc(var(--_co-space) * 3);
    color: var(--_so-panel-text);
    background: var(--_so-panel-bg);
    text-align: center;
  }

  .panel .h-main {
    margin: 0;
  }

  .review-heading .h-main {
    margin-block-start: 0;
  }

  .summary-list {
    margin: 0 0 calc(var(--_co-space) * 2);
  }

  @container (min-inline-size: 36rem) {
    .summary-row {
      grid-template-columns: 30% 1fr auto;
    }
  }

  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;
