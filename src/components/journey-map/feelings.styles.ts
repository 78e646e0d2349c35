import { css } from 'lit';

/** The feelings section: the radio groups, the SVG curve, the comparison and the table. */
export const feelingsStyles = css`
  .feeling-choices > legend {
    font-size: 1em;
  }

  .choices-row {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_co-space) calc(var(--_co-space) * 2);
  }

  .feeling-choice {
    padding: var(--_co-space);
    border: 1px solid var(--_co-border);
    border-radius: var(--_co-radius);
  }

  /* A floated legend sits inside the box, so a long stage name wraps without breaking the border. */
  .feeling-choice legend {
    float: inline-start;
    inline-size: 100%;
    font-size: 1em;
  }

  .feeling-choice .choice {
    clear: both;
  }

  /* On a phone the curve keeps its readable size and scrolls sideways (the box takes focus, so
     it scrolls by keyboard too); the table below says the same in words. */
  .curve-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }

  /* Drawn at the size its width and height attributes give (never shrunk: a shrunk curve had
     9 px labels on a phone); the box around it scrolls instead. */
  /* The curve is drawn left to right on every page: in SVG, text-anchor "end" means the left
     end on a right-to-left page, which put the axis words across the plot. */
  svg.curve {
    display: block;
    max-inline-size: none;
    font-family: var(--_co-font);
    direction: ltr;
  }

  svg .grid-line {
    stroke: var(--_co-border);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }

  svg .axis {
    stroke: var(--_co-border);
    stroke-width: 1.5;
  }

  svg .label {
    fill: var(--_co-text);
    font-size: 13px;
  }

  svg .axis-label {
    text-anchor: end;
  }

  svg .stage-label {
    text-anchor: middle;
  }

  svg .curve-line {
    fill: none;
    stroke-width: 3;
  }

  svg .curve-line.as-is {
    stroke: var(--_jm-as-is);
  }

  svg .curve-line.after {
    stroke: var(--_jm-after);
    stroke-dasharray: 9 6;
  }

  svg .point.as-is {
    fill: var(--_jm-as-is);
    stroke: var(--_jm-as-is);
  }

  svg .point.after {
    fill: var(--_co-surface);
    stroke: var(--_jm-after);
    stroke-width: 3;
  }

  .comparison {
    font-weight: 600;
    max-inline-size: 45rem;
  }

  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    margin-block: var(--_co-space);
  }

  .feelings-table {
    border-collapse: collapse;
  }

  .feelings-table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--_co-space) * 0.5);
  }

  .feelings-table th,
  .feelings-table td {
    padding: calc(var(--_co-space) * 0.5) var(--_co-space);
    border-block-end: 1px solid var(--_co-border);
    text-align: start;
    vertical-align: top;
  }
`;
