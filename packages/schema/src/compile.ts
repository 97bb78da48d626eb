import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from './create-ajv.js';
import type { CompileOptions, JsonSchema, Validator } from './types.js';

interface ModeCache {
  ajv: Ajv2020;
  byObject: WeakMap<object, Validator>;
  byId: Map<string, Validator>;
  byBoolean: Map<boolean, Validator>;
}

// Created on first use: importing the package must not build ajv instances nobody asked for.
const modes = new Map<boolean, ModeCache>();

function modeCache(allErrors: boolean): ModeCache {
  let cache = modes.get(allErrors);
  if (cache === undefined) {
    cache = {
      ajv: createAjv({ allErrors }),
      byObject: new WeakMap(),
      byId: new Map(),
      byBoolean: new Map(),
    };
    modes.set(allErrors, cache);
  }
  return cache;
}

/**
 * Compiles a schema with casegrid's ajv configuration (draft 2020-12, ajv-formats plus `phone-cn`
 * and `id-card-cn`, verbose errors). Only compile schemas that passed `checkSchema`: ajv turns a
 * schema into code.
 *
 * Compiling is the expensive step, so validators are cached per mode (`allErrors` true or false):
 * by object identity, and by `$id` — a schema's `$id` names one schema, so a second object with the
 * same `$id` gets the validator compiled for the first (ajv would refuse to register it twice).
 *
 * @example
 * ```ts
 * const validator = compile({ type: 'number', multipleOf: 0.01 });
 * validator(19.99); // true
 * compile({ type: 'number', multipleOf: 0.01 }) === validator; // false: a different object
 * ```
 */
export function compile(schema: JsonSchema, options: CompileOptions = {}): Validator {
  const cache = modeCache(options.allErrors ?? true);
  if (typeof schema === 'boolean') {
    let validator = cache.byBoolean.get(schema);
    if (validator === undefined) {
      validator = cache.ajv.compile(schema) as Validator;
      cache.byBoolean.set(schema, validator);
    }
    return validator;
  }
  const known = cache.byObject.get(schema);
  if (known !== undefined) return known;
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  const validator =
    (id === undefined ? undefined : cache.byId.get(id)) ?? cache.ajv.compile(schema);
  cache.byObject.set(schema, validator as Validator);
  if (id !== undefined) cache.byId.set(id, validator as Validator);
  return validator as Validator;
}
