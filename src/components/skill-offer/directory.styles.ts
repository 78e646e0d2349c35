import { css } from 'lit';

/** The review after sending (GOV.UK panel and summary list) and the directory of offers. */
export const reviewAndDirectoryStyles = css`
  .panel {
    padding: calc(var(--_co-space) * 3);
    color: var(--_so-panel-text);
    background: var(--_so-panel-bg);
    text-align: center;
  }

  .panel .h-main {
    margin: 0;
  }

  .review-heading .h-main {
    margin-block-start: 0;
  }

  /* Headings and notices take focus only so a screen reader reads them after a change of view;
     they are not controls, so they get no ring (the error summary, which is one, keeps it). */
  .h-main[tabindex='-1']:focus,
  .h-sub[tabindex='-1']:focus,
  .notice[tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }

  .summary-list {
    margin: 0 0 calc(var(--_co-space) * 2);
  }

  .summary-row,
  .detail {
    display: grid;
    gap: calc(var(--_co-space) * 0.25) calc(var(--_co-space) * 2);
    align-items: baseline;
    padding-block: var(--_co-space);
    border-block-end: 1px solid var(--_co-border);
  }

  @container (min-inline-size: 36rem) {
    .summary-row {
      grid-template-columns: 30% 1fr auto;
    }
    .detail {
      grid-template-columns: 12rem 1fr;
    }
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .words {
    display: block;
  }

  .own-words {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .not-given {
    color: var(--_co-text-muted);
  }

  .filters {
    padding: calc(var(--_co-space) * 2);
    background: var(--_co-surface-alt);
    border-radius: var(--_co-radius);
  }

  /* Floated, the legend sits inside the shaded box instead of on its edge. */
  .filters legend {
    float: inline-start;
    inline-size: 100%;
    margin-block-end: var(--_co-space);
  }

  .filter-row {
    clear: both;
    display: grid;
    gap: calc(var(--_co-space) * 1.5);
    margin-block-end: calc(var(--_co-space) * 1.5);
  }

  @container (min-inline-size: 40rem) {
    .filter-row {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  select {
    inline-size: 100%;
  }

  .count {
    font-weight: 700;
  }

  .offers {
    display: grid;
    gap: calc(var(--_co-space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .offer {
    padding: calc(var(--_co-space) * 2);
    background: var(--_so-card-bg);
    border: 1px solid var(--_so-card-border);
    border-inline-start: 5px solid var(--_so-accent);
    border-radius: var(--_co-radius);
    overflow-wrap: anywhere;
  }

  .offer .h-sub {
    margin-block-start: 0;
  }

  .offer-details {
    margin: 0 0 var(--_co-space);
  }

  .tag {
    display: inline-block;
    padding-inline: var(--_co-space);
    color: var(--_co-on-primary);
    background: var(--_so-accent);
    font-weight: 700;
  }

  .export {
    margin-block-end: calc(var(--_co-space) * 2);
  }

  .storage-status {
    margin-block-start: calc(var(--_co-space) * 2);
    color: var(--_co-text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
  }
`;
