import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CoElement } from '../../core/co-element.js';
import {
  deliveryShares,
  matchOffers,
  type DeliveryShares,
  type OfferForMatching,
  type TaskMatch,
} from '../../core/delivery.js';
import { defaultGroups, groupLabel, parseGroups, type Group } from '../../core/groups.js';
import { boardIdeas, boardKey, postIdeaNote, type BoardIdea } from '../../core/idea-tasks.js';
import { downloadRecordFile } from '../../core/download.js';
import { jsonAttribute } from '../../core/json-attribute.js';
import { LazyPart, withWords } from '../../core/lazy-part.js';
import { loadStyledPart } from '../../core/part-styles.js';
import {
  parseSkillOfferData,
  SKILL_OFFER_KIND,
  type SkillOffer,
} from '../../core/kinds/skill-offer.js';
import { ParticipantGroupController } from '../../core/participant-group.js';
import { newId, participantId } from '../../core/participant.js';
import { defaultSkills, parseSkills, skillLabel, type Skill } from '../../core/skills.js';
import {
  createEnvelope,
  recordKey,
  validateEnvelope,
  type Envelope,
} from '../../core/store/envelope.js';
import { isTombstone } from '../../core/store/merge.js';
import type { RecordStore } from '../../core/store/record-store.js';
import { StorageController } from '../../core/store/storage-controller.js';
import { renderStorageStatus } from '../../core/store/storage-status.js';
import { errorSummaryStyles } from '../../core/styles.js';
import { deliveryPlanStyles } from './delivery-plan.styles.js';
import { deliveryPlanMessages } from './messages.js';
import {
  addTask,
  confirmHours,
  DELIVERY_PLAN_KIND,
  emptyPlan,
  evaluate,
  FACILITATOR,
  liveHours,
  liveSignUps,
  liveTasks,
  parseDeliveryPlanData,
  recordHours,
  setStatus,
  signUp,
  signUpId,
  withdraw,
  type DeliveryPlanData,
  type HoursEntry,
  type NewTask,
  type SignUp,
  type Task,
  type TaskStatus,
} from './model.js';
import type { FacilitatorPanel } from './facilitator-panel.js';
import { PlanForms } from './plan-forms.js';
import { planParts } from './plan-parts.js';
import { renderTaskList } from './task-view.js';
import { WatchedRecords } from './watched-records.js';

/**
 * Who does what, once an idea is agreed: tasks that people who use services and professionals
 * deliver together (issue #16). Each task names the skills it needs, from the skill offer's
 * taxonomy, and shows how many people in the space offered them — as counts only; names and
 * contact details reach a facilitator only for people whose offer agreed to be contacted about
 * delivery. People sign up as their group; a task says plainly when only one group is on it.
 * Time given counts once the facilitator, or someone it was done with, confirms it, and each
 * person sees what they took part in as a count of tasks and hours, never a balance. A done
 * task asks both groups one question, "Did this work?", and shows the answers side by side.
 *
 * `facilitator` adds the controls to add tasks (from agreed ideas on the space's idea board
 * too, keeping the link both ways), change their status, confirm time, and sign up or record
 * time for someone without internet. (`facilitator` is a display setting, not access control.)
 *
 * @summary Tasks that both groups deliver together, matched to the skills people offered.
 *
 * @fires co-change - The plan was saved (`{kind, space, id, record}`).
 * @fires co-error - Something went wrong (`{code, message}`): `input-invalid` (a form was sent with something to fix), a bad attribute, storage full or unavailable.
 *
 * @csspart tasks - The list of tasks.
 * @csspart task - One task.
 * @csspart together - The "delivered together" sentence of a task.
 * @csspart matches - The counts of people who offered the task's skills.
 * @csspart contacts - The facilitator's list of people who may be contacted about a task.
 * @csspart sign-up - A task's sign-up or withdraw button.
 * @csspart time-form - The form to record time on a task.
 * @csspart evaluation - A done task's "Did this work?" question and answers.
 * @csspart you - The person's own part: tasks and confirmed time.
 * @csspart facilitator - The facilitator's controls.
 * @csspart error-summary - The list of problems shown after a form could not be sent.
 * @csspart problems - Problems with settings or storage.
 * @csspart status - Whether the plan is saved.
 *
 * @cssprop --co-plan-together - The edge of a task delivered together. Default: `--co-color-success`.
 * @cssprop --co-plan-one-group - The edge of a task with one group on it. Default: `--co-color-warning`.
 * @cssprop --co-plan-max-width - The line length of the plan. Default: `48rem`.
 */
