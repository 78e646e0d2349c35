// Stands in for a lost connection in a browser test: from now on this page refuses every
// script it has not loaded yet (a Content-Security-Policy added to it), so a part an element
// loads by import() fails to arrive, as it would offline. Use it in a test file of its own,
// after the element has loaded: the page stays that way. axe loads itself on first use, so it
// is loaded first; console warnings of the expected failure are hushed until `restore()`.
import { expect } from '@open-wc/testing';

export async function refuseLaterScripts(el: Element): Promise<{ restore(): void }> {
  await expect(el).to.be.accessible();
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "script-src 'none'";
  document.head.append(policy);
  const warn = console.warn;
  console.warn = () => undefined;
  return { restore: () => (console.warn = warn) };
}
