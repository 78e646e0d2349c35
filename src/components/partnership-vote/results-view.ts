import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import type { ConsentNote, TallyResult } from '../../core/parity.js';
import { renderChart } from './results-chart.js';
import { renderGradesTable } from './results-grades.js';
import { renderRounds } from './results-rounds.js';
import { renderResultsTable, type ResultsWords } from './results-table.js';

/**
 * The results section: first what was decided (or why nothing was) in one plain sentence,
 * then the chart with its head-count toggle, the table, the explanation and, for consent,
 * who objected and why. The outcome is never left to be read off a chart.
 */

export interface ResultsContext extends ResultsWords {
  result: TallyResult;
  /** From `explainTally`, in reading order. */
  explanation: readonly string[];
  closed: boolean;
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;
  showRaw: boolean;
  rtl: boolean;
  /** For a facilitator: who else can see these results (a message key), when not everyone. */
  facilitatorNote?: string;
  /** The groups' weights are all equal. */
  equalWeights: boolean;
  list: (items: readonly string[]) => string;
  onToggleRaw: (event: Event) => void;
}

export function renderResults(context: ResultsContext): TemplateResult {
  const { t, result, closed } = context;
  const hasBallots = result.turnout > 0;
  return html`<section class="results" part="results" aria-labelledby="results-title">
    ${heading(context.headingLevel, t(closed ? 'vote.results.final' : 'vote.results.so-far'), {
      id: 'results-title',
      class: 'h-main',
      tabindex: -1,
    })}
    ${
      context.facilitatorNote
        ? html`<p class="notice" part="facilitator-note">${t(context.facilitatorNote)}</p>`
        : nothing
    }
    <p class="outcome" part="outcome" data-outcome=${outcomeKind(result)}>
      <strong>${outcomeText(context)}</strong>
    </p>
    ${
      hasBallots
        ? html`<p class="hint">
              ${t(closed ? 'vote.results.closed-note' : 'vote.results.open-note')}
            </p>
            ${renderCounts(context)}`
        : nothing
    }
    <div class="explanation" part="explanation">
      ${heading(context.headingLevel + 1, t('vote.results.how'), { class: 'h-sub' })}
      ${context.explanation.map((sentence) => html`<p>${sentence}</p>`)}
    </div>
    ${result.method === 'consent' ? renderNotes(context) : nothing}
  </section>`;
}

/** Instant-runoff shows its rounds, grades their spread; the other methods a chart and table. */
function renderCounts(context: ResultsContext) {
  const { result } = context;
  if (result.rounds) return renderRounds(result, context);
  if (result.grades) return renderGradesTable(result, context);
  return html`${renderChartBlock(context)} ${renderResultsTable(result, context)}`;
}

/** What kind of outcome, for styling and for pages that read the DOM. */
function outcomeKind(result: TallyResult): string {
  if (result.decided) return 'decided';
  return result.undecidedReason ?? 'undecided';
}

function outcomeText(context: ResultsContext): string {
  const { t, result, closed, optionLabel, groupLabel, list } = context;
  const options = (ids: readonly string[]) => list(ids.map(optionLabel));
  switch (result.undecidedReason) {
    case undefined:
      return t(closed ? 'vote.outcome.wins' : 'vote.outcome.ahead', {
        option: optionLabel(result.winners[0]),
      });
    case 'no-ballots':
      return t('vote.outcome.no-ballots');
    case 'tie':
      return t('vote.outcome.tie', { options: options(result.winners) });
    case 'quorum': {
      const groups = result.quorumShortfalls.map((shortfall) => groupLabel(shortfall.group));
      return t('vote.outcome.quorum', { count: groups.length, groups: list(groups) });
    }
    case 'all-blocked':
      return t('vote.outcome.all-blocked');
    case 'double-majority':
      return t('vote.outcome.double-majority');
  }
}

function renderChartBlock(context: ResultsContext) {
  const { t, result, showRaw } = context;
  const percent = (value: number) => t('vote.percent', { percent: value });
  const rows = result.options.map((option, index) => {
    const ranked = result.ranking.find((entry) => entry.option === option);
    return {
      label: context.optionLabel(option),
      parity: ranked?.score.percent ?? 0,
      raw: result.raw.options[index].share.percent,
      ...(ranked?.blocked && { note: t('vote.status.blocked'), blocked: true }),
    };
  });
  const describe = (key: string, value: (row: (typeof rows)[number]) => number) =>
    t(key, {
      items: context.list(rows.map((row) => `${row.label} ${percent(value(row))}`)),
    });
  const summary = [describe('vote.chart.parity', (row) => row.parity)]
    .concat(showRaw ? [describe('vote.chart.raw', (row) => row.raw)] : [])
    .join(' ');
  const parityLegend = t(context.equalWeights ? 'vote.legend.parity' : 'vote.legend.weighted');
  return html`<div class="chart-block">
    <div class="chart-head">
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch parity"></span>${parityLegend}</li>
        ${
          showRaw ? html`<li><span class="swatch raw"></span>${t('vote.legend.raw')}</li>` : nothing
        }
      </ul>
      <label class="choice toggle">
        <input
          type="checkbox"
          id="show-raw"
          part="raw-toggle"
          .checked=${showRaw}
          @change=${context.onToggleRaw}
        />
        <span>${t('vote.show-raw')}</span>
      </label>
    </div>
    ${renderChart({ rows, showRaw, rtl: context.rtl, summary, percent })}
  </div>`;
}

/** Consent: each blocked option with who objected and why, then concerns, by option. */
function renderNotes(context: ResultsContext) {
  const { t, result } = context;
  const noted = result.options
    .map((option) => result.ranking.find((entry) => entry.option === option))
    .filter((entry) => entry && (entry.objections.length > 0 || entry.concerns.length > 0));
  if (noted.length === 0) return nothing;
  return html`<div class="notes" part="objections">
    ${heading(context.headingLevel + 1, t('vote.notes.title'), { class: 'h-sub' })}
    ${noted.map(
      (entry) =>
        html`${heading(context.headingLevel + 2, context.optionLabel(entry!.option), {
          class: 'h-minor',
        })}
        ${notesList(context, 'vote.notes.objections', entry!.objections)}
        ${notesList(context, 'vote.notes.concerns', entry!.concerns)}`,
    )}
  </div>`;
}

function notesList(context: ResultsContext, key: string, notes: readonly ConsentNote[]) {
  if (notes.length === 0) return nothing;
  const { t } = context;
  return html`<p>${t(key, { count: notes.length })}</p>
    <ul>
      ${notes.map(
        (note) =>
          html`<li>
            <span class="note-group">${context.groupLabel(note.group)}:</span>
            ${
              note.reason === undefined
                ? html`<span class="hint">${t('vote.notes.no-reason')}</span>`
                : html`<q>${note.reason}</q>`
            }
          </li>`,
      )}
    </ul>`;
}
