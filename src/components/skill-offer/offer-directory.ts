import { nothing, type TemplateResult } from 'lit';
import { downloadRecordFile } from '../../core/download.js';
import type { LazyPart } from '../../core/lazy-part.js';
import { newId } from '../../core/participant.js';
import { createEnvelope, type Envelope } from '../../core/store/envelope.js';
import { noFilter, type DirectoryFilter } from './directory-model.js';
import type { SkillOffer } from './model.js';
import { liveOffers, parseOffer, saveOffer, type SkillOfferData } from './offers.js';
import type { OfferHost } from './offer-host.js';

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
    return part.offerCsv(this.live, this.host.words);
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
    if (format === 'csv') downloadRecordFile(envelope, 'csv', part.offerCsv(this.live, host.words));
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
    // What this audience sees, the filters and the count said after a change are the
    // view's, which loads with it (directory-view.ts).
    return this.view.get()?.renderFor(this.host, this, this.live) ?? nothing;
  }
}
