import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/journey-map.js';
import '../src/space.js';
import type { CoJourneyMap } from '../src/components/journey-map/journey-map.js';
import {
  addNote,
  addStage,
  emptyJourney,
  linkIdea,
  renameJourney,
  setFeeling,
  type FeelingScore,
  type JourneyData,
  type Layer,
  type NoteFields,
} from '../src/components/journey-map/model.js';
import { createEnvelope, recordKey } from '../src/core/store/envelope.js';
import { MemoryStore } from '../src/core/store/memory-store.js';

const at = new Date('2025-11-20T10:00:00.000Z');

interface ExampleStage {
  id: string;
  name: string;
  asIs: FeelingScore;
  after?: FeelingScore;
  notes: Array<[lane: string, layer: Layer, fields: NoteFields]>;
}

const heard = (count: number) => ({ type: 'heard', count }) as const;
const assumption = { type: 'assumption' } as const;
const community = 'community';
const professional = 'professional';

/** Applying for a Blue Badge (the parking permit for disabled people), as it is and after. */
const blueBadgeStages: ExampleStage[] = [
  {
    id: 'finding-out',
    name: 'Finding out',
    asIs: -1,
    after: 1,
    notes: [
      [
        'doing',
        'as-is',
        {
          text: 'Searches “blue badge” and lands on three different websites',
          group: community,
          evidence: heard(8),
        },
      ],
      ['touchpoints', 'as-is', { text: 'Council website, GOV.UK, a friend' }],
      [
        'thinking',
        'as-is',
        { text: '“Am I even allowed to apply?”', group: community, evidence: heard(11) },
      ],
      ['feeling', 'as-is', { text: 'Unsure and a bit embarrassed to ask', group: community }],
      [
        'pain-points',
        'as-is',
        {
          text: 'The rules on who can get a badge are hard to understand',
          group: community,
          evidence: heard(9),
        },
      ],
      [
        'opportunities',
        'as-is',
        {
          text: 'A short checker in plain words: “can I get a Blue Badge?”',
          group: professional,
          evidence: assumption,
        },
      ],
      [
        'backstage',
        'as-is',
        {
          text: 'The contact centre answers the same eligibility questions every day',
          group: professional,
          evidence: heard(4),
        },
      ],
      [
        'doing',
        'after',
        {
          text: 'Uses the checker and knows in two minutes',
          group: community,
          evidence: heard(10),
        },
      ],
    ],
  },
  {
    id: 'applying',
    name: 'Applying',
    asIs: -2,
    after: 0,
    notes: [
      [
        'doing',
        'as-is',
        { text: 'Fills in the online form and uploads proof of identity, address and a photo' },
      ],
      ['touchpoints', 'as-is', { text: 'Online form, or a paper form by post' }],
      [
        'thinking',
        'as-is',
        {
          text: '“Which letters count as proof of address?”',
          group: community,
          evidence: heard(6),
        },
      ],
      [
        'pain-points',
        'as-is',
        {
          text: 'The form timed out and lost all my answers',
          group: community,
          evidence: heard(5),
        },
      ],
      [
        'pain-points',
        'as-is',
        {
          text: 'Asked for medical letters people do not have',
          group: community,
          evidence: heard(12),
        },
      ],
      [
        'opportunities',
        'as-is',
        { text: 'Save your answers and come back later', group: community, evidence: heard(5) },
      ],
      [
        'backstage',
        'as-is',
        { text: 'Each application is checked by hand against the criteria', group: professional },
      ],
      [
        'doing',
        'after',
        {
          text: 'Saves the form, finds the letters, finishes it the next day',
          group: community,
          evidence: heard(9),
        },
      ],
    ],
  },
  {
    id: 'waiting',
    name: 'Waiting',
    asIs: -2,
    after: 1,
    notes: [
      [
        'doing',
        'as-is',
        { text: 'Waits, then phones to chase', group: community, evidence: heard(15) },
      ],
      ['touchpoints', 'as-is', { text: 'Phone line, email' }],
      [
        'thinking',
        'as-is',
        { text: '“Has anyone even looked at it?”', group: community, evidence: heard(15) },
      ],
      ['feeling', 'as-is', { text: 'Forgotten about', group: community, evidence: heard(7) }],
      [
        'pain-points',
        'as-is',
        { text: 'No news for up to 12 weeks', group: community, evidence: heard(15) },
      ],
      [
        'opportunities',
        'as-is',
        {
          text: 'A text message at each step, with the date to expect a decision',
          group: professional,
        },
      ],
      [
        'backstage',
        'as-is',
        {
          text: 'A backlog of 600 applications; two assessors work part time',
          group: professional,
          evidence: heard(2),
        },
      ],
      [
        'touchpoints',
        'after',
        { text: 'Text messages: received, being checked, decided', group: professional },
      ],
      [
        'feeling',
        'after',
        {
          text: 'Knows where it is, so does not need to phone',
          group: community,
          evidence: heard(14),
        },
      ],
    ],
  },
  {
    id: 'assessment',
    name: 'Assessment',
    asIs: -1,
    after: -2,
    notes: [
      ['doing', 'as-is', { text: 'Some people are asked to a mobility assessment' }],
      ['touchpoints', 'as-is', { text: 'In person, at the council offices in town' }],
      [
        'pain-points',
        'as-is',
        { text: 'Hard to get to the offices without a car', evidence: assumption },
      ],
      [
        'opportunities',
        'as-is',
        { text: 'Assessments at home or by video call', group: professional },
      ],
      [
        'pain-points',
        'after',
        {
          text: 'The video call was hard without good internet',
          group: community,
          evidence: heard(4),
        },
      ],
    ],
  },
  {
    id: 'decision',
    name: 'Getting a decision',
    asIs: -2,
    after: 0,
    notes: [
      [
        'doing',
        'as-is',
        { text: 'Gets a letter; if the answer is yes, pays £10 and waits for the badge' },
      ],
      [
        'pain-points',
        'as-is',
        { text: 'Refusal letters do not say why', group: community, evidence: heard(7) },
      ],
      [
        'opportunities',
        'as-is',
        {
          text: 'Explain the decision, and how to ask for a review',
          group: community,
          evidence: heard(7),
        },
      ],
      [
        'thinking',
        'after',
        {
          text: '“At least I know why, and what to do next”',
          group: community,
          evidence: heard(5),
        },
      ],
    ],
  },
];

