import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Loads a part whose module exports its `styles` (for a `LazyPart`, lazy-part.ts) and adds
 * them to the element's shadow root before the part first renders, beside the styles the
 * element was born with: the part's CSS downloads with the part. Constructable style sheets,
 * as Lit itself uses: no `<style>` element, so the strict CSP is kept.
 */
export async function loadStyledPart<M extends { styles: CSSResult }>(
  host: ReactiveElement,
  load: () => Promise<M>,
): Promise<M> {
  const part = await load();
  const root = host.renderRoot as ShadowRoot;
  const sheet = part.styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  return part;
}
