import { ContextRoot, createContext } from '@lit/context';
import type { RecordStore } from './store/record-store.js';

/**
 * What `<co-space>` hands down to the elements inside it. Elements depend on this context,
 * never on `<co-space>` itself; an element's own attribute wins over the context.
 */
export interface SpaceSettings {
  space: string;
  storage?: string;
  endpoint?: string;
  store?: RecordStore;
  participantGroup?: string;
}

// Symbol.for, not Symbol: two copies of this module (two bundles on one page, or an npm build
// beside the CDN file) must still agree on the key, or elements would never find their space.
export const spaceContext = createContext<SpaceSettings | undefined>(
  Symbol.for('together-kit/space'),
);

const rootKey = Symbol.for('together-kit/context-root');

/**
 * Makes sure an element that asks for its space before `<co-space>` is defined (per-element
 * files loaded in any order) still gets it when `<co-space>` arrives: a `ContextRoot` on the
 * document holds the unanswered requests and replays them. One per page, shared by every copy
 * of Together Kit on it; called when an element connects, never at module load (Node has no
 * document).
 */
export function attachContextRoot(): void {
  const page = globalThis as { [rootKey]?: ContextRoot };
  if (page[rootKey] || typeof document === 'undefined') return;
  page[rootKey] = new ContextRoot();
  page[rootKey].attach(document.documentElement);
}
