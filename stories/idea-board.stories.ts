import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/idea-board.js';
import type { CoIdeaBoard } from '../src/components/idea-board/idea-board.js';
import {
  emptyBoard,
  toStoredBoard,
  type StoredBoardData,
  type Idea,
} from '../src/components/idea-board/model.js';
import type { DotVote } from '../src/core/idea.js';
import { createEnvelope } from '../src/core/store/envelope.js';
import { MemoryStore } from '../src/core/store/memory-store.js';

const stamp = '2026-11-29T10:00:00.000Z';

/** A library redesign workshop, part way through. */
function workshop(): StoredBoardData {
  const idea = (
    id: string,
    column: string,
    rank: number,
    title: string,
    extra: Partial<Idea> = {},
  ): Idea => ({
    id,
    column,
    rank,
    title,
    group: 'community',
    participant: `p-${id}`,
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  });
  const ideas = [
    idea('open-late', 'ideas', 1, 'Evening opening', {
      detail: 'Many of us work until six and cannot get here before the library closes.',
      tags: ['access', 'evenings'],
      author: 'Ana',
    }),
    idea('bus', 'ideas', 1, 'A bus stop by the door', {
      cluster: 'getting-there',
      group: 'professional',
    }),
    idea('parking', 'ideas', 2, 'Blue badge parking that is kept free', {
      cluster: 'getting-there',
      tags: ['access'],
    }),
    idea('quiet', 'ideas', 3, 'A quiet room for study', { detail: 'Exams in May and June.' }),
    idea('homework', 'developing', 1, 'Homework club with volunteers', {
      author: 'Rhys',
      group: 'professional',
    }),
    idea('wifi', 'developing', 2, 'Wi-Fi that works upstairs', { tags: ['digital'] }),
    idea('stories', 'agreed', 1, 'Welsh story time on Saturdays', { author: 'Siân' }),
  ];
  const vote = (participant: string, group: string, target: string, dots: number): DotVote => ({
    id: `${participant}:${target}`,
    participant,
    group,
    idea: target,
    dots,
    updatedAt: stamp,
  });
  const votes = [
    vote('c1', 'community', 'open-late', 2),
    vote('c2', 'community', 'open-late', 1),
    vote('c2', 'community', 'quiet', 2),
    vote('c3', 'community', 'bus', 3),
    vote('s1', 'professional', 'homework', 2),
    vote('s1', 'professional', 'open-late', 1),
  ];
  return {
    ...toStoredBoard(emptyBoard()),
    ideas: Object.fromEntries(ideas.map((i) => [i.id, i])),
    votes: Object.fromEntries(votes.map((v) => [v.id, v])),
    clusters: {
      'getting-there': {
        id: 'getting-there',
        column: 'ideas',
        name: 'Getting there',
        rank: 1.5,
        updatedAt: stamp,
      },
    },
    builds: {
      b1: {
        id: 'b1',
        idea: 'open-late',
        text: 'Yes, and a late bus home from town as well.',
        group: 'community',
        participant: 'p-b1',
        createdAt: stamp,
        updatedAt: stamp,
      },
    },
  };
}

/** 1,000 generated ideas across the three columns, for trying the board at scale. */
function thousand(): StoredBoardData {
  const words = [
    'Evening',
    'bus',
    'quiet',
    'room',
    'homework',
    'club',
    'Saturday',
    'Wi-Fi',
    'story',
    'garden',
  ];
  const ideas: Record<string, Idea> = {};
  for (let i = 0; i < 1000; i += 1) {
    const id = `idea-${i}`;
    ideas[id] = {
      id,
      column: ['ideas', 'developing', 'agreed'][i % 3],
      rank: i,
      title: `${words[i % 10]} ${words[(i * 7) % 10].toLowerCase()} idea ${i + 1}`,
      ...(i % 4 === 0 ? { tags: [words[i % 10].toLowerCase()] } : {}),
      group: i % 3 ? 'community' : 'professional',
      participant: `p${i}`,
      createdAt: stamp,
      updatedAt: stamp,
    };
  }
  return { ...toStoredBoard(emptyBoard()), ideas };
}

