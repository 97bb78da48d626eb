// The core tests' county (packages/core/test/county.ts: org, people, case types, guard,
// calendar) for the server bench. Node 20 cannot run TypeScript, so the file is bundled for
// Node first; its package imports stay the bench's own (one @casegrid/core in the process),
// and its fixture paths stay relative to the TypeScript file.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const countyFile = fileURLToPath(new URL('../../packages/core/test/county.ts', import.meta.url));

/** Resolves every package import from the bench, so the bundle can live in a temporary folder. */
const packagesFromBench = {
  name: 'packages-from-bench',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => ({
      path: import.meta.resolve(args.path),
      external: true,
    }));
  },
};

/** The test county's module, bundled into `tmp` and imported. */
export async function loadCounty(tmp) {
  const outfile = join(tmp, 'county.mjs');
  await build({
    entryPoints: [countyFile],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    tsconfigRaw: '{}',
    logLevel: 'silent',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(countyFile).href) },
    plugins: [packagesFromBench],
  });
  return import(pathToFileURL(outfile).href);
}
