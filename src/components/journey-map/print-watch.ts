import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, so the map can draw its grid for paper even while the
 * person looks at one stage at a time (a printout of one stage is rarely what was wanted).
 */
export class PrintWatch implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = globalThis.matchMedia?.('print');
    this.query?.addEventListener('change', this.onChange);
    globalThis.addEventListener('beforeprint', this.onChange);
    globalThis.addEventListener('afterprint', this.onChange);
    this.printing = this.query?.matches ?? false;
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    globalThis.removeEventListener('beforeprint', this.onChange);
    globalThis.removeEventListener('afterprint', this.onChange);
  }

  private readonly onChange = (event: Event): void => {
    const printing =
      event.type === 'beforeprint' ||
      (event.type !== 'afterprint' && (this.query?.matches ?? false));
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };
}
