import type { CaseEngine, CaseView, ChildRef } from '@casegrid/core';

/** A register record (台账) a case links to through a data property marked `x-record`. */
export interface LinkedRecord {
  /** The data property holding the link. */
  readonly field: string;
  /** The record type the property names (`"x-record": "person"`). */
  readonly typeId: string;
  readonly id: string;
  /** The record, or `undefined` when it cannot be loaded (deleted, not synced yet). */
  readonly view: CaseView | undefined;
}

/** A child case with its current state. */
export interface ChildCase {
  readonly ref: ChildRef;
  readonly view: CaseView | undefined;
}

/** The cases around a case: its parent, the records it links to and its child cases. */
export interface RelatedCases {
  readonly parent: { readonly id: string; readonly view: CaseView | undefined } | undefined;
  readonly links: readonly LinkedRecord[];
  readonly children: readonly ChildCase[];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The data properties that link to records: those whose schema (or, for a list, whose items'
 * schema) carries `"x-record": "<record type id>"`, with that type.
 *
 * @example
 * ```ts
 * recordFields({ properties: { person: { type: 'string', 'x-record': 'person' } } });
 * // Map { 'person' => 'person' }
 * ```
 */
export function recordFields(dataSchema: unknown): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  const properties = isRecord(dataSchema) ? dataSchema.properties : undefined;
  if (!isRecord(properties)) return fields;
  for (const [key, schema] of Object.entries(properties)) {
    if (!isRecord(schema)) continue;
    const items = isRecord(schema.items) ? schema.items : undefined;
    const typeId = schema['x-record'] ?? items?.['x-record'];
    if (typeof typeId === 'string') fields.set(key, typeId);
  }
  return fields;
}

async function tryGet(engine: CaseEngine, id: string): Promise<CaseView | undefined> {
  try {
    return await engine.get(id);
  } catch {
    // A link to a record this device does not hold is shown as such, not as a failure.
    return undefined;
  }
}

/**
 * Loads the parent, the linked records and the child cases of a case (each at most once).
 *
 * @example
 * ```ts
 * const related = await loadRelated(engine, await engine.get(caseId));
 * related.children.map((child) => child.view?.state);
 * ```
 */
export async function loadRelated(engine: CaseEngine, view: CaseView): Promise<RelatedCases> {
  const type =
    engine.caseTypes.get(view.typeId, view.typeVersion) ?? engine.caseTypes.latest(view.typeId);
  const wanted: { field: string; typeId: string; id: string }[] = [];
  for (const [field, typeId] of recordFields(type?.definition.data)) {
    const value = view.data[field];
    const ids = Array.isArray(value) ? value : [value];
    for (const id of ids)
      if (typeof id === 'string' && id !== '') wanted.push({ field, typeId, id });
  }
  const [parent, links, children] = await Promise.all([
    view.parentId === null ? undefined : tryGet(engine, view.parentId),
    Promise.all(wanted.map(async (link) => ({ ...link, view: await tryGet(engine, link.id) }))),
    Promise.all(view.children.map(async (ref) => ({ ref, view: await tryGet(engine, ref.id) }))),
  ]);
  return {
    parent: view.parentId === null ? undefined : { id: view.parentId, view: parent },
    links,
    children,
  };
}

/**
 * The ids of the cases shown around a case: a change to any of them changes what the detail
 * shows.
 *
 * @example
 * ```ts
 * if (changedIds.some((id) => relatedIds(related).has(id))) reload();
 * ```
 */
export function relatedIds(related: RelatedCases): ReadonlySet<string> {
  return new Set([
    ...(related.parent ? [related.parent.id] : []),
    ...related.links.map((link) => link.id),
    ...related.children.map((child) => child.ref.id),
  ]);
}
