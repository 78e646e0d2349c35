import {
  LitElement,
  html,
  nothing,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from './announcer.js';
import type { CoErrorCode, CoEventDetails } from './events.js';
import { ElementCatalogs } from './element-catalogs.js';
import { translate, type LazyCatalogs, type MessageParams } from './i18n.js';
import { InvalidAttribute, valueConverter } from './json-attribute.js';
import { LangController } from './lang-controller.js';
import { coreMessages } from './messages.js';
import { attachContextRoot } from './space-context.js';
import { sharedStyles, tokens } from './styles.js';

/** What can take focus (a disabled button cannot: focus() leaves it), in document order. */
const focusable = 'button,input,select,textarea,a[href],[tabindex="0"]';

/** Something the person should know about, shown by `renderProblems()`. */
export interface Problem {
  code: CoErrorCode;
  /** In the element's language when it was reported (for `co-error` and the console). */
  message: string;
  /**
   * The message in the element's language now, for the notice: a problem found before the
   * page's words had arrived (storage, while Welsh loads) or before the page changed `lang`.
   */
  say: () => string;
  /** What the problem is about; a new problem with the same key replaces the old one. */
  key: string;
  /** Shown as a "Try again" button: tries what failed again; settles when it has. */
  retry?: () => Promise<void>;
}

/** `heading-level`: a whole number from 1 to 6; anything else is refused, not guessed at. */
const headingLevelConverter = {
  fromAttribute(raw: string | null): number | InvalidAttribute | undefined {
    if (raw === null) return undefined;
    const level = Number(raw.trim());
    return Number.isInteger(level) && level >= 1 && level <= 6
      ? level
      : new InvalidAttribute(raw, 'it must be a whole number from 1 to 6');
  },
  toAttribute: (level: number) => String(level),
};

/** `headingLevel` → `heading-level`: how a property is named in the page and its notices. */
const attributeName = (key: PropertyKey): string =>
  String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const catalogsByClass = new WeakMap<typeof CoElement, ElementCatalogs>();

/**
 * How long an element waits for the words of its language (Welsh, loaded on demand) before it
 * shows itself in English; it changes to Welsh when they arrive. Usually they are there long
 * before: a few kilobytes from the same place as the element.
 */
const languageWaitMs = 3000;

/**
 * Where Lit copies our templates from: `cloneNode`, in place of Lit's default
 * `document.importNode`. Both give the same DOM, adopted into the page when it is inserted.
 * In Chromium `importNode` from a template's document slows down the longer a page lives
 * (measured: a card of 15 elements went from 6 to over 30 µs, where `cloneNode` stayed at 6), and a
 * board that shows 150 cards pays it 150 times. Safe for our templates because none of them
 * holds a custom element or a lazily loaded image, whose behaviour would differ before
 * insertion (a custom element would upgrade when inserted rather than when copied).
 */
const cloneInPlace = {
  importNode: (node: Node, deep?: boolean): Node => node.cloneNode(deep),
};

/**
 * The one base class of every Together Kit element: language, events, problems.
 * Shared behaviour beyond that lives in reactive controllers, not here.
 */
export class CoElement extends LitElement {
  static override styles = [tokens, sharedStyles];

  /**
   * @internal The element's own strings by language, merged over the core strings. English is given;
   * other languages are given as loaders, loaded when an element first speaks them.
   */
  static messages: LazyCatalogs = {};

  private readonly langController = new LangController(this);
  protected readonly announcer = new Announcer(this);

  /**
   * The level of the element's main headings, 1 to 6 (default 2), so that they fit the outline
   * of the page around it; headings inside sections are one level lower. Anything else is
   * refused in words (`co-error` `attribute-invalid`) and the previous level is kept.
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter, reflect: true })
  headingLevel = 2;

  /** @internal Problems to show the person (malformed settings, storage trouble). */
  @state() problems: readonly Problem[] = [];

  constructor() {
    super();
    this.renderOptions.creationScope = cloneInPlace;
  }

  override connectedCallback(): void {
    attachContextRoot(); // before the controllers ask for their space
    super.connectedCallback();
    globalThis.addEventListener('online', this.backOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('online', this.backOnline);
  }

  /**
   * Back online (listened to while the element is on the page): what failed for want of a
   * connection is tried again. Words of the page's language that could not load (so the
   * element went on in English), drawn once they are here; and every problem that offers
   * "Try again" (a part that could not load). A part's own words that could not load (so
   * the part was shown in English) likewise.
   */
  private readonly backOnline = (): void => {
    const { catalogs } = this;
    catalogs.forgetFailures();
    // An update waits for what is missing (the element's words or a shown part's) and asks for it.
    if (!catalogs.has(catalogs.wanted(this.langController.value))) this.requestUpdate();
    for (const problem of this.problems) void problem.retry?.();
  };

  private get catalogs(): ElementCatalogs {
    const ctor = this.constructor as typeof CoElement;
    let catalogs = catalogsByClass.get(ctor);
    if (!catalogs) {
      catalogs = new ElementCatalogs([coreMessages, ctor.messages]);
      catalogsByClass.set(ctor, catalogs);
    }
    return catalogs;
  }

  /**
   * The language the element speaks: from the nearest `lang`, `en` when we lack that one, and
   * `en` while the words of that one are still loading.
   */
  get language(): string {
    const wanted = this.catalogs.wanted(this.langController.value);
    return this.catalogs.speaks(wanted) ? wanted : 'en';
  }

  /**
   * @internal Adds the words of a part loaded by import() (lazy-part.ts `withWords`); settles
   * once they are here in the language the element speaks, so the part shows first in it.
   */
  addWords(words: LazyCatalogs): Promise<void> {
    return this.catalogs.add(words);
  }

  /** @internal The translated string for `key` in the element's language. */
  t(key: string, params?: MessageParams): string {
    return translate(this.catalogs.loaded, this.language, key, params);
  }

  /** Whether an update is already waiting for the words of `lang`. */
  private awaitedLanguage?: string;

  /**
   * Renders once the words of the element's language are here, so a Welsh element does not
   * show English first and then change under the reader's eyes (on first load, or when the
   * page switches `lang` at run time). If they take longer than `languageWaitMs`, or cannot
   * load, the element shows English meanwhile and updates again when they arrive.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { catalogs } = this;
    const wanted = catalogs.wanted(this.langController.value);
    if (catalogs.has(wanted)) return super.scheduleUpdate();
    const arrived = catalogs.load(wanted);
    if (this.awaitedLanguage !== wanted) {
      this.awaitedLanguage = wanted;
      void arrived.then(() => {
        this.awaitedLanguage = undefined;
        this.requestUpdate();
      });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const givenUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, languageWaitMs)));
    return Promise.race([arrived, givenUp]).then(() => {
      clearTimeout(timer);
      return super.scheduleUpdate();
    });
  }

  /** @internal Like `t`, but `undefined` when no catalog has the key. */
  tOptional(key: string): string | undefined {
    const text = this.t(key);
    return text === key ? undefined : text;
  }

  /**
   * @internal
   * Dispatches a `co-*` event that bubbles and crosses shadow roots. Returns false when the
   * event was cancelable and a listener called `preventDefault()` (the page vetoed it).
   */
  emit<K extends keyof CoEventDetails>(
    type: K,
    detail: CoEventDetails[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }

  /**
   * @internal
   * Tells the person (in words, through `renderProblems()`) and the page (a `co-error` event
   * and a console warning) that something went wrong. A problem with the same `key` (by
   * default its code) replaces the older one, so a retrying save does not pile up alerts.
   * With `retry`, the notice offers a "Try again" button that calls it. Given as a function
   * (`() => this.t(key)`), the message is said in the element's language whenever it is drawn.
   */
  reportProblem(
    code: CoErrorCode,
    said: string | (() => string),
    cause?: unknown,
    key: string = code,
    retry?: () => Promise<void>,
  ): void {
    const causeText =
      cause instanceof Error ? cause.message : cause === undefined ? undefined : String(cause);
    const say = typeof said === 'function' ? said : () => said;
    const message = say();
    const problem: Problem = { code, message, key, say, ...(retry && { retry }) };
    this.problems = [...this.problems.filter((p) => p.key !== key), problem];
    console.warn(
      `Together Kit <${this.localName}>: ${message}${causeText ? ` (${causeText})` : ''}`,
    );
    this.emit('co-error', { code, message, ...(causeText ? { cause: causeText } : {}) });
  }

  /** @internal Removes a problem once it no longer applies (e.g. storage works again). */
  clearProblem(code: CoErrorCode): void {
    if (this.problems.some((p) => p.code === code)) {
      this.problems = this.problems.filter((p) => p.code !== code);
    }
  }

  /** @internal Removes the problem reported under `key` (see {@link reportProblem}). */
  clearProblemKey(key: string): void {
    if (this.problems.some((p) => p.key === key)) {
      this.problems = this.problems.filter((p) => p.key !== key);
    }
  }

  /** Parts still loading by import() (lazy-part.ts); `updateComplete` waits for them. */
  private readonly partsLoading = new Set<Promise<unknown>>();

  /** Makes `updateComplete` wait for `loading` (a part of the element on its way) too. */
  waitFor(loading: Promise<unknown>): void {
    this.partsLoading.add(loading);
    void loading.finally(() => this.partsLoading.delete(loading));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.partsLoading.size > 0) {
      await Promise.allSettled([...this.partsLoading]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Last good value of each property that was given an unreadable JSON attribute. */
  private goodValues?: Map<PropertyKey, unknown>;

  /** Set while a JSON property's value is replaced by its checked form (see requestUpdate). */
  private converting = false;

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
  ): void {
    if (this.converting) return; // the outer call below records the change, once
    if (name !== undefined) {
      const self = this as unknown as Record<PropertyKey, unknown>;
      // A JSON-shaped property set from script (React and Vue set properties, not attributes)
      // is checked here, as its attribute is by the converter: JSON text or the value itself,
      // so `vote.options = ['A', 'B']` works and a number is refused, never rendered blank.
      const fromValue = valueConverter(
        (options ?? (this.constructor as typeof CoElement).getPropertyOptions(name)).converter,
      );
      if (fromValue) {
        const value = self[name];
        const converted = fromValue(value);
        if (converted !== value) {
          this.converting = true;
          try {
            self[name] = converted;
          } finally {
            this.converting = false;
          }
        }
      }
      // Property setters call this with the value they replaced: remember it when the new one
      // is unreadable, so willUpdate can put it back (the default, on first render). A value
      // that can be read puts the setting right: its notice goes, even if the value is the one
      // the element kept.
      if (self[name] instanceof InvalidAttribute) {
        if (!(oldValue instanceof InvalidAttribute))
          (this.goodValues ??= new Map()).set(name, oldValue);
      } else if (this.goodValues?.delete(name)) {
        this.clearProblemKey(`attribute-invalid:${attributeName(name)}`);
      }
    }
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A JSON attribute or property that could not be read arrives as InvalidAttribute: report
    // it and keep the value the element had, so a typo in the page never breaks the element.
    for (const key of changed.keys()) {
      const value = (this as unknown as Record<PropertyKey, unknown>)[key];
      if (!(value instanceof InvalidAttribute)) continue;
      const name = attributeName(key);
      const good = this.goodValues?.get(key);
      (this as unknown as Record<PropertyKey, unknown>)[key] = good;
      // Kept, so the next readable value the page sets clears the notice (requestUpdate).
      (this.goodValues ??= new Map()).set(key, good);
      this.reportProblem(
        'attribute-invalid',
        () => this.t('problem.attribute', { name, detail: value.detail }),
        value.raw,
        `attribute-invalid:${name}`,
      );
    }
  }

  /** The problems as a GOV.UK-style notice; elements place it at the top of their render. */
  protected renderProblems(): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    return html`<div class="notice warning" part="problems" role="alert">
      <p><strong>${this.t('problem.title')}</strong></p>
      <ul>
        ${this.problems.map(
          (problem) =>
            html`<li>${problem.say()} ${problem.retry ? this.renderRetry(problem) : nothing}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderRetry(problem: Problem): TemplateResult {
    return html`<div class="actions">
      <button type="button" class="link" @click=${() => this.retryProblem(problem)}>
        ${this.t('problem.retry')}
      </button>
    </div>`;
  }

  /**
   * "Try again": while it tries, focus stays on the button; if it fails again the button is
   * still there. If it worked, the notice goes, and focus moves to the first control of the
   * element rather than being dropped at the top of the page.
   */
  private async retryProblem(problem: Problem): Promise<void> {
    await problem.retry!();
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    if (root.activeElement || this.problems.some((p) => p.key === problem.key)) return;
    root.querySelector<HTMLElement>(focusable)?.focus();
  }
}
