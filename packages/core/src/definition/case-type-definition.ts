import type { JsonSchema } from '@casegrid/schema';

/** The two languages casegrid speaks. */
export type Locale = 'zh-CN' | 'en';

/**
 * Text in Chinese and English. One of the two may be missing; the other is used instead.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { 'zh-CN': '矛盾纠纷', en: 'Dispute' };
 * ```
 */
export type LocalizedText = { readonly 'zh-CN'?: string; readonly en?: string };

/**
 * A value chosen by a field of the case: `{ "from": "/data/riskLevel", "values": { "high": "P7D" } }`.
 * `from` is a JSON pointer into `{ case, data }`; a value not listed falls back to `default`.
 */
export interface ByValue<T> {
  readonly from: string;
  readonly values: { readonly [key: string]: T };
  readonly default?: T;
}

/** What happens when a deadline passes. */
export type DeadlineOutcome =
  /** Move the handling unit one level up (or mark the case overdue at the top level). */
  | 'escalate'
  /** Mark the case overdue. */
  | 'overdue'
  /** Perform a named action as the system. */
  | { readonly perform: string };

/**
 * A deadline on a state, armed each time the case enters the state.
 * Exactly one of `within` (calendar time, ISO 8601 duration) or `workingDays` is given.
 */
export interface DeadlineDefinition {
  readonly within?: string | ByValue<string>;
  readonly workingDays?: number | ByValue<number>;
  readonly then: DeadlineOutcome;
  /** Also alert the unit above the handling unit when the deadline passes (missed visits). */
  readonly alert?: 'unit-above';
}

/** Moves a parent on when its children settle: `{ "children": "all", "to": "remediated" }`. */
export interface WaitForDefinition {
  /** `all`: every child opened in this state is closed; `any`: at least one is. */
  readonly children: 'all' | 'any';
  /** Only children that closed in one of these states count (default: any final state). */
  readonly in?: readonly string[];
  readonly to: string;
}

/** One state of a case type. */
export interface StateDefinition {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly final?: boolean;
  readonly deadline?: DeadlineDefinition;
  readonly waitFor?: readonly WaitForDefinition[];
}

/** Child cases an action opens, one per unit: `{ "type": "hazard-task", "units": "/input/co" }`. */
export interface ChildrenDefinition {
  readonly type: string;
  /** JSON pointer to one unit id. */
  readonly unit?: string;
  /** JSON pointer to an array of unit ids. */
  readonly units?: string;
  /** Constant data for each child. */
  readonly data?: { readonly [key: string]: unknown };
  /** Child data key → JSON pointer into `{ case, data, input, actor }`. */
  readonly copy?: { readonly [key: string]: string };
}

/** One action a person (or the system) can take on a case. */
export interface ActionDefinition {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly from: string | readonly string[];
  /** The state after the action. Omitted: the case stays where it is (no re-entry). */
  readonly to?: string;
  /** Roles that may take the action. Empty: only the system (a deadline or a wait). */
  readonly roles: readonly string[];
  /** Org levels of the handling unit at which the action is offered (default: all). */
  readonly levels?: readonly string[];
  /** JSON Schema of the input. */
  readonly input?: JsonSchema;
  /** JSON Schema condition over `{ case, data, input, actor }`. */
  readonly when?: JsonSchema;
  /** Shown when `when` does not hold. */
  readonly whenMessage?: LocalizedText;
  /** Names of guards registered with the engine; all must hold. */
  readonly guards?: readonly string[];
  /** Names of effects registered with the engine, run after the events are stored. */
  readonly effects?: readonly string[];
  /** Move the handling unit one level up. */
  readonly escalate?: boolean;
  /** Set the assignee: `"actor"`, a JSON pointer such as `"/input/assignee"`, or `null` to clear. */
  readonly assign?: string | null;
  /** Case data key → JSON pointer into `{ case, data, input, actor }`, copied after the action. */
  readonly update?: { readonly [key: string]: string };
  /** Child cases to open. */
  readonly children?: readonly ChildrenDefinition[];
}

/** Who may open (report) a case, and where it is handled first. */
export interface OpenDefinition {
  readonly roles: readonly string[];
  /** Levels of the reporting unit at which opening is allowed (default: all). */
  readonly levels?: readonly string[];
  /** The level that handles a new case: the reporting unit's ancestor at this level. */
  readonly handlingLevel?: string;
  /** The first route whose condition (over `{ data, actor }`) holds sets the handling level. */
  readonly route?: readonly { readonly when: JsonSchema; readonly level: string }[];
  /** Assign the new case to the reporting actor. */
  readonly assignToReporter?: boolean;
}

/**
 * A case type, written as data (JSON, YAML, or a TypeScript object `as const`).
 * See docs/county-it/writing-a-case-type.md for every key.
 *
 * @example
 * ```ts
 * const definition = {
 *   id: 'noise', version: 1, title: { 'zh-CN': '噪音投诉', en: 'Noise complaint' },
 *   data: { type: 'object', properties: { place: { type: 'string', maxLength: 100 } } },
 *   open: { roles: ['grid-worker'] },
 *   initial: 'reported',
 *   states: {
 *     reported: { title: { en: 'Reported' } },
 *     closed: { title: { en: 'Closed' }, final: true },
 *   },
 *   actions: { close: { title: { en: 'Close' }, from: 'reported', to: 'closed', roles: ['grid-worker'] } },
 * } as const satisfies CaseTypeDefinition;
 * ```
 */
export interface CaseTypeDefinition {
  readonly $schema?: string;
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly data: JsonSchema;
  readonly open: OpenDefinition;
  readonly initial: string;
  readonly states: { readonly [name: string]: StateDefinition };
  readonly actions: { readonly [name: string]: ActionDefinition };
  /** Roles that may migrate cases of this type to this version. */
  readonly administrators?: readonly string[];
}
