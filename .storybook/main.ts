import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // The source uses legacy decorators (TOOLCHAIN.md); esbuild reads them from tsconfig.
    return { ...config, esbuild: { ...config.esbuild, target: 'es2021' } };
  },
};

export default config;
