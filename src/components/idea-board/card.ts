import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BoardState } from './board-state.js';
import type { CoIdeaBoard } from './idea-board.js';
import type { Build, Cluster, Idea } from './model.js';
import { cssId } from './move-menu.js';

/** The words every card uses, translated once per render rather than once per card. */
export interface CardWords {
  give: string;
  take: string;
  build: string;
  move: string;
  tags: string;
  hidden: string;
}

/** What every card of one render shares, worked out once rather than per card. */
export interface CardContext {
  state: BoardState;
  tabStop?: string;
  votesShown: boolean;
  voting: boolean;
  filtering: boolean;
  dotsLeft: number;
  words: CardWords;
}

/** "Ana · People who use services", "Anonymous · Professionals and staff". */
export function byline(host: CoIdeaBoard, item: { author?: string; group?: string }): string {
  const name = item.author || host.t('idea.anonymous');
  return item.group ? `${name} · ${host.groupName(item.group)}` : name;
}

/** One card. Its controls are tabbable only while it is the active card (roving tabindex). */
export function renderCard(host: CoIdeaBoard, ctx: CardContext, idea: Idea): TemplateResult {
  // One flat template with few nested ones: a page shows up to 150 cards at once.
  const id = cssId(idea.id);
  const titleId = `title-${id}`;
  const inner = ctx.tabStop === idea.id ? 0 : -1;
  const builds = ctx.state.builds.get(idea.id) ?? [];
  const expanded = host.clicks.expanded.has(idea.id);
  const moving = host.moveMenu.openFor === idea.id;
  const mine = ctx.state.mine.get(idea.id) ?? 0;
  const result = ctx.votesShown ? ctx.state.results.byIdea.get(idea.id) : undefined;
  const words = ctx.words;
  return html`<article
    class="card${idea.hidden ? ' is-hidden' : ''}"
    part="card"
    data-idea=${idea.id}
    tabindex=${inner}
    aria-labelledby=${titleId}
    aria-describedby="meta-${id}"
    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Enter"
  >
    <div class="card-head">
      <span class="grip" aria-hidden="true"></span>
      <p class="title" id=${titleId}>
        <button type="button" class="link" data-action="open" tabindex=${inner}>
          ${idea.title}
        </button>
      </p>
    </div>
    ${idea.detail ? html`<p class="detail">${idea.detail}</p>` : nothing} ${renderTags(words, idea)}
    <p class="meta" id="meta-${id}">
      ${byline(host, idea)}${idea.hidden ? ` · ${words.hidden}` : ''}
    </p>
    <div class="votes" ?hidden=${!ctx.voting}>
      ${
        result
          ? html`<p class="result">
              ${host.t('votes.result', { percent: result.percent, count: result.dots })}
            </p>`
          : nothing
      }
      ${mine > 0 ? html`<p class="mine">${host.t('votes.mine', { count: mine })}</p>` : nothing}
      <button
        type="button"
        class="dot"
        data-action="give"
        tabindex=${inner}
        aria-disabled=${ctx.dotsLeft > 0 ? 'false' : 'true'}
        aria-describedby=${titleId}
      >
        ${words.give}
      </button>
      ${
        mine > 0
          ? html`<button
              type="button"
              class="dot secondary"
              data-action="take"
              tabindex=${inner}
              aria-describedby=${titleId}
            >
              ${words.take}
            </button>`
          : nothing
      }
    </div>
    <div class="card-actions">
      <button
        type="button"
        class="link"
        data-action=${builds.length ? 'builds' : 'build'}
        tabindex=${inner}
        aria-expanded=${ifDefined(builds.length ? (expanded ? 'true' : 'false') : undefined)}
        aria-describedby=${builds.length ? nothing : titleId}
      >
        ${builds.length ? host.t('build.count', { count: builds.length }) : words.build}
      </button>
      <button
        type="button"
        class="secondary small"
        data-action="move"
        tabindex=${inner}
        aria-expanded=${moving ? 'true' : 'false'}
        aria-controls=${moving ? `move-${id}` : nothing}
        aria-describedby=${titleId}
      >
        ${words.move}
      </button>
    </div>
    ${expanded ? renderBuilds(host, builds) : nothing}
    ${moving ? host.moveMenu.render(idea) : nothing}
  </article>`;
}

function renderTags(words: CardWords, idea: Idea): TemplateResult | typeof nothing {
  if (!idea.tags?.length) return nothing;
  return html`<ul class="tags" aria-label=${words.tags}>
    ${idea.tags.map((tag) => html`<li>${tag}</li>`)}
  </ul>`;
}

