import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import { live } from 'lit/directives/live.js';
import { describedBy, renderFieldError, renderFormSummary } from './form-errors.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import { layers, limits, type Layer } from './model.js';
import type { MapContext } from './view-context.js';

export interface HeadParts {
  name?: string;
  renaming: boolean;
  draft: string;
  start: () => void;
  input: (value: string) => void;
  save: () => void;
  cancel: () => void;
}

/** The map's title (the journey's name), with a small form to change it. */
export function renderMapHead(ctx: MapContext, parts: HeadParts): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    parts.save();
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    parts.cancel();
  };
  return html`<div class="map-head">
    ${heading(ctx.headingLevel, parts.name || ctx.t('map.title'), {
      id: 'map-title',
      class: 'h-main',
    })}
    ${
      !ctx.editable
        ? nothing
        : parts.renaming
          ? html`<form
              class="rename-map controls"
              novalidate
              @submit=${onSubmit}
              @keydown=${onKeydown}
            >
              <label for="journey-name">${ctx.t('map.name')}</label>
              <p class="hint" id="journey-name-hint">${ctx.t('map.name-hint')}</p>
              <div class="inline">
                <input
                  id="journey-name"
                  autocomplete="off"
                  maxlength=${limits.journeyName}
                  aria-describedby="journey-name-hint"
                  .value=${live(parts.draft)}
                  @input=${(e: Event) => parts.input((e.target as HTMLInputElement).value)}
                />
                <button type="submit">${ctx.t('map.name-save')}</button>
                <button type="button" class="secondary" @click=${parts.cancel}>
                  ${ctx.t('dialog.cancel')}
                </button>
              </div>
            </form>`
          : html`<button type="button" class="link controls" @click=${parts.start}>
              ${ctx.t(parts.name ? 'map.rename' : 'map.name-it')}
            </button>`
    }
  </div>`;
}

export interface ToolbarParts {
  view: 'grid' | 'stages';
  setLayer: (layer: Layer) => void;
  switchView: () => void;
  exports: { json: () => unknown; csv: () => unknown; svg: () => unknown };
}

/** Which layer to show, which view, and the downloads. */
export function renderToolbar(ctx: MapContext, parts: ToolbarParts): TemplateResult {
  const hasStages = ctx.stages.length > 0;
  return html`<div class="toolbar controls" part="toolbar">
    <fieldset class="layer-choice">
      <legend>${ctx.t('layer.question')}</legend>
      <div class="segmented">
        ${layers.map(
          (layer) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="layer"
                .value=${layer}
                .checked=${live(ctx.layer === layer)}
                @change=${() => parts.setLayer(layer)}
              /><span>${ctx.t(`layer.${layer}`)}</span></label
            >`,
        )}
      </div>
    </fieldset>
    ${
      hasStages
        ? html`<button type="button" class="secondary view-toggle" @click=${parts.switchView}>
            ${ctx.t(parts.view === 'grid' ? 'view.to-stages' : 'view.to-grid')}
          </button>`
        : nothing
    }
    <details class="export" part="export">
      <summary>${ctx.t('export.menu')}</summary>
      <div class="export-menu">
        ${(hasStages ? (['json', 'csv', 'svg'] as const) : (['json', 'csv'] as const)).map(
          (kind) =>
            html`<button
              type="button"
              class="secondary"
              data-export=${kind}
              @click=${() => parts.exports[kind]()}
            >
              ${ctx.t(`export.${kind}`)}
            </button>`,
        )}
      </div>
    </details>
  </div>`;
}

export interface AddStageParts {
  name: string;
  errors: readonly FieldProblem[];
  input: (value: string) => void;
  submit: () => void;
}

/** The form that adds a stage at the end; it keeps focus, so stage after stage can be typed. */
export function renderAddStage(ctx: MapContext, parts: AddStageParts): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    parts.submit();
  };
  const { errors } = parts;
  return html`<form class="add-stage controls" part="add-stage" novalidate @submit=${onSubmit}>
    ${renderFormSummary(ctx, 'new-stage-summary', ctx.headingLevel + 1, errors)}
    <label for="new-stage">${ctx.t('stage.new')}</label>
    <p class="hint" id="new-stage-hint">${ctx.t('stage.new-hint')}</p>
    ${renderFieldError(ctx, errors, 'new-stage')}
    <div class="inline">
      <input
        id="new-stage"
        autocomplete="off"
        aria-describedby=${describedBy(errors, 'new-stage', 'new-stage-hint')}
        aria-invalid=${errors.length ? 'true' : 'false'}
        .value=${live(parts.name)}
        @input=${(e: Event) => parts.input((e.target as HTMLInputElement).value)}
      />
      <button type="submit">${ctx.t('stage.add')}</button>
    </div>
  </form>`;
}
