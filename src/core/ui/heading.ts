import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

// Tag names from a fixed list of literals, never from text: safe under Trusted Types and lint.
const tags: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** A heading level kept within 1–6: below 1 is 1, beyond 6 is 6 (HTML has no `h7`). */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.trunc(level) || 1));
}

export interface HeadingOptions {
  id?: string;
  class?: string;
  part?: string;
  /** `-1` for a heading that receives focus from script (an error summary, a new view). */
  tabindex?: number;
}

/**
 * A real `<hN>` at `level` (clamped to 1–6), so an element's headings fit the outline of the
 * page it is placed in (`heading-level`). Real headings, not `role="heading"`: screen-reader
 * users jump between them, and GOV.UK pages are read that way.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}) {
  const tag = tags[clampLevel(level) - 1];
  return html`<${tag}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.class)}
    part=${ifDefined(options.part)}
    tabindex=${options.tabindex ?? nothing}
  >${content}</${tag}>`;
}