/** The worked example's data: five stages, notes in both layers, scores as is and after. */
export function blueBadgeExample({ after = true } = {}): JourneyData {
  let data = renameJourney(emptyJourney(), 'Applying for a Blue Badge', at);
  let n = 0;
  for (const stage of blueBadgeStages) {
    data = addStage(data, stage, at);
    data = setFeeling(data, stage.id, 'as-is', stage.asIs, at);
    if (after && stage.after !== undefined) {
      data = setFeeling(data, stage.id, 'after', stage.after, at);
    }
    stage.notes.forEach(([lane, layer, fields], index) => {
      if (layer === 'after' && !after) return;
      n += 1;
      const time = new Date(at.getTime() + n * 1000);
      const id = `${stage.id}-${index + 1}`;
      data = addNote(
        data,
        { id, stage: stage.id, lane, layer, participant: 'example', ...fields },
        time,
      );
    });
  }
  return data;
}

/** A store holding the example map (and, with `board`, an idea board it links to). */
export async function exampleStore(
  space: string,
  data: JourneyData,
  { board = false, schema = 1 } = {},
): Promise<MemoryStore> {
  const store = new MemoryStore();
  if (board) {
    data = linkIdea(data, 'waiting-5', { space, board: 'main', idea: 'text-updates' }, at);
    const stamp = at.toISOString();
    const idea = (id: string, column: string, rank: number, title: string, item?: string) => ({
      id,
      column,
      rank,
      title,
      group: 'community',
      ...(item
        ? {
            detail: 'From the journey map: Pain points, at the stage “Waiting”.',
            source: { kind: 'journey-map', space, id: 'main', item },
          }
        : {}),
      createdAt: stamp,
      updatedAt: stamp,
    });
    const ideas = {
      'text-updates': idea(
        'text-updates',
        'developing',
        1,
        'No news for up to 12 weeks',
        'waiting-5',
      ),
      checker: idea('checker', 'ideas', 1, 'A “can I get a Blue Badge?” checker'),
    };
    // Two community members and one professional spend their dots.
    const ballots: [string, string, string, number][] = [
      ['a', 'community', 'text-updates', 3],
      ['b', 'community', 'text-updates', 2],
      ['b', 'community', 'checker', 1],
      ['c', 'professional', 'text-updates', 1],
      ['c', 'professional', 'checker', 2],
    ];
    const votes = Object.fromEntries(
      ballots.map(([participant, group, ideaId, dots]) => [
        `${participant}:${ideaId}`,
        {
          id: `${participant}:${ideaId}`,
          participant,
          group,
          idea: ideaId,
          dots,
          updatedAt: stamp,
        },
      ]),
    );
    await store.update(recordKey({ space, kind: 'idea-board', id: 'main' }), () =>
      createEnvelope({ space, kind: 'idea-board', id: 'main' }, { ideas, votes }, at),
    );
  }
  await store.update(recordKey({ space, kind: 'journey-map', id: 'main' }), () => ({
    ...createEnvelope(
      { space, kind: 'journey-map', id: 'main' },
      data as unknown as Record<string, unknown>,
      at,
    ),
    schema,
  }));
  return store;
}