export class CoDeliveryPlan extends CoElement {
  static override styles = [...CoElement.styles, errorSummaryStyles, deliveryPlanStyles];
  static override messages = deliveryPlanMessages;

  /** The groups people take part as (JSON); by default people who use services, and staff. */
  @property({ type: Array, converter: jsonAttribute(parseGroups) }) groups: Group[] = [
    ...defaultGroups,
  ];

  /** The skills a task can need (JSON, as the skill offer's `skills`); the offer's list by default. */
  @property({ type: Array, converter: jsonAttribute(parseSkills) }) skills: Skill[] = [
    ...defaultSkills,
  ];

  /** The group every participant here takes part as, when the page knows it. */
  @property({ attribute: 'participant-group' }) participantGroup?: string;

  /** The id of the space's `<co-skill-offer>` record to match against (default `main`). */
  @property() offers = 'main';

  /** The id of the space's `<co-idea-board>` record whose agreed ideas become tasks (default `main`). */
  @property() board = 'main';

  /** The board column whose ideas are agreed (default `agreed`, the board's third column). */
  @property({ attribute: 'idea-column' }) ideaColumn = 'agreed';

  /** Shows the controls to run the plan, names and contacts where consent allows. */
  @property({ type: Boolean, reflect: true }) facilitator = false;

  /** One shared device for many people: each says their group and signs up in turn. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** The space the plan belongs to; `<co-space>` sets it for the elements inside it. */
  @property({ reflect: true }) space?: string;

  /** Where the plan is saved: `local` (default), `memory`, `http` or `yjs` (at `endpoint`). */
  @property() storage?: string;

  /** The server for `storage="http"` (a URL) or `storage="yjs"` (a `ws:` or `wss:` URL). */
  @property() endpoint?: string;

  /** A store of your own (any object with the RecordStore methods); wins over `storage`. */
  @property({ attribute: false }) store?: RecordStore;

  /** In a kiosk, the person at the device now: a new one for each person. */
  @state() private kioskPerson = newId();

  private readonly browserParticipant = participantId();

  /** @internal */
  readonly storageController = new StorageController<DeliveryPlanData>(this, {
    kind: DELIVERY_PLAN_KIND,
    empty: emptyPlan,
    parse: parseDeliveryPlanData,
  });
  /** @internal */
  readonly groupController = new ParticipantGroupController(this, () => ({
    space: this.storageController.space,
    context: this.storageController.spaceSettings,
  }));
  private readonly watched = new WatchedRecordsFor(this);
  /** @internal */
  readonly forms: PlanForms = new PlanForms(this);
  // What participants never use loads when first needed: the facilitator's panel when
  // `facilitator` is set, the CSV and file downloads when someone exports.
  private readonly facilitatorPart = new LazyPart(this, () =>
    loadStyledPart(this, () => withWords(this, planParts.facilitator)),
  );
  private facilitatorPanel?: FacilitatorPanel;
  private readonly exportPart = new LazyPart(this, () => withWords(this, planParts.exports));

  // ── Public API ──

  /** Resolves once the saved plan has loaded. */
  get ready(): Promise<void> {
    return this.storageController.ready;
  }

  /** The tasks, oldest first. */
  get tasks(): Task[] {
    return liveTasks(this.storageController.data);
  }

