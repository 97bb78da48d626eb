import type { JsonSchema } from '@casegrid/schema';
import { compileStandalone } from '@casegrid/schema/standalone';
import type { Locale } from '../definition/case-type-definition.js';
import { definitionSchemas } from '../definition/check-definition.js';
import { schemaKey } from '../definition/compile-case-type.js';
import { checkCaseTypeDefinition } from '../definition/define-case-type.js';
import { CaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';

/**
 * Checks definitions completely and emits the source of one self-contained ESM module with a
 * precompiled validator for every schema in them, keyed by `schemaKey`. Run it at build time
 * and hand the module's `validators` to `defineCaseType` from `@casegrid/core/precompiled`.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { precompileCaseTypes } from '@casegrid/core/build';
 *
 * await writeFile('src/validators.generated.js', await precompileCaseTypes([dispute, hazard]));
 * ```
 */
export async function precompileCaseTypes(
  definitions: readonly unknown[],
  options: { allErrors?: boolean; locale?: Locale } = {},
): Promise<string> {
  const locale = options.locale ?? 'zh-CN';
  const schemas: Record<string, JsonSchema> = {};
  for (const [index, definition] of definitions.entries()) {
    const issues = checkCaseTypeDefinition(definition, { locale });
    if (issues.length > 0) {
      throw new CaseGridError(
        'invalid-definition',
        text('en', 'def.invalid', { count: issues.length }),
        issues.map((issue) => ({ ...issue, path: `/${index}${issue.path}` })),
      );
    }
    const typed = definition as { id: string; version: number };
    for (const [pointer, schema] of Object.entries(definitionSchemas(definition as never))) {
      schemas[schemaKey(typed, pointer)] = schema as JsonSchema;
    }
  }
  return compileStandalone(schemas, { allErrors: options.allErrors ?? false });
}
