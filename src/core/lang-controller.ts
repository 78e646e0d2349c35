import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Follows the nearest `lang` attribute, across shadow roots, and updates the host when it
 * changes anywhere above it. One MutationObserver per root serves every element on the page.
 */
export class LangController implements ReactiveController {
  /** The nearest `lang` value, as written (e.g. `cy-GB`), or '' when none is set. */
  value = '';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = nearestLang(this.host);
    listeners.add(this);
    observeRootsOf(this.host);
  }

  hostDisconnected(): void {
    listeners.delete(this);
  }

  /** Called when some `lang` changed on the page. */
  refresh(): void {
    const next = nearestLang(this.host);
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}

/** Walks up from `element`, stepping out of shadow roots, to the first `lang`. */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

const listeners = new Set<LangController>();
const observedRoots = new WeakSet<Node>();
// Made when the first element connects, not at module load: the module must import in Node
// (server-side rendering, or a server that only wants `parityTally`), where there is no DOM.
let observer: MutationObserver | undefined;

function observeRootsOf(element: Element): void {
  let root: Node = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      const target = root instanceof Document ? root.documentElement : root;
      observer ??= new MutationObserver(() => {
        for (const listener of listeners) listener.refresh();
      });
      observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}
