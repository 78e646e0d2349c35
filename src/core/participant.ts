/**
 * A random id for this browser's participant, so one person has one ballot or one offer per
 * browser. It is not personal data and is kept only in this browser.
 */
const KEY = 'together-kit/participant';
let memoryId: string | undefined;

export function participantId(storage: Storage | undefined = globalThis.localStorage): string {
  try {
    const saved = storage?.getItem(KEY);
    if (saved) return saved;
    const id = newId();
    storage?.setItem(KEY, id);
    return id;
  } catch {
    // Storage blocked: one id for the life of the page is the best we can do.
    return (memoryId ??= newId());
  }
}

/** A random id, for items and participants. */
export function newId(): string {
  // randomUUID exists only in secure contexts; a council page may still be served over http.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What every item one participant adds to a shared record has (a dot vote on an idea, a
 * sign-up, time given, an evaluation): whose it is and which group they took part as, so
 * parity can weigh it, and when it last changed, so merges keep the newest.
 */
export interface ParticipantItem {
  id: string;
  participant: string;
  /** The participant's group id. */
  group: string;
  updatedAt: string;
}
