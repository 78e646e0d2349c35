import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/ui/heading.js';
import {
  matchesFilter,
  noFilter,
  OTHER_SKILL_PREFIX,
  visibleOffer,
  visibleOtherSkills,
  type DirectoryFilter,
  type OfferView,
} from './directory-model.js';
import { days, times, ways, type SkillOffer } from './model.js';
import type { OfferHost } from './offer-host.js';
import {
  availabilityWords,
  dateWords,
  hoursWords,
  ownWords,
  skillWords,
  supportWords,
  wayWords,
  wordList,
  type OfferWords,
} from './offer-text.js';
import { renderWithdraw } from './review-view.js';
import { localised } from '../../core/skills.js';
import { directoryWords } from './directory-messages.js';
import { reviewWords } from './review-messages.js';

/** The directory's words, and the review's, whose offer summary and withdrawal it shows too. */
export const words = [reviewWords, directoryWords];

/** The part's own CSS: loaded with it, adopted by the element (core/part-styles.ts). */
export { directoryStyles as styles } from './directory.styles.js';

export interface DirectoryContext extends OfferWords {
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;
  /** Every offer this audience may see (already stripped of what it may not). */
  views: readonly OfferView[];
  /** Those that match the filters. */
  matching: readonly OfferView[];
  filter: DirectoryFilter;
  /** Skills in people's own words that this audience can see, for the skill filter. */
  otherSkills: readonly string[];
  facilitator: boolean;
  disabled: boolean;
  onFilter: (event: Event) => void;
  onClearFilters: () => void;
  onExport: (format: 'csv' | 'json') => void;
  onConfirmWithdraw: () => void;
}

/** What the directory keeps between renders, and its downloads (offer-directory.ts). */
export interface DirectoryState {
  filter: DirectoryFilter;
  download(format: 'csv' | 'json' | 'copy'): Promise<void>;
}

/** The directory as the element's audience may see it, from the offers as saved. */
export function renderFor(
  host: OfferHost,
  state: DirectoryState,
  live: readonly SkillOffer[],
): TemplateResult {
  const audience = host.facilitator ? 'facilitator' : 'participant';
  const views = live.map((offer) =>
    visibleOffer(offer, audience, offer.participant === host.participantKey),
  );
  /** Applies filters and says how many offers now show (the list changed out of sight). */
  const setFilter = async (filter: DirectoryFilter) => {
    state.filter = filter;
    host.requestUpdate();
    await host.updateComplete;
    const shown = views.filter((view) => matchesFilter(view, filter)).length;
    host.announce(host.t('directory.count', { shown, count: views.length }));
  };
  return renderDirectory({
    ...host.words,
    headingLevel: host.headingLevel,
    views,
    matching: views.filter((view) => matchesFilter(view, state.filter)),
    filter: state.filter,
    otherSkills: visibleOtherSkills(views, host.language),
    facilitator: host.facilitator,
    disabled: host.isDisabled,
    onFilter: (event) => {
      const select = event.target as HTMLSelectElement;
      void setFilter({ ...state.filter, [select.name]: select.value });
    },
    onClearFilters: () => void setFilter(noFilter),
    onExport: (format) => void state.download(format),
    onConfirmWithdraw: () => void host.withdraw(),
  });
}

/** The offers collected in the space: filters, a count, a card per offer, and exports. */
export function renderDirectory(ctx: DirectoryContext): TemplateResult {
  const { t } = ctx;
  return html`<section class="directory" part="directory" aria-labelledby="directory-title">
    ${heading(ctx.headingLevel, t('directory.title'), {
      id: 'directory-title',
      class: 'h-main',
      tabindex: -1,
    })}
    ${
      ctx.facilitator
        ? html`<p class="hint">${t('directory.facilitator-hint')}</p>
            ${renderExport(ctx)}`
        : nothing
    }
    ${
      ctx.views.length === 0
        ? html`<p class="empty">${t('directory.empty')}</p>`
        : html`${renderFilters(ctx)}
            <p class="count" id="directory-count">
              ${t('directory.count', { shown: ctx.matching.length, count: ctx.views.length })}
            </p>
            ${
              ctx.matching.length === 0
                ? html`<p class="empty">${t('directory.none-match')}</p>`
                : html`<ul class="offers" aria-labelledby="directory-title">
                    ${ctx.matching.map((view, index) => renderOffer(ctx, view, index))}
                  </ul>`
            }`
    }
  </section>`;
}

function renderExport(ctx: DirectoryContext) {
  const { t } = ctx;
  return html`<section class="export" part="export" aria-labelledby="export-title">
    ${heading(ctx.headingLevel + 1, t('export.title'), { id: 'export-title', class: 'h-sub' })}
    <p class="hint">${t('export.hint')}</p>
    <div class="actions">
      <button type="button" @click=${() => ctx.onExport('csv')}>${t('export.csv')}</button>
      <button type="button" class="secondary" @click=${() => ctx.onExport('json')}>
        ${t('export.json')}
      </button>
    </div>
  </section>`;
}

