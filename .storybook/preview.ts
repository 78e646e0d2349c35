import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { useTheme } from './themes.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (they follow the nearest lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'A theme the package ships (themes/*.css): --co-* custom properties only',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'govuk', title: 'GOV.UK (themes/govuk.css)' },
          { value: 'high-contrast', title: 'High contrast (themes/high-contrast.css)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  decorators: [
    // The elements observe their ancestors' lang themselves, so switching the toolbar
    // re-renders them in place.
    (story, context) => {
      const theme = String(context.globals.theme ?? 'default');
      useTheme(theme);
      return html`<div class="theme-${theme}" lang=${context.globals.locale ?? 'en'}>
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
