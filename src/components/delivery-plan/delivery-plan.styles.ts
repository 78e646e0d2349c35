import { css } from 'lit';
import { headingStyles } from '../../core/styles.js';

export const deliveryPlanStyles = css`
  ${headingStyles}

  :host {
    --_dp-together: var(--co-plan-together, var(--_co-success));
    --_dp-one-group: var(--co-plan-one-group, var(--_co-warning));
    --_dp-measure: var(--co-plan-max-width, 48rem);
    /* Its sub-headings are a step larger than the shared ones (core/styles.ts, headingStyles). */
    --_co-h-sub: 1.25em;
    --_co-h-minor: 1.0625em;
    container-type: inline-size;
  }

  .plan {
    max-inline-size: var(--_dp-measure);
  }

  .tasks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_co-space) * 2);
  }

  /* min-inline-size 0: a task is as wide as the list, so a wide table scrolls inside it. */
  .task {
    min-inline-size: 0;
    padding: var(--_co-space) calc(var(--_co-space) * 2) calc(var(--_co-space) * 2);
    border: 1px solid var(--_co-border);
    border-inline-start: 0.4rem solid var(--_co-border);
    border-radius: var(--_co-radius);
    overflow-wrap: anywhere;
  }
  .task[data-state='together'] {
    border-inline-start-color: var(--_dp-together);
  }
  .task[data-state='one-group'] {
    border-inline-start-color: var(--_dp-one-group);
  }

  .status-tag {
    display: inline-block;
    margin: 0;
    padding: 0 var(--_co-space);
    font-weight: 600;
    background: var(--_co-surface-alt);
    border-radius: var(--_co-radius);
  }

  .detail {
    white-space: pre-line;
  }

  .facts,
  .matches,
  .people,
  .contacts ul,
  .waiting ul {
    padding-inline-start: 1.25em;
  }

  .together {
    font-weight: 600;
  }
  .task[data-state='together'] .together::before {
    content: '✓ ';
    color: var(--_dp-together);
  }

  .contact {
    display: inline-block;
    margin-inline-start: var(--_co-space);
  }

  .actions,
  .status-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
    margin-block: var(--_co-space);
  }

  .time-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 2);
  }
  .time-inputs label {
    display: flex;
    flex-direction: column;
  }
  .time-inputs input {
    inline-size: 5em;
  }

  fieldset.invalid {
    border-inline-start: 0.3rem solid var(--_co-error);
    padding-inline-start: var(--_co-space);
  }

  .you {
    margin-block-end: calc(var(--_co-space) * 2);
    padding: var(--_co-space) calc(var(--_co-space) * 2);
    background: var(--_co-surface-alt);
    border-radius: var(--_co-radius);
  }

  .waiting li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
    margin-block: calc(var(--_co-space) * 0.5);
  }

  /* The task's overflow-wrap: anywhere would squeeze the columns to a letter wide. */
  .table-scroll {
    overflow-x: auto;
    overflow-wrap: normal;
    container-type: inline-size;
  }
  /* The caption stays in view, wrapping to the box, while the table under it scrolls. */
  .table-scroll caption {
    max-inline-size: 100cqi;
  }
  table.answers {
    border-collapse: collapse;
    margin-block: var(--_co-space);
    inline-size: 100%;
  }
  .answers caption {
    text-align: start;
    font-weight: 600;
  }
  .answers th,
  .answers td {
    border: 1px solid var(--_co-border);
    padding: calc(var(--_co-space) * 0.5);
    text-align: start;
    font-variant-numeric: tabular-nums;
  }
  .answers thead th {
    font-size: 0.875em;
  }

  @container (max-width: 30rem) {
    .task {
      padding-inline: var(--_co-space);
    }
    .answers thead th {
      font-size: 0.75em;
    }
  }
`;
