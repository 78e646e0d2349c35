import { css } from 'lit';

/**
 * Design tokens and the pieces every element shares. Pages theme with global `--co-*`
 * properties; each is read once here into a private `--_co-*` copy with its default, so
 * element styles need only two levels: `var(--co-vote-bar, var(--_co-primary))`.
 */
export const tokens = css`
  :host {
    --_co-font: var(--co-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_co-font-size: var(--co-font-size, 1rem);
    --_co-line-height: var(--co-line-height, 1.5);
    --_co-text: var(--co-color-text, #0b0c0c);
    --_co-text-muted: var(--co-color-text-muted, #484949);
    --_co-surface: var(--co-color-surface, #ffffff);
    --_co-surface-alt: var(--co-color-surface-alt, #f3f2f1);
    --_co-border: var(--co-color-border, #6f777b);
    --_co-primary: var(--co-color-primary, #1d5ea8);
    --_co-on-primary: var(--co-color-on-primary, #ffffff);
    --_co-secondary: var(--co-color-secondary, #7a3e9d);
    --_co-error: var(--co-color-error, #b3261e);
    --_co-success: var(--co-color-success, #00703c);
    --_co-warning: var(--co-color-warning, #8a5a00);
    --_co-focus: var(--co-color-focus, #ffdd00);
    --_co-focus-text: var(--co-color-focus-text, #0b0c0c);
    --_co-radius: var(--co-radius, 0.375rem);
    /* Transparent: the page shows through unless a theme (high contrast) paints the element. */
    --_co-background: var(--co-color-background, transparent);
    --_co-link: var(--co-color-link, var(--_co-primary));
    --_co-input-border: var(--co-color-input-border, var(--_co-border));
    --_co-input-border-width: var(--co-input-border-width, 2px);
    --_co-input-radius: var(--co-input-radius, var(--_co-radius));
    /* Radios and checkboxes: GOV.UK draws them 40px, our default is the smaller native size. */
    --_co-control-size: var(--co-control-size, 1.5rem);
    --_co-control-accent: var(--co-color-control, var(--_co-primary));
    --_co-button-weight: var(--co-button-font-weight, 600);
    --_co-button-shadow: var(--co-button-shadow, none);
    --_co-space: var(--co-space, 0.5rem);
    --_co-focus-width: var(--co-focus-width, 3px);
    /* WCAG 2.5.8 asks for 24px; 44px is kinder to thumbs, and pages may lower it to 24px. */
    --_co-target: max(24px, var(--co-target-size, 2.75rem));

    display: block;
    box-sizing: border-box;
    font-family: var(--_co-font);
    font-size: var(--_co-font-size);
    line-height: var(--_co-line-height);
    color: var(--_co-text);
    background: var(--_co-background);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/**
 * Headings that look the same at any level (`heading-level` changes the outline, not the look),
 * for elements whose `heading()` uses the classes h-main, h-sub and h-minor. An element may size
 * its smaller headings with `--_co-h-sub` and `--_co-h-minor`. Headings and notices focused by
 * script (tabindex -1) show the ring only when focus came from the keyboard.
 */
export const headingStyles = css`
  .h-main,
  .h-sub,
  .h-minor {
    line-height: 1.25;
    margin-block: calc(var(--_co-space) * 2) var(--_co-space);
  }
  .h-main {
    font-size: 1.5em;
  }
  .h-sub {
    font-size: var(--_co-h-sub, 1.125em);
  }
  .h-minor {
    font-size: var(--_co-h-minor, 1em);
  }

  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_co-focus-width) solid var(--_co-focus);
  }
