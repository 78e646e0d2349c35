import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// A named import, not a bare one: package.json marks only dist files as having side effects,
// so a bundler may drop `import '…/delivery-plan.js'` and the element would never be defined.
import { CoDeliveryPlan } from '../src/components/delivery-plan/delivery-plan.js';
import '../src/delivery-plan.js';
import type { DeliveryPlanData, Task } from '../src/core/kinds/delivery-plan.js';
import type { SkillOffer } from '../src/core/kinds/skill-offer.js';
import { participantId } from '../src/core/participant.js';
import { createEnvelope } from '../src/core/store/envelope.js';
import { MemoryStore } from '../src/core/store/memory-store.js';

interface Args {
  facilitator: boolean;
  kiosk: boolean;
  participantGroup?: string;
}

const at = new Date(Date.UTC(2026, 10, 29, 10)).toISOString();

function task(id: string, title: string, o: Partial<Task> = {}): Task {
  return {
    id,
    title,
    detail: '',
    skills: [],
    when: '',
    people: null,
    groups: [],
    status: 'planned',
    createdAt: at,
    updatedAt: at,
    ...o,
  };
}

function offer(id: string, o: Partial<SkillOffer>): SkillOffer {
  return {
    id,
    participant: `p-${id}`,
    createdAt: at,
    updatedAt: at,
    lang: 'en',
    name: '',
    email: '',
    phone: '',
    group: 'community',
    skills: [],
    otherSkills: [],
    experience: '',
    ways: [],
    hours: null,
    days: [],
    times: [],
    support: [],
    supportOther: '',
    consentContact: false,
    consentShare: false,
    retention: '12 months',
    ...o,
  };
}

/** Five offers of the skills the tasks need: two agreed to be contacted about delivery. */
const offers = [
  offer('o1', {
    name: 'Ann Hughes',
    email: 'ann@example.org',
    skills: ['cooking', 'teaching'],
    ways: ['co-delivery'],
    consentContact: true,
  }),
  offer('o2', {
    name: 'Dafydd Price',
    phone: '01234 567890',
    group: 'professional',
    skills: ['cooking'],
    ways: ['co-delivery', 'co-design'],
    consentContact: true,
  }),
  offer('o3', { name: 'Private person', skills: ['cooking'], ways: ['co-delivery'] }),
  offer('o4', { skills: ['gardening', 'welsh'], ways: ['co-design'], consentContact: true }),
  offer('o5', { group: 'professional', skills: ['teaching', 'events'] }),
];

const ideas = [
  ['i1', 'Saturday cooking club for families'],
  ['i2', 'A community garden behind the library'],
  ['i3', 'Welsh conversation café'],
];

const me = () => participantId();

type Seed = 'empty' | 'ideas' | 'matches' | 'hours' | 'done';

