import type { JsonSchema, Validator } from '@casegrid/schema';
import type { AnyStateMachine } from 'xstate';
import type {
  ActionDefinition,
  CaseTypeDefinition,
  StateDefinition,
} from './case-type-definition.js';
import {
  buildCaseTypeMachine,
  type TransitionTarget,
  transitionTable,
} from './case-type-machine.js';
import { definitionSchemas } from './check-definition.js';

/** Returns the validator of one schema of a definition, by its key (see {@link schemaKey}). */
export type ValidatorProvider = (key: string, schema: JsonSchema) => Validator;

/**
 * The key of one schema of a definition: `dispute@1#/actions/resolve/input`. Precompiled
 * validator modules are keyed the same way.
 *
 * @example
 * ```ts
 * schemaKey({ id: 'dispute', version: 1 }, '/data'); // 'dispute@1#/data'
 * ```
 */
export function schemaKey(
  definition: { readonly id: string; readonly version: number },
  pointer: string,
): string {
  return `${definition.id}@${definition.version}#${pointer}`;
}

/** An action, compiled. */
export interface CompiledAction {
  readonly name: string;
  readonly definition: ActionDefinition;
  readonly roles: ReadonlySet<string>;
  readonly levels: ReadonlySet<string> | undefined;
  readonly input: Validator | undefined;
  readonly when: Validator | undefined;
}

/**
 * A case type compiled from its definition: the xstate machine, its transition table, and a
 * validator for every schema. Immutable and shared by every case of this type and version.
 * Create it with `defineCaseType` (runtime ajv) or the precompiled variant.
 *
 * @example
 * ```ts
 * const dispute = defineCaseType(disputeJson);
 * dispute.machine; // the xstate v5 machine, for inspection and diagrams
 * ```
 */
export interface CaseType {
  readonly id: string;
  readonly version: number;
  /** `id@version`. */
  readonly key: string;
  readonly definition: CaseTypeDefinition;
  /** The xstate v5 machine this case type compiles to. */
  readonly machine: AnyStateMachine;
  readonly data: Validator;
  readonly routes: readonly { readonly when: Validator; readonly level: string }[];
  readonly actions: ReadonlyMap<string, CompiledAction>;
  state(name: string): StateDefinition | undefined;
  /** The machine's targets for an event in a state (first that the guards allow wins). */
  transitions(state: string, event: string): readonly TransitionTarget[] | undefined;
  /** Names used by the definition, for checks against what an engine provides. */
  readonly references: {
    readonly guards: ReadonlySet<string>;
    readonly effects: ReadonlySet<string>;
    readonly levels: ReadonlySet<string>;
    readonly childTypes: ReadonlySet<string>;
    readonly workingDays: boolean;
  };
}

/**
 * Compiles a definition that has already been checked. Low level: use `defineCaseType`.
 *
 * @example
 * ```ts
 * const type = compileCaseType(definition, (key, schema) => compile(schema));
 * ```
 */
export function compileCaseType(
  definition: CaseTypeDefinition,
  validators: ValidatorProvider,
): CaseType {
  const validator = (pointer: string, schema: unknown) =>
    validators(schemaKey(definition, pointer), schema as JsonSchema);
  const machine = buildCaseTypeMachine(definition);
  const table = transitionTable(machine);
  const actions = new Map<string, CompiledAction>();
  const guards = new Set<string>();
  const effects = new Set<string>();
  const levels = new Set<string>(definition.open.levels ?? []);
  const childTypes = new Set<string>();
  if (definition.open.handlingLevel) levels.add(definition.open.handlingLevel);
  for (const route of definition.open.route ?? []) levels.add(route.level);

  const schemas = definitionSchemas(definition);
  for (const [name, action] of Object.entries(definition.actions)) {
    const base = `/actions/${name}`;
    actions.set(name, {
      name,
      definition: action,
      roles: new Set(action.roles),
      levels: action.levels ? new Set(action.levels) : undefined,
      input:
        schemas[`${base}/input`] === undefined
          ? undefined
          : validator(`${base}/input`, action.input),
      when:
        schemas[`${base}/when`] === undefined ? undefined : validator(`${base}/when`, action.when),
    });
    for (const guard of action.guards ?? []) guards.add(guard);
    for (const effect of action.effects ?? []) effects.add(effect);
    for (const level of action.levels ?? []) levels.add(level);
    for (const child of action.children ?? []) childTypes.add(child.type);
  }
  const workingDays = Object.values(definition.states).some(
    (state) => state.deadline?.workingDays !== undefined,
  );
  const key = `${definition.id}@${definition.version}`;
  return {
    id: definition.id,
    version: definition.version,
    key,
    definition,
    machine,
    data: validator('/data', definition.data),
    routes: (definition.open.route ?? []).map((route, index) => ({
      when: validator(`/open/route/${index}/when`, route.when),
      level: route.level,
    })),
    actions,
    state: (name) => (Object.hasOwn(definition.states, name) ? definition.states[name] : undefined),
    transitions: (state, event) => table.get(state)?.get(event),
    references: { guards, effects, levels, childTypes, workingDays },
  };
}
