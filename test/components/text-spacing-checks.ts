// WCAG 1.4.4 and 1.4.12 in the elements' tests: a person who sets text to 200 % and widens its
// spacing on a phone. Long words (Welsh "gwasanaethau,", "Canlyniadau") must wrap inside the
// element, not run off the screen and scroll the page sideways. A wide table may scroll in
// its own box.

const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

/**
 * 200 % text and WCAG 1.4.12's spacing, on the page and inside `el`'s shadow root (where a
 * reader's own style sheet would reach through the inherited properties; the test puts it
 * there directly). Returns what puts everything back.
 */
export function widenText(el: HTMLElement): () => void {
  const page = document.createElement('style');
  page.textContent = `html { font-size: 200% !important; } ${spacing}`;
  document.head.append(page);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(spacing);
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => {
    page.remove();
    root.adoptedStyleSheets = before;
  };
}

const scrollsItself = (node: Element) => /auto|scroll/.test(getComputedStyle(node).overflowX);

/**
 * What sticks out past `el`'s right edge, or words running out of their own box (a heading, a
 * button), by their text: outside any box that scrolls, visually hidden text aside.
 */
export function overflowing(el: HTMLElement): string[] {
  const right = el.getBoundingClientRect().right;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('.visually-hidden'))
    .filter((node) => {
      for (let up: Element | null = node; up; up = up.parentElement)
        if (scrollsItself(up)) return false;
      return true;
    })
    .filter(
      (node) =>
        node.getBoundingClientRect().right > right + 1 ||
        (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1),
    )
    .map((node) => `${node.localName}: ${node.textContent!.trim().slice(0, 40)}`);
}