/** A store already holding the plan (and the space's offers and board), so each story opens in its state. */
function seeded(space: string, seed: Seed): MemoryStore {
  const store = new MemoryStore();
  const put = (kind: string, data: object) =>
    void store.update(`together-kit/${space}/${kind}/main`, () =>
      createEnvelope({ space, kind, id: 'main' }, data as Record<string, unknown>),
    );
  const plan: DeliveryPlanData = { tasks: {}, signUps: {}, hours: {}, evaluations: {} };
  if (seed !== 'empty') {
    put('skill-offer', { offers: Object.fromEntries(offers.map((o) => [o.id, o])) });
    put('idea-board', {
      ideas: Object.fromEntries(
        ideas.map(([id, title], rank) => [
          id,
          { id, column: 'agreed', rank, title, createdAt: at, updatedAt: at },
        ]),
      ),
      votes: {},
    });
  }
  const fromIdea = (item: string) => ({ kind: 'idea-board', space, id: 'main', item });
  if (seed === 'ideas' || seed === 'matches' || seed === 'hours' || seed === 'done') {
    plan.tasks = {
      t1: task('t1', ideas[0][1], {
        detail: 'Cook a simple meal together with families, once a week.',
        skills: ['cooking', 'teaching'],
        when: 'Saturday mornings in January',
        people: 4,
        source: fromIdea('i1'),
        status: seed === 'done' ? 'done' : 'planned',
      }),
      t2: task('t2', ideas[1][1], {
        skills: ['gardening'],
        people: 6,
        source: fromIdea('i2'),
        status: seed === 'hours' ? 'under-way' : 'planned',
      }),
      t3: task('t3', ideas[2][1], {
        skills: ['welsh'],
        groups: ['community'],
        source: fromIdea('i3'),
      }),
    };
  }
  if (seed === 'hours' || seed === 'done' || seed === 'matches') {
    const sign = (taskId: string, participant: string, group: string, name = '') => {
      const id = `${taskId}:${participant}`;
      plan.signUps[id] = {
        id,
        task: taskId,
        participant,
        group,
        name,
        withdrawn: false,
        recordedBy: name ? 'facilitator' : '',
        updatedAt: at,
      };
    };
    sign('t1', me(), 'community');
    sign('t1', 'p-dafydd', 'professional');
    sign('t2', 'p-gwen', 'professional');
    sign('t2', 'offline:community:mrs jones', 'community', 'Mrs Jones');
  }
  if (seed === 'hours' || seed === 'done') {
    const hours = (id: string, participant: string, group: string, minutes: number, by = '') => {
      plan.hours[id] = {
        id,
        task: 't1',
        participant,
        group,
        minutes,
        confirmedBy: by,
        recordedBy: '',
        createdAt: at,
        updatedAt: at,
      };
    };
    hours('h1', me(), 'community', 150);
    hours('h2', 'p-dafydd', 'professional', 90);
    hours('h3', 'p-dafydd', 'professional', 120, 'facilitator');
  }
  if (seed === 'done') {
    const answer = (participant: string, group: string, score: number) => {
      const id = `t1:${participant}`;
      plan.evaluations[id] = { id, task: 't1', participant, group, score, updatedAt: at };
    };
    answer('a', 'community', 5);
    answer('b', 'community', 4);
    answer('c', 'community', 4);
    answer('d', 'professional', 4);
    answer('e', 'professional', 3);
  }
  put('delivery-plan', plan);
  return store;
}

const meta: Meta<Args> = {
  title: 'Elements/Delivery plan',
  component: 'co-delivery-plan',
  args: { facilitator: false, kiosk: false, participantGroup: 'community' },
  render: (args, context) => plan(args, `story-${context.id}`, 'ideas'),
};
export default meta;

function plan(args: Args, space: string, seed: Seed) {
  return html`<co-delivery-plan
    space=${space}
    .store=${seeded(space, seed)}
    participant-group=${ifDefined(args.participantGroup)}
    ?facilitator=${args.facilitator}
    ?kiosk=${args.kiosk}
  ></co-delivery-plan>`;
}

type Story = StoryObj<Args>;
const story = (seed: Seed, args: Partial<Args> = {}): Story => ({
  args,
  render: (all, context) => plan(all, `story-${context.id}-${seed}`, seed),
});

/** No tasks yet, and the group question: the plan as a participant first meets it. */
export const Empty: Story = story('empty', { participantGroup: undefined });

/** Three agreed ideas from the board, each made into a task; counts of matching offers. */
export const PlanFromThreeIdeas: Story = story('ideas');

/** The facilitator sees names and contacts of the two who agreed, and a number for the rest. */
export const MatchesWithConsent: Story = story('matches', { facilitator: true });

/** A participant sees counts only, never who. */
export const MatchesWithoutConsent: Story = story('matches');

/** Time recorded and waiting: it counts once someone else confirms it. */
export const HoursAwaitingConfirmation: Story = story('hours');

/** A done task with "Did this work?" answered by both groups, side by side. */
export const DoneWithEvaluation: Story = story('done');

/** The whole facilitator view: add tasks, agreed ideas, time to confirm, the broker form. */
export const Facilitator: Story = story('hours', { facilitator: true });

/** In Welsh. */
export const Welsh: Story = {
  args: { facilitator: true },
  render: (args, context) =>
    html`<div lang="cy">${plan(args, `story-${context.id}-cy`, 'done')}</div>`,
};

void CoDeliveryPlan;
