import { css } from 'lit';
import { dialogStyles } from '../../core/ui/confirm-dialog.js';

/**
 * The card's details dialog, its build and rename forms (choice-form.ts), the cluster editor
 * and "Move to…" (card-details.ts and what it brings): they load when someone first opens a
 * card, a rename or a move, and their CSS with them. The element keeps the cards' own rules.
 */
export const cardToolsStyles = css`
  ${dialogStyles}

  .build-form label,
  .inline-form label {
    display: block;
    font-weight: 600;
  }

  .build-form textarea {
    inline-size: 100%;
  }

  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: end;
    margin-block: var(--_co-space);
  }

  .inline-form label {
    flex-basis: 100%;
  }

  .inline-form input,
  .inline-form select {
    flex: 1 1 12rem;
  }

  .move-panel {
    display: grid;
    gap: calc(var(--_co-space) * 0.5);
    margin-block-start: var(--_co-space);
    padding-block-start: var(--_co-space);
    border-block-start: 2px solid var(--_co-border);
  }

  .move-panel .field {
    margin: 0;
  }

  .move-panel .actions {
    margin: 0;
  }

  .cluster-head.rename label {
    flex-basis: 100%;
  }

  .cluster-head.rename input {
    flex: 1 1 8rem;
  }

  /* The card's details hold more than a confirmation: a little wider. */
  #card-dialog {
    inline-size: min(44rem, calc(100vw - 2rem));
  }

  /* On a narrow screen or with large text, Close goes under the title rather than squeezing it
     until its words break letter by letter. */
  .dialog-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    justify-content: space-between;
    align-items: start;
  }

  .dialog-head :is(h1, h2, h3, h4, h5, h6) {
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }

  .dialog-section {
    margin-block: calc(var(--_co-space) * 2);
    padding-block-start: var(--_co-space);
    border-block-start: 1px solid var(--_co-border);
  }
`;
