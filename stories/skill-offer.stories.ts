import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// A named import, not a bare one: package.json marks only dist files as having side effects,
// so a bundler may drop `import '…/skill-offer.js'` and the element would never be defined.
import { CoSkillOffer } from '../src/components/skill-offer/skill-offer.js';
import '../src/skill-offer.js';
import type { SkillOffer } from '../src/components/skill-offer/model.js';

interface Args {
  view: 'form' | 'directory';
  retention: string;
  hide: string;
  require: string;
  facilitator: boolean;
  disabled: boolean;
  space: string;
}

/** Offers for the directory stories, as a drop-in session might have collected them. */
const sampleOffers: Partial<SkillOffer>[] = [
  {
    name: 'Ceri Morgan',
    email: 'ceri@example.com',
    skills: ['cooking', 'welsh', 'listening'],
    otherSkills: ['Running a lunch club'],
    experience: 'I have used the day centre with my mum for three years.',
    ways: ['co-design', 'co-delivery'],
    hours: 6,
    days: ['tue', 'thu'],
    times: ['morning'],
    support: ['travel'],
    consentContact: true,
    consentShare: true,
    group: 'community',
  },
  {
    name: 'Sam',
    phone: '07700 900 982',
    skills: ['driving', 'repairs'],
    ways: ['co-delivery'],
    hours: 4,
    days: ['sat'],
    times: ['afternoon'],
    support: ['none'],
    consentContact: false,
    consentShare: false,
  },
  {
    name: 'Priya Shah',
    email: 'priya@example.org',
    skills: ['computers', 'plain-language', 'events'],
    experience: 'I work in the library and see what visitors struggle with.',
    ways: ['co-commissioning', 'co-evaluation'],
    hours: 2,
    days: ['mon', 'wed'],
    times: ['evening'],
    support: ['childcare'],
    consentContact: true,
    consentShare: true,
    group: 'professional',
  },
];

/** Adds the sample offers once per space (the memory store lives as long as the page). */
async function seed(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector('co-skill-offer');
  if (!(el instanceof CoSkillOffer)) return;
  await el.ready;
  if (el.offers.length > 0) return;
  for (const [index, offer] of sampleOffers.entries()) {
    await el.addOffer({
      ...offer,
      createdAt: new Date(Date.UTC(2026, 10, index + 3)).toISOString(),
    });
  }
}

const render = (args: Args) =>
  html`<co-skill-offer
    storage="memory"
    space=${args.space}
    view=${args.view}
    retention=${args.retention}
    hide=${args.hide}
    require=${args.require}
    ?facilitator=${args.facilitator}
    ?disabled=${args.disabled}
  ></co-skill-offer>`;

const meta: Meta<Args> = {
  title: 'Elements/Skill offer',
  component: 'co-skill-offer',
  render,
  args: {
    view: 'form',
    retention: '12 months',
    hide: '',
    require: 'skills',
    facilitator: false,
    disabled: false,
    space: 'story-form',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['form', 'directory'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every question, only a skill required, nothing ticked. */
export const Form: Story = {};

/** A quick version: name, skills, ways of taking part and consent. */
export const Minimal: Story = {
  args: {
    space: 'story-minimal',
    hide: 'contact group experience hours availability support',
  },
};

/** Every question required (consent never is: it must be freely given). */
export const AllFieldsRequired: Story = {
  args: {
    space: 'story-required',
    require: 'name contact group skills experience ways hours availability support',
  },
};

/**
 * Inside a portal's own form: the host form's button sends it, `new FormData(form)` holds the
 * offer (prefixed `offer-`), and the host form's reset clears it.
 */
export const InAHostForm: Story = {
  render: () => {
    const show = (event: Event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const output = form.querySelector('output')!;
      output.value = JSON.stringify([...new FormData(form)], null, 1);
    };
    return html`<form
      @submit=${show}
      @reset=${(e: Event) => ((e.currentTarget as HTMLFormElement).querySelector('output')!.value = '')}
    >
      <p>
        <label for="ref">Your library card number</label><br />
        <input id="ref" name="card" autocomplete="off" />
      </p>
      <co-skill-offer storage="memory" space="story-host-form" name="offer"></co-skill-offer>
      <p>
        <button>Send to the library</button>
        <button type="reset">Start again</button>
      </p>
      <pre><output></output></pre>
    </form>`;
  },
};

/** In Welsh, because the page (or a part of it) says `lang="cy"`. */
export const Welsh: Story = {
  args: { space: 'story-welsh', retention: '12 mis' },
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
};

/** After sending: what happens next, the answers, and change or withdraw. */
export const Submitted: Story = {
  args: { space: 'story-submitted' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('co-skill-offer');
    if (!(el instanceof CoSkillOffer)) return;
    await el.ready;
    if (el.ownOffer) return;
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('#f-skills--cooking')!;
    box.click();
    await el.submit();
  },
  parameters: { docs: { story: { autoplay: true } } },
};

/** The offers collected in the space, as another participant sees them. */
export const Directory: Story = {
  args: { view: 'directory', space: 'story-directory' },
  play: ({ canvasElement }) => seed(canvasElement),
  parameters: { docs: { story: { autoplay: true } } },
};

/** The project team's view: every offer, contact details where consented, and export. */
export const FacilitatorDirectory: Story = {
  args: { view: 'directory', facilitator: true, space: 'story-facilitator' },
  play: ({ canvasElement }) => seed(canvasElement),
  parameters: { docs: { story: { autoplay: true } } },
};
