import { css } from 'lit';

export const skillOfferStyles = css`
  :host {
    --_so-accent: var(--co-skill-offer-accent, var(--_co-primary));
    --_so-panel-bg: var(--co-skill-offer-panel-bg, var(--_co-success));
    --_so-panel-text: var(--co-skill-offer-panel-text, var(--_co-on-primary));
    --_so-card-bg: var(--co-skill-offer-card-bg, var(--_co-surface));
    --_so-card-border: var(--co-skill-offer-card-border, var(--_co-border));
    --_so-measure: var(--co-skill-offer-max-width, 40rem);
    /* Lay out by the element's own width, not the window's: it may sit in a narrow column. */
    container-type: inline-size;
    /* A long word (200 % text, Welsh) wraps rather than running off a phone's screen. */
    overflow-wrap: break-word;
  }

  form,
  .review {
    max-inline-size: var(--_so-measure);
  }

  .wrapper {
    margin: 0;
  }

  /* A fieldset is as wide as its longest word by default; let it be as narrow as the screen. */
  fieldset {
    min-inline-size: 0;
  }

  /* The label beside a tick box is a flex item: let its words break, as above. */
  .choice {
    overflow-wrap: anywhere;
  }

  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_so-accent);
    flex: none;
  }

  /* Headings look the same at any level: heading-level changes the outline, not the look. */
  .h-main,
  .h-sub {
    line-height: 1.25;
    margin-block: calc(var(--_co-space) * 2) var(--_co-space);
  }

  .h-main {
    font-size: 1.5em;
  }

  .h-sub {
    font-size: 1.125em;
  }

  p {
    margin-block: 0 var(--_co-space);
  }

  .form-group {
    margin-block-end: calc(var(--_co-space) * 4);
  }

  .label {
    display: block;
    margin-block-end: calc(var(--_co-space) * 0.5);
  }

  /* A label that is the whole question reads like a legend (GOV.UK "label as page part"). */
  .label.question,
  legend {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }

  legend {
    padding: 0;
  }

  .sub-field + .sub-field {
    margin-block-start: calc(var(--_co-space) * 2);
  }

  .hint {
    margin-block: 0 var(--_co-space);
  }

  input[type='text'],
  input[type='email'],
  input[type='tel'],
  textarea {
    display: block;
    inline-size: 100%;
  }

  input.wide {
    max-inline-size: 30ch;
  }

  input.medium {
    max-inline-size: 20ch;
  }

  input.short {
    display: inline-block;
    inline-size: 6ch;
  }

  textarea {
    resize: vertical;
  }

  /* A person's own words take their own direction, as dir="auto" would: Arabic or Urdu typed
     here, and shown in the review and directory, reads right to left, full stop on the left. */
  input[type='text'],
  textarea,
  dd,
  dd li {
    unicode-bidi: plaintext;
  }

  /* Days and times are two questions under one heading of availability. */
  fieldset + fieldset {
    margin-block-start: calc(var(--_co-space) * 3);
  }

  .suffix {
    margin-inline-start: var(--_co-space);
  }

  a:focus-visible {
    text-decoration: none;
    background: var(--_co-focus);
    color: var(--_co-focus-text);
  }

  .choices.columns {
    column-gap: calc(var(--_co-space) * 3);
  }

  @container (min-inline-size: 36rem) {
    .choices.columns {
      columns: 2;
    }
  }

  .choice-item {
    break-inside: avoid;
  }

  .choice-hint {
    margin-block-start: calc(var(--_co-space) * -0.25);
    padding-inline-start: calc(1.5rem + var(--_co-space));
  }

  /* A question revealed by ticking "Something else", tied to it by a bar (GOV.UK). */
  .conditional {
    margin-block: var(--_co-space);
    margin-inline-start: 0.7rem;
    padding-inline-start: calc(var(--_co-space) * 2);
    border-inline-start: 4px solid var(--_co-border);
  }

  .divider {
    margin-block: calc(var(--_co-space) * 0.5);
    inline-size: 1.5rem;
    text-align: center;
  }

  .add-skill {
    margin-block-start: calc(var(--_co-space) * 2);
  }

  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: stretch;
  }

  .add-row input {
    flex: 1 1 14rem;
    max-inline-size: 30ch;
  }

  .added-title {
    font-weight: 700;
    margin-block: calc(var(--_co-space) * 2) calc(var(--_co-space) * 0.5);
  }

  .added {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .added li {
    display: inline-flex;
    align-items: center;
    gap: var(--_co-space);
    padding-inline: var(--_co-space) 0;
    border: 2px solid var(--_so-accent);
    border-radius: var(--_co-radius);
    background: var(--_co-surface-alt);
  }

  .added .link {
    padding-inline: var(--_co-space);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_co-space) * 1.5);
    align-items: center;
    margin-block-start: calc(var(--_co-space) * 2);
  }

  /* Headings and notices take focus only so a screen reader reads them after a change of view;
     they are not controls, so they get no ring (the error summary, which is one, keeps it). */
  .h-main[tabindex='-1']:focus,
  .h-sub[tabindex='-1']:focus,
  .notice[tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }

  /* An offer's answers in the review and in the directory (offer-text.ts), and the save state
     shown under either: small, and shared by the two parts, so they stay with the element. */
  .summary-row,
  .detail {
    display: grid;
    gap: calc(var(--_co-space) * 0.25) calc(var(--_co-space) * 2);
    align-items: baseline;
    padding-block: var(--_co-space);
    border-block-end: 1px solid var(--_co-border);
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

  .storage-status {
    margin-block-start: calc(var(--_co-space) * 2);
    color: var(--_co-text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_co-space);
    align-items: center;
  }
`;