interface Args {
  facilitator: boolean;
  hideVotes: boolean;
  dots: number;
  view?: 'board' | 'list';
  pageSize: number;
  participantGroup: string;
}

let stories = 0;
/** Each story gets its own store, seeded, so stories never share or keep data. */
function board(
  args: Args,
  data: StoredBoardData = toStoredBoard(emptyBoard()),
  settings: Partial<StoredBoardData['settings']> = {},
) {
  const space = `story-${(stories += 1)}`;
  const store = new MemoryStore();
  const seeded = { ...data, settings: { ...data.settings, ...settings } };
  void store.update(`together-kit/${space}/idea-board/main`, () =>
    createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      seeded as unknown as Record<string, unknown>,
    ),
  );
  return html`<co-idea-board
    space=${space}
    .store=${store}
    participant-group=${args.participantGroup}
    dots=${args.dots}
    page-size=${args.pageSize}
    view=${ifDefined(args.view)}
    ?facilitator=${args.facilitator}
    ?hide-votes=${args.hideVotes}
  ></co-idea-board>`;
}

async function boardIn(canvas: HTMLElement): Promise<CoIdeaBoard> {
  const el = canvas.querySelector('co-idea-board') as CoIdeaBoard;
  await el.ready;
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/Idea board',
  component: 'co-idea-board',
  args: {
    facilitator: false,
    hideVotes: false,
    dots: 3,
    view: undefined,
    pageSize: 30,
    participantGroup: 'community',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['board', 'list'] },
    participantGroup: { control: 'inline-radio', options: ['community', 'professional'] },
  },
  render: (args) => board(args, workshop()),
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = { render: (args) => board(args) };

export const Populated: Story = {};

export const AsksTheGroupFirst: Story = {
  render: (args) =>
    html`<co-idea-board storage="memory" space="story-ask" dots=${args.dots}></co-idea-board>`,
};

export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#find-text')!;
    input.value = 'access';
    input.dispatchEvent(new Event('input'));
  },
};

export const ListView: Story = { args: { view: 'list' } };

export const Voting: Story = {
  name: 'Voting (results by parity)',
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLElement>(
      '.card[data-idea="quiet"] [data-action="give"]',
    )!.click();
  },
};

export const VotesHidden: Story = { args: { hideVotes: true } };

export const Revealed: Story = {
  args: { hideVotes: true, facilitator: true },
  render: (args) => board(args, workshop(), { revealed: true, updatedAt: stamp }),
};

export const Facilitator: Story = { args: { facilitator: true } };

export const Locked: Story = {
  render: (args) => board(args, workshop(), { locked: true, updatedAt: stamp }),
};

export const CardOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    el.shadowRoot
      ?.querySelector<HTMLElement>('.card[data-idea="open-late"] [data-action="open"]')
      ?.click();
  },
};

export const MoveMenuOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLElement>(
      '.card[data-idea="quiet"] [data-action="move"]',
    )!.click();
  },
};

export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.post button[type="submit"]')!.click();
  },
};

export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${board(args, workshop())}</div>`,
};

export const OwnColumns: Story = {
  render: () =>
    html`<co-idea-board
      storage="memory"
      space="story-columns"
      participant-group="community"
      columns='[{"id":"keep","label":{"en":"Keep","cy":"Cadw"}},{"id":"change","label":{"en":"Change","cy":"Newid"}},{"id":"try","label":{"en":"Try","cy":"Rhoi cynnig"}},{"id":"stop","label":{"en":"Stop","cy":"Stopio"}}]'
    ></co-idea-board>`,
};

export const AThousandIdeas: Story = {
  name: '1,000 generated ideas',
  render: (args) => board(args, thousand()),
};
