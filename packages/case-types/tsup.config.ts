import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/metrics.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: { compilerOptions: { composite: false, ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  external: [/^@casegrid\//],
});
