import { css } from 'lit';

/** The results: gaps in words, the chart, the tables. Loaded with them (health-parts.ts). */
export const healthResultsStyles = css`
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
    container-type: inline-size;
  }
  /* The caption stays in view, wrapping to the box, while the table under it scrolls. */
  .table-scroll caption {
    max-inline-size: 100cqi;
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
`;