  /** Saves the next state of the plan (the one way every change is saved). False when read-only. */
  commit(next: DeliveryPlanData): boolean {
    if (!this.storageController.update(next)) return false;
    this.requestUpdate();
    return true;
  }

  /**
   * Adds a task (as the facilitator's form does) and returns it; fields left out take their
   * defaults. Undefined when read-only, or when the task does not fit (no title, too long):
   * then said in words and as `co-error` `input-invalid`, and nothing is saved.
   */
  addTask(task: NewTask): Task | undefined {
    const id = newId();
    let item: Task;
    try {
      // A page's script may pass a task with fields left out, or one that does not fit: the
      // plan's own check fills the gaps and refuses it now, never saving a plan it could not
      // read back (it would be set aside) or drawing a task without its groups.
      item = parseDeliveryPlanData(addTask(emptyPlan(), id, task)).tasks[id] as Task;
    } catch (error) {
      const detail = (error as Error).message.replaceAll(`tasks.${id}.`, '');
      this.reportProblem('input-invalid', this.t('problem.task', { detail }), error, 'task');
      return undefined;
    }
    this.clearProblemKey('task');
    if (!this.commit({ ...this.data, tasks: { ...this.data.tasks, [id]: item } })) return undefined;
    return item;
  }

  /**
   * Makes a task from an agreed idea on the space's board: the task keeps the idea as its
   * `source`, and the idea gets a note under it naming the task (the link both ways).
   */
  async taskFromIdea(ideaId: string): Promise<Task | undefined> {
    const idea = this.agreedIdeas.find((entry) => entry.id === ideaId);
    if (!idea) return undefined;
    const note = newId();
    const space = this.storageController.space;
    const task = this.addTask({
      title: idea.title.slice(0, 120),
      detail: idea.detail.slice(0, 1000),
      skills: [],
      when: '',
      people: null,
      groups: [],
      source: { kind: 'idea-board', space, id: this.board, item: idea.id },
      note,
    });
    if (!task) return undefined;
    try {
      await postIdeaNote(
        this.storageController.recordStore,
        { space, id: this.board },
        {
          id: note,
          idea: idea.id,
          text: this.t('ideas.note', { task: task.title }),
          participant: this.browserParticipant,
        },
      );
    } catch (error) {
      this.reportProblem('storage-failed', this.t('ideas.failed'), error, 'idea-note');
    }
    this.announce(this.t('form.added', { task: task.title }));
    return task;
  }

  /** Signs this participant up for a task as their group. False without a group or when read-only. */
  signUp(task: string): boolean {
    const group = this.groupController.group;
    if (!group || !this.liveTask(task)) return false;
    const data = signUp(this.storageController.data, {
      task,
      participant: this.participant,
      group,
    });
    if (!this.commit(data)) return false;
    this.announce(this.t('announce.signed-up', { task: this.taskTitle(task) }));
    return true;
  }

  /** Withdraws this participant from a task. */
  withdraw(task: string): boolean {
    if (!this.commit(withdraw(this.storageController.data, task, this.participant))) return false;
    this.announce(this.t('announce.withdrawn', { task: this.taskTitle(task) }));
    return true;
  }

  /** Records time this participant gave to a task; it counts once someone else confirms it. */
  recordTime(task: string, minutes: number): boolean {
    const group = this.groupController.group;
    if (!group || !this.liveTask(task) || !isMinutes(minutes)) return false;
    const entry = { task, participant: this.participant, group, minutes };
    if (!this.commit(recordHours(this.storageController.data, newId(), entry))) return false;
    this.announce(this.t('announce.recorded', { task: this.taskTitle(task) }));
    return true;
  }

  /**
   * Confirms time: as the facilitator in the facilitator view, otherwise as this participant
   * (someone on the same task). Nobody confirms their own time.
   */
  confirmTime(entry: string): boolean {
    const by = this.facilitator ? FACILITATOR : this.participant;
    const before = this.storageController.data;
    const next = confirmHours(before, entry, by);
    if (next === before || !this.commit(next)) return false;
    this.announce(this.t('announce.confirmed'));
    return true;
  }

