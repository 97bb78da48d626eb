import type { CaseType, LocalizedText } from '@casegrid/core';
import type { JsonSchema } from '@casegrid/schema';

/**
 * What a client is told about a case type version: enough to draw a form and a list, never
 * the compiled machine.
 *
 * @example
 * ```ts
 * const { caseTypes } = (await (await fetch('/case-types')).json()) as { caseTypes: CaseTypeSummary[] };
 * ```
 */
export interface CaseTypeSummary {
  readonly id: string;
  readonly version: number;
  /** Whether new cases open with this version. */
  readonly latest: boolean;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** The JSON Schema of the case data (what `POST /cases` takes as `data`). */
  readonly data: JsonSchema;
  readonly open: { readonly roles: readonly string[] };
  readonly initial: string;
  readonly states: readonly {
    readonly name: string;
    readonly title: LocalizedText;
    readonly final: boolean;
  }[];
  readonly actions: readonly {
    readonly name: string;
    readonly title: LocalizedText;
    readonly from: readonly string[];
    readonly to?: string;
    readonly roles: readonly string[];
    /** The JSON Schema of the action's input, when it takes one. */
    readonly input?: JsonSchema;
  }[];
}

/**
 * The summary of a compiled case type for `GET /case-types`.
 *
 * @example
 * ```ts
 * caseTypeSummary(defineCaseType(dispute), true).actions.map((a) => a.name); // ['accept', ...]
 * ```
 */
export function caseTypeSummary(caseType: CaseType, latest: boolean): CaseTypeSummary {
  const definition = caseType.definition;
  return {
    id: caseType.id,
    version: caseType.version,
    latest,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    data: definition.data,
    open: { roles: definition.open.roles },
    initial: definition.initial,
    states: Object.entries(definition.states).map(([name, state]) => ({
      name,
      title: state.title,
      final: state.final === true,
    })),
    actions: Object.entries(definition.actions).map(([name, action]) => ({
      name,
      title: action.title,
      from: [action.from].flat(),
      ...(action.to !== undefined ? { to: action.to } : {}),
      roles: action.roles,
      ...(action.input !== undefined ? { input: action.input } : {}),
    })),
  };
}
