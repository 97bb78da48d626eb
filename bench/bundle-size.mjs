// Measures what a page imports, minified and gzipped, with esbuild (the same tool tsup uses).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** esbuild options for what a browser page would load from `source`. */
function pageBundle(source, external) {
  return {
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
  };
}

/**
 * Bundles `source` (an ESM module importing published package names) for the browser and
 * returns its minified and gzipped sizes, and the npm packages that ended up inside.
 */
export async function bundleSize(source, { external = [] } = {}) {
  const result = await build({
    ...pageBundle(source, external),
    metafile: true,
    // Resolve packages as a consumer would (their dist), not through this repo's source paths.
    tsconfigRaw: '{}',
  });
  const code = result.outputFiles[0].contents;
  const packages = new Set();
  const [output] = Object.values(result.metafile.outputs);
  addPackages(output.inputs, packages);
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    packages: [...packages].sort(),
  };
}

/**
 * The same bundle built from this repo's sources with the zh-CN and en message catalogs
 * replaced by empty ones: what the engine's logic alone weighs.
 */
export async function logicSize(source, { external = [] } = {}) {
  const stubCatalogs = {
    name: 'stub-catalogs',
    setup(esbuild) {
      esbuild.onLoad({ filter: /schema\/src\/messages\/(zh-cn|en)\.ts$/ }, (args) => ({
        contents: `export const ${args.path.endsWith('zh-cn.ts') ? 'zhCN' : 'en'} = {};`,
        loader: 'ts',
      }));
      esbuild.onLoad({ filter: /core\/src\/i18n\/messages\.ts$/ }, () => ({
        contents:
          'export const text = (_l, key) => key; export const localized = (v, l) => v?.[l] ?? "";',
        loader: 'ts',
      }));
    },
  };
  const result = await build({ ...pageBundle(source, external), plugins: [stubCatalogs] });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Adds to `packages` the name of every package that contributed bytes to an esbuild output
 * (`metafile.outputs[file].inputs`): npm packages by their folder, casegrid's by their name.
 */
export function addPackages(inputs, packages) {
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    if (bytesInOutput === 0) continue;
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (match) packages.add(match[1]);
    else if (input.includes('packages/')) {
      packages.add(`@casegrid/${input.split('packages/')[1].split('/')[0]}`);
    }
  }
}
