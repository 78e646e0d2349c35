import { html, nothing, type TemplateResult } from 'lit';
import type { CoElement } from '../co-element.js';
import { defaultGroups, type Group } from '../groups.js';
import { LazyPart, withWords } from '../lazy-part.js';
import type { StorageController, StorageStatus } from './storage-controller.js';

/** Who is here, in words: loaded when a store shared live first reports it (one table, so a
 * test can stand in an unreachable network). */
export const statusParts = {
  presence: () => import('./presence-view.js'),
};

const presenceParts = new WeakMap<CoElement, LazyPart<typeof import('./presence-view.js')>>();

/** The element's presence view: undefined until it has arrived (the first ask loads it). */
function presenceView(host: CoElement) {
  let part = presenceParts.get(host);
  if (!part) {
    part = new LazyPart(host, () => withWords(host, statusParts.presence));
    presenceParts.set(host, part);
  }
  return part.get();
}

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
/**
 * Saving is failing (refused, or storage full): the person's work is on this page and not yet
 * kept, so nothing may say it is saved, counted or sent.
 */
export const notSaved = (status: StorageStatus): boolean =>
  status === 'failed' || status === 'quota';

export function renderStorageStatus(
  host: StatusHost,
  storage: Pick<StorageController<object>, 'status' | 'flush'> &
    Partial<Pick<StorageController<object>, 'presence' | 'remote' | 'pageOnly'>>,
  exportCopy?: () => void,
): TemplateResult {
  const { status, presence } = storage;
  const failing = notSaved(status);
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
    ${presence ? (presenceView(host)?.renderPresence(host, presence, groups, !!host.facilitator) ?? '') : ''}
  </div>`;
}
