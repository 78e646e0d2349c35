import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BoardIndex } from './board-index.js';
import type { BoardState } from './board-state.js';
import type { BoardHost } from './board-host.js';
import type { ClusterEditor } from './cluster-editor.js';
import type { MoveMenu } from './move-menu.js';
import type { Paging } from './paging.js';
import type { Build, Cluster, Idea } from './model.js';
import { noResult, type IdeaResult } from './votes.js';
import { textItems } from './text-items.js';
import { cssId } from './roving-focus.js';

/** The words every card uses, translated once per render rather than once per card. */
export interface CardWords {
  give: string;
  take: string;
  build: string;
  move: string;
  tags: string;
  hidden: string;
  anonymous: string;
  /** Not shown as such: the language and groups the words (and group names) are in. */
  language: string;
  groups: unknown;
}

/** The board's parts a card or list item shows from: opened builds, move menu, renaming. */
export interface CardParts {
  /** Ideas whose builds are open under the card. */
  expanded(): ReadonlySet<string>;
  /** The move menu and the cluster editor, once loaded (the first "Move to…" or rename). */
  moveMenu(): MoveMenu | undefined;
  clusterEditor(): ClusterEditor | undefined;
  paging: Paging;
}

/** What every card of one render shares, worked out once rather than per card. */
export interface CardContext {
  state: BoardState;
  parts: CardParts;
  tabStop?: string;
  votesShown: boolean;
  voting: boolean;
  filtering: boolean;
  dotsLeft: number;
  words: CardWords;
}

/** "Ana · People who use services", "Anonymous · Professionals and staff". */
export function byline(
  host: BoardHost,
  item: { author?: string; group?: string },
  anonymous = host.t('idea.anonymous'),
): string {
  const name = item.author || anonymous;
  return item.group ? `${name} · ${host.settings.groupName(item.group)}` : name;
}

/** "Parity score 34% · 5 dots: …3, …2", in words. */
export function resultText(host: BoardHost, id: string): string {
  const result = host.state.results.byIdea.get(id) ?? noResult;
  const byGroup = host.settings.groups
    .map((g) =>
      host.t('votes.group-dots', {
        group: host.settings.groupName(g.id),
        count: result.byGroup[g.id] ?? 0,
      }),
    )
    .join('; ');
  return `${host.t('votes.result', { percent: result.percent, count: result.dots })} (${byGroup})`;
}

/**
 * One card, in its list item. Its controls are tabbable only while it is the active card
 * (roving tabindex).
 *
 * A page shows 90 cards at once (30 a column), more after "Show more", so the card is one flat template with few nested
 * ones, and plain text is bound as `.textContent` (still a Lit binding, still text): a child
 * part costs a marker comment and a part object, and the whitespace around it text nodes,
 * which on a first render of 150 cards (the page was 50 a column then) was a good part of the time.
 */
function renderCard(host: BoardHost, ctx: CardContext, idea: Idea): unknown {
  const inner = ctx.tabStop === idea.id ? 0 : -1;
  const builds = ctx.state.builds.get(idea.id) ?? NO_BUILDS;
  const expanded = ctx.parts.expanded().has(idea.id);
  const moving = ctx.parts.moveMenu()?.openFor === idea.id;
  const mine = ctx.state.mine.get(idea.id) ?? 0;
  const result = ctx.votesShown ? ctx.state.results.byIdea.get(idea.id) : undefined;
  // Everything the card shows, so that a card none of it changed for is skipped: a key
  // press in Find renders the board again, and most of its cards are as they were.
  // (An opened card reads more than this — its builds' authors, the move panel — so it is
  // always drawn.)
  const inputs = [
    idea,
    inner,
    builds,
    mine,
    result,
    ctx.voting,
    ctx.dotsLeft > 0,
    ctx.words,
    expanded || moving ? {} : false,
  ];
  return guard(inputs, () =>
    drawCard(host, ctx, idea, { inner, builds, expanded, moving, mine, result }),
  );
}

const NO_BUILDS: readonly Build[] = [];

