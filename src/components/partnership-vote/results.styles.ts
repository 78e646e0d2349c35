import { css } from 'lit';

/** The results: outcome, chart, table, explanation and consent notes. */
export const resultsStyles = css`
  /* Instant-runoff rounds and grade spreads (results-rounds.ts, results-grades.ts). */
  .rounds-note {
    margin-block: var(--_co-space);
  }

  td.out {
    color: var(--_co-text-muted);
  }

  tbody.grade-option th[scope='rowgroup'] {
    vertical-align: top;
  }

  tr.parity-row {
    font-weight: 700;
  }

  .results {
    margin-block-start: calc(var(--_co-space) * 3);
  }

  .outcome {
    font-size: 1.25em;
    padding: var(--_co-space) calc(var(--_co-space) * 2);
    border-inline-start: 0.4rem solid var(--_pv-bar);
    background: var(--_co-surface-alt);
  }

  .chart-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_co-space);
  }

  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_co-space);
  }

  .swatch {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 0.9rem;
    flex: none;
  }

  .swatch.parity {
    background: var(--_pv-bar);
  }

  .swatch.raw {
    background: var(--_pv-raw-bar);
    border: 2px solid var(--_co-text);
  }

  .chart {
    margin-block: var(--_co-space) calc(var(--_co-space) * 2);
  }

  .chart-row + .chart-row {
    margin-block-start: calc(var(--_co-space) * 1.5);
  }

  /* Long labels wrap, and a single long word breaks rather than pushing the page wider. */
  .chart-label {
    margin: 0 0 calc(var(--_co-space) * 0.25);
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .chart-bar {
    display: flex;
    align-items: center;
    gap: calc(var(--_co-space) * 0.5);
    margin-block-start: calc(var(--_co-space) * 0.25);
  }

  /* In em, so the bar grows with the text beside it. */
  .bar-track {
    display: block;
    flex: 1 1 auto;
    min-inline-size: 0;
    block-size: 1.375em;
    overflow: visible;
  }

  .chart-figure {
    flex: none;
    min-inline-size: 4ch;
    font-weight: 700;
  }

  .chart .track {
    fill: var(--_pv-track);
  }

  .chart .bar {
    fill: var(--_pv-bar);
  }

  /* A blocked option: grey with a dashed edge, and "(blocked)" in its label, not colour alone. */
  .chart .bar.blocked {
    fill: var(--_co-text-muted);
    stroke: var(--_co-text);
    stroke-width: 2px;
    stroke-dasharray: 4 3;
  }

  .chart .raw-bar {
    fill: var(--_pv-raw-bar);
    stroke: var(--_co-text);
    stroke-width: 2px;
  }

  .table-scroll {
    overflow-x: auto;
    margin-block: var(--_co-space) calc(var(--_co-space) * 2);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    overflow-wrap: normal;
  }

  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-block-end: var(--_co-space);
  }

  th,
  td {
    padding: calc(var(--_co-space) * 0.75);
    border-block-end: 1px solid var(--_co-border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-block-end-width: 2px;
  }

  .th-name {
    display: block;
  }

  .th-detail,
  .consent-detail {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_co-text-muted);
  }

  td .share {
    white-space: nowrap;
  }

  td.silent {
    color: var(--_co-text-muted);
  }

  .badge {
    display: inline-block;
    margin-inline-start: calc(var(--_co-space) * 0.5);
    padding-inline: calc(var(--_co-space) * 0.5);
    border: 1px solid currentColor;
    border-radius: var(--_co-radius);
    font-size: 0.875em;
  }

  .explanation p {
    max-inline-size: 65ch;
  }

  .notes q {
    font-style: italic;
  }

  .note-group {
    font-weight: 600;
  }

  @container (max-width: 40rem) {
    .chart-head {
      flex-direction: column;
      align-items: flex-start;
    }
  }

  @media (forced-colors: active) {
    .chart .bar,
    .swatch.parity {
      fill: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
    .chart .raw-bar,
    .swatch.raw {
      fill: Canvas;
      stroke: CanvasText;
      background: Canvas;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .chart .track {
      fill: Canvas;
      stroke: GrayText;
    }
    .chart .bar.blocked {
      fill: GrayText;
    }
    .chart-label,
    .chart-figure {
      color: CanvasText;
    }
  }
`;
