import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { build, type Plugin } from 'esbuild';
import { createAjv } from './create-ajv.js';
import type { CompileOptions, JsonSchema } from './types.js';

// CommonJS interop, as for ajv-formats in create-ajv.ts.
const standaloneCode =
  (standaloneCodeModule as typeof standaloneCodeModule & { default?: typeof standaloneCodeModule })
    .default ?? standaloneCodeModule;

const here = dirname(fileURLToPath(import.meta.url));
const generatedModule = 'casegrid:generated';
const formatsModule = 'casegrid:formats';

/**
 * The file with casegrid's own formats: `formats.ts` when running from source, `formats.js` in the
 * build (tsup emits it as its own entry so that it is a real file esbuild can bundle).
 */
function customFormatsFile(): string {
  const built = join(here, 'formats.js');
  return existsSync(built) ? built : join(here, 'formats.ts');
}

function virtualModules(generated: string): Plugin {
  const formatsSource = [
    `import { fullFormats } from 'ajv-formats/dist/formats.js';`,
    `import { customFormats } from ${JSON.stringify(customFormatsFile())};`,
    'const custom = {};',
    `for (const [name, validate] of Object.entries(customFormats)) custom[name] = { type: 'string', validate };`,
    'export const formats = { ...fullFormats, ...custom };',
  ].join('\n');
  return {
    name: 'casegrid-standalone',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^casegrid:/ }, (args) => ({
        path: args.path,
        namespace: 'casegrid',
      }));
      esbuild.onLoad({ filter: /.*/, namespace: 'casegrid' }, (args) => ({
        contents: args.path === generatedModule ? generated : formatsSource,
        loader: 'js',
        // The generated code requires ajv's runtime helpers and ajv-formats: resolve them from here.
        resolveDir: here,
      }));
      // ajv's runtime helpers carry a `.code` string ('require("ajv/dist/runtime/...")') that only
      // ajv's code generator reads; dropping it leaves no `require(` text in the module at all.
      esbuild.onLoad(
        { filter: /[\\/]ajv[\\/]dist[\\/]runtime[\\/][^\\/]+\.js$/ },
        async (args) => ({
          contents: (await readFile(args.path, 'utf8')).replace(/^\w+\.code = .*;$/gm, ''),
          loader: 'js',
        }),
      );
    },
  };
}

/**
 * Precompiles schemas into the source of one self-contained ES module, for places that cannot
 * compile at runtime: a browser under `Content-Security-Policy: script-src 'self'` (ajv's runtime
 * compile needs `new Function`), or a server that should not pay for compiling on start.
 *
 * The module exports `validators` (and the same object as default), keyed like `schemas`; each is a
 * `Validator` configured exactly like `compile`'s (same ajv options and formats) and its errors go
 * through `localizeErrors`. It has no imports: ajv's runtime helpers and the formats are bundled in.
 * Node only (it runs esbuild); run `checkSchema` on schemas from outside first.
 *
 * @example
 * ```ts
 * const source = await compileStandalone({ intake: { type: 'object', required: ['name'] } });
 * await writeFile('validators.js', source);
 * // elsewhere: import { validators } from './validators.js'; validators.intake({}); // false
 * ```
 */
export async function compileStandalone(
  schemas: Record<string, JsonSchema>,
  options: CompileOptions = {},
): Promise<string> {
  const ajv = createAjv({
    allErrors: options.allErrors ?? true,
    standaloneFormatsModule: formatsModule,
  });
  const keys = Object.keys(schemas);
  // ajv exports each validator as a `const`, so the export names must be identifiers; the keys
  // given to us may not be (`case-intake`), so they are mapped back below.
  const exportNames: Record<string, string> = {};
  keys.forEach((key, index) => {
    const ref = `casegrid-standalone-${index}`;
    ajv.addSchema(schemas[key]!, ref);
    exportNames[`v${index}`] = ref;
  });
  const generated = standaloneCode(ajv, exportNames);
  const entry = [
    `import * as generated from ${JSON.stringify(generatedModule)};`,
    'export const validators = {',
    ...keys.map((key, index) => `  ${JSON.stringify(key)}: generated.v${index},`),
    '};',
    'export default validators;',
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: here, loader: 'js', sourcefile: 'validators.js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // Neutral platform reads no package.json main fields by default; ajv's helpers need `main`.
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [virtualModules(generated)],
  });
  return result.outputFiles[0]!.text;
}
