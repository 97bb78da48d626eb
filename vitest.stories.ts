import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import type { TestProjectConfiguration } from 'vitest/config';
import { chromium } from './vitest.chromium.ts';

/**
 * The `stories` project: every story in .storybook/main.ts rendered in Chromium as a test, its
 * play function the assertions. The Storybook plugin applies main.ts's `viteFinal`, so
 * `@casegrid/*` resolves to sources as in the other projects.
 */
export function storiesProject(): TestProjectConfiguration {
  return {
    plugins: [
      storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
    ],
    test: {
      name: 'stories',
      browser: chromium(),
    },
  };
}
