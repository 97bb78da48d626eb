import { propertyLabel } from './field-title.js';
import { appendPointer } from './json-pointer.js';
import { catalogs, defaultLocale } from './messages/catalogs.js';
import { ownEntry } from './messages/message-catalog.js';
import type { Locale, ValidationIssue, ValidatorError } from './types.js';

/**
 * The param that names the offending property, for keywords whose error ajv reports on the parent
 * object. Pointing the issue at the property lets a form mark the field itself.
 */
const propertyParam: Record<string, string> = {
  required: 'missingProperty',
  dependentRequired: 'missingProperty',
  dependencies: 'missingProperty',
  additionalProperties: 'additionalProperty',
  unevaluatedProperties: 'unevaluatedProperty',
};

/**
 * Turns raw validator errors (from `compile` or a precompiled validator) into localized issues.
 * Pure and free of ajv, so a browser that ships only precompiled validators can call it.
 *
 * Fields are named by their schema `title` (or `x-i18n[locale].title`) when the validator was
 * compiled with `verbose: true`, as `compile` and `compileStandalone` do; otherwise by property name.
 *
 * @example
 * ```ts
 * const validator = compile({ type: 'object', required: ['parties'], properties: { parties: { title: '当事人' } } });
 * validator({});
 * localizeErrors(validator.errors, { pathPrefix: '/data' });
 * // [{ path: '/data/parties', message: '请填写“当事人”', keyword: 'required', params: { missingProperty: 'parties' } }]
 * ```
 */
export function localizeErrors(
  errors: readonly ValidatorError[] | null | undefined,
  options: { locale?: Locale; pathPrefix?: string } = {},
): ValidationIssue[] {
  const locale = options.locale ?? defaultLocale;
  const prefix = options.pathPrefix ?? '';
  const catalog = catalogs[locale];
  return (errors ?? []).map((error) => {
    const params = error.params ?? {};
    const label = (name: string) => propertyLabel(error.parentSchema, String(name), locale);
    const message =
      ownEntry(catalog.keywords, error.keyword)?.({ params, label }) ?? catalog.fallback;
    const paramName = ownEntry(propertyParam, error.keyword);
    const property = paramName === undefined ? undefined : params[paramName];
    const path =
      property === undefined
        ? error.instancePath
        : appendPointer(error.instancePath, String(property));
    return { path: prefix + path, message, keyword: error.keyword, params: { ...params } };
  });
}
