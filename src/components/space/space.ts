import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading } from '../../core/ui/heading.js';
import { CoElement } from '../../core/co-element.js';
import { forgetRememberedGroup } from '../../core/participant-group.js';
import { spaceContext, type SpaceSettings } from '../../core/space-context.js';
import { chooseStore } from '../../core/store/choose-store.js';
import { MemoryStore } from '../../core/store/memory-store.js';
import type { SpaceExport } from '../../core/store/envelope.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { flushPendingSaves } from '../../core/store/storage-controller.js';
import { downloadFile } from '../../core/download.js';
import { dialogStyles, openDialog, renderConfirmDialog } from '../../core/ui/confirm-dialog.js';
import { LazyPart, PartUnavailable } from '../../core/lazy-part.js';
import { spaceMessages } from './messages.js';
import { applyImport, deleteSpace, planImport, readSpace, type ImportStep } from './model.js';
import { spaceParts } from './space-parts.js';
import { spaceStyles } from './space.styles.js';

/**
 * Gives the elements inside it one space, storage, group and language, and lets people take
 * their data with them: export everything, import a file, delete it all from this browser.
 *
 * @summary Wraps Together Kit elements: one space, with export, import and "delete my data".
 *
 * @slot - The elements of this space (and any other content).
 * @fires co-error - An import could not be read or saved (`import-invalid`, `storage-quota`, …).
 * @fires co-change - After an import or a delete, once per space.
 * @csspart controls - The "your data" section with the three buttons.
 * @csspart dialog - The confirmation dialogs.
 */
export class CoSpace extends CoElement {
  static override styles = [...CoElement.styles, dialogStyles, spaceStyles];
  static override messages = spaceMessages;

  /** The space id shared by every element inside (part of each storage key). */
  @property({ reflect: true }) space = 'default';

  /**
   * Where the elements inside save: `local` (this browser, default), `memory` (forgotten on
   * leaving), `http` or `yjs` (a server, at `endpoint`). An unknown name is refused in words
   * and `memory` is used, never the browser's durable storage.
   */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store object of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  /** The group every participant on this page takes part as, when the page knows it. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /** Hides the export / import / delete buttons (the methods still work). */
  @property({ type: Boolean, attribute: 'hide-controls', reflect: true }) hideControls = false;

  @state() private importProblems: string[] = [];
  @state() private pendingImport?: ImportStep[];
  @state() private deleteCount = 0;

  private readonly provider = new ContextProvider(this, {
    context: spaceContext,
    initialValue: this.settings,
  });

  private get settings(): SpaceSettings {
    return {
      space: this.space,
      storage: this.storage,
      endpoint: this.endpoint,
      store: this.store,
      participantGroup: this.participantGroup,
    };
  }

  private get activeStore(): RecordStore {
    return this.store ?? chooseStore(this.storage, this.endpoint).store;
  }

