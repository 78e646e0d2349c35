import { html, nothing, type TemplateResult } from 'lit';
import type { CoElement } from '../co-element.js';
import { defaultGroups, groupLabel, type Group } from '../groups.js';
import type { PresenceCounts } from './record-store.js';
import type { StorageController, StorageStatus } from './storage-controller.js';

const statusKeys: Record<StorageStatus, string> = {
  loading: 'status.loading',
  saving: 'status.saving',
  saved: 'status.saved',
  failed: 'status.not-saved',
  quota: 'status.not-saved',
  'read-only': 'status.read-only',
  offline: 'status.offline',
};

/** What the status line reads from an element besides its storage: groups, facilitator view. */
interface StatusHost extends CoElement {
  groups?: readonly Group[];
  facilitator?: boolean;
}

/**
 * The save state in words, for the foot of an element. It is not a live region: "Saving…"
 * after every keystroke would drown a screen reader; failures are announced through the
 * element's problem alert instead, and going offline through a polite status region. When
 * saving is failing, the person can take a copy. With a store shared live, it also says how
 * many people are here, by group (never who), and tells a facilitator which group is missing.
 */
export function renderStorageStatus(
  host: StatusHost,
  storage: Pick<StorageController<object>, 'status' | 'flush'> &
    Partial<Pick<StorageController<object>, 'presence' | 'remote' | 'pageOnly'>>,
  exportCopy?: () => void,
): TemplateResult {
  const { status, presence } = storage;
  const failing = status === 'failed' || status === 'quota';
  const key =
    status !== 'saved'
      ? statusKeys[status]
      : storage.pageOnly
        ? 'status.saved-page'
        : storage.remote
          ? 'status.saved-remote'
          : 'status.saved';
  const groups = host.groups ?? defaultGroups;
  return html`<div class="storage-status" part="status" data-status=${status}>
    <span>${status === 'offline' ? nothing : host.t(key)}</span>
    <span role="status">${status === 'offline' ? host.t(key) : nothing}</span>
    ${
      failing && exportCopy
        ? html`<button type="button" class="secondary" @click=${exportCopy}>
              ${host.t('status.export')}
            </button>
            <button type="button" class="secondary" @click=${() => void storage.flush()}>
              ${host.t('status.retry')}
            </button>`
        : ''
    }
    ${presence ? html`<p class="presence" part="presence">${presenceText(host, presence, groups)}</p>` : ''}
    ${presence && host.facilitator ? missingGroups(host, presence, groups) : ''}
  </div>`;
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
