/**
 * Registers a custom element once. Two scripts on one council page (say the one-file bundle
 * and an npm build) may both try to define `co-idea-board`; the second must not throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `Together Kit: <${tag}> is already defined by another copy of the library; keeping the first one. Load Together Kit once per page to avoid mixing versions.`,
    );
    return;
  }
  customElements.define(tag, constructor);
}
