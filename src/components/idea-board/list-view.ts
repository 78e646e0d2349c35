import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardHost } from './board-host.js';
import type { CardContext } from './card.js';
import { byline, renderBuilds, resultText } from './card.js';
import type { Idea } from './model.js';
import { noResult } from './votes.js';
import { cssId } from './roving-focus.js';

/**
 * Every idea as a plain list, a heading per column, each idea in full (detail, tags, who,
 * cluster, dots, builds): the view to read a board with a screen reader or on a small
 * screen. Long columns show 100 at a time, with "Show more".
 */
/** How the list is sorted, and a change of it. */
export interface ListSort {
  value: 'board' | 'score';
  set(sort: 'board' | 'score'): void;
}

export function renderListView(host: BoardHost, ctx: CardContext, sort: ListSort): TemplateResult {
  const byScore = sort.value === 'score' && ctx.votesShown;
  const score = (idea: Idea) => (ctx.state.results.byIdea.get(idea.id) ?? noResult).percent;
  return html`<div class="list-view" part="list">
    ${ctx.votesShown ? renderSort(host, sort) : nothing}
    ${host.settings.columns.map((column) => {
      const visible = ctx.state.visible.get(column.id) ?? [];
      // Array.prototype.sort is stable: equal scores keep board order.
      const ideas = byScore ? [...visible].sort((a, b) => score(b) - score(a)) : visible;
      const shown = ctx.parts.paging.listShownIn(column.id);
      const headingId = `list-${cssId(column.id)}`;
      // Not a region: the column is reached by its heading (see renderColumn).
      return html`<div class="list-column" data-column=${column.id}>
        ${heading(
          host.settings.headingLevel,
          html`${column.label}
            <span class="count">${host.t('column.count', { count: ideas.length })}</span>`,
          { id: headingId, class: 'column-title' },
        )}
        ${
          ideas.length
            ? html`<ol class="idea-list">
                ${ideas.slice(0, shown).map((idea) => renderListItem(host, ctx, idea))}
              </ol>`
            : html`<p class="empty">
                ${host.t(ctx.filtering ? 'column.none-match' : 'column.empty')}
              </p>`
        }
        ${
          shown < ideas.length
            ? html`<button type="button" class="secondary show-more" data-action="more-list">
                ${host.t('page.more', { count: Math.min(ctx.parts.paging.listPageSize, ideas.length - shown) })}
                <span class="visually-hidden"
                  >${host.t('page.where', { column: column.label })}</span
                >
                <span class="hint">${host.t('page.hidden', { count: ideas.length - shown })}</span>
              </button>`
            : nothing
        }
      </div>`;
    })}
  </div>`;
}

function renderSort(host: BoardHost, sort: ListSort): TemplateResult {
  const onChange = (event: Event) =>
    sort.set((event.target as HTMLSelectElement).value === 'score' ? 'score' : 'board');
  return html`<div class="field sort">
    <label for="list-sort">${host.t('list.sort')}</label>
    <select id="list-sort" @change=${onChange}>
      <option value="board" ?selected=${sort.value === 'board'}>
        ${host.t('list.sort-board')}
      </option>
      <option value="score" ?selected=${sort.value === 'score'}>
        ${host.t('list.sort-score')}
      </option>
    </select>
  </div>`;
}

/**
 * One idea in full, with the card's own actions (add or take back a dot, build on it, move it)
 * as plain buttons: the list is what a phone shows, so nothing the board offers may be missing
 * here. The item takes focus (from script only) after a move, as a card does.
 */
function renderListItem(host: BoardHost, ctx: CardContext, idea: Idea): TemplateResult {
  const builds = ctx.state.builds.get(idea.id) ?? [];
  const cluster = ctx.state.index.clusterOf(idea);
  const mine = ctx.state.mine.get(idea.id) ?? 0;
  const titleId = `list-title-${cssId(idea.id)}`;
  const moving = ctx.parts.moveMenu()?.openFor === idea.id;
  return html`<li
    class="list-idea"
    part="list-idea"
    data-idea=${idea.id}
    tabindex="-1"
    aria-labelledby=${titleId}
  >
    ${heading(
      host.settings.headingLevel + 1,
      html`<button type="button" class="link" data-action="open">${idea.title}</button>`,
      { id: titleId, class: 'list-title sub-heading' },
    )}
    ${idea.detail ? html`<p class="detail-full">${idea.detail}</p>` : nothing}
    ${
      idea.tags?.length
        ? html`<p>${host.t('idea.tags-line', { tags: idea.tags.join(', ') })}</p>`
        : nothing
    }
    <p class="meta">
      ${byline(host, idea)}${idea.hidden ? ` · ${host.t('idea.hidden')}` : ''}${
        cluster ? ` · ${host.t('cluster.in', { name: cluster.name })}` : ''
      }
    </p>
    ${
      ctx.votesShown && ctx.state.results.byIdea.has(idea.id)
        ? html`<p>${resultText(host, idea.id)}</p>`
        : nothing
    }
    ${ctx.voting && mine > 0 ? html`<p>${host.t('votes.mine', { count: mine })}</p>` : nothing}
    <div class="list-actions">
      ${
        ctx.voting
          ? html`<button
                type="button"
                class="dot"
                data-action="give"
                aria-disabled=${ctx.dotsLeft > 0 ? 'false' : 'true'}
                aria-describedby=${titleId}
              >
                ${ctx.words.give}
              </button>
              ${
                mine > 0
                  ? html`<button
                      type="button"
                      class="dot secondary"
                      data-action="take"
                      aria-describedby=${titleId}
                    >
                      ${ctx.words.take}
                    </button>`
                  : nothing
              }`
          : nothing
      }
      <button type="button" class="secondary" data-action="build" aria-describedby=${titleId}>
        ${ctx.words.build}
      </button>
      <button
        type="button"
        class="secondary"
        data-action="move"
        aria-expanded=${moving ? 'true' : 'false'}
        aria-controls=${moving ? `move-${cssId(idea.id)}` : nothing}
        aria-describedby=${titleId}
      >
        ${ctx.words.move}
      </button>
    </div>
    ${moving ? (ctx.parts.moveMenu()?.render(idea) ?? nothing) : nothing}
    ${
      builds.length
        ? html`<details class="list-builds">
            <summary>${host.t('build.count', { count: builds.length })}</summary>
            ${renderBuilds(host, builds)}
          </details>`
        : nothing
    }
  </li>`;
}
