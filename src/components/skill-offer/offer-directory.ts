import { nothing, type TemplateResult } from 'lit';
import { toCsv } from '../../core/csv.js';
import { downloadRecordFile } from '../../core/download.js';
import type { LazyPart } from '../../core/lazy-part.js';
import { newId } from '../../core/participant.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import {
  matchesFilter,
  noFilter,
  visibleOffer,
  visibleOtherSkills,
  type DirectoryFilter,
  type OfferView,
} from './directory-model.js';
import type { SkillOffer } from './model.js';
import type { ExportLabels } from './offer-export.js';
import { liveOffers, parseOffer, saveOffer, type SkillOfferData } from './offers.js';
import type { OfferHost } from './offer-host.js';
import { skillLabel } from '../../core/skills.js';

const choicePrefix = { ways: 'way', days: 'day', times: 'time', support: 'support' } as const;

/**
 * The directory view of `<co-skill-offer>`: its filters, what each audience may see, and the
 * facilitator's exports. Kept apart from the element, which stays about its settings.
 */
export class OfferDirectory {
  filter: DirectoryFilter = noFilter;

  /**
   * `view`: the directory's view, which most people never see (they fill in the form), so
   * the element loads it when it is first shown (a `LazyPart`, which needs the element);
   * `exports`: the facilitator's CSV and JSON, loaded when first asked for.
   */
  constructor(
    private readonly host: OfferHost,
    private readonly view: LazyPart<typeof import('./directory-view.js')>,
    private readonly exports: LazyPart<typeof import('./offer-export.js')>,
  ) {}

  /** Offers not withdrawn, oldest first, as saved. */
  get live(): SkillOffer[] {
    return liveOffers(this.host.storageController.data);
  }

  /** Every offer as this audience may see it. */
  views(): OfferView[] {
    const audience = this.host.facilitator ? 'facilitator' : 'participant';
    return this.live.map((offer) =>
      visibleOffer(offer, audience, offer.participant === this.host.participantKey),
    );
  }

  async add(input: Partial<SkillOffer>): Promise<SkillOffer> {
    const now = new Date().toISOString();
    const offer = parseOffer({
      id: newId(),
      participant: newId(),
      createdAt: now,
      updatedAt: now,
      lang: this.host.language,
      ...input,
    });
    const { host } = this;
    if (!host.commit(saveOffer(host.storageController.data, offer)))
      throw new Error('These offers are read-only, so the offer was not added.');
    await host.storageController.flush();
    return offer;
  }

  /** The facilitator's table; throws (after saying so) when the export cannot load. */
  async csv(): Promise<string> {
    const part = await this.exports.ready();
    if (!part) throw new Error(this.host.t('problem.part'));
    return this.table(part);
  }

  private table(part: typeof import('./offer-export.js')): string {
    return toCsv(part.offerRows(part.facilitatorViews(this.live), this.exportLabels()));
  }

  /** The record's envelope, as saved. */
  envelope(): Envelope<SkillOfferData> {
    const { space, id, data } = this.host.storageController;
    return createEnvelope({ space, kind: 'skill-offer', id }, data);
  }

  /** Downloads the facilitator's export, or (`copy`) this browser's saved record as it is. */
  async download(format: 'csv' | 'json' | 'copy'): Promise<void> {
    const { host } = this;
    const envelope = this.envelope();
    if (format === 'copy') {
      // A copy that `<co-space>` can import again: the record's envelope, as saved. It is
      // also the way out when saving fails, when the network may be gone too: so it needs
      // nothing that loads later.
      downloadRecordFile(envelope, 'json', JSON.stringify(envelope, null, 2));
      return;
    }
    const part = await this.exports.ready();
    if (!part) return;
    if (format === 'csv') downloadRecordFile(envelope, 'csv', this.table(part));
    else {
      // What the facilitator may see, named apart from the record's own copy above.
      const json = JSON.stringify(
        part.offerExport(host.storageController.space, this.live),
        null,
        2,
      );
      downloadRecordFile(envelope, 'json', json, host.t('export.file'));
    }
    host.announce(host.t('export.done', { count: this.live.length }));
  }

  render(): TemplateResult | typeof nothing {
    const { host } = this;
    const view = this.view.get();
    if (!view) return nothing;
    const views = this.views();
    const matching = views.filter((view) => matchesFilter(view, this.filter));
    return view.renderDirectory({
      ...host.words,
      headingLevel: host.headingLevel,
      views,
      matching,
      filter: this.filter,
      otherSkills: visibleOtherSkills(views, host.language),
      facilitator: host.facilitator,
      confirmingWithdraw: host.withdrawing,
      disabled: host.isDisabled,
      onFilter: (event) => {
        const select = event.target as HTMLSelectElement;
        void this.setFilter({ ...this.filter, [select.name]: select.value });
      },
      onClearFilters: () => void this.setFilter(noFilter),
      onExport: (format) => void this.download(format),
      onAskWithdraw: () => void host.askWithdraw(true),
      onConfirmWithdraw: () => void host.withdraw(),
      onCancelWithdraw: () => void host.askWithdraw(false),
    });
  }

  /** Applies filters and says how many offers now show (the list changed out of sight). */
  async setFilter(filter: DirectoryFilter): Promise<void> {
    this.filter = filter;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const views = this.views();
    const shown = views.filter((view) => matchesFilter(view, filter)).length;
    this.host.announce(this.host.t('directory.count', { shown, count: views.length }));
  }

  private exportLabels(): ExportLabels {
    const { host } = this;
    const { t, lang, skills, groupLabel } = host.words;
    return {
      column: (column) => t(`column.${column}`),
      skill: (id) => skillLabel(skills, id, lang),
      choice: (kind, id) => t(`${choicePrefix[kind]}.${id}`),
      group: groupLabel,
      yes: t('consent.yes'),
      no: t('consent.no'),
    };
  }
}
