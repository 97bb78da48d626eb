import { _, Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { customFormats } from './formats.js';

// ajv-formats is CommonJS: Node's ESM loader hands us `module.exports` (the plugin, which also
// carries `.default`), while bundlers with interop may hand us the plugin directly.
const addFormats =
  (addFormatsModule as typeof addFormatsModule & { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

/** How to build an ajv instance; everything that changes validation results is fixed inside. */
export interface AjvSetup {
  allErrors: boolean;
  /**
   * For standalone code only: the module specifier that precompiled code `require`s for formats
   * (it must export `formats`, a map from format name to ajv format definition).
   */
  standaloneFormatsModule?: string;
  /** `false` silences ajv's warnings (used by `checkSchema`, which reports them as issues instead). */
  logger?: false;
}

/**
 * Builds the one ajv configuration casegrid validates with. Runtime `compile` and
 * `compileStandalone` both call this, so precompiled validators behave exactly like runtime ones.
 *
 * @example
 * ```ts
 * const ajv = createAjv({ allErrors: true });
 * ajv.compile({ type: 'string', format: 'phone-cn', maxLength: 11 })('13800138000'); // true
 * ```
 */
export function createAjv(setup: AjvSetup): Ajv2020 {
  const standalone = setup.standaloneFormatsModule;
  const ajv = new Ajv2020({
    allErrors: setup.allErrors,
    // parentSchema on each error is where localizeErrors finds field titles.
    verbose: true,
    // 0.07 / 0.01 is 7.000000000000001 in binary floating point; money fields need it to pass.
    multipleOfPrecision: 9,
    // Unknown keywords and formats are reported by checkSchema with a pointer and a localized
    // message; making ajv throw on them as well would only give a worse message for the same thing.
    strictSchema: false,
    // Form schemas legitimately put `minLength` in an `if`/`then` without `type`, list `required`
    // properties defined in another branch, and use `type: ['string', 'null']`.
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    // NaN and Infinity are not JSON; reject them as numbers (ajv's default, stated for the reader).
    strictNumbers: true,
    // `required: ['toString']` must not be satisfied by Object.prototype.
    ownProperties: true,
    ...(setup.logger === false ? { logger: false as const } : {}),
    ...(standalone === undefined
      ? {}
      : { code: { source: true, esm: true, formats: _`require(${standalone}).formats` } }),
  });
  addFormats(ajv);
  for (const [name, validate] of Object.entries(customFormats)) {
    ajv.addFormat(name, { type: 'string', validate });
  }
  return ajv;
}
