import { fileURLToPath } from 'node:url';
import type { TestProjectConfiguration } from 'vitest/config';
import { cspPage } from './packages/elements/test/csp/csp-plugin.ts';
import { chromium } from './vitest.chromium.ts';
import { storiesProject } from './vitest.stories.ts';

/** Source aliases so tests run against `src/` without a build. */
export const alias = {
  '@casegrid/schema/standalone': fileURLToPath(
    new URL('./packages/schema/src/standalone.ts', import.meta.url),
  ),
  '@casegrid/schema/form': fileURLToPath(
    new URL('./packages/schema/src/form/index.ts', import.meta.url),
  ),
  '@casegrid/schema': fileURLToPath(new URL('./packages/schema/src/index.ts', import.meta.url)),
  '@casegrid/core/precompiled': fileURLToPath(
    new URL('./packages/core/src/precompiled.ts', import.meta.url),
  ),
  '@casegrid/core/calendars/cn-2026.json': fileURLToPath(
    new URL('./packages/core/calendars/cn-2026.json', import.meta.url),
  ),
  '@casegrid/core/build': fileURLToPath(new URL('./packages/core/src/build.ts', import.meta.url)),
  '@casegrid/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
  '@casegrid/case-types/metrics': fileURLToPath(
    new URL('./packages/case-types/src/metrics.ts', import.meta.url),
  ),
  '@casegrid/case-types': fileURLToPath(
    new URL('./packages/case-types/src/index.ts', import.meta.url),
  ),
  '@casegrid/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
  '@casegrid/idb': fileURLToPath(new URL('./packages/idb/src/index.ts', import.meta.url)),
  '@casegrid/elements/define': fileURLToPath(
    new URL('./packages/elements/src/define.ts', import.meta.url),
  ),
  '@casegrid/elements': fileURLToPath(new URL('./packages/elements/src/index.ts', import.meta.url)),
};

/** The test projects. Vitest 4 does not read this file by itself: vitest.config.ts imports it. */
const projects: TestProjectConfiguration[] = [
  {
    resolve: { alias },
    test: {
      name: 'schema',
      environment: 'node',
      include: ['packages/schema/{src,test}/**/*.test.ts'],
      typecheck: {
        enabled: true,
        include: ['packages/schema/test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
    },
  },
  {
    resolve: { alias },
    test: {
      name: 'core',
      environment: 'node',
      // Property tests are CPU-bound; the whole suite shares two cores with browsers and databases.
      testTimeout: 30_000,
      include: ['packages/core/{src,test}/**/*.test.ts'],
      typecheck: {
        enabled: true,
        include: ['packages/core/test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
    },
  },
  {
    resolve: { alias },
    test: {
      name: 'case-types',
      environment: 'node',
      testTimeout: 30_000,
      include: ['packages/case-types/{src,test}/**/*.test.ts'],
    },
  },
  {
    resolve: { alias },
    test: {
      name: 'idb',
      environment: 'node',
      include: ['packages/idb/test/**/*.test.ts'],
      exclude: ['packages/idb/test/**/*.browser.test.ts'],
    },
  },
  {
    resolve: { alias },
    test: {
      name: 'idb-browser',
      include: ['packages/idb/test/**/*.browser.test.ts'],
      browser: chromium(),
    },
  },
  {
    resolve: { alias },
    test: {
      name: 'server',
      environment: 'node',
      // A fresh PGlite takes ~5 s to initialise (TOOLCHAIN.md); PostgreSQL schemas are made per run.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      include: ['packages/server/{src,test}/**/*.test.ts'],
    },
  },
  {
    resolve: { alias },
    test: {
      // Across packages: devices (engine, local store, sync client) against the real server app.
      name: 'e2e',
      environment: 'node',
      include: ['test/**/*.test.ts'],
      testTimeout: 30_000,
    },
  },
  {
    resolve: { alias },
    test: {
      // The demo county portal driven in Chromium (Playwright) against the demo server on PGlite.
      name: 'portal',
      environment: 'node',
      include: ['examples/county-portal/test/**/*.test.ts'],
      testTimeout: 180_000,
      hookTimeout: 180_000,
    },
  },
  {
    resolve: { alias },
    plugins: [cspPage()],
    test: {
      name: 'elements',
      include: ['packages/elements/{src,test}/**/*.test.ts'],
      browser: chromium(),
    },
  },
  storiesProject(),
];

export default projects;
