import type { FromSchema as FromJsonSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * The TypeScript type of the values a schema written `as const` accepts (json-schema-to-ts), so
 * that a form's `cg-submit` detail or a case's data can be typed from the same object that
 * validates it. Schemas that are not literal types give `unknown`.
 *
 * @example
 * ```ts
 * const report = {
 *   type: 'object',
 *   required: ['summary'],
 *   properties: { summary: { type: 'string' }, urgent: { type: 'boolean' } },
 * } as const;
 * type Report = FromSchema<typeof report>; // { summary: string; urgent?: boolean }
 * form.addEventListener('cg-submit', (event) => save(event.detail as Report));
 * ```
 */
export type FromSchema<S> = S extends JSONSchema ? FromJsonSchema<S> : unknown;
