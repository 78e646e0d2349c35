import type { PresenceCounts } from './record-store.js';

/** The awareness field Together Kit uses; other tools on the same document keep theirs. */
export const PRESENCE_FIELD = 'together-kit';

const GROUP_ID = /^[\w-]{1,40}$/;

/** What this device shares: its group, and nothing that could say who the person is. */
export function presenceState(group: string | undefined): { group: string | null } {
  return { group: group !== undefined && GROUP_ID.test(group) ? group : null };
}

/**
 * Counts the devices that share a Together Kit presence, by group. Awareness states come from
 * every client of the document, so they are read as untrusted: anything but a group id counts
 * as "not said", and states of other tools (no Together Kit field) are not counted at all.
 */
export function countPresence(
  states: ReadonlyMap<number, Record<string, unknown>>,
): PresenceCounts {
  let total = 0;
  const groups: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const state of states.values()) {
    const ours = state?.[PRESENCE_FIELD];
    if (typeof ours !== 'object' || ours === null) continue;
    total += 1;
    const group = (ours as { group?: unknown }).group;
    if (typeof group === 'string' && GROUP_ID.test(group)) groups[group] = (groups[group] ?? 0) + 1;
  }
  return { total, groups: { ...groups } };
}