`;

/** Controls, focus ring, hidden text and motion, shared by every element. */
export const sharedStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* A two-tone ring (yellow with a dark edge, as GOV.UK does) shows on any background. */
  :focus-visible {
    outline: var(--_co-focus-width) solid var(--_co-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_co-focus-width) * 2) var(--_co-focus-text);
  }

  button,
  .button {
    min-block-size: var(--_co-target);
    min-inline-size: var(--_co-target);
    padding-block: calc(var(--_co-space) * 0.75);
    padding-inline: calc(var(--_co-space) * 2);
    font: inherit;
    font-weight: var(--_co-button-weight);
    color: var(--_co-on-primary);
    background: var(--_co-primary);
    border: 2px solid transparent;
    border-radius: var(--_co-radius);
    box-shadow: var(--_co-button-shadow);
    cursor: pointer;
  }

  button.secondary {
    color: var(--_co-text);
    background: var(--_co-surface-alt);
    border-color: var(--_co-border);
  }

  /* Through the property, not box-shadow itself: a rule here must not outrank the focus ring. */
  button.link,
  button.secondary,
  button.warning {
    --_co-button-shadow: none;
  }

  button.link {
    min-inline-size: auto;
    padding-inline: 0;
    color: var(--_co-link);
    background: none;
    text-decoration: underline;
  }

  button.warning {
    background: var(--_co-error);
  }

  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  input,
  select,
  textarea {
    min-block-size: var(--_co-target);
    font: inherit;
    color: var(--_co-text);
    background: var(--_co-surface);
    border: var(--_co-input-border-width) solid var(--_co-input-border);
    border-radius: var(--_co-input-radius);
    padding: calc(var(--_co-space) * 0.5);
  }

  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: var(--_co-control-size);
    block-size: var(--_co-control-size);
    min-block-size: var(--_co-control-size);
    margin: 0;
    accent-color: var(--_co-control-accent);
  }

  fieldset {
    margin: 0 0 var(--_co-space);
    padding: 0;
    border: 0;
  }

  legend {
    font-weight: 700;
    font-size: 1.125em;
    margin-block-end: calc(var(--_co-space) * 0.5);
  }

  /* A radio or checkbox with its label: the whole row is the target (WCAG 2.5.8). */
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_co-space);
    min-block-size: var(--_co-target);
    padding-block: calc(var(--_co-space) * 0.25);
    cursor: pointer;
  }

  [aria-invalid='true'] {
    border-color: var(--_co-error);
  }

  .notice {
    padding: var(--_co-space) calc(var(--_co-space) * 2);
    border-inline-start: 0.3rem solid var(--_co-primary);
    background: var(--_co-surface-alt);
    margin-block: var(--_co-space);
  }

  .notice.error {
    border: 0.3rem solid var(--_co-error);
    background: var(--_co-surface);
  }

  .notice.warning {
    border-inline-start-color: var(--_co-warning);
  }

  .notice .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    margin-block-start: var(--_co-space);
  }

  .error-text {
    color: var(--_co-error);
    font-weight: 600;
  }

  .hint {
    color: var(--_co-text-muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  /* In Windows High Contrast and other forced colours, keep borders and the focus ring. */
  @media (forced-colors: active) {
    button,
    .button,
    .notice {
      border: 2px solid ButtonText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
  }
`;

/**
 * The error summary and inline errors (core/ui/error-summary.ts), GOV.UK's look: a thick red
 * frame, red bold links, and a red bar beside the field in error. Elements add it to their
 * styles when they use the pattern.
 */
export const errorSummaryStyles = css`
  .error-summary {
    margin-block-end: calc(var(--_co-space) * 2);
    padding: calc(var(--_co-space) * 1.5);
    border: 0.3rem solid var(--_co-error);
    background: var(--_co-surface);
  }

  .error-summary:focus-visible {
    outline: var(--_co-focus-width) solid var(--_co-focus);
  }

  .error-summary-title {
    margin: 0 0 var(--_co-space);
    font-size: 1.125em;
  }

  .error-summary-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--_co-error);
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .field-error,
  fieldset.invalid {
    padding-inline-start: var(--_co-space);
    border-inline-start: 0.3rem solid var(--_co-error);
  }

  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
    .error-summary a {
      color: LinkText;
    }
  }
`;
