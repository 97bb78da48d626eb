import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kitDefinitions, kitForms } from '@casegrid/case-types';
import { precompileCaseTypes } from '@casegrid/core/build';
import { build, type Metafile, type Plugin } from 'esbuild';
import { buildServiceWorker } from './build-service-worker.js';

/**
 * Options of {@link buildPage}.
 *
 * @example
 * ```ts
 * const options: PageBuildOptions = { outDir: 'dist/page', minify: true };
 * ```
 */
export interface PageBuildOptions {
  /** Where the page goes (default: this example's `dist/page`). */
  readonly outDir?: string;
  /** Minify (default `true`). */
  readonly minify?: boolean;
  /** More esbuild plugins (the tests resolve the packages to their source with one). */
  readonly plugins?: readonly Plugin[];
}

/**
 * What {@link buildPage} wrote, and what a visitor downloads before the page can work.
 *
 * @example
 * ```ts
 * const { gzippedBytes } = await buildPage();
 * console.log(`${(gzippedBytes / 1024).toFixed(1)} KiB gzipped`);
 * ```
 */
export interface PageBuild {
  readonly outDir: string;
  /**
   * The files the page loads before it works: the HTML, the stylesheet, the entry and its static
   * imports, and the kit's data. (Code loaded on demand, and the cases, which come from sync,
   * are not counted.)
   */
  readonly loaded: readonly string[];
  /** Their size gzipped (level 9), in bytes. */
  readonly gzippedBytes: number;
  /** Of that, about how much is the kit's data: definitions, forms and precompiled validators. */
  readonly kitGzippedBytes: number;
  /** What the service worker (`sw.js`) keeps for offline use: every file of the page, as URLs. */
  readonly shell: readonly string[];
}

const here = fileURLToPath(new URL('..', import.meta.url));
const defaultOutDir = join(here, 'dist/page');

/**
 * Builds the portal page: the kit's validators precompiled (`page/validators.js`), then
 * `page/main.ts` bundled by esbuild with lit, the elements, the engine and the kit into
 * `assets/`, split so that code loaded on demand stays out of the first download; `index.html`
 * and `main.css` copied beside it; and the service worker `sw.js`, which keeps all of it for
 * opening the portal offline.
 *
 * @example
 * ```ts
 * await buildPage({ outDir: 'dist/page' });
 * ```
 */
export async function buildPage(options: PageBuildOptions = {}): Promise<PageBuild> {
  const outDir = options.outDir ?? defaultOutDir;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });
  // Every schema of the kit compiled now, so the browser needs neither ajv nor 'unsafe-eval'.
  await writeFile(
    join(here, 'page/validators.js'),
    await precompileCaseTypes(kitDefinitions, { allErrors: true }),
  );
  const result = await build({
    absWorkingDir: here,
    entryPoints: ['page/main.ts'],
    outdir: join(outDir, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    sourcemap: true,
    // The page is checked with this example's tsconfig, as a consumer's would be.
    tsconfig: join(here, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
    plugins: [...(options.plugins ?? [])],
  });
  await copyFile(join(here, 'page/index.html'), join(outDir, 'index.html'));
  await copyFile(join(here, 'page/main.css'), join(outDir, 'assets/main.css'));
  const { files: shell } = await buildServiceWorker({
    here,
    outDir,
    metafile: result.metafile,
    minify: options.minify ?? true,
  });

  // At start the page loads its entry with the entry's imports, and the kit's data.
  const atStart = new Set([
    ...loadedBy(result.metafile, 'page/main.ts'),
    ...loadedBy(result.metafile, 'page/kit-data.ts'),
  ]);
  const loaded = [
    join(outDir, 'index.html'),
    join(outDir, 'assets/main.css'),
    ...[...atStart].map((path) => join(here, path)),
  ];
  // The kit's data: the precompiled validators (their own file) and the definitions and forms
  // (bundled wherever esbuild put them; measured as JSON).
  const validatorsFile = [...atStart].find((path) =>
    Object.keys(result.metafile.outputs[path]!.inputs).some((input) =>
      input.endsWith('validators.js'),
    ),
  );
  const kitGzippedBytes =
    (validatorsFile ? await gzippedSize([join(here, validatorsFile)]) : 0) +
    gzip(JSON.stringify(kitDefinitions)) +
    gzip(JSON.stringify(kitForms));
  return { outDir, loaded, gzippedBytes: await gzippedSize(loaded), kitGzippedBytes, shell };
}

const gzip = (bytes: string | Uint8Array) => gzipSync(bytes, { level: 9 }).length;

async function gzippedSize(files: readonly string[]): Promise<number> {
  const contents = await Promise.all(files.map((file) => readFile(file)));
  return contents.reduce((sum, bytes) => sum + gzip(bytes), 0);
}

/** The output files a page loads for `entry`: the entry and what it imports statically. */
function loadedBy(metafile: Metafile, entry: string): string[] {
  const outputs = metafile.outputs;
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind } of outputs[path]!.imports) {
      if (kind === 'import-statement') visit(next);
    }
  };
  const entryOutput = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === entry);
  if (entryOutput) visit(entryOutput);
  return [...loaded];
}
