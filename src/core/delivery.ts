/**
 * Co-delivery as pure functions (issue #16): which skill offers match a task, and who is
 * delivering each task, by group. `<co-delivery-plan>` draws what these return; a page or a
 * server can call them on exported records too. No DOM here.
 *
 * Consent is decided here, once, so no view can get it wrong: a person's name and contact
 * details are handed out only when their offer says both "You can contact me about this
 * project" and that they would like to help deliver (the co-delivery way of taking part).
 * Everyone else is a number.
 */

/** What matching reads of a task. */
export interface TaskNeeds {
  id: string;
  /** Skill ids from the skill offer's taxonomy, or skills in words ("Baking bread"). */
  skills: readonly string[];
}

/** What matching reads of a skill offer (the skill offer's saved `SkillOffer` fits). */
export interface OfferForMatching {
  id: string;
  group: string;
  name: string;
  email: string;
  phone: string;
  skills: readonly string[];
  otherSkills: readonly string[];
  ways: readonly string[];
  consentContact: boolean;
}

/** Someone a facilitator may contact about a task: they agreed to it. */
export interface DeliveryContact {
  offer: string;
  group: string;
  name: string;
  email: string;
  phone: string;
  /** The task's skills this person offered, as the task names them. */
  skills: string[];
}

export interface TaskMatch {
  /** Offers that have at least one of the task's skills. */
  count: number;
  /** The same, by the offer's group ('' when the person gave none). */
  byGroup: Map<string, number>;
  /** For each of the task's skills, how many offers have it: "3 people offered 'cooking'". */
  bySkill: Map<string, number>;
  /**
   * The matching offers whose person agreed to be contacted about delivery (see above), in
   * the order of the offers. Worked out when asked: only a facilitator's view asks, for the
   * tasks it shows, and a plan of 1,000 tasks would otherwise build thousands of contacts.
   */
  contactable(): DeliveryContact[];
}

/** How a skill is compared: case, spacing and the ends of the text do not count. */
export function skillKey(skill: string): string {
  return skill.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Whether the person behind an offer may be contacted about delivering something. */
export function consentsToDeliveryContact(offer: OfferForMatching): boolean {
  return offer.consentContact === true && offer.ways.includes('co-delivery');
}

/**
 * Matches every task against every offer through an index by skill, so the work grows with
 * the matches, not with tasks × offers (1,000 tasks × 5,000 offers in `npm run bench`).
 * Withdrawn offers must be left out by the caller (they keep no skills anyway).
 *
 * Maps, not objects, for what is keyed by people's words: "__proto__" is a skill too.
 */
export function matchOffers(
  tasks: readonly TaskNeeds[],
  offers: readonly OfferForMatching[],
): Map<string, TaskMatch> {
  // Each skill's offers, as positions in `offers` (ascending: an offer lists a skill once
  // however it is spelled, in ticks or in words).
  const bySkill = new Map<string, number[]>();
  // Groups as small numbers, so counting a match is an array increment.
  const groupNames: string[] = [];
  const groupNumbers = new Map<string, number>();
  const groupOf = new Int32Array(offers.length);
  offers.forEach((offer, at) => {
    let number = groupNumbers.get(offer.group);
    if (number === undefined) {
      groupNumbers.set(offer.group, (number = groupNames.length));
      groupNames.push(offer.group);
    }
    groupOf[at] = number;
    for (const key of new Set([...offer.skills, ...offer.otherSkills].map(skillKey))) {
      if (!key) continue;
      const list = bySkill.get(key);
      if (list) list.push(at);
      else bySkill.set(key, [at]);
    }
  });
  const offersWith = (skill: string) => bySkill.get(skillKey(skill)) ?? [];
  // The task an offer was last counted for: counts each matching offer once per task.
  const countedFor = new Int32Array(offers.length).fill(-1);
  const result = new Map<string, TaskMatch>();
  tasks.forEach((task, number) => {
    const perGroup = new Array<number>(groupNames.length).fill(0);
    const skills = new Map<string, number>();
    let count = 0;
    for (const skill of task.skills) {
      if (!skillKey(skill) || skills.has(skill)) continue;
      const having = offersWith(skill);
      skills.set(skill, having.length);
      for (const at of having) {
        if (countedFor[at] === number) continue;
        countedFor[at] = number;
        count += 1;
        perGroup[groupOf[at]] += 1;
      }
    }
    const byGroup = new Map<string, number>();
    perGroup.forEach((n, group) => n && byGroup.set(groupNames[group], n));
    const contactable = () => contactsFor([...skills.keys()], offersWith, offers);
    result.set(task.id, { count, byGroup, bySkill: skills, contactable });
  });
  return result;
}

/** The contacts for one task's skills, in the order of the offers. */
function contactsFor(
  skills: readonly string[],
  offersWith: (skill: string) => readonly number[],
  offers: readonly OfferForMatching[],
): DeliveryContact[] {
  const found = new Map<number, string[]>();
  for (const skill of skills) {
    for (const at of offersWith(skill)) {
      if (!consentsToDeliveryContact(offers[at])) continue;
      const named = found.get(at);
      if (named) named.push(skill);
      else found.set(at, [skill]);
    }
  }
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([at, named]) => {
      const { id, group, name, email, phone } = offers[at];
      return { offer: id, group, name, email, phone, skills: named };
    });
}

