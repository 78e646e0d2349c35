import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CoElement } from '../../core/co-element.js';
import { defaultGroups, parseGroups, type Group } from '../../core/groups.js';
import { jsonAttribute } from '../../core/json-attribute.js';
import { ParticipantGroupController } from '../../core/participant-group.js';
import { participantId } from '../../core/participant.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { StorageController } from '../../core/store/storage-controller.js';
import { renderStorageStatus } from '../../core/store/storage-status.js';
import { errorSummaryStyles } from '../../core/styles.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { loadStyledPart } from '../../core/part-styles.js';
import { OfferDirectory } from './offer-directory.js';
import { errorText } from './form-text.js';
import { syncFormValue } from './form-value.js';
import { parseLabels, type LabelOverrides } from './labels.js';
import { skillOfferMessages } from './messages.js';
import { fieldConfig, fieldNames, type FieldConfig, type SkillOffer } from './model.js';
import type { Envelope } from '../../core/store/envelope.js';
import { OfferForm } from './offer-form.js';
import type { OfferWords } from './offer-text.js';
import { offerParts } from './offer-parts.js';
import {
  emptyData,
  ownOffer,
  parseSkillOfferData,
  withdrawOffer,
  type SkillOfferData,
} from './offers.js';
import { skillOfferStyles } from './skill-offer.styles.js';
import { defaultSkills, parseSkills, type Skill } from '../../core/skills.js';

/** The `co-submit` detail: the offer as plain JSON, ready for a portal to send to its CRM. */
export type SkillOfferSubmitDetail = SkillOffer;

/**
 * An asset-based form: what a person can bring to a co-produced service (skills, lived
 * experience, time, how they want to take part, what would help them take part), with
 * consent per purpose and nothing pre-ticked. After sending, the person sees what happens
 * next and can review, change or withdraw their offer, also after a reload.
 *
 * With `view="directory"` the same element lists the offers collected in the space,
 * filterable by skill, way of taking part and availability. One element rather than a
 * separate `<co-skill-directory>`: a page author learns one tag and one set of attributes,
 * and a form and a directory with the same `space` (or inside one `<co-space>`) share one
 * record without further wiring. Other participants see someone's name and own words only
 * with their consent to share, and never contact details or support needs; `facilitator`
 * shows everything except contact details given without contact consent, and adds CSV and
 * JSON export. (`facilitator` is a display setting, not access control: a portal with a
 * shared backend must check who may read what on the server.)
 *
 * It is a form-associated custom element: inside a `<form>` it posts its answers as form
 * entries (named `<name>-<field>` when `name` is set), takes part in validation, reset, and
 * `disabled`; standalone it shows its own submit button.
 *
 * @tagname co-skill-offer
 * @summary What a person can offer to a co-produced service, with consent they control; and a directory of the offers.
 *
 * @fires co-submit - Cancelable. The person sent a valid offer; `detail` is the offer (plain JSON). Cancel it to keep the offer from being saved here.
 * @fires co-change - An offer was saved or withdrawn (`{kind, space, id, record}`).
 * @fires co-error - Something went wrong (`{code, message}`): `input-invalid` (a form was sent with something to fix), storage full or unavailable, a bad attribute.
 *
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown at the top after a failed submit.
 * @csspart field - Each question's block.
 * @csspart error - An inline error message.
 * @csspart submit - The submit button (standalone only).
 * @csspart confirmation - The confirmation and review after sending.
 * @csspart answers - The list of answers in the review.
 * @csspart directory - The directory view.
 * @csspart filters - The directory's filters.
 * @csspart offer - One offer in the directory.
 * @csspart export - The facilitator's export buttons.
 * @csspart problems - Problems with settings or storage.
 * @csspart status - Whether the offers are saved.
 *
 * @cssprop --co-skill-offer-accent - Ticks, the directory card edge and tags. Default: `--co-color-primary`.
 * @cssprop --co-skill-offer-panel-bg - The "offer saved" panel. Default: `--co-color-success`.
 * @cssprop --co-skill-offer-panel-text - Text on that panel. Default: `--co-color-on-primary`.
 * @cssprop --co-skill-offer-card-bg - A directory card. Default: `--co-color-surface`.
 * @cssprop --co-skill-offer-card-border - A directory card's border. Default: `--co-color-border`.
 * @cssprop --co-skill-offer-max-width - The form's line length. Default: `40rem`.
 */
export class CoSkillOffer extends CoElement {
  static formAssociated = true;
  static override styles = [...CoElement.styles, errorSummaryStyles, skillOfferStyles];
  static override messages = skillOfferMessages;

