import { css } from 'lit';

/**
 * Headings that look the same at any level (`heading-level` changes the outline, not the look),
 * for elements whose `heading()` uses the classes h-main, h-sub and h-minor. An element may size
 * its smaller headings with `--_co-h-sub` and `--_co-h-minor`. Headings and notices focused by
 * script (tabindex -1) show the ring only when focus came from the keyboard. Its own module,
 * so that elements without these headings do not download it.
 */
export const headingStyles = css`
  .h-main,
  .h-sub,
  .h-minor {
    line-height: 1.25;
    margin-block: calc(var(--_co-space) * 2) var(--_co-space);
  }
  .h-main {
    font-size: 1.5em;
  }
  .h-sub {
    font-size: var(--_co-h-sub, 1.125em);
  }
  .h-minor {
    font-size: var(--_co-h-minor, 1em);
  }

  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_co-focus-width) solid var(--_co-focus);
  }
`;
