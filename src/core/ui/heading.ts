import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

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
 * users jump between them. One template per level, because a tag name cannot be a binding.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  // ifDefined() inline in each binding, where lit-analyzer can check it; kept on one line each
  // (prettier-ignore) so that no white space gets into the heading's text.
  // prettier-ignore
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(o.id)} class=${ifDefined(o.class)} part=${ifDefined(o.part)} tabindex=${ifDefined(o.tabindex)}>${content}</h6>`;
  }
}
