import { defineConfig } from 'tsup';

export default defineConfig({
  // formats.ts is an entry of its own so that dist/formats.js exists as a file: compileStandalone
  // bundles it into precompiled validators (see src/standalone.ts).
  entry: {
    index: 'src/index.ts',
    standalone: 'src/standalone.ts',
    formats: 'src/formats.ts',
    'form/index': 'src/form/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: { compilerOptions: { composite: false, ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
});
