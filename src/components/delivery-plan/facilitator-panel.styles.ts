import { css } from 'lit';

/**
 * The facilitator's panel (facilitator-panel.ts): its forms, skills grid, ideas to turn into
 * tasks and downloads. Only a facilitator sees the panel, so its CSS comes with it.
 */
export const facilitatorPanelStyles = css`
  .ideas ul {
    padding-inline-start: 1.25em;
  }

  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
    margin-block: var(--_co-space);
  }

  .field {
    display: flex;
    flex-direction: column;
    margin-block-end: calc(var(--_co-space) * 1.5);
  }
  .field label {
    font-weight: 600;
  }
  .field.invalid {
    border-inline-start: 0.3rem solid var(--_co-error);
    padding-inline-start: var(--_co-space);
  }

  .skill-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    column-gap: calc(var(--_co-space) * 2);
  }

  .facilitator {
    margin-block-end: calc(var(--_co-space) * 2);
    padding: var(--_co-space) calc(var(--_co-space) * 2);
    background: var(--_co-surface-alt);
    border-radius: var(--_co-radius);
  }
  .facilitator input,
  .facilitator textarea,
  .facilitator select {
    max-inline-size: 100%;
  }

  .ideas li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
    margin-block: calc(var(--_co-space) * 0.5);
  }
`;
