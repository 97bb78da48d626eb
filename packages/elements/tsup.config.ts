import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'case-form/define': 'src/case-form/define.ts',
    'provider/define': 'src/provider/define.ts',
    'case-list/define': 'src/case-list/define.ts',
    'case-detail/define': 'src/case-detail/define.ts',
    'timeline/define': 'src/timeline/define.ts',
    'inbox/define': 'src/inbox/define.ts',
    'dashboard/define': 'src/dashboard/define.ts',
    'sync-status/define': 'src/sync-status/define.ts',
  },
  format: ['esm'],
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  dts: { compilerOptions: { composite: false, ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: false,
  // Lit and the casegrid packages are the consumer's to bundle (one copy of each per page).
  external: ['lit', /^lit\//, /^@lit\//, /^@casegrid\//, 'rxjs'],
});
