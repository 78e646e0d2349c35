import { css } from 'lit';
import { dialogStyles } from '../../core/ui/confirm-dialog.js';

/**
 * The directory of offers (filters, cards, exports): it comes with its part
 * (directory-view.ts), which loads when the directory is first shown.
 */
export const directoryStyles = css`
  ${dialogStyles}

  @container (min-inline-size: 36rem) {
    .detail {
      grid-template-columns: 12rem 1fr;
    }
  }

  .filters {
    padding: calc(var(--_co-space) * 2);
    background: var(--_co-surface-alt);
    border-radius: var(--_co-radius);
  }

  /* Floated, the legend sits inside the shaded box instead of on its edge. */
  .filters legend {
    float: inline-start;
    inline-size: 100%;
    margin-block-end: var(--_co-space);
  }

  .filter-row {
    clear: both;
    display: grid;
    gap: calc(var(--_co-space) * 1.5);
    margin-block-end: calc(var(--_co-space) * 1.5);
  }

  @container (min-inline-size: 40rem) {
    .filter-row {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  select {
    inline-size: 100%;
  }

  .count {
    font-weight: 700;
  }

  .offers {
    display: grid;
    gap: calc(var(--_co-space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* An offer's title is the person's name, in its own direction (see skill-offer.styles.ts). */
  .offer .h-sub {
    unicode-bidi: plaintext;
  }

  .offer {
    padding: calc(var(--_co-space) * 2);
    background: var(--_so-card-bg);
    border: 1px solid var(--_so-card-border);
    border-inline-start: 5px solid var(--_so-accent);
    border-radius: var(--_co-radius);
    overflow-wrap: anywhere;
  }

  .offer .h-sub {
    margin-block-start: 0;
  }

  .offer-details {
    margin: 0 0 var(--_co-space);
  }

  .tag {
    display: inline-block;
    padding-inline: var(--_co-space);
    color: var(--_co-on-primary);
    background: var(--_so-accent);
    font-weight: 700;
  }

  .export {
    margin-block-end: calc(var(--_co-space) * 2);
  }

  @media (forced-colors: active) {
    .offer {
      border-color: CanvasText;
    }
  }
`;
