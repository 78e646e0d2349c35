import { html, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import type { CoElement } from './co-element.js';
import { groupLabel, type Group } from './groups.js';
import type { SpaceSettings } from './space-context.js';
import {
  describedBy,
  refuseForm,
  renderErrorSummary,
  renderInlineError,
  type FieldProblem,
} from './ui/error-summary.js';

/** What the controller reads from its element. */
export interface GroupHost extends CoElement {
  /** Set by the page when it knows the participant's group. */
  participantGroup?: string;
  groups: readonly Group[];
}

const storageKey = (space: string) => `together-kit-group/${space}`;

/** Forgets the group remembered for a space in this browser ("delete my data"). */
export function forgetRememberedGroup(space: string): void {
  try {
    localStorage.removeItem(storageKey(space));
  } catch {
    // Storage blocked: nothing was remembered.
  }
}
/** Fired on the window when a person chooses their group (detail: `{ space, id }`). */
export const GROUP_CHOSEN_EVENT = 'together-kit-group-chosen';
const CHANGE_EVENT = GROUP_CHOSEN_EVENT;

/** The group this browser remembers for a space, if any (for presence counts). */
export function rememberedGroup(space: string): string | undefined {
  try {
    return localStorage.getItem(storageKey(space)) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which group this participant takes part as: fixed by the page (`participant-group`, on the
 * element or its `<co-space>`), or asked once, in plain words, and remembered in this browser
 * for the space, so the other elements of the space do not ask again.
 */
export class ParticipantGroupController implements ReactiveController {
  private chosen?: string;
  /**
   * The space `chosen` belongs to. The remembered group is read once the space is known, not
   * on connect: inside a `<co-space>` the space arrives by context after the element connects,
   * and reading then found the default space's choice (none), so the person was asked again.
   */
  private chosenFor?: string;
  /** Whether the question was answered with nothing chosen (shows the error summary). */
  private unanswered = false;

  constructor(
    private readonly host: GroupHost,
    private readonly settings: () => { space: string; context?: SpaceSettings },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.chosenFor = undefined;
    globalThis.addEventListener(CHANGE_EVENT, this.onChosenElsewhere);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener(CHANGE_EVENT, this.onChosenElsewhere);
  }

  /** The group id, or undefined while the person has not said. */
  get group(): string | undefined {
    const fixed = this.host.participantGroup ?? this.settings().context?.participantGroup;
    const id = fixed ?? this.chosenInSpace();
    return id !== undefined && this.host.groups.some((g) => g.id === id) ? id : undefined;
  }

  /**
   * A group the page fixed on the element (`participant-group`) that is none of its groups is
   * reported in words and with `co-error` `attribute-invalid`; the person is then asked, as
   * if none had been fixed. Called from the element's `willUpdate`.
   */
  checkFixed(changed: PropertyValues): void {
    const fixed = this.host.participantGroup;
    if (!fixed || !(changed.has('participantGroup') || changed.has('groups'))) return;
    if (this.host.groups.some((group) => group.id === fixed)) return;
    const detail = `no group is called "${fixed}"`;
    this.host.reportProblem('attribute-invalid', () =>
      this.host.t('problem.attribute', { name: 'participant-group', detail }),
    );
  }

  /** Whether the page fixed the group (then the person is not asked, and cannot change it). */
  get fixed(): boolean {
    return (this.host.participantGroup ?? this.settings().context?.participantGroup) !== undefined;
  }

  choose(id: string, { remember = true } = {}): void {
    this.chosen = id;
    this.chosenFor = this.settings().space;
    this.unanswered = false;
    if (remember) {
      try {
        localStorage.setItem(storageKey(this.settings().space), id);
      } catch {
        // Storage blocked: remembered for this page only.
      }
      globalThis.dispatchEvent(
        new CustomEvent(CHANGE_EVENT, { detail: { space: this.settings().space, id } }),
      );
    }
    this.host.requestUpdate();
  }

  /** Forgets the choice (a kiosk passing the device to the next person; "change group"). */
  forget({ remember = true } = {}): void {
    this.chosen = undefined;
    this.chosenFor = this.settings().space;
    this.unanswered = false;
    if (remember) {
      try {
        localStorage.removeItem(storageKey(this.settings().space));
      } catch {
        // nothing was stored
      }
    }
    this.host.requestUpdate();
  }

  label(id: string): string {
    const group = this.host.groups.find((g) => g.id === id) ?? { id };
    return groupLabel(group, this.host.language, (key) => this.host.tOptional(key));
  }

  /**
   * The question, as a fieldset of radios with an explicit Continue button (arrowing through
   * radios must never commit a choice). Continue with nothing chosen shows the error summary
   * (focused and announced) with a link to the first radio, and the error beside the question,
   * which the fieldset names in `aria-describedby` with the hint.
   */
  renderQuestion(onChosen?: (id: string) => void): TemplateResult {
    const { host } = this;
    const submit = async (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const id = new FormData(form).get('group');
      if (typeof id !== 'string') {
        this.unanswered = true;
        host.requestUpdate();
        await host.updateComplete;
        refuseForm(host, 'group-summary');
        return;
      }
      this.choose(id);
      onChosen?.(id);
    };
    const problems: FieldProblem[] = this.unanswered
      ? [{ field: 'group', key: 'group.required', control: 'group-0' }]
      : [];
    const text = (problem: FieldProblem) => host.t(problem.key, problem.params);
    const error = problems[0] && text(problems[0]);
    return html`<form class="group-question" part="group-question" @submit=${submit} novalidate>
      ${renderErrorSummary({
        id: 'group-summary',
        title: host.t('problem.title'),
        level: host.headingLevel + 1,
        errors: problems,
        text,
      })}
      <fieldset
        class=${error ? 'invalid' : ''}
        aria-describedby=${describedBy('group-hint', error && 'group-error')}
      >
        <legend>${host.t('group.question')}</legend>
        <p class="hint" id="group-hint">${host.t('group.hint')}</p>
        ${renderInlineError('group-error', host.t('error.prefix'), error)}
        ${host.groups.map(
          (g, index) =>
            html`<label class="choice"
              ><input type="radio" name="group" id="group-${index}" value=${g.id} />
              <span>${this.label(g.id)}</span></label
            >`,
        )}
      </fieldset>
      <button type="submit">${host.t('group.choose')}</button>
    </form>`;
  }

  /** The choice made or remembered for the space the element is in now. */
  private chosenInSpace(): string | undefined {
    const space = this.settings().space;
    if (this.chosenFor !== space) {
      this.chosenFor = space;
      this.chosen = this.remembered();
    }
    return this.chosen;
  }

  private remembered(): string | undefined {
    try {
      return localStorage.getItem(storageKey(this.settings().space)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private readonly onChosenElsewhere = (event: Event): void => {
    const { space, id } = (event as CustomEvent<{ space: string; id: string }>).detail;
    if (space === this.settings().space && id !== this.chosen) {
      this.chosen = id;
      this.chosenFor = space;
      this.host.requestUpdate();
    }
  };
}
