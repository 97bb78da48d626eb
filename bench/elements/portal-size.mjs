// What the demo portal's page loads before it works, gzipped as served (each file on its own),
// bundled the way its own build does (examples/county-portal/src/build-page.ts: page/main.ts,
// esbuild, ESM, code splitting, minified, es2022, the example's tsconfig, which resolves the
// packages to their dist like any consumer's) — with the kit's validators precompiled into a
// temporary file, so the example's own generated file is neither needed nor touched. While the
// portal has no page yet, a stand-in entry importing what it uses is measured instead.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The parts of the breakdown, by the npm package (or folder) the bytes came from. */
const groups = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)\//],
  ['core + xstate', /(packages\/core\/|node_modules\/xstate\/)/],
  ['schema (form model)', /packages\/schema\//],
  [
    'ajv',
    /node_modules\/(ajv|ajv-formats|fast-uri|fast-deep-equal|json-schema-traverse|require-from-string)\//,
  ],
  ['elements', /packages\/elements\//],
  ['kit (case-types)', /packages\/case-types\//],
  ['validators (data)', /bench-validators\.js$/],
  ['idb', /(packages\/idb\/|node_modules\/idb\/)/],
  ['rxjs', /node_modules\/(rxjs|tslib)\//],
  // Inputs are named from the portal's folder: its own files are `page/…` and `src/…`.
  ['portal page', /(examples\/county-portal\/|^(page|src)\/|stand-in\.js$)/],
];
const groupOf = (input) => groups.find(([, pattern]) => pattern.test(input))?.[0] ?? 'other';

const standIn = `
import '@casegrid/elements/define';
import { createEngine, createOrg, defineCaseType, syncClient } from '@casegrid/core/precompiled';
import { idbStore } from '@casegrid/idb';
import { calendar2026, kitDefinitions, kitForms, kitGuards } from '@casegrid/case-types';
import { validators } from './bench-validators.js';
export { createEngine, createOrg, defineCaseType, syncClient, idbStore, calendar2026, kitDefinitions, kitForms, kitGuards, validators };
`;

/** Output files loaded when `entry` loads: it and its static imports (`key` names outputs). */
function closure(outputs, entry, key) {
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind } of outputs[path].imports) {
      if (kind === 'import-statement') visit(key(next));
    }
  };
  visit(entry);
  return loaded;
}

// Loaded at start although imported with import(): the kit's data (the page asks for it first
// thing).
const atStart = /(page\/kit-data\.ts|stand-in\.js)$/;

/**
 * Bundles the portal page (or the stand-in) and returns: which was measured, the files loaded at
 * start, their total gzipped size, what is only loaded on demand (the run-time schema compiler), and per group the minified bytes (exact, from esbuild's
 * metafile) and the gzipped bytes (each file's gzipped size shared out by its groups' minified
 * bytes: an estimate). The kit's definitions and forms are data inside the kit's bundle: their
 * share is measured by bundling `kitDefinitions, kitForms` alone. `kit` gives `kitDefinitions`
 * and `precompileCaseTypes` (from the bench's bundled Node half).
 */
export async function portalSize(root, tmp, { kitDefinitions, precompileCaseTypes }) {
  const portal = join(root, 'examples/county-portal');
  const pageEntry = join(portal, 'page/main.ts');
  const measured = existsSync(pageEntry) ? 'portal' : 'stand-in';
  const validatorsFile = join(tmp, 'bench-validators.js');
  await writeFile(validatorsFile, await precompileCaseTypes(kitDefinitions));
  if (measured === 'stand-in') await writeFile(join(tmp, 'stand-in.js'), standIn);
  const result = await build({
    absWorkingDir: measured === 'portal' ? portal : tmp,
    entryPoints: [measured === 'portal' ? 'page/main.ts' : 'stand-in.js'],
    outdir: join(tmp, 'portal-out'),
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    ...(measured === 'portal'
      ? { tsconfig: join(portal, 'tsconfig.json') }
      : { tsconfigRaw: '{}' }),
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'bench-validators',
        setup(esbuild) {
          esbuild.onResolve({ filter: /(^|\/)validators\.js$/ }, (args) =>
            args.importer.includes('county-portal/page') || args.importer.endsWith('stand-in.js')
              ? { path: validatorsFile }
              : undefined,
          );
        },
      },
    ],
  });
  const outputs = result.metafile.outputs;
  const relative = (path) => path.slice(path.indexOf('portal-out/'));
  const files = new Map(result.outputFiles.map((file) => [relative(file.path), file.contents]));
  const outputKey = (path) => relative(path);
  const byKey = Object.fromEntries(
    Object.entries(outputs).map(([path, out]) => [outputKey(path), out]),
  );
  const entry = Object.keys(byKey).find((path) =>
    /(page\/main\.ts|stand-in\.js)$/.test(byKey[path].entryPoint ?? ''),
  );
  const loaded = closure(byKey, entry, outputKey);
  for (const path of Object.keys(byKey)) {
    if (atStart.test(byKey[path].entryPoint ?? '')) {
      for (const file of closure(byKey, path, outputKey)) loaded.add(file);
    }
  }
  const lazy = Object.keys(byKey).filter((path) => !loaded.has(path) && !path.endsWith('.map'));
  const lazyGzipped = lazy.reduce((sum, path) => sum + gzip(files.get(path)), 0);
  const breakdown = {};
  let gzipped = 0;
  let minified = 0;
  for (const path of loaded) {
    if (path.endsWith('.map')) continue;
    const code = files.get(path);
    const size = gzip(code);
    gzipped += size;
    minified += code.length;
    const inputs = Object.entries(byKey[path].inputs);
    const total = inputs.reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0) || 1;
    for (const [input, { bytesInOutput }] of inputs) {
      const group = groupOf(input);
      breakdown[group] ??= { minified: 0, gzipped: 0 };
      breakdown[group].minified += bytesInOutput;
      breakdown[group].gzipped += (size * bytesInOutput) / total;
    }
  }
  const kitData = await kitDataShare(breakdown['kit (case-types)']);
  const data = (breakdown['validators (data)']?.gzipped ?? 0) + kitData.gzipped;
  const unlisted = Object.keys(breakdown).filter(
    (name) => !groups.some(([group]) => group === name),
  );
  return {
    measured,
    files: [...loaded].filter((path) => !path.endsWith('.map')).length,
    gzipped,
    minified,
    own: gzipped - data,
    lazyGzipped,
    kitData,
    breakdown,
    unlisted,
  };
}

/** The kit's definitions and forms as bundled alone: their part of the kit's bytes. */
async function kitDataShare(kit) {
  const alone = await build({
    stdin: {
      contents: "export { kitDefinitions, kitForms } from '@casegrid/case-types';",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    tsconfigRaw: '{}',
    logLevel: 'silent',
  });
  const bytes = alone.outputFiles[0].contents.length;
  if (!kit) return { minified: 0, gzipped: 0 };
  const share = Math.min(1, bytes / kit.minified);
  return { minified: Math.min(bytes, kit.minified), gzipped: kit.gzipped * share };
}