function select(
  ctx: DirectoryContext,
  name: keyof DirectoryFilter,
  options: TemplateResult | TemplateResult[],
) {
  // `selected` on each option rather than `.value` on the select: the options are rendered
  // after the select's own bindings, so a value set first would find nothing to select.
  return html`<div class="filter">
    <label class="label" for="filter-${name}">${ctx.t(`filter.${name}`)}</label>
    <select id="filter-${name}" name=${name} @change=${ctx.onFilter}>
      <option value="" ?selected=${ctx.filter[name] === ''}>${ctx.t('filter.any')}</option>
      ${options}
    </select>
  </div>`;
}

function renderFilters(ctx: DirectoryContext) {
  const { t, filter } = ctx;
  const option = (name: keyof DirectoryFilter, value: string, label: string) =>
    html`<option value=${value} ?selected=${filter[name] === value}>${label}</option>`;
  const skills = html`${ctx.skills.map((s) => option('skill', s.id, localised(s.label, ctx.lang)))}
  ${
    ctx.otherSkills.length
      ? html`<optgroup label=${t('filter.other-skills')}>
          ${ctx.otherSkills.map((s) => option('skill', `${OTHER_SKILL_PREFIX}${s}`, s))}
        </optgroup>`
      : nothing
  }`;
  return html`<fieldset class="filters" part="filters" ?disabled=${ctx.disabled}>
    <legend>${t('directory.filters')}</legend>
    <div class="filter-row">
      ${select(ctx, 'skill', skills)}
      ${select(
        ctx,
        'way',
        ways.map((w) => option('way', w, t(`way.${w}`))),
      )}
      ${select(
        ctx,
        'day',
        days.map((d) => option('day', d, t(`day.${d}`))),
      )}
      ${select(
        ctx,
        'time',
        times.map((time) => option('time', time, t(`time.${time}`))),
      )}
    </div>
    <button type="button" class="secondary" @click=${ctx.onClearFilters}>
      ${t('filter.clear')}
    </button>
  </fieldset>`;
}

function renderOffer(ctx: DirectoryContext, view: OfferView, index: number) {
  const { t } = ctx;
  // Offers without a name are told apart by what they offer: a screen reader moving from
  // heading to heading would otherwise hear "Anonymous offer" again and again.
  const skills = skillWords(ctx, view.skills, view.otherSkills);
  const title =
    view.name ||
    (view.own
      ? t('directory.your')
      : t('directory.anonymous', {
          skills: skills.slice(0, 3).join(', ') + (skills.length > 3 ? ' …' : ''),
        }));
  const titleId = `offer-${index}`;
  const row = (key: string, value: unknown) =>
    html`<div class="detail">
      <dt>${t(`summary.${key}`)}</dt>
      <dd>${value}</dd>
    </div>`;
  const contact = view.consentContact
    ? wordList(ctx, [view.email ?? '', view.phone ?? ''].filter(Boolean))
    : html`<span class="not-given">${t('directory.no-contact')}</span>`;
  return html`<li class="offer ${view.own ? 'own' : ''}" part="offer">
    ${heading(ctx.headingLevel + 1, title, { id: titleId, class: 'h-sub' })}
    ${view.own && view.name ? html`<p class="tag">${t('directory.your')}</p>` : nothing}
    <dl class="offer-details">
      ${row('skills', wordList(ctx, skills))}
      ${row('ways', wordList(ctx, wayWords(ctx, view.ways)))}
      ${view.hours !== null ? row('hours', hoursWords(ctx, view.hours)) : nothing}
      ${row('availability', availabilityWords(ctx, view.days, view.times))}
      ${view.experience ? row('experience', ownWords(ctx, view.experience)) : nothing}
      ${view.group ? row('group', ctx.groupLabel(view.group)) : nothing}
      ${view.email !== undefined || ctx.facilitator ? row('contact', contact) : nothing}
      ${
        view.support?.length
          ? row('support', wordList(ctx, supportWords(ctx, view.support, view.supportOther ?? '')))
          : nothing
      }
    </dl>
    <p class="hint offered-on">${t('directory.offered-on', { date: dateWordsFor(ctx, view) })}</p>
    ${view.name === undefined ? html`<p class="hint">${t('directory.not-shared')}</p>` : nothing}
    ${view.own ? renderOwnActions(ctx) : nothing}
  </li>`;
}

const dateWordsFor = (ctx: DirectoryContext, view: OfferView) => dateWords(ctx, view.createdAt);

function renderOwnActions(ctx: DirectoryContext) {
  return html`<div class="actions">${renderWithdraw(ctx)}</div>`;
}