  /** `form` (default): the offer form; `directory`: the offers collected in the space. */
  @property({ reflect: true }) view: 'form' | 'directory' = 'form';

  /** The space the offers belong to; `<co-space>` sets it for the elements inside it. */
  @property({ reflect: true }) space?: string;

  /**
   * Where offers are saved: `local` (this browser, default), `memory` (forgotten on leaving),
   * `http` or `yjs` (a server, at `endpoint`). An unknown name is refused in words and
   * `memory` is used, never the browser's durable storage.
   */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  /** The group the person takes part as, when the page knows it; otherwise the form asks. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /**
   * The groups people take part as: ids (`["tenants", "staff"]`) or `[{"id", "label"}]`, as JSON
   * text or the list itself; by default people who use services, and staff.
   */
  @property({ type: Array, converter: jsonAttribute(parseGroups) }) groups: Group[] = [
    ...defaultGroups,
  ];

  /** The skills to choose from: plain strings or `[{"id", "label": {"en", "cy"}}]`, as JSON text or the list itself. */
  @property({ type: Array, converter: jsonAttribute(parseSkills) }) skills: Skill[] = [
    ...defaultSkills,
  ];

  /** The page's own labels and hints by key (`{"name": "…", "name-hint": "…"}`, the object or its JSON text), text or by language. */
  @property({ type: Object, converter: jsonAttribute(parseLabels) }) labels?: LabelOverrides;

  /** How long offers are kept, in words, shown with the consent ("12 months"). */
  @property() retention = '';

  /** Fields not to ask, space-separated: name contact group skills experience ways hours availability support consent-contact consent-share. */
  @property() hide = '';

  /** Fields that must be answered, space-separated (any field but consent). Default: `skills`. */
  @property() require = 'skills';

  /** Prefix of the entries this element adds to a host form (`offer` → `offer-skills`). */
  @property({ reflect: true }) name = '';

  /** Nothing can be changed or sent. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Directory for the project team: every offer, contact details where consented, and export. */
  @property({ type: Boolean, reflect: true }) facilitator = false;

  @state() private formDisabled = false;

  private readonly internals = this.attachInternals();
  private readonly participant = participantId();
  private hostForm?: HTMLFormElement;

  /** @internal */
  readonly storageController = new StorageController<SkillOfferData>(this, {
    kind: 'skill-offer',
    empty: emptyData,
    parse: parseSkillOfferData,
    onLoad: () => this.offerForm.loaded(),
  });
  private readonly groupController = new ParticipantGroupController(this, () => ({
    space: this.storageController.space,
    context: this.storageController.spaceSettings,
  }));
  private readonly offerForm = new OfferForm(
    this,
    this.groupController,
    new LazyPart(this, () => loadStyledPart(this, () => withWords(this, offerParts.review))),
  );
  private readonly directory = new OfferDirectory(
    this,
    new LazyPart(this, () => loadStyledPart(this, () => withWords(this, offerParts.directory))),
    new LazyPart(this, () => withWords(this, offerParts.exports)),
  );

  constructor() {
    super();
    // A host form's checkValidity, reportValidity or submit found the offer invalid: show why.
    this.addEventListener('invalid', () => this.offerForm.showErrors());
  }

  // Form association: the element is one control of its host form.

  /** The host form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Whether the answers are valid, as for a native form control. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** What is wrong with the answers, in the element's language; empty when nothing is. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the host form validates this element (not when `disabled`). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** True when the answers are valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `checkValidity()`, and shows the browser's message when the answers are not valid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.hostForm?.removeEventListener('submit', this.onHostSubmit);
    this.hostForm = form ?? undefined;
    this.hostForm?.addEventListener('submit', this.onHostSubmit);
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.offerForm.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.offerForm.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The host form is being sent: save the offer with it (a valid one; see `novalidate`). */
  private readonly onHostSubmit = (): void => {
    const { offerForm } = this;
    if (this.view !== 'form' || offerForm.mode !== 'form' || this.isDisabled) return;
    // Only a form with `novalidate` sends an invalid offer: show why, and do not save it here.
    if (offerForm.errors.length > 0) offerForm.showErrors();
    else void offerForm.send();
  };

  // Public API.

  /** Resolves once the saved offers have loaded. */
  get ready(): Promise<void> {
    return this.storageController.ready;
  }

  /** The offers collected in this space, not withdrawn, as saved (personal data included). */
  get offers(): SkillOffer[] {
    return this.directory.live;
  }

  /** This browser's participant's own offer, if they have sent one. */
  get ownOffer(): SkillOffer | undefined {
    return ownOffer(this.storageController.data, this.participant);
  }

