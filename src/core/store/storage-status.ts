import { html, type TemplateResult } from 'lit';
import type { CoElement } from '../co-element.js';
import type { StorageController, StorageStatus } from './storage-controller.js';

const statusKeys: Record<StorageStatus, string> = {
  loading: 'status.loading',
  saving: 'status.saving',
  saved: 'status.saved',
  failed: 'status.not-saved',
  quota: 'status.not-saved',
  'read-only': 'status.read-only',
};

/**
 * The save state in words, for the foot of an element. It is not a live region: "Saving…"
 * after every keystroke would drown a screen reader; failures are announced through the
 * element's problem alert instead. When saving is failing, the person can take a copy.
 */
export function renderStorageStatus(
  host: CoElement,
  storage: Pick<StorageController<object>, 'status' | 'flush'>,
  exportCopy?: () => void,
): TemplateResult {
  const { status } = storage;
  const failing = status === 'failed' || status === 'quota';
  return html`<div class="storage-status" part="status" data-status=${status}>
    <span>${host.t(statusKeys[status])}</span>
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
  </div>`;
}
