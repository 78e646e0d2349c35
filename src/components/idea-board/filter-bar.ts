import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { isFiltering, noFilter, type IdeaFilter } from './filter.js';
import type { BoardHost } from './board-host.js';
import type { BoardIndex } from './board-index.js';

/** How long the filter must rest before the count is read out, so typing is not drowned. */
const FILTER_ANNOUNCE_MS = 600;

/**
 * Find ideas by words, tag, column and group; the board and the list show only those, and
 * "12 of 240 ideas shown" is read out politely once the person stops typing.
 */
export class FilterBar {
  filter: IdeaFilter = noFilter;
  private timer?: ReturnType<typeof setTimeout>;
  private tagsFor?: BoardIndex;
  private tags: string[] = [];

  constructor(
    private readonly host: BoardHost,
    /** The view switch: which view shows, and a change of it. */
    private readonly view: { current: () => 'board' | 'list'; toggle: () => void },
  ) {}

  get active(): boolean {
    return isFiltering(this.filter);
  }

  set(change: Partial<IdeaFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.host.announce(this.countText()), FILTER_ANNOUNCE_MS);
  }

  clear(): void {
    this.set(noFilter);
    this.host.renderRoot.querySelector<HTMLElement>('#find-text')?.focus();
  }

  countText(): string {
    const { roleTotal, shownTotal } = this.host.state;
    return this.active
      ? this.host.t('find.count', { shown: shownTotal, count: roleTotal })
      : this.host.t('find.total', { count: roleTotal });
  }

  /** Tags in use (the index counts them as ideas change), sorted once per change. */
  private tagList(): string[] {
    const { index } = this.host.state;
    if (this.tagsFor !== index) {
      this.tagsFor = index;
      this.tags = index.tags(this.host.settings.language);
    }
    return this.tags;
  }

  render(): TemplateResult {
    const { host, filter } = this;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const tags = this.tagList();
    return html`<div class="toolbar" part="toolbar">
      <form
        class="find"
        role="search"
        aria-labelledby="find-heading"
        @submit=${(e: Event) => e.preventDefault()}
      >
        ${heading(host.settings.headingLevel, host.t('find.heading'), { id: 'find-heading', class: 'find-heading' })}
        <div class="find-fields">
          <div class="field">
            <label for="find-text">${host.t('find.text')}</label>
            <input
              id="find-text"
              type="search"
              .value=${filter.text}
              @input=${(e: Event) => this.set({ text: value(e) })}
            />
          </div>
          ${this.select(
            'tag',
            host.t('find.tag'),
            host.t('find.any-tag'),
            tags.map((t) => [t, t]),
          )}
          ${this.select(
            'column',
            host.t('find.column'),
            host.t('find.any-column'),
            host.settings.columns.map((c) => [c.id, c.label]),
          )}
          ${this.select(
            'group',
            host.t('find.group'),
            host.t('find.any-group'),
            host.settings.groups.map((g) => [g.id, host.settings.groupName(g.id)]),
          )}
        </div>
        <p class="find-count" id="find-count">
          ${this.countText()}
          ${
            this.active
              ? html`<button type="button" class="link" @click=${() => this.clear()}>
                  ${host.t('find.clear')}
                </button>`
              : nothing
          }
        </p>
      </form>
      <div class="view-controls">
        <button
          type="button"
          class="secondary"
          id="view-toggle"
          aria-pressed=${this.view.current() === 'list' ? 'true' : 'false'}
          @click=${() => this.view.toggle()}
        >
          ${host.t('view.list')}
        </button>
        ${this.renderShortcuts()}
      </div>
    </div>`;
  }

  private select(
    key: 'tag' | 'column' | 'group',
    label: string,
    any: string,
    options: readonly (readonly [string, string])[],
  ): TemplateResult {
    const id = `find-${key}`;
    const current = this.filter[key];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(e: Event) => this.set({ [key]: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${current === ''}>${any}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderShortcuts(): TemplateResult {
    const { host } = this;
    const rows: [string, string][] = [
      ['keys.arrows', 'keys.arrows-do'],
      ['keys.home-end', 'keys.home-end-do'],
      ['keys.enter', 'keys.enter-do'],
      ['keys.escape', 'keys.escape-do'],
      ['keys.alt-up-down', 'keys.alt-up-down-do'],
      ['keys.alt-left-right', 'keys.alt-left-right-do'],
      ['keys.tab', 'keys.tab-do'],
    ];
    return html`<details class="shortcuts" part="shortcuts">
      <summary>${host.t('keys.heading')}</summary>
      <dl>
        ${rows.map(
          ([keys, does]) =>
            html`<div>
              <dt>${host.t(keys)}</dt>
              <dd>${host.t(does)}</dd>
            </div>`,
        )}
      </dl>
    </details>`;
  }
}