  /**
   * Sends the form, as its submit button does: shows the errors and focuses their summary
   * when something needs fixing; otherwise fires `co-submit` and, unless that is cancelled,
   * saves the offer and shows the confirmation. Resolves true when the offer was saved.
   */
  async submit(): Promise<boolean> {
    if (this.view !== 'form' || this.isDisabled) return false;
    return this.offerForm.submit();
  }

  /** Withdraws this participant's offer: it is deleted, leaving only a tombstone. */
  async withdraw(): Promise<boolean> {
    const own = this.ownOffer;
    const { storageController } = this;
    if (!own || !this.commit(withdrawOffer(storageController.data, own.id))) return false;
    if (this.view === 'form') {
      this.offerForm.reset();
      this.offerForm.withdrawn = true;
    }
    await Promise.all([storageController.flush(), this.updateComplete]);
    if (this.view === 'form') this.focusOn('#withdrawn-notice');
    else {
      this.announce(this.t('withdraw.done'));
      this.focusOn('#directory-title');
    }
    return true;
  }

  /**
   * Adds an offer collected elsewhere (on paper at a drop-in, say, or from a CRM). Missing
   * fields take their empty values; rejects with an Error saying what is wrong with a bad one.
   */
  addOffer(offer: Partial<SkillOffer>): Promise<SkillOffer> {
    return this.directory.add(offer);
  }

  /** The offers as CSV, as the facilitator may see them (contact details only with consent). */
  async exportCsv(): Promise<string> {
    await this.storageController.flush();
    return this.directory.csv();
  }

  /** The offers' envelope (what import reads), once any pending change is saved. */
  async exportJson(): Promise<Envelope<SkillOfferData>> {
    await this.storageController.flush();
    return this.directory.envelope();
  }

  /** Saves `next`, the offers' next data; false when the record is read-only. */
  commit(next: SkillOfferData): boolean {
    return this.storageController.update(next);
  }

  // What the form and directory controllers read from the element (OfferHost).

  /** @internal */
  get words(): OfferWords {
    return {
      t: (key, params) => this.t(key, params),
      lang: this.language,
      skills: this.skills,
      groupLabel: (id) => this.groupController.label(id),
    };
  }

  /** @internal */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** @internal */
  get participantKey(): string {
    return this.participant;
  }

  /** @internal */
  get config(): FieldConfig {
    return fieldConfig(this.hide, this.require).config;
  }

  /** @internal Whether the form asks for the group (the page neither fixed nor hid it). */
  get groupAsked(): boolean {
    return !this.config.hidden.has('group') && !this.groupController.fixed;
  }

  /** @internal Says something through the element's polite live region. */
  announce(text: string): void {
    this.announcer.announce(text);
  }

  /** @internal Focuses an element of the shadow root. */
  focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hide') || changed.has('require')) {
      const { unknown } = fieldConfig(this.hide, this.require);
      if (unknown.length > 0)
        this.reportProblem(
          'attribute-invalid',
          this.t('problem.fields', { names: unknown.join(' '), fields: fieldNames.join(', ') }),
        );
    }
    if (changed.has('view')) {
      // An unknown view shows the form, as the default does: say so rather than say nothing.
      const known = this.view === 'form' || this.view === 'directory';
      if (known) this.clearProblemKey('attribute-invalid:view');
      else
        this.reportProblem(
          'attribute-invalid',
          this.t('problem.attribute', {
            name: 'view',
            detail: `"${String(this.view)}" is not one of form, directory`,
          }),
          undefined,
          'attribute-invalid:view',
        );
    }
    if (changed.has('space') || changed.has('storage') || changed.has('store'))
      this.storageController.reconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const form = this.offerForm;
    syncFormValue(this.internals, {
      draft: this.view === 'form' ? form.current : null,
      config: this.config,
      prefix: this.name,
      errors: form.errors,
      errorText: (error) => errorText(this, error),
      root: this.renderRoot,
    });
  }

  override render(): TemplateResult {
    const own = this.ownOffer;
    const directory = this.view === 'directory';
    const review = !directory && this.offerForm.mode === 'review' && own;
    const body = directory
      ? this.directory.render()
      : review
        ? this.offerForm.renderReview(own)
        : this.offerForm.renderForm();
    // The save state matters once there is something saved to speak of.
    const status =
      directory || review
        ? renderStorageStatus(
            this,
            this.storageController,
            () => void this.directory.download('copy'),
          )
        : nothing;
    return html`${this.renderProblems()} ${body} ${status}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-skill-offer': CoSkillOffer;
  }
}

declare module '../../core/events.js' {
  interface CoEventDetails {
    'co-submit': SkillOfferSubmitDetail;
  }
}
