import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds the styles of a part loaded by import() (lazy-part.ts) to the element's shadow root,
 * beside the ones it was born with, so the part's CSS downloads with the part. Constructable
 * style sheets, as Lit itself uses: no `<style>` element, so the strict CSP is kept.
 */
export function adoptPartStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (!sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
