import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// A named import, not a bare one: package.json marks only dist files as having side effects,
// so a bundler may drop `import '…/health-check.js'` and the element would never be defined.
import { CoHealthCheck } from '../src/components/health-check/health-check.js';
import '../src/health-check.js';
import {
  emptyHealth,
  roundId,
  type HealthData,
  type Rating,
} from '../src/components/health-check/model.js';
import { participantId } from '../src/core/participant.js';
import { createEnvelope } from '../src/core/store/envelope.js';
import { MemoryStore } from '../src/core/store/memory-store.js';

interface Args {
  framework: string;
  minResponses: number;
  kiosk: boolean;
  facilitator: boolean;
}

interface Seed {
  group: string;
  ratings: Record<string, Rating>;
  ladder?: string;
  comments?: Record<string, string>;
  round?: number;
  mine?: boolean;
}

const principles = ['strengths', 'support', 'matters', 'power', 'change'];

/** The same point for every statement of the default framework, with some changed. */
const ratings = (point: number, changes: Record<string, Rating> = {}) => ({
  ...Object.fromEntries(principles.flatMap((p) => [1, 2, 3].map((n) => [`${p}-${n}`, point]))),
  ...changes,
});

const times = (count: number, seed: Seed): Seed[] => Array.from({ length: count }, () => seed);

/** People who use the service find power is not shared; staff think it is. */
const wideGap: Seed[] = [
  ...times(4, {
    group: 'community',
    ratings: ratings(3, { 'power-1': 1, 'power-2': 2, 'power-3': 2, 'change-1': 2 }),
    ladder: 'consultation',
    comments: { power: 'Let us see the budget before it is decided.' },
  }),
  ...times(2, {
    group: 'community',
    ratings: ratings(3, { 'power-1': 'dont-know', 'strengths-2': 4 }),
    ladder: 'informing',
  }),
  ...times(3, {
    group: 'professional',
    ratings: ratings(4, { 'power-1': 5, 'power-2': 4 }),
    ladder: 'co-design',
  }),
];

/** A store holding these responses in rounds 1…`rounds` (the last open), so a story opens in its state. */
function seeded(
  space: string,
  seeds: readonly Seed[],
  { rounds = 1, revealed = false }: { rounds?: number; revealed?: boolean } = {},
): MemoryStore {
  const store = new MemoryStore();
  const data: HealthData = emptyHealth();
  const at = new Date(Date.UTC(2026, 10, 29, 10)).toISOString();
  for (let number = 1; number <= rounds; number += 1) {
    const id = roundId(number);
    data.rounds[id] = { id, number, open: number === rounds, openedAt: at, updatedAt: at };
  }
  seeds.forEach((seed, index) => {
    const round = roundId(seed.round ?? rounds);
    const participant = seed.mine ? participantId() : `story-${index}`;
    const id = `${round}~${participant}`;
    data.responses[id] = {
      id,
      participant,
      round,
      group: seed.group,
      ratings: seed.ratings,
      ...(seed.ladder && { ladder: seed.ladder }),
      ...(seed.comments && { comments: seed.comments }),
      submittedAt: at,
      updatedAt: at,
    };
  });
  data.settings = { ...data.settings, revealed, updatedAt: at };
  void store.update(`together-kit/${space}/health-check/main`, () =>
    createEnvelope(
      { space, kind: 'health-check', id: 'main' },
      data as unknown as Record<string, unknown>,
    ),
  );
  return store;
}

const meta: Meta<Args> = {
  title: 'Elements/Health check',
  component: 'co-health-check',
  args: { framework: 'wales', minResponses: 3, kiosk: false, facilitator: false },
  argTypes: { framework: { control: 'inline-radio', options: ['wales', 'nef', 'scie'] } },
  // Each story has its own space, so a group chosen in one is not remembered in another.
  render: (args, context) =>
    html`<co-health-check
      space=${`story-${context.id}`}
      .store=${new MemoryStore()}
      framework=${args.framework}
      min-responses=${args.minResponses}
      ?kiosk=${args.kiosk}
      ?facilitator=${args.facilitator}
    ></co-health-check>`,
};
export default meta;

type Story = StoryObj<Args>;

const withAnswers =
  (seeds: readonly Seed[], seed: { rounds?: number; revealed?: boolean } = {}, lang?: string) =>
  (args: Args, context: { id: string }) => {
    const space = `story-${context.id}`;
    const element = html`<co-health-check
      space=${space}
      .store=${seeded(space, seeds, seed)}
      framework=${args.framework}
      min-responses=${args.minResponses}
      ?kiosk=${args.kiosk}
      ?facilitator=${args.facilitator}
      participant-group=${args.facilitator || args.kiosk ? nothing : 'community'}
    ></co-health-check>`;
    return lang ? html`<div lang=${lang}>${element}</div>` : element;
  };

/** A new check: the group question, then the five principles' statements and the ladder. */
export const Empty: Story = {};

/**
 * A round in progress, seen by its facilitator: two people who use services and four staff
 * have answered, so only the staff's figures show, and the wait is said in words.
 */
export const RoundInProgress: Story = {
  args: { facilitator: true },
  render: withAnswers([
    ...times(2, { group: 'community', ratings: ratings(2), ladder: 'informing' }),
    ...times(4, { group: 'professional', ratings: ratings(4), ladder: 'co-design' }),
  ]),
};

/** The results shown to everyone, with a wide gap on sharing power said in words first. */
export const WideGap: Story = {
  render: withAnswers(
    [...wideGap, { group: 'community', ratings: ratings(3), ladder: 'consultation', mine: true }],
    { revealed: true },
  ),
};

/** Round 2 against round 1: people who use services now rate sharing power higher. */
export const TwoRoundsCompared: Story = {
  render: withAnswers(
    [
      ...wideGap.map((seed) => ({ ...seed, round: 1 })),
      ...times(3, { group: 'community', ratings: ratings(4, { 'power-1': 3 }), round: 2 }),
      ...times(3, { group: 'professional', ratings: ratings(4), round: 2 }),
    ],
    { rounds: 2, revealed: true },
  ),
};

/** In Welsh: the form, the gaps sentence and the tables. */
export const Welsh: Story = {
  render: withAnswers(wideGap, { revealed: true }, 'cy'),
};

/** A council's own framework and its own three-point scale, set as JSON. */
export const CustomFramework: Story = {
  args: {
    framework: JSON.stringify({
      title: 'Our library partnership',
      principles: [
        {
          id: 'say',
          label: 'Having a say',
          statements: ['Library users help set the opening hours.', 'We hear back about ideas.'],
        },
        { id: 'welcome', label: 'Feeling welcome', statements: ['Everyone is made welcome.'] },
      ],
      scale: ['No', 'Partly', 'Yes'],
    }),
  },
};

/** The facilitator's view: open and close rounds, show the results, download, and the comments. */
export const Facilitator: Story = {
  args: { facilitator: true },
  render: withAnswers(wideGap),
};

/** A workshop tablet: each person answers in turn and is asked their group each time. */
export const Kiosk: Story = { args: { kiosk: true } };

void CoHealthCheck;