function drawCard(
  host: BoardHost,
  ctx: CardContext,
  idea: Idea,
  {
    inner,
    builds,
    expanded,
    moving,
    mine,
    result,
  }: {
    inner: number;
    builds: readonly Build[];
    expanded: boolean;
    moving: boolean;
    mine: number;
    result: IdeaResult | undefined;
  },
): TemplateResult {
  const id = cssId(idea.id);
  const titleId = `title-${id}`;
  const words = ctx.words;
  const meta = byline(host, idea, words.anonymous);
  // The closing ">" of each tag starts the next line, so no whitespace text sits between tags:
  // a page of 90 cards would otherwise carry about 1,800 text nodes that show nothing.
  // (Every container in a card lays out with flex or as blocks, so no space was ever shown.)
  // prettier-ignore
  return html`<li
    ><article
      class="card${idea.hidden ? ' is-hidden' : ''}"
      part="card"
      data-idea=${idea.id}
      tabindex=${inner}
      aria-labelledby=${titleId}
      aria-describedby="meta-${id}"
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Enter"
      ><div class="card-head"
        ><span class="grip" aria-hidden="true"></span
        ><p class="title" id=${titleId}
          ><button
            type="button"
            class="link"
            data-action="open"
            tabindex=${inner}
            .textContent=${idea.title}
          ></button
        ></p
      ></div
      >${idea.detail ? html`<p class="detail" .textContent=${idea.detail}></p>` : nothing
      }${renderTags(words, idea)
      }<p
        class="meta"
        id="meta-${id}"
        .textContent=${idea.hidden ? `${meta} · ${words.hidden}` : meta}
      ></p
      ><div class="votes" ?hidden=${!ctx.voting}
        >${result || mine > 0 ? renderVoteLines(host, result, mine) : nothing}<button
          type="button"
          class="dot"
          data-action="give"
          tabindex=${inner}
          aria-disabled=${ctx.dotsLeft > 0 ? 'false' : 'true'}
          aria-describedby=${titleId}
          .textContent=${words.give}
        ></button
        >${mine > 0
          ? html`<button
              type="button"
              class="dot secondary"
              data-action="take"
              tabindex=${inner}
              aria-describedby=${titleId}
              .textContent=${words.take}
            ></button>`
          : nothing
        }</div
      ><div class="card-actions"
        ><button
          type="button"
          class="link"
          data-action=${builds.length ? 'builds' : 'build'}
          tabindex=${inner}
          aria-expanded=${ifDefined(builds.length ? (expanded ? 'true' : 'false') : undefined)}
          aria-describedby=${builds.length ? nothing : titleId}
          .textContent=${builds.length ? host.t('build.count', { count: builds.length }) : words.build}
        ></button
        ><button
          type="button"
          class="secondary small"
          data-action="move"
          tabindex=${inner}
          aria-expanded=${moving ? 'true' : 'false'}
          aria-controls=${moving ? `move-${id}` : nothing}
          aria-describedby=${titleId}
          .textContent=${words.move}
        ></button
      ></div
      
      >${expanded || moving ? renderOpened(host, ctx.parts, idea, expanded && builds, moving) : nothing
    }</article
  ></li>`;
}

// Each of these joins two things a card rarely shows into one Lit part, so that a card
// showing neither carries one marker rather than two.

/** The idea's result and this person's dots on it. */
function renderVoteLines(
  host: BoardHost,
  result: IdeaResult | undefined,
  mine: number,
): TemplateResult {
  return html`${
    result
      ? html`<p
          class="result"
          .textContent=${host.t('votes.result', { percent: result.percent, count: result.dots })}
        ></p>`
      : nothing
  }${mine > 0 ? html`<p class="mine" .textContent=${host.t('votes.mine', { count: mine })}></p>` : nothing}`;
}

/** What opens under a card: its builds, and the "Move to…" panel. */
function renderOpened(
  host: BoardHost,
  parts: CardParts,
  idea: Idea,
  builds: false | readonly Build[],
  moving: boolean,
): TemplateResult {
  return html`${builds ? renderBuilds(host, builds) : nothing}${
    moving ? (parts.moveMenu()?.render(idea) ?? nothing) : nothing
  }`;
}

