import { createContext } from '@lit/context';
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

export const spaceContext = createContext<SpaceSettings | undefined>(Symbol('together-kit-space'));
