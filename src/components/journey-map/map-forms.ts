import type { TemplateResult } from 'lit';
import { newId } from '../../core/participant.js';
import { renderAddStage, renderMapHead } from './toolbar-view.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import type { MapHost } from './map-host.js';
import { addStage, limits, orderedStages, renameJourney } from './model.js';
import type { MapContext } from './view-context.js';

/** The problem with a stage name, if any, for the field `field`. */
export function stageNameErrors(name: string, field: string): FieldProblem[] {
  const trimmed = name.trim();
  if (!trimmed) return [{ field, key: 'stage.name-required', control: field }];
  if (trimmed.length > limits.stageName) {
    return [{ field, key: 'stage.name-long', params: { count: limits.stageName }, control: field }];
  }
  return [];
}

/**
 * The two small forms outside the dialogs: the journey's name at the top, and "Add a stage"
 * below the map. Adding keeps focus in the field, so a facilitator can type stage after stage.
 */
export class MapForms {
  private newStage = '';
  private newStageErrors: FieldProblem[] = [];
  private renaming = false;
  private nameDraft = '';

  constructor(
    private readonly host: MapHost,
    /** Called with the id of a stage just added (the stage view then shows it). */
    private readonly stageAdded: (id: string) => void,
  ) {}

  private async focus(selector: string): Promise<void> {
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    this.host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private addStage(): void {
    const name = this.newStage.trim();
    this.newStageErrors = stageNameErrors(name, 'new-stage');
    if (this.newStageErrors.length) {
      void this.host.refuse('new-stage-summary');
      return;
    }
    const id = newId();
    const next = addStage(this.host.data(), { id, name });
    if (!this.host.commit(next)) return;
    const count = orderedStages(next).length;
    this.newStage = '';
    this.stageAdded(id);
    this.host.announce(this.host.t('stage.added', { stage: name, index: count, count }));
    void this.focus('#new-stage');
  }

  private saveName(): void {
    const name = this.nameDraft.trim().slice(0, limits.journeyName);
    if (!this.host.commit(renameJourney(this.host.data(), name))) return;
    this.renaming = false;
    this.host.announce(this.host.t('map.renamed'));
    void this.focus('.map-head button');
  }

  renderHead(ctx: MapContext): TemplateResult {
    return renderMapHead(ctx, {
      name: ctx.data.settings.name,
      renaming: this.renaming,
      draft: this.nameDraft,
      start: () => {
        this.nameDraft = ctx.data.settings.name ?? '';
        this.renaming = true;
        void this.focus('#journey-name');
      },
      input: (value) => (this.nameDraft = value),
      save: () => this.saveName(),
      cancel: () => {
        this.renaming = false;
        void this.focus('.map-head button');
      },
    });
  }

  renderAddStage(ctx: MapContext): TemplateResult {
    return renderAddStage(ctx, {
      name: this.newStage,
      errors: this.newStageErrors,
      input: (value) => (this.newStage = value),
      submit: () => this.addStage(),
    });
  }
}
