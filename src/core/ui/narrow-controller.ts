import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Under 40rem (at 16px) a grid of columns cannot be read; elements switch to one column. */
const NARROW_WIDTH = 640;

/**
 * Whether the host is narrower than `width` px (a phone, or a narrow column of the page): the
 * host's own width, not the window's, so an element in a sidebar switches too. Elements use it
 * to choose their one-column view when the page has not chosen one.
 */
export class NarrowController implements ReactiveController {
  /** The host is narrower than `width` (false until it has been measured). */
  narrow = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly width = NARROW_WIDTH,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured now, before the first render (the host is already a block through :host), so a
    // phone draws the one-column view at once rather than a frame of columns: a layout shift.
    const { width } = this.host.getBoundingClientRect();
    if (width > 0) this.narrow = width < this.width;
    this.observer ??= new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width > 0 && entry.contentRect.width < this.width;
      // Next frame: changing the view inside the observer's callback would resize the host
      // again in the same frame ("ResizeObserver loop").
      if (narrow !== this.narrow) {
        requestAnimationFrame(() => {
          this.narrow = narrow;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
