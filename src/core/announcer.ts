import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Speaks through one polite live region inside the host's shadow root. The region is added
 * before the first render so that it is already in the accessibility tree when the first
 * message arrives (a region created together with its text is often not announced).
 */
export class Announcer implements ReactiveController {
  private region?: HTMLElement;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.region) return;
    const region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.className = 'visually-hidden';
    region.setAttribute('part', 'announcer');
    this.host.renderRoot.appendChild(region);
    this.region = region;
  }

  /** The text now in the live region. */
  get message(): string {
    return (this.region?.textContent ?? '').replace(/\u00a0$/, '');
  }

  /** Announces `message` politely. Saying the same thing twice is announced twice. */
  announce(message: string): void {
    if (!this.region) return;
    // Screen readers skip a region whose text did not change; a trailing no-break space
    // makes a repeated message a change without altering what is heard.
    const same = this.region.textContent === message;
    this.region.textContent = same ? `${message}\u00a0` : message;
  }
}
