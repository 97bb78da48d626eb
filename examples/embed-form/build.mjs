// The build an integrator runs: check the form's schema, precompile its validator (the page then
// needs no 'unsafe-eval'), and bundle the page scripts with esbuild, lit and React included.
// Prints what each page downloads, gzipped. Run after `npm run build` at the repository root.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkSchema } from '@casegrid/schema';
import { compileStandalone } from '@casegrid/schema/standalone';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const schema = JSON.parse(await readFile(`${here}src/report.schema.json`, 'utf8'));

// A schema from county IT is checked before it is compiled: every problem, with its pointer.
const issues = checkSchema(schema);
if (issues.length > 0) {
  for (const issue of issues) console.error(`report.schema.json${issue.path}: ${issue.message}`);
  process.exit(1);
}
await writeFile(`${here}src/validators.js`, await compileStandalone({ report: schema }));

const result = await build({
  absWorkingDir: here,
  entryPoints: ['src/main.ts', 'src/react.tsx'],
  outdir: 'dist',
  bundle: true,
  // Split, so that the run-time compiler, which the element imports only when it has no
  // validator, can stay in a chunk of its own that the page never fetches.
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  // In this repository the packages are symlinks to their folders, whose tsconfig.json maps
  // package names to src/: use this example's tsconfig for every file, as a consumer would.
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
});

/** The output files a page loads for `entry`: the entry and what it imports statically. */
function loadedBy(entry) {
  const outputs = result.metafile.outputs;
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind } of outputs[path].imports) {
      if (kind === 'import-statement') visit(next);
    }
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint === entry));
  return [...loaded];
}

const ajv = /[\\/]node_modules[\\/]ajv[\\/]/;
for (const entry of ['src/main.ts', 'src/react.tsx']) {
  const files = loadedBy(entry);
  const contents = await Promise.all(files.map((path) => readFile(`${here}${path}`)));
  if (!contents.some((bytes) => bytes.includes('customElements.define("cg-case-form"'))) {
    console.error(`${entry}: the bundle does not register <cg-case-form>`);
    process.exit(1);
  }
  const gzipped = contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
  const compiler = files.some((path) =>
    Object.keys(result.metafile.outputs[path].inputs).some((input) => ajv.test(input)),
  );
  console.log(
    `${entry}: ${files.join(' + ')}, ${(gzipped / 1024).toFixed(1)} KiB gzipped` +
      (compiler ? ' (includes the run-time compiler, never called here)' : ''),
  );
}
