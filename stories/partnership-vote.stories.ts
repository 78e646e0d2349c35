import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// A named import, not a bare one: package.json marks only dist files as having side effects,
// so a bundler may drop `import '…/partnership-vote.js'` and the element would never be defined.
import { CoPartnershipVote } from '../src/components/partnership-vote/partnership-vote.js';
import '../src/partnership-vote.js';
import { emptyVote, type VoteData } from '../src/components/partnership-vote/model.js';
import type { Ballot } from '../src/core/parity.js';
import { participantId } from '../src/core/participant.js';
import { createEnvelope } from '../src/core/store/envelope.js';
import { MemoryStore } from '../src/core/store/memory-store.js';

interface Args {
  question: string;
  method: 'single' | 'approval' | 'score' | 'consent' | 'dots';
  results: 'always' | 'after-vote' | 'after-close';
  rule: 'plurality' | 'double-majority';
  dots: number;
  maxScore: number;
  closed: boolean;
  kiosk: boolean;
  facilitator: boolean;
}

const options = JSON.stringify([
  {
    id: 'evenings',
    label: {
      en: 'Open the library later on weekday evenings',
      cy: "Agor y llyfrgell yn hwyrach ar nosweithiau'r wythnos",
    },
  },
  { id: 'saturdays', label: { en: 'Open on Saturday mornings', cy: 'Agor ar fore Sadwrn' } },
  { id: 'cafe', label: { en: 'A café with a play corner', cy: 'Caffi gyda chornel chwarae' } },
]);

const question = 'What should the library change first?';

const chose = (group: string, option: string, times: number): Ballot[] =>
  Array.from({ length: times }, () => ({ group, marks: { [option]: 1 } }));

/** Ten people who use the library and two staff: the head count and parity disagree. */
const tenAndTwo: Ballot[] = [
  ...chose('community', 'evenings', 10),
  ...chose('community', 'saturdays', 2),
  ...chose('professional', 'saturdays', 2),
];

/**
 * A store already holding these ballots, so each story opens in its state. `mine` is cast by
 * this browser's participant, so the story shows "Your vote has been counted".
 */
function seeded(
  space: string,
  ballots: readonly Ballot[],
  { mine, open = true }: { mine?: Ballot; open?: boolean } = {},
): MemoryStore {
  const store = new MemoryStore();
  const data: VoteData = emptyVote();
  const at = new Date(Date.UTC(2026, 10, 29, 10)).toISOString();
  const all = mine ? [...ballots, mine] : ballots;
  all.forEach((ballot, index) => {
    const id = `ballot-${index}`;
    const participant = ballot === mine ? participantId() : id;
    data.ballots[id] = { ...ballot, id, participant, castAt: at, updatedAt: at };
  });
  data.settings = { ...data.settings, open, updatedAt: at };
  const record = data as unknown as Record<string, unknown>;
  void store.update(`together-kit/${space}/partnership-vote/main`, () =>
    createEnvelope({ space, kind: 'partnership-vote', id: 'main' }, record),
  );
  return store;
}

