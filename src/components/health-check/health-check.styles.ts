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
    container-type: inline-size;
  }

  .body,
  .facilitator {
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

  /* ── Facilitator ── */

  .facilitator {
    margin-block-end: calc(var(--_co-space) * 3);
    padding: calc(var(--_co-space) * 2);
    border: 2px dashed var(--_co-border);
    border-radius: var(--_co-radius);
  }

  .facilitator .h-main {
    margin-block-start: 0;
  }

  /* ── Results ── */

  .results {
    margin-block-start: calc(var(--_co-space) * 3);
  }

  .gaps .widest {
    font-size: 1.125em;
    padding: var(--_co-space) calc(var(--_co-space) * 2);
    border-inline-start: 0.4rem solid var(--_hc-bar);
    background: var(--_co-surface-alt);
  }

  .chart-item + .chart-item {
    margin-block-start: calc(var(--_co-space) * 2);
  }

  .chart-label {
    margin: 0 0 calc(var(--_co-space) * 0.25);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  /* The group's name as text beside every bar: nothing is told by colour alone. */
  .chart-bar {
    display: grid;
    grid-template-columns: minmax(6rem, 14rem) 1fr 3.5ch;
    align-items: center;
    gap: calc(var(--_co-space) * 0.5);
    margin-block-start: calc(var(--_co-space) * 0.25);
  }

  .bar-name {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .bar-track {
    display: block;
    inline-size: 100%;
    block-size: 1.25em;
    overflow: visible;
  }

  .bar-figure {
    font-weight: 700;
  }

  .chart .track {
    fill: var(--_hc-track);
  }
  .chart .bar.g0 {
    fill: var(--_hc-bar);
  }
  .chart .bar.g1 {
    fill: var(--_co-surface);
    stroke: var(--_hc-bar-2);
    stroke-width: 3px;
  }
  .chart .bar.g2 {
    fill: var(--_hc-bar-2);
    stroke: var(--_co-text);
    stroke-width: 1px;
    stroke-dasharray: 2 2;
  }
  .chart .bar.combined {
    fill: var(--_hc-combined);
  }

  .table-scroll {
    overflow-x: auto;
    margin-block: var(--_co-space) calc(var(--_co-space) * 2);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_co-space);
  }

  th,
  td {
    padding: calc(var(--_co-space) * 0.5);
    border-block-end: 1px solid var(--_co-border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-block-end-width: 2px;
  }

  .th-name,
  .counts,
  .range {
    display: block;
  }

  .th-detail,
  .counts,
  .range {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_co-text-muted);
  }

  .statement-row th {
    font-weight: 400;
    padding-inline-start: calc(var(--_co-space) * 2);
  }

  .principle-row {
    background: var(--_co-surface-alt);
  }

  .comments q {
    font-style: italic;
  }

  @container (max-width: 30rem) {
    .chart-bar {
      grid-template-columns: 1fr 3.5ch;
    }
    .bar-name {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .chart .bar.g0,
    .chart .bar.combined {
      fill: CanvasText;
      forced-color-adjust: none;
    }
    .chart .bar.g1,
    .chart .bar.g2 {
      fill: Canvas;
      stroke: CanvasText;
      forced-color-adjust: none;
    }
    .chart .track {
      fill: Canvas;
      stroke: GrayText;
    }
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
    .facilitator {
      border: none;
      padding: 0;
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
