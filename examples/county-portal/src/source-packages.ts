import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));

/**
 * Inside this repository only: an esbuild plugin that resolves `@casegrid/<name>[/<sub>]` to the
 * package's TypeScript source instead of its built `dist/`, so the tests bundle the page from
 * the code under test, as the other tests of the repository do. An integrator never needs it.
 *
 * @example
 * ```ts
 * await build({ entryPoints: ['page/main.ts'], bundle: true, plugins: [sourcePackages()] });
 * ```
 */
export function sourcePackages(): Plugin {
  return {
    name: 'casegrid-source-packages',
    setup(build) {
      build.onResolve({ filter: /^@casegrid\/[a-z-]+(\/[a-z-]+)?$/ }, (args) => {
        const [, name, sub] = /^@casegrid\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path)!;
        const src = `${packagesDir}${name}/src/`;
        const candidates = sub
          ? [`${src}${sub}.ts`, `${src}${sub}/index.ts`, `${src}${sub}/define.ts`]
          : [`${src}index.ts`];
        const path = candidates.find((candidate) => existsSync(candidate));
        return path ? { path } : undefined;
      });
    },
  };
}
