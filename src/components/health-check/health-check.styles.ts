import { css } from 'lit';
import { headingStyles } from '../../core/styles.js';

/** The form, the facilitator's panel, the results (chart, tables) and the printed page. */
export const healthCheckStyles = css`
  ${headingStyles}

  :host {
    --_hc-bar: var(--co-health-bar, var(--_co-primary));
    --_hc-bar-2: var(--co-health-bar-2, var(--_co-secondary));
    --_hc-combined: var(--co-health-combined, var(--_co-text));
    --_hc-track: var(--co-health-track, var(--_co-surface-alt));
    --_hc-measure: var(--co-health-max-width, 48rem);
    /* The facilitator's panel, which brings its own styles (facilitator-panel.styles.ts). */
    --_co-panel-measure: var(--_hc-measure);
    container-type: inline-size;
  }

  .body {
    max-inline-size: var(--_hc-measure);
  }

  p {
    margin-block: 0 var(--_co-space);
  }

  .round-line {
    color: var(--_co-text-muted);
  }

  /* ── Form ── */

  .principle {
    margin-block: calc(var(--_co-space) * 2);
    padding-block-start: var(--_co-space);
    border-block-start: 2px solid var(--_co-border);
  }

  fieldset.statement {
    margin-block: var(--_co-space) calc(var(--_co-space) * 2);
  }

  fieldset.statement legend {
    font-weight: 700;
  }

  /* Each point is a box with its words: the whole box is the target (WCAG 2.5.8). */
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 0.5);
  }

  .point {
    display: flex;
    flex: 1 1 6.5rem;
    align-items: center;
    gap: calc(var(--_co-space) * 0.5);
    min-block-size: var(--_co-target);
    padding: calc(var(--_co-space) * 0.5);
    border: 2px solid var(--_co-border);
    border-radius: var(--_co-radius);
    cursor: pointer;
  }

  .point:has(input:checked) {
    border-color: var(--_hc-bar);
    box-shadow: inset 0 0 0 2px var(--_hc-bar);
  }

  .point.dont-know {
    border-style: dashed;
  }

  .point input,
  .rung input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }

  .comment label {
    display: block;
    font-weight: 600;
  }

  textarea {
    display: block;
    inline-size: 100%;
    resize: vertical;
  }

  .stretch {
    margin-block: var(--_co-space);
  }

  .stretch-name {
    font-weight: 700;
    margin-block: var(--_co-space) calc(var(--_co-space) * 0.5);
  }

  .rung-about {
    display: block;
    color: var(--_co-text-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    margin-block: var(--_co-space);
  }

  .panel.sent {
    margin-block: var(--_co-space) calc(var(--_co-space) * 3);
    padding: calc(var(--_co-space) * 2);
    border: 4px solid var(--_co-success);
    border-radius: var(--_co-radius);
  }

  .panel .h-sub {
    margin-block-start: 0;
  }

  /* The results' room while they load (health-parts.ts). */
  .results-coming {
    min-block-size: 24rem;
  }

  /* While a named preset's statements load (nef, SCIE): the form that replaces this is taller
     than a screen, so a screen's height is kept and what is below does not jump twice. */
  .preset-coming {
    min-block-size: min(100vh, 40rem);
  }

  /* Printed: the results as a report; the form and buttons are left off the page. */
  @media print {
    .answering,
    .facilitator .actions,
    .kiosk-note,
    button,
    [part='status'] {
      display: none !important;
    }
    .table-scroll {
      overflow: visible;
    }
    .chart-item,
    tr {
      break-inside: avoid;
    }
    .chart .bar.g0,
    .chart .bar.combined {
      print-color-adjust: exact;
    }
  }
`;
