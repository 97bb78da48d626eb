import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import * as schema from './index.js';

const indexFile = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Bundles a consumer of `src/index.ts` the way an application bundler would. */
async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names} } from ${JSON.stringify(indexFile)}; console.log(${names});`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    external: ['ajv', 'ajv/*', 'ajv-formats'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('@casegrid/schema', () => {
  test('exports exactly the curated runtime API', () => {
    expect(Object.keys(schema).sort()).toEqual([
      'checkSchema',
      'compile',
      'customFormats',
      'defaultSchemaLimits',
      'isIdCardCn',
      'isPhoneCn',
      'localizeErrors',
      'validate',
    ]);
  });

  test('leaves ajv out of a bundle that imports only localizeErrors', async () => {
    expect(await bundle('localizeErrors')).not.toMatch(/ajv/);
  });

  test('keeps ajv in a bundle that imports compile', async () => {
    expect(await bundle('compile')).toMatch(/from "ajv\/dist\/2020\.js"/);
  });
});
