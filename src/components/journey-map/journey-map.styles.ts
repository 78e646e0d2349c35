import { css } from 'lit';
import { feelingsStyles } from './feelings.styles.js';
import { journeyMapPrintStyles } from './print.styles.js';

const screen = css`
  :host {
    --_jm-as-is: var(--co-journey-map-as-is, var(--_co-primary));
    --_jm-after: var(--co-journey-map-after, var(--_co-secondary));
    --_jm-column: var(--co-journey-map-column-width, 13rem);
    --_jm-lane: var(--co-journey-map-lane-width, 9rem);
    --_jm-note-bg: var(--co-journey-map-note-bg, var(--_co-surface-alt));
    --_jm-drop: var(--co-journey-map-drop, var(--_co-focus));
    /* A word longer than its box (a long Welsh compound, a pasted link) breaks rather than
       pushing the page sideways: notes in the one-stage view, the comparison sentence. */
    overflow-wrap: break-word;
  }

  /* Headings look the same at any level: heading-level changes the outline, not the look. */
  .h-main,
  .h-sub,
  .h-minor {
    margin-block: calc(var(--_co-space) * 2) var(--_co-space);
    line-height: 1.25;
  }

  .h-main {
    font-size: 1.5em;
  }

  .h-sub {
    font-size: 1.17em;
  }

  .h-minor {
    font-size: 1em;
  }

  .map-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_co-space) calc(var(--_co-space) * 2);
  }

  .map-head .h-main {
    margin-block-end: 0;
  }

  .rename-map {
    flex-basis: 100%;
  }

  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
  }

  .inline input {
    flex: 1 1 14rem;
    max-inline-size: 30rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_co-space) calc(var(--_co-space) * 3);
    margin-block: calc(var(--_co-space) * 2);
  }

  .toolbar fieldset {
    margin: 0;
  }

  .toolbar legend {
    font-size: 1em;
  }

  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_co-space) * 2);
  }

  details.export {
    position: relative;
  }

  details.export summary {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_co-target);
    padding-inline: calc(var(--_co-space) * 2);
    font-weight: 600;
    border: 2px solid var(--_co-border);
    border-radius: var(--_co-radius);
    background: var(--_co-surface-alt);
    cursor: pointer;
  }

  .export-menu {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_co-space) * 0.5);
    margin-block-start: calc(var(--_co-space) * 0.5);
  }

  .export-menu button {
    text-align: start;
  }

  .grid-hint {
    margin-block: var(--_co-space);
  }

  /* The grid scrolls sideways on narrow screens; the lane names stay in view. */
  .grid-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    border: 1px solid var(--_co-border);
    border-radius: var(--_co-radius);
  }

  .grid {
    border-collapse: separate;
    border-spacing: 0;
    table-layout: fixed;
    inline-size: max-content;
    min-inline-size: 100%;
  }

  .grid th,
  .grid td {
    inline-size: var(--_jm-column);
    min-inline-size: var(--_jm-column);
    max-inline-size: var(--_jm-column);
    padding: var(--_co-space);
    vertical-align: top;
    text-align: start;
    border-block-end: 1px solid var(--_co-border);
    border-inline-end: 1px solid var(--_co-border);
    overflow-wrap: anywhere;
  }

  .grid :focus-visible {
    outline-offset: calc(var(--_co-focus-width) * -1);
  }

  .grid .corner,
  .grid .lane-header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: var(--_jm-lane);
    min-inline-size: var(--_jm-lane);
    max-inline-size: var(--_jm-lane);
    background: var(--_co-surface);
  }

  .grid .lane-header {
    font-weight: 700;
    /* A lane name breaks between words; only a word longer than the column breaks inside. */
    overflow-wrap: break-word;
  }

  .stage-header {
    background: var(--_co-surface-alt);
    cursor: grab;
    /* Sideways moves drag the stage; up and down still scroll the page on touch screens. */
    touch-action: pan-y;
    user-select: none;
  }

  .stage-title {
    display: block;
  }

  .stage-number {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_co-text-muted);
  }

  .stage-name {
    display: block;
    font-weight: 700;
  }

  .stage-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 0.5);
    margin-block-start: calc(var(--_co-space) * 0.5);
  }

  .stage-actions button {
    padding-inline: var(--_co-space);
  }

  /* Lifted, not faded: its words keep their contrast while it moves. [data-pressed]: dragged
     before the drag code had arrived (core/ui/drag-press.ts). */
  .stage-header.dragging,
  .stage-header[data-pressed] {
    outline: 3px dashed var(--_co-text);
    outline-offset: -3px;
    cursor: grabbing;
  }

  .stage-header.drop-target {
    box-shadow: inset 0 0 0 4px var(--_jm-drop);
  }

  .cell {
    cursor: pointer;
  }

  :host([readonly]) .cell,
  .cell:has(.empty:only-child):hover {
    cursor: default;
  }

  .cell:hover {
    background: color-mix(in srgb, var(--_co-surface-alt) 50%, transparent);
  }

  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .note {
    display: block;
    margin-block-end: calc(var(--_co-space) * 0.75);
    padding: calc(var(--_co-space) * 0.5) var(--_co-space);
    background: var(--_jm-note-bg);
    border-inline-start: 4px solid var(--_co-border);
    border-radius: calc(var(--_co-radius) * 0.5);
  }

  .note-text {
    display: block;
    white-space: pre-line;
  }

  .note-meta,
  .note-idea {
    display: block;
    font-size: 0.875em;
    color: var(--_co-text-muted);
  }

  .note-idea {
    color: var(--_co-text);
    font-weight: 600;
  }

  .empty {
    color: var(--_co-text-muted);
  }

  .add-stage {
    margin-block: calc(var(--_co-space) * 3);
    max-inline-size: 40rem;
  }

  .add-stage label,
  .rename-map label {
    display: block;
    font-weight: 700;
  }

  .hint {
    margin-block: calc(var(--_co-space) * 0.25) calc(var(--_co-space) * 0.5);
  }

  .error-text {
    margin-block: calc(var(--_co-space) * 0.25);
  }

  /* Stage view: one stage, lanes stacked. */
  .stage-pager {
    display: flex;
    justify-content: space-between;
    gap: var(--_co-space);
  }

  .stage-pager button {
    padding-inline: var(--_co-space);
  }

  .stage-view-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_co-space);
  }

  .stage-view-head .h-sub:focus {
    outline: none;
  }

  .stage-view .lane {
    border-block-start: 1px solid var(--_co-border);
    padding-block: var(--_co-space);
  }

  .stage-view .lane .h-minor {
    margin-block: 0 var(--_co-space);
  }

  .stage-view .empty {
    margin-block: 0 var(--_co-space);
  }

  /* Phones: narrower stages, so a little of the next stage shows and invites a swipe. The lane
     names keep room for their longest word ("Opportunities"), so none breaks mid-word. */
  @media (max-width: 40rem) {
    :host {
      --_jm-column: var(--co-journey-map-column-width, 11rem);
      --_jm-lane: var(--co-journey-map-lane-width, 8.5rem);
    }
    .grid .lane-header {
      font-size: 0.875em;
    }
  }

  .storage-status {
    margin-block-start: calc(var(--_co-space) * 2);
    color: var(--_co-text-muted);
    font-size: 0.875em;
  }

  /* An arrow points the way the stage moves, also right to left. */
  :host(:dir(rtl)) .arrow-back,
  :host(:dir(rtl)) .arrow-forward {
    display: inline-block;
    transform: scaleX(-1);
  }
`;

/* Last, so that it wins over the colours above and in the feelings styles. */
const forcedColors = css`
  @media (forced-colors: active) {
    svg .curve-line.as-is,
    svg .curve-line.after,
    svg .point.as-is,
    svg .point.after,
    svg .axis,
    svg .grid-line {
      stroke: CanvasText;
    }
    svg .point.as-is {
      fill: CanvasText;
    }
    svg .point.after {
      fill: Canvas;
    }
    svg .label {
      fill: CanvasText;
    }
    .stage-header.drop-target {
      outline: 4px solid Highlight;
    }
    .note {
      border: 1px solid CanvasText;
    }
  }
`;

export const journeyMapStyles = css`
  ${screen}
  ${feelingsStyles}
  ${forcedColors}
  ${journeyMapPrintStyles}
`;