  /** Moves a task to planned, under way or done, and says so. */
  setStatus(task: string, status: TaskStatus): boolean {
    const before = this.storageController.data;
    const next = setStatus(before, task, status);
    if (next === before || !this.commit(next)) return false;
    const words = this.t(`status.${status}`).toLocaleLowerCase(this.language);
    this.announce(this.t('announce.status', { task: this.taskTitle(task), status: words }));
    return true;
  }

  /** This participant's answer to "Did this work?" for a done task, 1 to 5. */
  evaluate(task: string, score: number): boolean {
    const group = this.groupController.group;
    const item = this.liveTask(task);
    if (!group || item?.status !== 'done' || ![1, 2, 3, 4, 5].includes(score)) return false;
    const entry = { task, participant: this.participant, group, score };
    if (!this.commit(evaluate(this.storageController.data, entry))) return false;
    this.announce(this.t('announce.evaluated'));
    return true;
  }

  /**
   * Broker view: signs up someone without internet, by name, marked as recorded by the
   * facilitator. Returns their participant id in the plan.
   */
  signUpFor(task: string, name: string, group: string): string | undefined {
    const person = offlinePerson(name, group);
    if (!name.trim() || !this.liveTask(task) || !this.groups.some((g) => g.id === group)) {
      return undefined;
    }
    const entry = { task, participant: person, group, name: name.trim(), recordedBy: FACILITATOR };
    return this.commit(signUp(this.storageController.data, entry)) ? person : undefined;
  }

  /**
   * Broker view: records time for someone without internet (signing them up when they are
   * not on the task yet); the facilitator's record is the confirmation.
   */
  recordTimeFor(task: string, name: string, group: string, minutes: number): boolean {
    if (!isMinutes(minutes)) return false;
    const person = offlinePerson(name, group);
    const on = this.storageController.data.signUps[signUpId(task, person)];
    if (!on || isTombstone(on) || on.withdrawn) {
      if (!this.signUpFor(task, name, group)) return false;
    }
    const entry = {
      task,
      participant: person,
      group,
      minutes,
      confirmedBy: FACILITATOR,
      recordedBy: FACILITATOR,
    };
    return this.commit(recordHours(this.storageController.data, newId(), entry));
  }

  /** The saved record (the envelope), with every change saved first. */
  async exportJson(): Promise<Envelope<DeliveryPlanData>> {
    await this.storageController.flush();
    const { envelope, space, id } = this.storageController;
    return (
      envelope ??
      createEnvelope({ space, kind: DELIVERY_PLAN_KIND, id }, this.storageController.data)
    );
  }

  /**
   * The plan as CSV, one row per task (formula-safe). Names and contact details appear only
   * in the facilitator's export, and only for people who agreed to be contacted about delivery.
   */
  async exportCsv(): Promise<string> {
    await this.storageController.flush();
    const part = await this.exportPart.ready();
    if (!part) throw new Error(this.t('problem.part'));
    return part.planCsv(this);
  }

  // ── What the views read ──

  /** @internal Who is acting: this browser's participant, or in a kiosk the person at the device. */
  get participant(): string {
    return this.kiosk ? this.kioskPerson : this.browserParticipant;
  }

  /** @internal */
  get data(): DeliveryPlanData {
    return this.storageController.data;
  }

  private sharesCache?: { data: DeliveryPlanData; groups: Group[]; shares: DeliveryShares };

  /** @internal Who is on each task by group, and confirmed time (core's deliveryShares). */
  get shares(): DeliveryShares {
    const { data } = this;
    const cached = this.sharesCache;
    if (cached?.data === data && cached.groups === this.groups) return cached.shares;
    const shares = deliveryShares(
      liveTasks(data),
      liveSignUps(data),
      liveHours(data),
      this.groups.map((g) => g.id),
    );
    this.sharesCache = { data, groups: this.groups, shares };
    return shares;
  }

