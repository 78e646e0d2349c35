import { css } from 'lit';

export const ideaBoardStyles = css`
  :host {
    /* Controls inside cards are smaller than the page's usual 44px, never under 24px (WCAG 2.5.8). */
    --_idea-target: max(24px, min(var(--_co-target), 2rem));
  }

  /* Headings are h2/h3 by default but follow heading-level, so they are styled by rank
     (main or sub), never by tag. */
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_co-space);
    font-size: 1.25em;
  }

  .sub-heading {
    margin: 0 0 calc(var(--_co-space) * 0.5);
    font-size: 1.0625em;
  }

  p {
    margin: 0 0 var(--_co-space);
  }

  /* Reflow at 320 px (WCAG 1.4.10): what people type may be one long word (a link, a Welsh
     compound, a name), so it breaks anywhere rather than widen the page, and the grid items
     around it may shrink below their content's width. */
  .column,
  .list-column,
  .list-view > *,
  .card,
  .list-idea,
  .cluster-head,
  .tags li,
  .builds li {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  select {
    max-inline-size: 100%;
  }

  .post {
    margin-block-end: calc(var(--_co-space) * 2);
    padding: calc(var(--_co-space) * 2);
    border: 1px solid var(--_co-border);
    border-radius: var(--_co-radius);
    background: var(--_co-surface);
  }

  .idea-form,
  .group-question {
    max-inline-size: 40rem;
  }

  .post {
    container-type: inline-size;
  }

  /* With room, the optional fields sit beside the detail, so the board is not pushed away. */
  @container (min-width: 46rem) {
    .post .idea-form {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: calc(var(--_co-space) * 3);
      max-inline-size: 64rem;
    }
    .post .idea-form > :not(.field-detail, .field-tags, .field-column, .field-author) {
      grid-column: 1 / -1;
    }
    .post .field-detail {
      grid-row: span 3;
    }
    .post .field-title {
      grid-column: 1 / -1;
      max-inline-size: 40rem;
    }
  }

  .field {
    margin-block-end: calc(var(--_co-space) * 1.5);
  }

  .field label {
    display: block;
    font-weight: 600;
  }

  .field input,
  .field textarea,
  .field select {
    inline-size: 100%;
  }

  .count {
    margin: calc(var(--_co-space) * 0.25) 0 0;
    color: var(--_co-text-muted);
  }

  .count.over {
    color: var(--_co-error);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: end;
    margin-block: var(--_co-space);
  }

  .dots-info {
    margin-block: var(--_co-space);
    padding: var(--_co-space) calc(var(--_co-space) * 1.5);
    border-inline-start: 0.3rem solid var(--co-idea-dot, var(--_co-primary));
    background: var(--_co-surface-alt);
  }

  .dots-info p:last-child {
    margin-block-end: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space) calc(var(--_co-space) * 2);
    align-items: start;
    justify-content: space-between;
    margin-block-end: var(--_co-space);
  }

  .find {
    flex: 1 1 28rem;
  }

  .find-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0 var(--_co-space);
  }

  .find-fields .field {
    margin-block-end: var(--_co-space);
  }

  .view-controls {
    display: flex;
    flex-direction: column;
    gap: var(--_co-space);
    align-items: start;
  }

  /* Summaries keep their disclosure triangle; padding makes the row a full-size target. */
  .shortcuts summary,
  .list-builds summary {
    padding-block: calc(var(--_co-space) * 0.75);
    cursor: pointer;
    color: var(--_co-primary);
    text-decoration: underline;
  }

  .view-controls button[aria-pressed='true'],
  .card button[data-action='move'][aria-expanded='true'],
  .list-idea button[data-action='move'][aria-expanded='true'] {
    color: var(--_co-surface);
    background: var(--_co-text);
  }

  /* The pressed toggle also says so by its shape: a tick before the words and a thick edge,
     which stay when forced colours replace the background (WCAG 1.4.1, 1.4.11). */
  #view-toggle[aria-pressed='true']::before {
    /* Empty alternative text: the pressed state is already announced by aria-pressed. */
    content: '✓ ' / '';
  }

  .sort {
    max-inline-size: 24rem;
  }

  .shortcuts dl {
    margin: 0;
    max-inline-size: 30rem;
  }

  .shortcuts dl div {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: var(--_co-space);
    padding-block: calc(var(--_co-space) * 0.25);
  }

  .shortcuts dt {
    font-weight: 600;
  }

  .shortcuts dd {
    margin: 0;
  }

  .views {
    container-type: inline-size;
  }

  /* Phones first: one column under the other; side by side once there is room. */
  .columns {
    position: relative;
    display: grid;
    gap: calc(var(--_co-space) * 1.5);
  }

  @container (min-width: 40rem) {
    .columns {
      grid-auto-flow: column;
      grid-auto-columns: minmax(var(--co-idea-column-width, 16rem), 1fr);
      overflow-x: auto;
      align-items: start;
    }
  }

  .columns.dragging {
    user-select: none;
  }

  .column,
  .list-column {
    padding: var(--_co-space);
    border-radius: var(--_co-radius);
    background: var(--co-idea-column-bg, var(--_co-surface-alt));
  }

  .column-title .count,
  .cluster-name .count {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_co-text-muted);
  }

  .cards,
  .cards ol,
  .idea-list,
  .builds,
  .tags {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .cards,
  .cards ol {
    display: flex;
    flex-direction: column;
    gap: var(--_co-space);
  }

  .card {
    position: relative;
    padding: var(--_co-space);
    border: 1px solid var(--co-idea-card-border, var(--_co-border));
    border-radius: var(--_co-radius);
    background: var(--co-idea-card-bg, var(--_co-surface));
    /* Cards far off screen skip layout and paint; they stay in the accessibility tree. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }

  .card:focus-visible {
    outline-offset: 2px;
  }

  .card.is-hidden {
    border-style: dashed;
    opacity: 0.85;
  }

  /* [data-pressed]: dragged before the drag code had arrived (core/ui/drag-press.ts). */
  .card.dragging,
  .card[data-pressed] {
    z-index: 2;
    opacity: 0.85;
    pointer-events: none;
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 30%);
  }

  .card button {
    min-block-size: var(--_idea-target);
    min-inline-size: var(--_idea-target);
    padding-block: 0.125rem;
  }

  .card-head {
    display: flex;
    gap: calc(var(--_co-space) * 0.5);
    align-items: start;
  }

  .grip {
    flex: none;
    inline-size: var(--_idea-target);
    block-size: var(--_idea-target);
    border-radius: var(--_co-radius);
    background-image: radial-gradient(var(--_co-text-muted) 1.5px, transparent 1.5px);
    background-size: 6px 6px;
    background-position: center;
    cursor: grab;
    /* Touch drags by the grip only; everywhere else a swipe still scrolls the page. */
    touch-action: none;
  }

  .title {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .title button.link,
  .list-title button.link {
    color: var(--_co-text);
    font-weight: 700;
    text-align: start;
  }

  .detail {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .detail-full,
  .build-text {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 0.5);
    margin-block-end: var(--_co-space);
  }

  .tags li {
    padding-inline: calc(var(--_co-space) * 0.75);
    border: 1px solid var(--_co-border);
    border-radius: 1em;
    font-size: 0.875em;
  }

  .meta {
    font-size: 0.875em;
    color: var(--_co-text-muted);
  }

  .votes {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 0.5);
    align-items: center;
    margin-block-end: calc(var(--_co-space) * 0.5);
  }

  .votes p {
    margin: 0;
    flex-basis: 100%;
  }

  .votes .result {
    font-weight: 600;
  }

  button.dot:not(.secondary) {
    background: var(--co-idea-dot, var(--_co-primary));
  }

  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    justify-content: space-between;
    align-items: center;
  }

  .builds li {
    padding-block: calc(var(--_co-space) * 0.5);
    border-block-start: 1px solid var(--_co-border);
  }

  .builds .meta {
    display: block;
  }

  .cluster {
    padding-inline-start: var(--_co-space);
    border-inline-start: 0.3rem solid var(--co-idea-cluster-border, var(--_co-secondary));
  }

  .cluster-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_co-space);
    align-items: center;
    margin-block-end: calc(var(--_co-space) * 0.5);
    border-radius: var(--_co-radius);
  }

  .cluster-head .cluster-name {
    flex-basis: 100%;
    margin: 0;
  }

  .cluster-head.drop-into {
    outline: 3px dashed var(--co-idea-drop, var(--_co-focus-text));
    outline-offset: 2px;
  }

  /* Above the dragged card, so the line shows even under the pointer. */
  .drop-indicator {
    position: absolute;
    z-index: 3;
    block-size: 4px;
    border-radius: 2px;
    background: var(--co-idea-drop, var(--_co-focus-text));
    pointer-events: none;
  }

  .empty {
    color: var(--_co-text-muted);
  }

  .show-more {
    inline-size: 100%;
    margin-block-start: var(--_co-space);
  }

  .show-more .hint {
    display: block;
    font-weight: 400;
  }

  .list-view {
    display: grid;
    gap: calc(var(--_co-space) * 2);
  }

  .idea-list {
    display: grid;
    gap: var(--_co-space);
  }

  .list-idea {
    padding: var(--_co-space);
    border-block-end: 1px solid var(--_co-border);
    background: var(--co-idea-card-bg, var(--_co-surface));
  }

  .list-title {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    margin-block-start: var(--_co-space);
  }

  .storage-status {
    margin-block-start: calc(var(--_co-space) * 2);
    color: var(--_co-text-muted);
  }

  @media (forced-colors: active) {
    /* Forced colours drop backgrounds: pressed is shown in the system's selected colours. */
    #view-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border: 4px double ButtonText;
    }
    .card,
    .column,
    .list-column {
      border: 1px solid CanvasText;
    }
    .drop-indicator {
      background: Highlight;
    }
    .cluster-head.drop-into {
      outline-color: Highlight;
    }
    .grip {
      forced-color-adjust: none;
      background-image: radial-gradient(CanvasText 1.5px, transparent 1.5px);
    }
  }
`;
