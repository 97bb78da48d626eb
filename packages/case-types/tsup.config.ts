import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/metrics.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: { compilerOptions: { composite: false, ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Code from the other packages stays an import; their data files (the calendar) are inlined,
  // so neither Node nor a page needs a JSON import attribute.
  external: [/^@casegrid\/(?!.*\.json$)/],
  noExternal: [/^@casegrid\/.*\.json$/],
});