const meta: Meta = {
  title: 'Elements/Journey map',
  component: 'co-journey-map',
  excludeStories: /^[a-z]/,
  parameters: {
    docs: {
      description: {
        component:
          'A service journey mapped together: stages × lanes, notes with who said them and on what evidence, a feelings curve with a table, and an “after the change” layer for co-evaluation.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Loads seeded data into a map with its own memory store, so each story shows its state. */
const seeded =
  (
    data: () => JourneyData,
    options: {
      board?: boolean;
      schema?: number;
      attrs?: Partial<CoJourneyMap>;
      /** What to do once the map has loaded (open a dialog, say). */
      then?: (map: CoJourneyMap) => void;
    } = {},
  ) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const space = `story-${Math.random().toString(36).slice(2)}`;
    const store = await exampleStore(space, data(), options);
    const host = canvasElement.querySelector('.host')!;
    const map = document.createElement('co-journey-map');
    Object.assign(map, { space, store, ...options.attrs });
    if (options.board) {
      const wrapper = document.createElement('co-space');
      Object.assign(wrapper, { space, store, hideControls: true });
      wrapper.append(map);
      host.replaceChildren(wrapper);
    } else {
      host.replaceChildren(map);
    }
    await map.storageController.ready;
    await map.updateComplete;
    options.then?.(map);
  };

const slot = () => html`<div class="host"></div>`;

/** A new map: no stages yet. Add stages with the form, by keyboard alone if you like. */
export const Empty: Story = {
  render: () => html`<co-journey-map storage="memory" space="story-empty"></co-journey-map>`,
};

/** The worked example: applying for a Blue Badge, as it is now. */
export const BlueBadgeAsIs: Story = {
  name: 'Worked example: Blue Badge, as is',
  render: slot,
  play: seeded(() => blueBadgeExample({ after: false })),
};

/** The same journey after the changes, re-scored by the people who use it: the curve shows both. */
export const BlueBadgeComparison: Story = {
  name: 'Worked example: Blue Badge, as is and after',
  render: slot,
  play: seeded(() => blueBadgeExample(), { attrs: { layer: 'after' } }),
};

/** Editing a cell's notes: the dialog that Enter (or a click on the cell) opens. */
export const Editing: Story = {
  render: slot,
  play: seeded(() => blueBadgeExample({ after: false }), {
    then: (map) =>
      map
        .shadowRoot!.querySelector<HTMLElement>('td[data-row="pain-points"][data-col="applying"]')!
        .click(),
  }),
};

/** One stage at a time, lanes stacked: the view for phones. */
export const StageByStage: Story = {
  render: slot,
  play: seeded(() => blueBadgeExample(), { attrs: { view: 'stages' } }),
};

/**
 * A pain point turned into an idea on the space's idea board: the note shows its column and
 * parity score, and follows the idea when it moves on the board.
 */
export const LinkedToAnIdea: Story = {
  render: slot,
  play: seeded(() => blueBadgeExample(), { board: true }),
};

/** Read-only (the `readonly` attribute, or a record saved by a newer version): no edit controls. */
export const ReadOnly: Story = {
  render: slot,
  play: seeded(() => blueBadgeExample(), { attrs: { readOnly: true } }),
};

/** Saved by a newer version of Together Kit: shown, never overwritten. */
export const NewerVersion: Story = {
  render: slot,
  play: seeded(() => blueBadgeExample(), { schema: 2 }),
};

/** The page's own lanes: fewer rows, labels in Welsh and English, a lane hidden (its notes kept). */
export const OwnLanes: Story = {
  render: slot,
  play: seeded(() => blueBadgeExample(), {
    attrs: {
      lanes: [
        { id: 'doing', label: { en: 'What happens', cy: 'Beth sy’n digwydd' } },
        { id: 'pain-points' },
        { id: 'opportunities', label: { en: 'Ideas to try', cy: 'Syniadau i’w profi' } },
        { id: 'backstage', hidden: true },
      ],
    },
  }),
};

/** In Welsh (the toolbar switches the language of every story too). */
export const Welsh: Story = {
  render: () => html`<div lang="cy" class="host"></div>`,
  play: seeded(() => blueBadgeExample()),
};