function renderTags(words: CardWords, idea: Idea): TemplateResult | typeof nothing {
  if (!idea.tags?.length) return nothing;
  return html`<ul class="tags" aria-label=${words.tags} ${textItems(idea.tags)}></ul>`;
}

/** The builds under a card, once the person opens them. */
export function renderBuilds(host: BoardHost, builds: readonly Build[]): TemplateResult {
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

function blocksOf(index: BoardIndex, ideas: readonly Idea[]): Block[] {
  const blocks: Block[] = [];
  for (const idea of ideas) {
    const cluster = index.clusterOf(idea);
    const last = blocks[blocks.length - 1];
    if (cluster && last?.cluster?.id === cluster.id) last.ideas.push(idea);
    else blocks.push({ key: cluster ? `c:${cluster.id}` : `i:${idea.id}`, cluster, ideas: [idea] });
  }
  return blocks;
}

/** A column of the board: its heading and count, the shown page of cards, and "Show more". */
export function renderColumn(
  host: BoardHost,
  ctx: CardContext,
  column: { id: string; label: string },
): TemplateResult {
  const ideas = ctx.state.visible.get(column.id) ?? [];
  const total = ctx.state.role.get(column.id)?.length ?? 0;
  const shown = ctx.parts.paging.shownIn(column.id);
  const headingId = `column-${cssId(column.id)}`;
  const card = (idea: Idea) => renderCard(host, ctx, idea);
  const empty = ctx.filtering ? [] : ctx.state.index.emptyClustersIn(column.id);
  // A column is a <div>, not a region: people reach columns by their headings, and a landmark
  // per column buried the two landmarks worth jumping to ("Post an idea", "Find ideas").
  return html`<div class="column" part="column" data-column=${column.id}>
    ${heading(
      host.settings.headingLevel,
      html`${column.label}
        <span class="count"
          >${
            ctx.filtering
              ? host.t('column.count-filtered', { shown: ideas.length, count: total })
              : host.t('column.count', { count: total })
          }</span
        >`,
      { id: headingId, class: 'column-title' },
    )}
    <ol class="cards" role="list">
      ${repeat(
        blocksOf(ctx.state.index, ideas.slice(0, shown)),
        (block) => block.key,
        (block) =>
          block.cluster
            ? html`<li class="cluster" part="cluster">
                ${renderClusterHead(host, ctx.parts.clusterEditor(), block.cluster, block.ideas.length)}
                <ol role="list">
                  ${repeat(block.ideas, (idea) => idea.id, card)}
                </ol>
              </li>`
            : card(block.ideas[0]),
      )}
      ${empty.map(
        (cluster) =>
          html`<li class="cluster" part="cluster">
            ${renderClusterHead(host, ctx.parts.clusterEditor(), cluster, 0)}
          </li>`,
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
            ${host.t('page.more', { count: Math.min(host.settings.pageSize, ideas.length - shown) })}
            <span class="visually-hidden">${host.t('page.where', { column: column.label })}</span>
            <span class="hint">${host.t('page.hidden', { count: ideas.length - shown })}</span>
          </button>`
        : nothing
    }
  </div>`;
}

function renderClusterHead(
  host: BoardHost,
  editor: ClusterEditor | undefined,
  cluster: Cluster,
  count: number,
): TemplateResult {
  const nameId = `cluster-${cssId(cluster.id)}`;
  if (editor?.renaming === cluster.id) return editor.renderRename(cluster);
  return html`<div class="cluster-head" data-cluster=${cluster.id}>
    ${heading(
      host.settings.headingLevel + 1,
      html`${cluster.name} <span class="count">${host.t('cluster.count', { count })}</span>`,
      { id: nameId, class: 'cluster-name sub-heading' },
    )}
    ${(['rename', 'dissolve'] as const).map(
      (action) =>
        html`<button
          type="button"
          class="link"
          data-action="${action}-cluster"
          data-cluster=${cluster.id}
          aria-describedby=${nameId}
        >
          ${host.t(`cluster.${action}`)}
        </button>`,
    )}
  </div>`;
}
