import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// A named import, not a bare one (see partnership-vote.stories.ts).
import { CoPartnershipVote } from '../src/components/partnership-vote/partnership-vote.js';
import '../src/partnership-vote.js';
import { emptyVote, type VoteData } from '../src/components/partnership-vote/model.js';
import type { Ballot } from '../src/core/parity.js';
import { createEnvelope } from '../src/core/store/envelope.js';
import { MemoryStore } from '../src/core/store/memory-store.js';

interface Args {
  lang: 'en' | 'cy';
  method: 'ranked' | 'grades';
  count: 'instant-runoff' | 'borda';
  results: 'always' | 'after-vote' | 'after-close';
  closed: boolean;
  facilitator: boolean;
}

const options = JSON.stringify([
  { id: 'saturdays', label: { en: 'Saturday mornings', cy: 'Bore Sadwrn' } },
  { id: 'evenings', label: { en: 'Weekday evenings', cy: 'Nosweithiau yn ystod yr wythnos' } },
  { id: 'lunchtimes', label: { en: 'Lunchtimes', cy: 'Amser cinio' } },
  { id: 'online', label: { en: 'Online only', cy: 'Ar-lein yn unig' } },
]);

const question = {
  en: 'When should the drop-in open?',
  cy: "Pryd ddylai'r sesiwn galw heibio agor?",
};

const ranked = (group: string, order: string[], times: number): Ballot[] =>
  Array.from({ length: times }, () => ({
    group,
    ranks: Object.fromEntries(order.map((option, index) => [option, index + 1])),
  }));

/** Ten community ballots and four from staff: three rounds before a majority. */
const rankings: Ballot[] = [
  ...ranked('community', ['saturdays', 'evenings'], 5),
  ...ranked('community', ['evenings', 'saturdays'], 3),
  ...ranked('community', ['online', 'evenings'], 2),
  ...ranked('professional', ['lunchtimes', 'evenings'], 2),
  ...ranked('professional', ['evenings', 'lunchtimes'], 1),
  ...ranked('professional', ['online'], 1),
];

const graded = (group: string, grades: Record<string, number>, times: number): Ballot[] =>
  Array.from({ length: times }, () => ({ group, grades }));

const gradings: Ballot[] = [
  ...graded('community', { saturdays: 0, evenings: 1, lunchtimes: 3, online: 4 }, 6),
  ...graded('community', { saturdays: 1, evenings: 1, lunchtimes: 2, online: 3 }, 4),
  ...graded('professional', { saturdays: 3, evenings: 1, lunchtimes: 0, online: 2 }, 2),
];

function seeded(space: string, ballots: readonly Ballot[]): MemoryStore {
  const store = new MemoryStore();
  const data: VoteData = emptyVote();
  const at = new Date(Date.UTC(2026, 10, 30, 10)).toISOString();
  ballots.forEach((ballot, index) => {
    const id = `ballot-${index}`;
    data.ballots[id] = { ...ballot, id, participant: id, castAt: at, updatedAt: at };
  });
  data.settings = { ...data.settings, updatedAt: at };
  const record = data as unknown as Record<string, unknown>;
  void store.update(`together-kit/${space}/partnership-vote/main`, () =>
    createEnvelope({ space, kind: 'partnership-vote', id: 'main' }, record),
  );
  return store;
}

const render =
  (ballots: readonly Ballot[] = []) =>
  (args: Args, context: { id: string }) => {
    const space = `story-${context.id}`;
    return html`<div lang=${args.lang}>
      <co-partnership-vote
        space=${space}
        .store=${seeded(space, ballots)}
        question=${question[args.lang]}
        options=${options}
        method=${args.method}
        count=${args.count}
        results=${args.results}
        participant-group="community"
        ?closed=${args.closed}
        ?facilitator=${args.facilitator}
      ></co-partnership-vote>
    </div>`;
  };

const meta: Meta<Args> = {
  title: 'Elements/Partnership vote/Ranked and graded',
  component: 'co-partnership-vote',
  args: {
    lang: 'en',
    method: 'ranked',
    count: 'instant-runoff',
    results: 'after-vote',
    closed: false,
    facilitator: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    method: { control: 'inline-radio', options: ['ranked', 'grades'] },
    count: { control: 'inline-radio', options: ['instant-runoff', 'borda'] },
    results: { control: 'inline-radio', options: ['always', 'after-vote', 'after-close'] },
  },
  render: render(),
};
export default meta;

type Story = StoryObj<Args>;

/** Rank by position or with Move up / Move down; every move is announced. */
export const RankedBallot: Story = {};

/** Y bleidlais drefnu yn Gymraeg. */
export const RankedBallotWelsh: Story = { args: { lang: 'cy' } };

/** Instant-runoff: every round in a table, the order of elimination, and why, in words. */
export const RankedResults: Story = {
  args: { results: 'always', closed: true },
  render: render(rankings),
};

/** Canlyniadau pob rownd yn Gymraeg. */
export const RankedResultsWelsh: Story = {
  args: { lang: 'cy', results: 'always', closed: true },
  render: render(rankings),
};

/** The same ballots counted by Borda points. */
export const Borda: Story = {
  args: { count: 'borda', results: 'always', closed: true },
  render: render(rankings),
};

/** Majority judgment: a grade in words for every option. */
export const GradesBallot: Story = { args: { method: 'grades' } };

/** Graddau yn Gymraeg. */
export const GradesBallotWelsh: Story = { args: { method: 'grades', lang: 'cy' } };

/** Each option's parity-weighted middle grade, and each group's grades. */
export const GradesResults: Story = {
  args: { method: 'grades', results: 'always', closed: true },
  render: render(gradings),
};

/** Y graddau canol yn Gymraeg. */
export const GradesResultsWelsh: Story = {
  args: { method: 'grades', lang: 'cy', results: 'always', closed: true },
  render: render(gradings),
};

/** The facilitator's view with the downloads (every round in the results CSV). */
export const RankedFacilitator: Story = {
  args: { facilitator: true, results: 'after-close' },
  render: render(rankings),
};

void CoPartnershipVote;
