import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CoElement, defineElement, defaultGroups, groupLabel } from '../src/index.js';

/** A sample built on the base class: tokens, shared controls, language and problems. */
class FoundationSample extends CoElement {
  override render() {
    return html`${this.renderProblems()}
      <p>${this.t('group.question')}</p>
      <p class="hint">${this.t('group.hint')}</p>
      <ul>
        ${defaultGroups.map((g) => html`<li>${groupLabel(g, this.language, (k) => this.t(k))}</li>`)}
      </ul>
      <p>
        <button>${this.t('group.choose')}</button>
        <button class="secondary">${this.t('status.export')}</button>
      </p>
      <p class="notice">${this.t('status.saved')}</p>`;
  }
}
defineElement('co-foundation-sample', FoundationSample);

const meta: Meta = {
  title: 'Foundation/Base element',
  tags: ['!autodocs'],
  render: () => html`<co-foundation-sample></co-foundation-sample>`,
};
export default meta;

export const Default: StoryObj = {};

export const WithAMalformedAttribute: StoryObj = {
  render: () =>
    html`<co-foundation-sample
      ${/* the sample reports any problem; set one after first render */ ''}
      @co-error=${() => undefined}
    ></co-foundation-sample>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('co-foundation-sample') as FoundationSample;
    el.reportProblem(
      'attribute-invalid',
      el.t('problem.attribute', { name: 'groups', detail: 'not valid JSON' }),
    );
  },
};
