import type { CoElement } from './co-element.js';
import type { ParticipantGroupController } from './participant-group.js';

/** Where one person is on a form that saves a draft (a ballot, a set of answers). */
export interface DraftFormState<D> {
  draft: D;
  /** The person tried to send: errors show from now on. */
  attempted: boolean;
  /** Changing what they sent before. */
  editing: boolean;
  /** The person asked to change the group they take part as: the question is back. */
  changingGroup: boolean;
  /** Kiosk: the last person has been thanked; the next has not started. */
  thanked: boolean;
  /** Why the last attempt was refused (a message key). */
  refusal?: string;
}

/** What a draft form reads from its element. */
export interface DraftFormHost extends CoElement {
  readonly kiosk: boolean;
}

/**
 * The state of one person's draft on an element's form and the group they take part as,
 * shared by the vote's ballot and the health check's answers: both ask the group unless the
 * page fixed it or the person already said, and in a kiosk ask every new person.
 */
export abstract class DraftForm<D extends { group?: string }, H extends DraftFormHost> {
  protected state: DraftFormState<D>;

  constructor(
    protected readonly host: H,
    protected readonly groups: ParticipantGroupController,
    private readonly emptyDraft: () => D,
  ) {
    this.state = this.fresh();
  }

  protected fresh(): DraftFormState<D> {
    return {
      draft: this.emptyDraft(),
      attempted: false,
      editing: false,
      changingGroup: false,
      thanked: false,
    };
  }

  protected set(change: Partial<DraftFormState<D>>): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
  }

  /** Forgets the form (kiosk switched on or off, a reset, a new round). */
  startOver(): void {
    this.set(this.fresh());
  }

  /** The group the page fixed, when it is one of the groups. */
  protected get fixedGroup(): string | undefined {
    return this.groups.fixed ? this.groups.group : undefined;
  }

  /** Whether the form asks which group the person takes part as. */
  protected get asksGroup(): boolean {
    if (this.fixedGroup) return false;
    return this.host.kiosk || this.state.changingGroup || this.groups.group === undefined;
  }

  /** The group the draft is sent as, if known yet. */
  protected get group(): string | undefined {
    return this.fixedGroup ?? (this.asksGroup ? this.state.draft.group : this.groups.group);
  }
}
