import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { alias } from '../vitest.workspace.ts';

/** Storybook for the casegrid elements, built from sources: no package build needed first. */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/elements/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // The same source aliases as the Vitest projects, so @casegrid/* resolves to `src/`.
      resolve: { alias },
      // The renderer imports lit/directive-helpers.js; pre-bundled with lit, it shares lit's
      // copy instead of loading a second one ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    }),
};

export default config;
