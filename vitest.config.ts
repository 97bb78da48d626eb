import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects,
    typecheck: { enabled: true, include: ['packages/*/{src,test}/**/*.test-d.ts'] },
  },
});