/** The builds under a card, once the person opens them. */
export function renderBuilds(host: CoIdeaBoard, builds: readonly Build[]): TemplateResult {
  return html`<ul class="builds" part="builds">
    ${builds.map(
      (build) =>
        html`<li>
          <span class="build-text">${build.text}</span>
          <span class="meta">${byline(host, build)}</span>
        </li>`,
    )}
  </ul>`;
}

/** Runs of cards: a loose card alone, or the cards of one cluster together. */
type Block = { key: string; cluster?: Cluster; ideas: Idea[] };

function blocksOf(host: CoIdeaBoard, ideas: readonly Idea[]): Block[] {
  const blocks: Block[] = [];
  for (const idea of ideas) {
    const cluster = host.clusterOf(idea);
    const last = blocks[blocks.length - 1];
    if (cluster && last?.cluster?.id === cluster.id) last.ideas.push(idea);
    else blocks.push({ key: cluster ? `c:${cluster.id}` : `i:${idea.id}`, cluster, ideas: [idea] });
  }
  return blocks;
}

/** A column of the board: its heading and count, the shown page of cards, and "Show more". */
export function renderColumn(
  host: CoIdeaBoard,
  ctx: CardContext,
  column: { id: string; label: string },
): TemplateResult {
  const ideas = ctx.state.visible.get(column.id) ?? [];
  const total = ctx.state.role.get(column.id)?.length ?? 0;
  const shown = host.paging.shownIn(column.id);
  const headingId = `column-${cssId(column.id)}`;
  const card = (idea: Idea) => html`<li>${renderCard(host, ctx, idea)}</li>`;
  const empty = ctx.filtering ? [] : host.emptyClusters(column.id);
  return html`<section
    class="column"
    part="column"
    data-column=${column.id}
    aria-labelledby=${headingId}
  >
    <h2 id=${headingId} class="column-title">
      ${column.label}
      <span class="count"
        >${
          ctx.filtering
            ? host.t('column.count-filtered', { shown: ideas.length, count: total })
            : host.t('column.count', { count: total })
        }</span
      >
    </h2>
    <ol class="cards" role="list">
      ${repeat(
        blocksOf(host, ideas.slice(0, shown)),
        (block) => block.key,
        (block) =>
          block.cluster
            ? html`<li class="cluster" part="cluster">
                ${renderClusterHead(host, block.cluster, block.ideas.length)}
                <ol role="list">
                  ${repeat(block.ideas, (idea) => idea.id, card)}
                </ol>
              </li>`
            : card(block.ideas[0]),
      )}
      ${empty.map(
        (cluster) =>
          html`<li class="cluster" part="cluster">${renderClusterHead(host, cluster, 0)}</li>`,
      )}
    </ol>
    ${
      ideas.length === 0
        ? html`<p class="empty">${host.t(ctx.filtering ? 'column.none-match' : 'column.empty')}</p>`
        : nothing
    }
    ${
      shown < ideas.length
        ? html`<button type="button" class="secondary show-more" data-action="more">
            ${host.t('page.more', { count: Math.min(host.pageSize, ideas.length - shown) })}
            <span class="visually-hidden">${host.t('page.where', { column: column.label })}</span>
            <span class="hint">${host.t('page.hidden', { count: ideas.length - shown })}</span>
          </button>`
        : nothing
    }
  </section>`;
}

function renderClusterHead(host: CoIdeaBoard, cluster: Cluster, count: number): TemplateResult {
  const nameId = `cluster-${cssId(cluster.id)}`;
  if (host.clusterEditor.renaming === cluster.id) return host.clusterEditor.renderRename(cluster);
  return html`<div class="cluster-head" data-cluster=${cluster.id}>
    <h3 id=${nameId} class="cluster-name">
      ${cluster.name} <span class="count">${host.t('cluster.count', { count })}</span>
    </h3>
    <button
      type="button"
      class="link"
      data-action="rename-cluster"
      data-cluster=${cluster.id}
      aria-describedby=${nameId}
    >
      ${host.t('cluster.rename')}
    </button>
    <button
      type="button"
      class="link"
      data-action="dissolve-cluster"
      data-cluster=${cluster.id}
      aria-describedby=${nameId}
    >
      ${host.t('cluster.dissolve')}
    </button>
  </div>`;
}
