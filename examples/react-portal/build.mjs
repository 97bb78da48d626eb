// The build an integrator runs: bundle the page with esbuild, React, lit and the casegrid
// packages included, and print what the page downloads, gzipped. Run after `npm run build` at
// the repository root (the packages are imported from their dist/, as a consumer would).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const entry = 'src/main.tsx';

const result = await build({
  absWorkingDir: here,
  entryPoints: [entry],
  outdir: 'dist',
  bundle: true,
  // Split, so that what the elements import only when needed stays in chunks of its own.
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

const outputs = result.metafile.outputs;

/** The output files the page loads at start: the entry and what it imports statically. */
function loadedAtStart() {
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

const gzipped = async (paths) => {
  const contents = await Promise.all(paths.map((path) => readFile(`${here}${path}`)));
  return {
    contents,
    bytes: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
  };
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const atStart = loadedAtStart();
const { contents, bytes } = await gzipped(atStart);
for (const tag of ['cg-provider', 'cg-case-list', 'cg-case-detail']) {
  if (!contents.some((file) => file.includes(`customElements.define("${tag}"`))) {
    console.error(`${entry}: the bundle does not register <${tag}>`);
    process.exit(1);
  }
}
const later = Object.keys(outputs).filter(
  (path) => path.endsWith('.js') && !atStart.includes(path),
);
const lazy =
  later.length === 0
    ? ''
    : `; ${kib((await gzipped(later)).bytes)} more in chunks loaded on demand`;
console.log(`${entry}: ${atStart.join(' + ')}, ${kib(bytes)} gzipped${lazy}`);
