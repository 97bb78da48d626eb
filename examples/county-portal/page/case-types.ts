import { type CaseType, defineCaseType, type Locale } from '@casegrid/core/precompiled';

/**
 * The kit's case types for the page, with their validators precompiled at build time (see
 * `buildPage`): the browser loads no schema compiler and builds no code from strings. The
 * definitions, forms and validators come in their own file (`kit-data.ts`), loaded at start.
 *
 * @example
 * ```ts
 * const { caseTypes, forms } = await loadKit('zh-CN');
 * const engine = createEngine({ caseTypes, org, store });
 * ```
 */
export async function loadKit(locale: Locale) {
  const { definitions, forms, validators } = await import('./kit-data.js');
  const caseTypes: CaseType[] = definitions.map((definition) =>
    defineCaseType(definition, { validators, locale }),
  );
  return { caseTypes, forms };
}
