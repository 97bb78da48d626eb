// What a page loads for `source` when its bundler splits code: the entry chunk and the chunks it
// imports statically, each minified and gzipped on its own (as served). Chunks reached only
// through import() — the element's run-time compiler — are reported apart: a page with a
// precompiled validator never fetches them. bundle-size.mjs measures single-file bundles.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { addPackages } from '../bundle-size.mjs';

const entryName = 'bench-page-entry';

/** Sizes of the static import closure of `source` (an ESM module importing package names). */
export async function pageImportSize(source, { external = [] } = {}) {
  const result = await build({
    entryPoints: [entryName],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: 'out',
    write: false,
    external,
    metafile: true,
    // Resolve packages as a consumer would (their dist), not through this repo's source paths.
    tsconfigRaw: '{}',
    logLevel: 'silent',
    plugins: [
      {
        name: 'entry',
        setup(esbuild) {
          esbuild.onResolve({ filter: new RegExp(`^${entryName}$`) }, () => ({
            path: entryName,
            namespace: 'entry',
          }));
          esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({
            contents: source,
            loader: 'js',
            resolveDir: process.cwd(),
          }));
        },
      },
    ],
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((file) => [file.path.split('/out/')[1], file]));
  const nameOf = (path) => path.replace(/^out\//, '');
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind, external: outside } of outputs[path].imports) {
      if (kind === 'import-statement' && !outside) visit(next);
    }
  };
  visit(entry);
  const sizes = (paths) => {
    let minified = 0;
    let gzipped = 0;
    for (const path of paths) {
      const code = files.get(nameOf(path)).contents;
      minified += code.length;
      gzipped += gzipSync(code, { level: 9 }).length;
    }
    return { minified, gzipped };
  };
  const lazy = Object.keys(outputs).filter((path) => !loaded.has(path) && !path.endsWith('.map'));
  const packages = new Set();
  for (const path of loaded) addPackages(outputs[path].inputs, packages);
  return {
    ...sizes(loaded),
    lazyGzipped: sizes(lazy).gzipped,
    files: loaded.size,
    packages: [...packages].sort(),
  };
}
