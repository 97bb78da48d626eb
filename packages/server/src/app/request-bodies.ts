// The JSON bodies of the case endpoints, as types and the JSON Schemas they are checked with.

const id = { type: 'string', minLength: 1, maxLength: 128 } as const;

/**
 * `POST /cases`: open (report) a case of the newest version of `typeId` in `unit`.
 *
 * @example
 * ```ts
 * const body: OpenCaseBody = { typeId: 'dispute', unit: 'grid-a1-1', data: { summary: '...' } };
 * ```
 */
export interface OpenCaseBody {
  readonly typeId: string;
  readonly unit: string;
  readonly data: { readonly [key: string]: unknown };
  /** The new case's id, made by the client (default: made by the server). */
  readonly id?: string;
}

/**
 * `POST /cases/:id/actions/:name`: the action's input (an empty body for none).
 *
 * @example
 * ```ts
 * const body: PerformActionBody = { input: { agreement: '...', partiesAgree: true } };
 * ```
 */
export interface PerformActionBody {
  readonly input?: unknown;
}

/**
 * The JSON Schema of {@link OpenCaseBody}.
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, openCaseBodySchema, 'zh-CN');
 * ```
 */
export const openCaseBodySchema = {
  type: 'object',
  required: ['typeId', 'unit', 'data'],
  additionalProperties: false,
  properties: { typeId: id, unit: id, data: { type: 'object' }, id },
} as const;

/**
 * The JSON Schema of {@link PerformActionBody}.
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, performActionBodySchema, 'en', { optional: true });
 * ```
 */
export const performActionBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { input: true },
} as const;
