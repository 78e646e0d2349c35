import type { Envelope } from './envelope.js';
import { asideKey, type RecordStore } from './record-store.js';

type Listener = (key: string, envelope: Envelope | undefined) => void;

/**
 * Keeps records in this page only: demos, tests, and kiosks that must forget. Every element
 * with `storage="memory"` on a page shares one, so `<co-space>` can export them together.
 */
export class MemoryStore implements RecordStore {
  private readonly records = new Map<string, unknown>();
  private readonly listeners = new Set<Listener>();

  async load(key: string): Promise<unknown> {
    return structuredClone(this.records.get(key));
  }

  async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    const envelope = next(structuredClone(this.records.get(key)));
    this.records.set(key, structuredClone(envelope));
    this.notify(key, envelope);
    return envelope;
  }

  async remove(key: string): Promise<void> {
    if (this.records.delete(key)) this.notify(key, undefined);
  }

  async list(space: string): Promise<string[]> {
    const prefix = `together-kit/${space}/`;
    return [...this.records.keys()].filter((key) => key.startsWith(prefix));
  }

  async keepAside(key: string, raw: unknown): Promise<string> {
    const aside = asideKey(key);
    this.records.set(aside, raw);
    return aside;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(key: string, envelope: Envelope | undefined): void {
    for (const listener of this.listeners) listener(key, structuredClone(envelope));
  }
}
