import { html, type TemplateResult } from 'lit';
import type { CoElement } from '../co-element.js';
import { groupLabel, type Group } from '../groups.js';
import type { PresenceCounts } from './record-store.js';

export { presenceWords as words } from './presence-messages.js';

/**
 * "12 people here: 9 people who use services, 3 professionals" at the foot of an element, and
 * for a facilitator each group with nobody here, since parity needs every group. Counts only,
 * never names. Only a store shared live has presence, so this loads by import() when a store
 * first reports it (storage-status.ts), with its words.
 */
export function renderPresence(
  host: CoElement,
  presence: PresenceCounts,
  groups: readonly Group[],
  facilitator: boolean,
): TemplateResult {
  return html`<p class="presence" part="presence">${presenceText(host, presence, groups)}</p>
    ${facilitator ? missingGroups(host, presence, groups) : ''}`;
}

/** "12 people here: 9 people who use services, 3 professionals": counts only, never names. */
export function presenceText(
  host: CoElement,
  presence: PresenceCounts,
  groups: readonly Group[],
): string {
  const parts: string[] = [];
  let said = 0;
  for (const group of groups) {
    const count = presence.groups[group.id] ?? 0;
    said += count;
    if (count === 0) continue;
    const builtIn = group.label === undefined && host.tOptional(`presence.group.${group.id}`);
    parts.push(
      builtIn
        ? host.t(`presence.group.${group.id}`, { count })
        : host.t('presence.group.other', { count, label: label(host, group) }),
    );
  }
  const unsaid = presence.total - said;
  if (unsaid > 0 && parts.length > 0)
    parts.push(host.t('presence.group.unsaid', { count: unsaid }));
  return parts.length === 0
    ? host.t('presence.here', { count: presence.total })
    : host.t('presence.here-groups', { count: presence.total, groups: parts.join(', ') });
}

function label(host: CoElement, group: Group): string {
  return groupLabel(group, host.language, (key) => host.tOptional(key));
}

/** For the facilitator: each group with nobody here, since parity needs every group. */
function missingGroups(
  host: CoElement,
  presence: PresenceCounts,
  groups: readonly Group[],
): TemplateResult[] {
  return groups
    .filter((group) => !presence.groups[group.id])
    .map((group) => {
      const builtIn = group.label === undefined && host.tOptional(`presence.missing.${group.id}`);
      const text = builtIn || host.t('presence.missing.other', { label: label(host, group) });
      return html`<p class="presence-missing" part="presence-missing">${text}</p>`;
    });
}
