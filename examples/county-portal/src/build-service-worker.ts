import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

/**
 * What {@link buildServiceWorker} wrote: the URLs the worker caches on install, and their version.
 *
 * @example
 * ```ts
 * const { files, version } = await buildServiceWorker({ here, outDir, metafile, minify: true });
 * ```
 */
export interface ServiceWorkerBuild {
  /** `/`, the stylesheet and every script of the page, as URLs. */
  readonly files: readonly string[];
  /** A hash of those files' contents: the same build gives the same version (and cache). */
  readonly version: string;
}

/**
 * Bundles `page/sw.ts` on its own to `<outDir>/sw.js`, with the app shell written in: `/`, the
 * stylesheet and every script esbuild wrote for the page (`metafile`), those loaded at start and
 * those loaded later, so that the whole portal opens offline. The page must be in `outDir` first.
 *
 * @example
 * ```ts
 * const result = await build({ entryPoints: ['page/main.ts'], metafile: true, ... });
 * await buildServiceWorker({ here, outDir, metafile: result.metafile, minify: true });
 * ```
 */
export async function buildServiceWorker(options: {
  /** The folder esbuild's paths are relative to (its `absWorkingDir`). */
  readonly here: string;
  readonly outDir: string;
  /** The page's build. */
  readonly metafile: Metafile;
  readonly minify: boolean;
}): Promise<ServiceWorkerBuild> {
  const { here, outDir, metafile, minify } = options;
  const scripts = Object.keys(metafile.outputs)
    .filter((path) => path.endsWith('.js'))
    .map((path) => relative(outDir, resolve(here, path)).split('\\').join('/'))
    .sort();
  const paths = ['index.html', 'assets/main.css', ...scripts];
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(path);
    hash.update(await readFile(join(outDir, path)));
  }
  const version = hash.digest('hex').slice(0, 16);
  const files = paths.map((path) => (path === 'index.html' ? '/' : `/${path}`));
  await build({
    absWorkingDir: here,
    entryPoints: ['page/sw.ts'],
    outfile: join(outDir, 'sw.js'),
    bundle: true,
    // A classic script: every browser with service workers runs it (module workers are newer).
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    tsconfig: join(here, 'tsconfig.json'),
    define: { SHELL_FILES: JSON.stringify(files), SHELL_VERSION: JSON.stringify(version) },
    logLevel: 'warning',
  });
  return { files, version };
}