  /**
   * Where the space's records are kept, so that "delete" says what it deletes: this browser,
   * this page only (`memory`), or a server every participant of the space shares (a store that
   * watches its connection, as `http` and `yjs` do): there, deleting deletes it for everyone.
   */
  private get keptIn(): 'browser' | 'page' | 'shared' {
    const store = this.activeStore;
    if (typeof store.watchConnection === 'function') return 'shared';
    return store instanceof MemoryStore ? 'page' : 'browser';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('space') ||
      changed.has('storage') ||
      changed.has('endpoint') ||
      changed.has('store') ||
      changed.has('participantGroup')
    ) {
      this.provider.setValue(this.settings);
    }
    if (changed.has('storage') || changed.has('endpoint')) {
      const { problem } = this.store ? {} : chooseStore(this.storage, this.endpoint);
      if (problem) {
        this.reportProblem(
          'attribute-invalid',
          this.t(`problem.${problem}`, { name: String(this.storage) }),
          undefined,
          'attribute-invalid:storage',
        );
      } else this.clearProblemKey('attribute-invalid:storage');
    }
  }

  /**
   * Resolves once the space is ready to hand out its settings. A space keeps no record of its
   * own (its elements load theirs), so this is its first render.
   */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => undefined);
  }

  /** The space's export (every record's envelope): the same as `exportData()`. */
  exportJson(): Promise<SpaceExport> {
    return this.exportData();
  }

  /** Everything saved in this space, as the JSON that export writes and import reads. */
  async exportData(): Promise<SpaceExport> {
    await flushPendingSaves();
    const { exportSpace } = await this.fileCode();
    return exportSpace(this.space, await readSpace(this.activeStore, this.space));
  }

  /** Reading and writing files, loaded when first needed (spaceParts). */
  private readonly filePart = new LazyPart(this, () => spaceParts.file());

  /** The file code; rejects when it cannot load (the space has said so, with "Try again"). */
  private async fileCode() {
    const code = await this.filePart.ready();
    if (!code) throw new PartUnavailable(this.t('problem.part'));
    return code;
  }

  /**
   * Imports an export (text or parsed JSON) without asking: validates all of it first and
   * writes all or nothing. Throws an Error listing what is wrong with a bad file.
   */
  async importData(json: string | object): Promise<number> {
    const steps = await this.planFrom(async () =>
      typeof json === 'string' ? json : JSON.stringify(json),
    );
    if (!(await this.apply(steps))) throw new Error(this.problems.at(-1)?.message);
    return steps.length;
  }

  /** Deletes everything saved in this space from this browser, without asking. */
  async deleteData(): Promise<number> {
    await flushPendingSaves();
    const count = await deleteSpace(this.activeStore, this.space);
    forgetRememberedGroup(this.space);
    this.announcer.announce(this.t('space.deleted'));
    return count;
  }

  /**
   * What importing the file `read` gives would change. Throws when the file is refused, having
   * listed why (`importProblems`, `co-error` `import-invalid`), or when the file code cannot
   * load (PartUnavailable: the space has said so, with "Try again").
   */
  private async planFrom(read: () => Promise<string>): Promise<ImportStep[]> {
    this.importProblems = [];
    const { readImportFile } = await this.fileCode();
    let text: string;
    try {
      text = await read();
    } catch (error) {
      return this.refuseImport([(error as Error).message]);
    }
    const parsed = await readImportFile(text, undefined, this.language);
    if (!parsed.ok) return this.refuseImport(parsed.problems);
    // An export of another space is brought into this one: the records move with it, so an
    // NGO can copy a workshop's board from one page to another.
    const records = parsed.records.map((r) => ({ ...r, space: this.space }));
    try {
      await flushPendingSaves();
      return await planImport(this.activeStore, records);
    } catch (error) {
      return this.refuseImport([(error as Error).message]);
    }
  }

  private refuseImport(problems: string[]): never {
    this.importProblems = problems;
    this.emit('co-error', { code: 'import-invalid', message: problems.join(' ') });
    throw new Error(problems.join('\n'));
  }

  private announceImport(count: number): void {
    this.announcer.announce(this.t('space.imported', { count }));
  }

  private async onExport(): Promise<void> {
    let data: SpaceExport;
    try {
      data = await this.exportData();
    } catch (error) {
      // Code that could not load has been reported, with "Try again"; storage that fails has not.
      if (!(error instanceof PartUnavailable)) this.storageFailed('space.export-failed', error);
      return;
    }
    this.clearProblemKey('space-storage');
    const date = data.exportedAt.slice(0, 10);
    downloadFile(`${this.space}-${date}.json`, JSON.stringify(data, null, 2), 'application/json');
    this.announcer.announce(this.t('space.exported', { count: data.records.length }));
  }

  private async onFileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    let steps: ImportStep[];
    try {
      steps = await this.planFrom(() => file.text());
    } catch (error) {
      if (error instanceof PartUnavailable) return;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#import-problems')?.focus();
      return;
    }
    this.pendingImport = steps;
    await this.updateComplete;
    openDialog(this.renderRoot as ShadowRoot, 'import-dialog');
  }

  private async confirmImport(): Promise<void> {
    const steps = this.pendingImport ?? [];
    this.pendingImport = undefined;
    await this.apply(steps);
  }

  /** Writes a planned import; a failure is said in words and as `co-error`, nothing changed. */
  private async apply(steps: readonly ImportStep[]): Promise<boolean> {
    try {
      await applyImport(this.activeStore, steps);
    } catch (error) {
      this.reportProblem(
        'storage-failed',
        this.t('space.import-failed', { detail: (error as Error).message }),
        error,
      );
      return false;
    }
    this.clearProblem('storage-failed');
    this.announceImport(steps.length);
    return true;
  }

  private async askDelete(): Promise<void> {
    try {
      this.deleteCount = (await this.activeStore.list(this.space)).length;
    } catch (error) {
      this.storageFailed('space.read-failed', error);
      return;
    }
    this.clearProblemKey('space-storage');
    await this.updateComplete;
    openDialog(this.renderRoot as ShadowRoot, 'delete-dialog');
  }

  private async confirmDelete(): Promise<void> {
    try {
      await this.deleteData();
    } catch (error) {
      this.storageFailed('space.delete-failed', error);
      return;
    }
    this.clearProblemKey('space-storage');
  }

  /** This browser's storage failed while reading or deleting the space: said, and fired. */
  private storageFailed(message: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.reportProblem('storage-unavailable', this.t(message, { detail }), error, 'space-storage');
  }

  private recordName(step: ImportStep): string {
    const kind = this.tOptional(`kind.${step.incoming.kind}`) ?? step.incoming.kind;
    return this.t('space.record', { kind, id: step.incoming.id });
  }

  override render(): TemplateResult {
    return html`<slot></slot> ${this.hideControls ? nothing : this.renderControls()}
      ${this.renderImportDialog()} ${this.renderDeleteDialog()}`;
  }

  private renderControls() {
    return html`<section class="controls" part="controls" aria-labelledby="data-heading">
      ${this.renderProblems()}
      ${heading(this.headingLevel, this.t('space.heading'), { id: 'data-heading' })}
      <p class="hint">${this.t('space.hint')}</p>
      ${
        this.importProblems.length
          ? html`<div class="notice error" id="import-problems" tabindex="-1" role="alert">
              <p><strong>${this.t('space.import-problems')}</strong></p>
              <ul>
                ${this.importProblems.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" @click=${this.onExport}>${this.t('space.export')}</button>
        <label class="button secondary" for="import-file">${this.t('space.import')}</label>
        <input
          id="import-file"
          class="file"
          type="file"
          accept=".json,application/json"
          @change=${this.onFileChosen}
        />
        <button type="button" class="warning" @click=${this.askDelete}>
          ${this.t('space.delete')}
        </button>
      </div>
    </section>`;
  }

  private renderImportDialog() {
    const steps = this.pendingImport ?? [];
    const list = html`<p>${this.t('space.import-confirm-body')}</p>
      <ul>
        ${steps.map(
          (step) =>
            html`<li>
              ${
                step.action === 'add'
                  ? this.t('space.import-adds', { name: this.recordName(step) })
                  : this.t('space.import-merges', {
                      name: this.recordName(step),
                      date: new Date(step.existing!.updatedAt).toLocaleString(this.language),
                    })
              }
            </li>`,
        )}
      </ul>`;
    return renderConfirmDialog({
      id: 'import-dialog',
      level: this.headingLevel,
      title: this.t('space.import-confirm-title'),
      body: list,
      confirm: this.t('space.import-confirm'),
      cancel: this.t('space.cancel'),
      tone: 'primary',
      onConfirm: () => void this.confirmImport(),
      onClose: () => (this.pendingImport = undefined),
    });
  }

  private renderDeleteDialog() {
    return renderConfirmDialog({
      id: 'delete-dialog',
      level: this.headingLevel,
      title: this.t('space.delete-confirm-title'),
      body: [
        this.t(`space.delete-confirm-body.${this.keptIn}`, { space: this.space }),
        this.t('space.delete-count', { count: this.deleteCount }),
        this.t('space.delete-undo'),
      ].join(' '),
      confirm: this.t('space.delete-confirm'),
      cancel: this.t('space.cancel'),
      onConfirm: () => void this.confirmDelete(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-space': CoSpace;
  }
}
