import { css } from 'lit';

/**
 * Print: the whole map, a stage per column, across an A4 or A3 landscape page, then the curve
 * and the table. Controls are left out. (`@page` cannot be set from a shadow root: the page
 * adds `@page { size: A4 landscape; }` for a landscape default.)
 */
export const journeyMapPrintStyles = css`
  @media print {
    :host {
      font-size: 9pt;
      --_co-target: 0;
    }

    .controls,
    .toolbar,
    .add-stage,
    .grid-hint,
    .storage-status,
    .stage-actions,
    .cell .empty,
    dialog,
    [part='problems'] {
      display: none !important;
    }

    * {
      print-color-adjust: exact;
    }

    .grid-scroll,
    .curve-scroll {
      overflow: visible;
      border: 0;
    }

    .grid {
      inline-size: 100%;
      min-inline-size: 0;
      table-layout: fixed;
    }

    .grid th,
    .grid td {
      inline-size: auto;
      min-inline-size: 0;
      max-inline-size: none;
      padding: 2pt 3pt;
    }

    .grid .corner,
    .grid .lane-header {
      position: static;
      inline-size: 14%;
      min-inline-size: 0;
      max-inline-size: none;
    }

    .grid tr,
    .note {
      break-inside: avoid;
    }

    .stage-header {
      cursor: auto;
    }

    .feelings {
      break-inside: avoid;
    }

    svg.curve {
      min-inline-size: 0;
      max-inline-size: 100%;
      max-block-size: 9cm;
    }

    .feelings-table {
      inline-size: 100%;
    }
  }
`;
