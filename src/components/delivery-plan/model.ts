import {
  DELIVERY_PLAN_KIND,
  emptyPlan,
  parseDeliveryPlanData,
  type DeliveryPlanData,
  type Evaluation,
  type HoursEntry,
  type SignUp,
  type Task,
  type TaskStatus,
} from '../../core/kinds/delivery-plan.js';
import { isTombstone, type Tombstone } from '../../core/store/merge.js';

export { DELIVERY_PLAN_KIND, emptyPlan, parseDeliveryPlanData };
export type { DeliveryPlanData, Evaluation, HoursEntry, SignUp, Task, TaskStatus };

/**
 * Changes to a plan as pure functions: each returns new data and never changes what it was
 * given, so the storage controller can tell what changed and merge item by item.
 */

/** Who records on behalf of someone (the broker view) and confirms time as a facilitator. */
export const FACILITATOR = 'facilitator';

const live = <T>(items: Record<string, T | Tombstone>): T[] =>
  Object.values(items).filter((item): item is T => !isTombstone(item));

export const liveTasks = (data: DeliveryPlanData): Task[] =>
  live(data.tasks).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
export const liveSignUps = (data: DeliveryPlanData): SignUp[] => live(data.signUps);
export const liveHours = (data: DeliveryPlanData): HoursEntry[] =>
  live(data.hours).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
export const liveEvaluations = (data: DeliveryPlanData): Evaluation[] => live(data.evaluations);

export const signUpId = (task: string, participant: string): string => `${task}:${participant}`;

export type NewTask = Pick<Task, 'title' | 'detail' | 'skills' | 'when' | 'people' | 'groups'> &
  Partial<Pick<Task, 'source' | 'note'>>;

export function addTask(
  data: DeliveryPlanData,
  id: string,
  task: NewTask,
  now = new Date(),
): DeliveryPlanData {
  const stamp = now.toISOString();
  const item: Task = { id, ...task, status: 'planned', createdAt: stamp, updatedAt: stamp };
  return { ...data, tasks: { ...data.tasks, [id]: item } };
}

export function setStatus(
  data: DeliveryPlanData,
  id: string,
  status: TaskStatus,
  now = new Date(),
): DeliveryPlanData {
  const task = data.tasks[id];
  if (!task || isTombstone(task) || task.status === status) return data;
  const next = { ...task, status, updatedAt: now.toISOString() };
  return { ...data, tasks: { ...data.tasks, [id]: next } };
}

/** Signs a person up as their group (again, after a withdrawal). */
export function signUp(
  data: DeliveryPlanData,
  entry: Pick<SignUp, 'task' | 'participant' | 'group'> &
    Partial<Pick<SignUp, 'name' | 'recordedBy'>>,
  now = new Date(),
): DeliveryPlanData {
  const id = signUpId(entry.task, entry.participant);
  const item: SignUp = {
    id,
    name: '',
    recordedBy: '',
    ...entry,
    withdrawn: false,
    updatedAt: now.toISOString(),
  };
  return { ...data, signUps: { ...data.signUps, [id]: item } };
}

/** Withdraws a sign-up; the item stays, so a merge with an older copy keeps the withdrawal. */
export function withdraw(
  data: DeliveryPlanData,
  task: string,
  participant: string,
  now = new Date(),
): DeliveryPlanData {
  const id = signUpId(task, participant);
  const current = data.signUps[id];
  if (!current || isTombstone(current) || current.withdrawn) return data;
  const next = { ...current, withdrawn: true, updatedAt: now.toISOString() };
  return { ...data, signUps: { ...data.signUps, [id]: next } };
}

export function recordHours(
  data: DeliveryPlanData,
  id: string,
  entry: Pick<HoursEntry, 'task' | 'participant' | 'group' | 'minutes'> &
    Partial<Pick<HoursEntry, 'confirmedBy' | 'recordedBy'>>,
  now = new Date(),
): DeliveryPlanData {
  const stamp = now.toISOString();
  const item: HoursEntry = {
    id,
    confirmedBy: '',
    recordedBy: '',
    ...entry,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ...data, hours: { ...data.hours, [id]: item } };
}

/** Confirms time; nobody confirms their own (deliveryShares would not count it anyway). */
export function confirmHours(
  data: DeliveryPlanData,
  id: string,
  by: string,
  now = new Date(),
): DeliveryPlanData {
  const entry = data.hours[id];
  if (!entry || isTombstone(entry) || entry.confirmedBy || entry.participant === by) return data;
  const next = { ...entry, confirmedBy: by, updatedAt: now.toISOString() };
  return { ...data, hours: { ...data.hours, [id]: next } };
}

export function evaluate(
  data: DeliveryPlanData,
  entry: Pick<Evaluation, 'task' | 'participant' | 'group' | 'score'>,
  now = new Date(),
): DeliveryPlanData {
  const id = signUpId(entry.task, entry.participant);
  const item: Evaluation = { id, ...entry, updatedAt: now.toISOString() };
  return { ...data, evaluations: { ...data.evaluations, [id]: item } };
}

/** "Did this work?" answers for one task: counts by group and point (1–5). */
export function evaluationsByGroup(data: DeliveryPlanData, task: string): Map<string, number[]> {
  const result = new Map<string, number[]>();
  for (const answer of liveEvaluations(data)) {
    if (answer.task !== task) continue;
    let counts = result.get(answer.group);
    if (!counts) result.set(answer.group, (counts = [0, 0, 0, 0, 0]));
    counts[answer.score - 1] += 1;
  }
  return result;
}
