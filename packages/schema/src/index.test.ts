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
      'CaseGridError',
      'addRow',
      'checkCondition',
      'checkExpression',
      'checkSchema',
      'checkUiSchema',
      'compile',
      'conditionKeywords',
      'customFormats',
      'defaultSchemaLimits',
      'evaluate',
      'expressionOperators',
      'formModel',
      'getAt',
      'isCaseGridError',
      'isIdCardCn',
      'isPhoneCn',
      'localizeErrors',
      'matches',
      'moveRow',
      'omitPaths',
      'removeRow',
      'setAt',
      'submittedValue',
      'validate',
      'withDefaults',
    ]);
  });

  test('the form subpath reaches no ajv at all', async () => {
    const formIndex = fileURLToPath(new URL('./form/index.ts', import.meta.url));
    const result = await build({
      stdin: {
        contents: `export * from ${JSON.stringify(formIndex)};`,
        resolveDir: '.',
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('packages/schema/src/form/form-model.ts'))).toBe(
      true,
    );
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
  });

  test('leaves ajv out of a bundle that imports only formModel', async () => {
    expect(await bundle('formModel')).not.toMatch(/from "ajv/);
  });

  test('leaves ajv out of a bundle that imports only localizeErrors', async () => {
    expect(await bundle('localizeErrors')).not.toMatch(/ajv/);
  });

  test('keeps ajv in a bundle that imports compile', async () => {
    expect(await bundle('compile')).toMatch(/from "ajv\/dist\/2020\.js"/);
  });
});