  private matchCache?: {
    tasks: DeliveryPlanData['tasks'];
    offers: number;
    matches: Map<string, TaskMatch>;
  };

  /** @internal Matches for every task against the space's live skill offers. */
  get taskMatches(): Map<string, TaskMatch> {
    const { tasks } = this.data;
    const version = this.watched.version(this.offersKey);
    const cached = this.matchCache;
    if (cached?.tasks === tasks && cached.offers === version) return cached.matches;
    const matches = matchOffers(liveTasks(this.data), this.liveOffers());
    this.matchCache = { tasks, offers: version, matches };
    return matches;
  }

  /** @internal The ideas in the board's agreed column. */
  get agreedIdeas(): BoardIdea[] {
    return boardIdeas(this.watched.get(this.boardKey), this.ideaColumn);
  }

  /** @internal The sign-ups of a task that count, in the order made. */
  signUpsOf(task: string): SignUp[] {
    return liveSignUps(this.data).filter((entry) => entry.task === task && !entry.withdrawn);
  }

  /** @internal This participant's sign-up for a task, if they are on it. */
  ownSignUp(task: string): SignUp | undefined {
    const entry = this.data.signUps[signUpId(task, this.participant)];
    return entry && !isTombstone(entry) && !entry.withdrawn ? entry : undefined;
  }

  /** @internal Time waiting for confirmation that this viewer may confirm. */
  get confirmable(): HoursEntry[] {
    const waiting = liveHours(this.data).filter((entry) => !entry.confirmedBy);
    if (this.facilitator) return waiting;
    return waiting.filter(
      (entry) => entry.participant !== this.participant && !!this.ownSignUp(entry.task),
    );
  }

  /** @internal This participant's answer for a task. */
  ownAnswer(task: string): number | undefined {
    const entry = this.data.evaluations[signUpId(task, this.participant)];
    return entry && !isTombstone(entry) ? entry.score : undefined;
  }

  /** @internal */
  groupName(id: string): string {
    const group = this.groups.find((entry) => entry.id === id) ?? { id };
    return groupLabel(group, this.language, (key) => this.tOptional(key));
  }

  /** @internal A group's name inside a sentence ("Only professionals are…"). */
  groupInSentence(id: string): string {
    return this.tOptional(`plan.group-name.${id}`) ?? this.groupName(id);
  }

  /** @internal A skill's words: the taxonomy's label in this language, or the words as given. */
  skillName(skill: string): string {
    return skillLabel(this.skills, skill, this.language);
  }

  /** @internal "2 h 30 min", "45 min", "3 h". */
  time(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return this.t('time.value', { hours, minutes: rest })
      .replace(/^0 \S+ /, '')
      .replace(/ 0 \S+$/, '');
  }

  /** @internal "A, B and C", in the element's language. */
  list(items: readonly string[]): string {
    if (items.length < 2) return items.join('');
    const head = items.slice(0, -1).join(this.t('plan.list.comma'));
    return `${head}${this.t('plan.list.and')}${items[items.length - 1]}`;
  }

  /** @internal */
  taskTitle(task: string): string {
    return this.liveTask(task)?.title ?? task;
  }

  /** @internal */
  announce(message: string): void {
    this.announcer.announce(message);
  }

  /** @internal In a kiosk, the next person: a new participant, asked their group again. */
  nextPerson(): void {
    this.kioskPerson = newId();
    this.groupController.forget();
    this.requestUpdate();
  }

  /** @internal Saves the plan, named `<space>-delivery-plan-<id>-<date>` (core/download.ts). */
  async download(format: 'csv' | 'json'): Promise<void> {
    const { space, id } = this.storageController;
    const record = { space, kind: DELIVERY_PLAN_KIND, id };
    if (format === 'csv') {
      if (await this.exportPart.ready()) downloadRecordFile(record, 'csv', await this.exportCsv());
      return;
    }
    // The JSON copy is also the way out when saving fails (the status line's button), when
    // the network may be gone too: so it needs nothing that loads later.
    downloadRecordFile(record, 'json', JSON.stringify(await this.exportJson(), null, 2));
  }