const meta: Meta<Args> = {
  title: 'Elements/Partnership vote',
  component: 'co-partnership-vote',
  args: {
    question,
    method: 'single',
    results: 'after-vote',
    rule: 'plurality',
    dots: 3,
    maxScore: 5,
    closed: false,
    kiosk: false,
    facilitator: false,
  },
  argTypes: {
    method: {
      control: 'inline-radio',
      options: ['single', 'approval', 'score', 'consent', 'dots'],
    },
    results: { control: 'inline-radio', options: ['always', 'after-vote', 'after-close'] },
    rule: { control: 'inline-radio', options: ['plurality', 'double-majority'] },
  },
  // Each story has its own space, so a group chosen in one is not remembered in another.
  render: (args, context) =>
    html`<co-partnership-vote
      space=${`story-${context.id}`}
      .store=${new MemoryStore()}
      question=${args.question}
      options=${options}
      method=${args.method}
      results=${args.results}
      rule=${args.rule}
      dots=${args.dots}
      max-score=${args.maxScore}
      ?closed=${args.closed}
      ?kiosk=${args.kiosk}
      ?facilitator=${args.facilitator}
    ></co-partnership-vote>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One choice, with the group question first: the vote as a participant first meets it. */
export const SingleChoice: Story = {};

/** Choose any number of options. */
export const Approval: Story = { args: { method: 'approval' } };

/** Score each option from 0 to 5. */
export const Score: Story = { args: { method: 'score' } };

/** Agree, have concerns or object; an objection needs a reason and blocks the option. */
export const Consent: Story = { args: { method: 'consent' } };

/** Spread five dots across the options. */
export const Dots: Story = { args: { method: 'dots', dots: 5 } };

const withBallots =
  (ballots: readonly Ballot[], seed: { mine?: Ballot; open?: boolean } = {}) =>
  (args: Args, context: { id: string }) => {
    const space = `story-${context.id}`;
    return html`<co-partnership-vote
      space=${space}
      .store=${seeded(space, ballots, seed)}
      question=${args.question}
      options=${options}
      method=${args.method}
      results=${args.results}
      rule=${args.rule}
      ?closed=${args.closed}
      ?kiosk=${args.kiosk}
      ?facilitator=${args.facilitator}
      participant-group=${args.facilitator || args.kiosk ? nothing : 'community'}
    ></co-partnership-vote>`;
  };

/** `results="always"`: the parity result beside the head count, with the table and the explanation. */
export const ResultsAlways: Story = {
  args: { results: 'always' },
  render: withBallots(tenAndTwo),
};

/** `results="after-vote"`: this participant has voted, so they see the results and can change their vote. */
export const ResultsAfterVote: Story = {
  args: { results: 'after-vote' },
  render: withBallots(tenAndTwo, { mine: { group: 'community', marks: { cafe: 1 } } }),
};

/** `results="after-close"`: hidden while the vote is open, even after voting. */
export const ResultsAfterClose: Story = {
  args: { results: 'after-close' },
  render: withBallots(tenAndTwo, { mine: { group: 'community', marks: { evenings: 1 } } }),
};

/** A closed vote: no more ballots, and the final results. */
export const Closed: Story = {
  args: { closed: true },
  render: withBallots(tenAndTwo),
};

/** A consent decision where staff objected: the option is blocked, with who objected and why. */
export const ConsentBlocked: Story = {
  args: { method: 'consent', results: 'always', closed: true },
  render: withBallots([
    { group: 'community', consent: { evenings: 'agree', saturdays: 'agree', cafe: 'agree' } },
    {
      group: 'community',
      consent: { evenings: 'agree', saturdays: 'concerns', cafe: 'agree' },
      reasons: { saturdays: 'Few buses run on Saturday mornings' },
    },
    {
      group: 'professional',
      consent: { evenings: 'object', saturdays: 'agree', cafe: 'agree' },
      reasons: { evenings: 'We cannot staff the building safely after 8pm' },
    },
  ]),
};

/** Two options level in the parity result: reported as a tie, not a winner. */
export const Tie: Story = {
  args: { results: 'always' },
  render: withBallots([...chose('community', 'evenings', 10), ...chose('professional', 'cafe', 2)]),
};

/** Double majority: an option must lead in every group, and none does. */
export const DoubleMajorityNotMet: Story = {
  args: { results: 'always', rule: 'double-majority' },
  render: withBallots(tenAndTwo),
};

/** One shared device passed round a workshop: each voter is asked their group and thanked. */
export const Kiosk: Story = { args: { kiosk: true } };

/** The facilitator's controls: open and close, show results, reset, and the downloads. */
export const Facilitator: Story = {
  args: { facilitator: true, results: 'after-close' },
  render: withBallots(tenAndTwo),
};

/** In Welsh, results included (the toolbar switches every story's language too). */
export const Welsh: Story = {
  args: { question: "Beth ddylai'r llyfrgell ei newid yn gyntaf?", results: 'always' },
  render: (args, context) => html`<div lang="cy">${withBallots(tenAndTwo)(args, context)}</div>`,
};

/** A page that set `method` and `weights` wrongly: the element says so and keeps working. */
export const MalformedAttribute: Story = {
  render: (_args, context) =>
    html`<co-partnership-vote
      space=${`story-${context.id}`}
      .store=${new MemoryStore()}
      question=${question}
      options=${options}
      method="ranked-choice"
      weights="{community: 2}"
    ></co-partnership-vote>`,
};

/** Right to left: the bars grow from the right. */
export const RightToLeft: Story = {
  args: { results: 'always' },
  render: (args, context) => html`<div dir="rtl">${withBallots(tenAndTwo)(args, context)}</div>`,
};

// Referenced so the element's module is kept by every bundler (see the import above).
void CoPartnershipVote;
