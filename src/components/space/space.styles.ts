import { css } from 'lit';

export const spaceStyles = css`
  .controls {
    margin-block-start: calc(var(--_co-space) * 3);
    padding: calc(var(--_co-space) * 2);
    border: 1px solid var(--co-space-border, var(--_co-border));
    border-radius: var(--_co-radius);
    background: var(--co-space-bg, var(--_co-surface));
  }

  /* h2 by default; heading-level may make them any level. */
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_co-space);
    font-size: 1.25em;
  }

  /* The space's id is named in the delete dialog: a long one wraps rather than overflowing. */
  .dialog-body {
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
  }

  /* The real file input stays in the accessibility tree for screen readers but is drawn by
     its label, which is a large, clearly named target. */
  .file {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
  }

  /* The ring goes on the label that draws the input, which comes before it: the next sibling
     is the Delete button, and ringing it too showed two controls with focus. */
  label.button:has(+ .file:focus-visible) {
    outline: var(--_co-focus-width) solid var(--_co-focus);
    box-shadow: 0 0 0 calc(var(--_co-focus-width) * 2) var(--_co-focus-text);
  }

  label.button {
    display: inline-flex;
    align-items: center;
    color: var(--_co-text);
    background: var(--_co-surface-alt);
    border: 2px solid var(--_co-border);
    border-radius: var(--_co-radius);
    font-weight: 600;
    cursor: pointer;
  }
`;
