// Measures what a page imports, minified and gzipped, with esbuild (the same tool tsup uses).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundles `source` (an ESM module importing published package names) for the browser and
 * returns its minified and gzipped sizes, and the npm packages that ended up inside.
 */
export async function bundleSize(source, { external = [] } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
    // Resolve packages as a consumer would (their dist), not through this repo's source paths.
    tsconfigRaw: '{}',
  });
  const code = result.outputFiles[0].contents;
  const packages = new Set();
  const [output] = Object.values(result.metafile.outputs);
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (bytesInOutput === 0) continue;
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (match) packages.add(match[1]);
    else if (input.includes('packages/')) {
      packages.add(`@casegrid/${input.split('packages/')[1].split('/')[0]}`);
    }
  }
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    packages: [...packages].sort(),
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