/** What sharing reads of a task. */
export interface TaskGroups {
  id: string;
  /** The groups wanted on the task; empty or absent: every group. */
  groups?: readonly string[];
}

/** One person on one task. */
export interface SignUpForShares {
  task: string;
  participant: string;
  group: string;
  /** Withdrawn sign-ups stay in the record (so a merge keeps the withdrawal) but count for nothing. */
  withdrawn?: boolean;
}

/** Time a person gave to a task. */
export interface HoursForShares {
  task: string;
  participant: string;
  group: string;
  /** Minutes, a whole number: hours in halves and quarters add up exactly. */
  minutes: number;
  /** Who confirmed it (a facilitator, or the person it was done with); absent: not yet. */
  confirmedBy?: string;
}

export interface TaskShare {
  /** People on the task, by group, in the order they signed up. */
  byGroup: Map<string, number>;
  people: number;
  /** Wanted groups with nobody on the task yet, in the order given. */
  missing: string[];
  /** At least two groups on it, and every wanted group: delivered together. */
  together: boolean;
  /** The one group on the task when there is only one ("Only professionals are on this task"). */
  onlyGroup?: string;
  /** Confirmed minutes given to the task, by group. */
  minutesByGroup: Map<string, number>;
}

export interface PersonShare {
  /** Tasks the person is signed up for. */
  tasks: number;
  /** Confirmed minutes; time waiting for confirmation is not counted. */
  minutes: number;
  /** Minutes recorded but not confirmed yet. */
  waiting: number;
}

export interface DeliveryShares {
  tasks: Map<string, TaskShare>;
  people: Map<string, PersonShare>;
  /** Confirmed minutes by group, over every task. */
  minutesByGroup: Map<string, number>;
  /** How many tasks are delivered together. */
  together: number;
}

/** Whether time counts: someone confirmed it, and not the person who gave it. */
export function isConfirmed(entry: HoursForShares): boolean {
  return !!entry.confirmedBy && entry.confirmedBy !== entry.participant;
}

/**
 * Who is delivering what, by group: each task's people and missing groups, each person's
 * tasks and confirmed time (a count, not a balance: co-production is not a trade), and the
 * groups' confirmed time. `groups` is every group of the plan, for tasks that want them all.
 */
export function deliveryShares(
  tasks: readonly TaskGroups[],
  signUps: readonly SignUpForShares[],
  hours: readonly HoursForShares[],
  groups: readonly string[],
): DeliveryShares {
  const onTask = new Map<string, Map<string, number>>();
  const seen = new Map<string, Set<string>>();
  const people = new Map<string, PersonShare>();
  const person = (id: string) => {
    let share = people.get(id);
    if (!share) people.set(id, (share = { tasks: 0, minutes: 0, waiting: 0 }));
    return share;
  };
  const add = (map: Map<string, number>, key: string, amount: number) =>
    map.set(key, (map.get(key) ?? 0) + amount);
  for (const signUp of signUps) {
    if (signUp.withdrawn) continue;
    let members = seen.get(signUp.task);
    if (!members) seen.set(signUp.task, (members = new Set()));
    // A person signed up twice (two devices, merged) is one person on the task, counted in
    // the group of their first sign-up.
    if (members.has(signUp.participant)) continue;
    members.add(signUp.participant);
    let byGroup = onTask.get(signUp.task);
    if (!byGroup) onTask.set(signUp.task, (byGroup = new Map()));
    add(byGroup, signUp.group, 1);
    person(signUp.participant).tasks += 1;
  }
  const taskMinutes = new Map<string, Map<string, number>>();
  const minutesByGroup = new Map<string, number>();
  for (const entry of hours) {
    if (!isConfirmed(entry)) {
      person(entry.participant).waiting += entry.minutes;
      continue;
    }
    person(entry.participant).minutes += entry.minutes;
    add(minutesByGroup, entry.group, entry.minutes);
    let byGroup = taskMinutes.get(entry.task);
    if (!byGroup) taskMinutes.set(entry.task, (byGroup = new Map()));
    add(byGroup, entry.group, entry.minutes);
  }
  const shares = new Map<string, TaskShare>();
  let together = 0;
  for (const task of tasks) {
    const wanted = task.groups?.length ? task.groups : groups;
    const byGroup = onTask.get(task.id) ?? new Map<string, number>();
    const missing = wanted.filter((g) => !byGroup.has(g));
    let onIt = 0;
    for (const count of byGroup.values()) onIt += count;
    const share: TaskShare = {
      byGroup,
      people: onIt,
      missing,
      together: byGroup.size >= 2 && missing.length === 0,
      minutesByGroup: taskMinutes.get(task.id) ?? new Map(),
    };
    if (byGroup.size === 1) share.onlyGroup = [...byGroup.keys()][0];
    if (share.together) together += 1;
    shares.set(task.id, share);
  }
  return { tasks: shares, people, minutesByGroup, together };
}
