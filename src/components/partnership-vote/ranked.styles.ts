import { css } from 'lit';

/** The ranked ballot's rows; they load with the ranked ballot (ranked-part.ts). */
export const rankedStyles = css`
  .ranking {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rank-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_co-space);
    padding-block: var(--_co-space);
    border-block-start: 1px solid var(--_co-border);
  }

  .rank-number {
    min-inline-size: 2ch;
    font-size: 1.5em;
    font-weight: 700;
    text-align: center;
  }

  .rank-label {
    flex: 1 1 12rem;
    font-weight: 700;
  }

  .rank-controls {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_co-space) * 0.5);
  }

  /* Words on these buttons, so not the dots' square steps. */
  .rank-controls button.step {
    padding-inline: var(--_co-space);
    font-size: 1em;
  }

  .rank-controls select {
    min-block-size: 2.75rem;
    font: inherit;
  }
`;
