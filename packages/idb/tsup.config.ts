import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  dts: { compilerOptions: { composite: false, ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  // idb, rxjs and the casegrid packages are the consumer's to bundle (one copy of each per page).
  external: ['idb', 'rxjs', /^@casegrid\//],
});
