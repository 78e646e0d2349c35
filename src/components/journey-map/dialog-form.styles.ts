import { css } from 'lit';
import { dialogStyles } from '../../core/ui/confirm-dialog.js';

/**
 * The notes and stage dialogs (core/ui/confirm-dialog.ts) and their fields. Nothing on the map
 * opens a dialog before one of them has loaded, so this CSS comes with them, not the element:
 * both export it as their `styles` (core/part-styles.ts adopts the one sheet once).
 */
export const dialogFormStyles = css`
  ${dialogStyles}

  .field > label:not(.choice),
  .rename-stage label,
  .conditional label {
    display: block;
    font-weight: 700;
  }

  .rename-stage {
    margin-block: calc(var(--_co-space) * 2);
  }

  .editor-notes {
    list-style: none;
    margin: 0 0 calc(var(--_co-space) * 2);
    padding: 0;
  }

  .editor-note {
    padding-block: var(--_co-space);
    border-block-end: 1px solid var(--_co-border);
  }

  .editor-note p {
    margin-block: 0 calc(var(--_co-space) * 0.5);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    margin-block: var(--_co-space);
  }

  .field {
    margin-block-end: calc(var(--_co-space) * 2);
  }

  .field textarea,
  .field select {
    inline-size: 100%;
  }

  .conditional {
    margin-inline-start: 0.7rem;
    padding-inline-start: calc(var(--_co-space) * 2);
    border-inline-start: 4px solid var(--_co-border);
  }

  input.count {
    inline-size: 8ch;
  }

  .dialog-foot {
    display: flex;
    justify-content: flex-end;
    margin-block-start: calc(var(--_co-space) * 2);
  }
`;
