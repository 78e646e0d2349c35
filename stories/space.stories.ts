import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/space.js';

const meta: Meta = {
  title: 'Elements/Space',
  component: 'co-space',
  args: { space: 'storybook-demo', storage: 'local', hideControls: false },
  argTypes: {
    storage: { control: 'inline-radio', options: ['local', 'memory'] },
  },
  render: (args) =>
    html`<co-space space=${args.space} storage=${args.storage} ?hide-controls=${args.hideControls}>
      <p>Elements placed here share this space: its id, storage, group and language.</p>
    </co-space>`,
};
export default meta;

export const Default: StoryObj = {};

export const Welsh: StoryObj = {
  render: (args) =>
    html`<div lang="cy">
      <co-space space=${args.space} storage="memory">
        <p>Mae elfennau yma yn rhannu'r gofod hwn.</p>
      </co-space>
    </div>`,
};

export const DeleteConfirmation: StoryObj = {
  args: { storage: 'memory' },
  play: async ({ canvasElement }) => {
    const space = canvasElement.querySelector('co-space')!;
    await space.updateComplete;
    const button = [...space.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.classList.contains('warning'),
    );
    button?.click();
  },
};

export const ControlsHidden: StoryObj = { args: { hideControls: true } };
