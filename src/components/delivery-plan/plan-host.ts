import type { Emit, Translate } from '../../core/element-host.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import type { ReactiveControllerHost } from 'lit';
import type { DeliveryShares, TaskMatch } from '../../core/delivery.js';
import type { Group } from '../../core/groups.js';
import type { BoardIdea } from '../../core/idea-tasks.js';
import type { ParticipantGroupController } from '../../core/participant-group.js';
import type { Skill } from '../../core/skills.js';
import type { DeliveryPlanData, HoursEntry, NewTask, SignUp, Task, TaskStatus } from './model.js';

/** What the task list asks of the forms' state (plan-forms.ts). */
interface PlanFormsView {
  errorFor(form: string): string | undefined;
  /** A form's problems, for its error summary, and one of them in words. */
  summaryErrors(form: string): readonly FieldProblem[];
  readonly text: (problem: FieldProblem) => string;
  submitTime(event: SubmitEvent, task: string, form: string): Promise<void>;
  submitEvaluation(event: SubmitEvent, task: string, form: string): Promise<void>;
}

/**
 * What the views, forms and exports may use of `<co-delivery-plan>`: its settings, what it
 * works out from the record (tasks, matches, shares), its words, and its public actions. They
 * take this, never the element's class, so the folder reads from the element down.
 */
export interface PlanHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly groupController: ParticipantGroupController;
  readonly forms: PlanFormsView;
  readonly facilitator: boolean;
  readonly kiosk: boolean;
  readonly groups: Group[];
  readonly skills: Skill[];
  readonly headingLevel: number;
  readonly language: string;
  readonly participant: string;
  readonly data: DeliveryPlanData;
  readonly tasks: Task[];
  readonly shares: DeliveryShares;
  readonly taskMatches: Map<string, TaskMatch>;
  readonly agreedIdeas: BoardIdea[];
  readonly confirmable: HoursEntry[];
  t: Translate;
  emit: Emit;
  announce(message: string): void;
  groupName(id: string): string;
  groupInSentence(id: string): string;
  skillName(skill: string): string;
  time(minutes: number): string;
  list(items: readonly string[]): string;
  taskTitle(task: string): string;
  signUpsOf(task: string): SignUp[];
  ownSignUp(task: string): SignUp | undefined;
  ownAnswer(task: string): number | undefined;
  addTask(task: NewTask): Task | undefined;
  taskFromIdea(ideaId: string): Promise<Task | undefined>;
  signUp(task: string): boolean;
  withdraw(task: string): boolean;
  recordTime(task: string, minutes: number): boolean;
  confirmTime(entry: string): boolean;
  setStatus(task: string, status: TaskStatus): boolean;
  evaluate(task: string, score: number): boolean;
  signUpFor(task: string, name: string, group: string): string | undefined;
  recordTimeFor(task: string, name: string, group: string, minutes: number): boolean;
  nextPerson(): void;
  /** The facilitator's buttons that move a task on (from the facilitator's panel code). */
  statusButtons(task: Task): unknown;
  /** The facilitator's list of people to contact for a task (from the panel code). */
  contacts(match: TaskMatch): unknown;
  download(format: 'csv' | 'json'): Promise<void>;
}