  private liveTask(id: string): Task | undefined {
    const task = this.data.tasks[id];
    return task && !isTombstone(task) ? task : undefined;
  }

  /** @internal */
  get offersKey(): string {
    return recordKey({
      space: this.storageController.space,
      kind: SKILL_OFFER_KIND,
      id: this.offers || 'main',
    });
  }

  /** @internal */
  get boardKey(): string {
    return boardKey({ space: this.storageController.space, id: this.board || 'main' });
  }

  private offersCache?: { version: number; offers: OfferForMatching[] };

  /** The space's live skill offers; none when there are none or they cannot be read (said once). */
  private liveOffers(): OfferForMatching[] {
    const version = this.watched.version(this.offersKey);
    if (this.offersCache?.version === version) return this.offersCache.offers;
    let offers: OfferForMatching[] = [];
    const raw = this.watched.get(this.offersKey);
    if (raw !== undefined) {
      const checked = validateEnvelope(raw);
      try {
        if (!checked.ok) throw new Error(checked.problem);
        const data = parseSkillOfferData(checked.envelope.data);
        offers = Object.values(data.offers).filter(
          (offer): offer is SkillOffer => !isTombstone(offer),
        );
        this.clearProblemKey('offers');
      } catch (error) {
        this.reportProblem('storage-corrupt', this.t('problem.offers'), error, 'offers');
      }
    }
    this.offersCache = { version, offers };
    return offers;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.groupController.checkFixed(changed);
    if (changed.has('kiosk') && changed.get('kiosk') !== undefined) this.nextPerson();
    // Read the space's offers here, not while rendering: one that cannot be read is reported,
    // and a problem is state, which must not change in the middle of a render.
    this.liveOffers();
    if (changed.has('space') || changed.has('storage') || changed.has('store')) {
      this.storageController.reconnect();
    }
  }

  // ── Rendering ──

  /** @internal The facilitator's buttons that move a task on: they come with the panel. */
  statusButtons(task: Task): unknown {
    return this.facilitatorPanel?.renderStatusButtons(task) ?? nothing;
  }

  /** @internal Whom a facilitator may contact about a task: it comes with the panel. */
  contacts(match: TaskMatch): unknown {
    return this.facilitatorPanel?.renderContacts(match) ?? nothing;
  }

  private renderFacilitator() {
    const part = this.facilitatorPart.get();
    if (!part) return nothing;
    this.facilitatorPanel ??= new part.FacilitatorPanel(this, this.forms);
    return this.facilitatorPanel.render();
  }

  override render(): TemplateResult {
    const level = this.headingLevel;
    return html`${this.renderProblems()}
      <div class="plan">
        ${this.facilitator ? this.renderFacilitator() : nothing}
        ${this.kiosk ? html`<p class="kiosk-note hint">${this.t('plan.kiosk')}</p>` : nothing}
        ${this.forms.renderParticipant()} ${renderTaskList(this, level)}
      </div>
      ${renderStorageStatus(this, this.storageController, () => void this.download('json'))}`;
  }
}

/** Minutes worth recording: a whole number from 1 to a day. */
function isMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 24 * 60;
}

/**
 * The plan's id for someone without internet, from their name and group: the same person
 * signed up for two tasks by the facilitator is one person in the counts.
 */
function offlinePerson(name: string, group: string): string {
  const key = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase().slice(0, 100);
  return `offline:${group}:${key}`;
}

/** The other records the plan reads: the space's skill offers and its idea board. */
class WatchedRecordsFor extends WatchedRecords {
  constructor(host: CoDeliveryPlan) {
    super(host, () => ({
      store: host.storageController.recordStore,
      keys: host.isConnected ? [host.offersKey, host.boardKey] : [],
    }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'co-delivery-plan': CoDeliveryPlan;
  }
}
