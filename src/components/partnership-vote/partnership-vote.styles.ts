import { css } from 'lit';
import { headingStyles } from '../../core/styles.js';

export const partnershipVoteStyles = css`
  ${headingStyles}

  :host {
    --_pv-bar: var(--co-vote-bar, var(--_co-primary));
    --_pv-raw-bar: var(--co-vote-raw-bar, var(--_co-surface-alt));
    --_pv-track: var(--co-vote-track, var(--_co-surface-alt));
    --_pv-panel-border: var(--co-vote-panel-border, var(--_co-success));
    --_pv-measure: var(--co-vote-max-width, 48rem);
    /* The facilitator's panel, which brings its own styles (core/ui/facilitator-panel.ts). */
    --_co-panel-measure: var(--_pv-measure);
    /* Lay out by the element's own width, not the window's: it may sit in a narrow column. */
    container-type: inline-size;
    /* A long word (200 % text, Welsh) breaks rather than running off a phone's screen, also
       in a fieldset or a flex item, which are otherwise as wide as their longest word. Tables
       scroll in their own box instead (results.styles.ts). */
    overflow-wrap: anywhere;
  }

  .body {
    max-inline-size: var(--_pv-measure);
  }

  p {
    margin-block: 0 var(--_co-space);
  }

  legend .h-main.question {
    margin-block-start: 0;
  }

  /* ── Ballot ── */

  .ballot > fieldset {
    margin-block-end: calc(var(--_co-space) * 3);
  }

  .group-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_co-space);
  }

  fieldset.score,
  fieldset.consent {
    margin-block: var(--_co-space) calc(var(--_co-space) * 2);
  }

  .dots-row {
    margin-block: var(--_co-space);
    padding-block: var(--_co-space);
    border-block-start: 1px solid var(--_co-border);
  }

  fieldset.score legend,
  fieldset.consent legend,
  .dots-label {
    font-size: 1em;
    font-weight: 700;
  }

  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 0.5);
  }

  /* Each score is a box with its number: the whole box is the target. */
  /* Boxes share the row and words at the ends wrap inside them, so 0 to 5 fits a phone. */
  .score-choice {
    display: flex;
    flex: 1 1 0;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    min-inline-size: var(--_co-target);
    max-inline-size: 5.5rem;
    min-block-size: var(--_co-target);
    padding: calc(var(--_co-space) * 0.5);
    border: 2px solid var(--_co-border);
    border-radius: var(--_co-radius);
    cursor: pointer;
  }

  .score-choice:has(input:checked) {
    border-color: var(--_pv-bar);
    box-shadow: inset 0 0 0 2px var(--_pv-bar);
  }

  .score-number {
    font-weight: 700;
  }

  .scale-word {
    font-size: 0.875em;
    color: var(--_co-text-muted);
  }

  .consent-marks {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_co-space) * 3);
  }

  .reason {
    margin-block-start: var(--_co-space);
    padding-inline-start: calc(var(--_co-space) * 2);
    border-inline-start: 4px solid var(--_co-border);
  }

  .reason label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_co-space) * 0.5);
  }

  textarea {
    display: block;
    inline-size: 100%;
    resize: vertical;
  }

  .dots-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_co-space);
  }

  .stepper {
    display: inline-flex;
    align-items: center;
    gap: var(--_co-space);
  }

  button.step {
    padding-inline: 0;
    font-size: 1.25em;
    line-height: 1;
  }

  .dots-count {
    min-inline-size: 6ch;
    text-align: center;
  }

  .pips {
    display: block;
    color: var(--_pv-bar);
    letter-spacing: 0.1em;
    min-block-size: 1.5em;
  }

  .dots-left {
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    margin-block: var(--_co-space);
  }

  /* ── After voting ── */

  .voted {
    margin-block: var(--_co-space) calc(var(--_co-space) * 3);
    padding: calc(var(--_co-space) * 2);
    border: 4px solid var(--_pv-panel-border);
    border-radius: var(--_co-radius);
  }

  .voted .h-main {
    margin-block-start: 0;
  }

  ul.your-vote {
    margin-block: 0 var(--_co-space);
  }

  .storage-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_co-space);
    margin-block-start: calc(var(--_co-space) * 2);
    color: var(--_co-text-muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .score-choice:has(input:checked) {
      border-color: Highlight;
    }
  }

  /* The room of the results, or of a ranked or graded ballot, while they load (vote-panels.ts,
     vote-methods.ts): about a short result's or ballot's height. */
  .ballot-coming,
  .results-coming {
    min-block-size: 24rem;
  }
`;
