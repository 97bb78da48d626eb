import type { CaseEvent, CaseView, CaseWrite } from '@casegrid/core';
import type { PushedAction } from './protocol.js';

/**
 * The server's writes for a pushed action, with the ids the device knows them by.
 *
 * @example
 * ```ts
 * const { writes, eventIds } = withDeviceIds(decided, action, isProvisional);
 * ```
 */
export interface DeviceIdPlan {
  readonly writes: CaseWrite[];
  /** The ids of the action's events in the pushed case, in seq order. */
  readonly eventIds: string[];
  /** The final id of a provisional id (other ids unchanged). */
  rename(id: string): string;
}

const maxId = 128;

/**
 * Gives the events the server decided for a pushed action the ids the device knows: the
 * events of the pushed case take the device's event ids in order (so the device confirms
 * each by id), child cases take the ids the device gave them (from its `child-opened`
 * events), and anything else the device never saw gets `${action.id}:${n}`. Only provisional
 * ids (those the server's engine made for this decision) are replaced; pure.
 *
 * @example
 * ```ts
 * const plan = withDeviceIds(writes, action, (id) => id.startsWith(provisionalPrefix));
 * await store.appendAll(plan.writes);
 * ```
 */
export function withDeviceIds(
  writes: readonly CaseWrite[],
  action: PushedAction,
  isProvisional: (id: string) => boolean,
): DeviceIdPlan {
  const names = new Map<string, string>();
  let derived = 0;
  const give = (id: string, wanted: unknown) => {
    if (!isProvisional(id) || names.has(id)) return;
    const usable = typeof wanted === 'string' && wanted.length > 0 && wanted.length <= maxId;
    names.set(id, usable ? wanted : `${action.id}:${++derived}`);
  };
  const main = writes.find((write) => write.caseId === action.caseId);
  const deviceChildren = action.events.filter((event) => event.type === 'child-opened');
  let child = 0;
  main?.events.forEach((event, index) => {
    give(event.id, action.events[index]?.id);
    if (event.type === 'child-opened' && event.child) {
      give(event.child.id, deviceChildren[child]?.child?.id);
      child += 1;
    }
  });
  for (const write of writes) {
    give(write.caseId, undefined);
    for (const event of write.events) give(event.id, undefined);
  }
  const rename = (id: string) => names.get(id) ?? id;
  const renamed = writes.map((write) => ({
    caseId: rename(write.caseId),
    expectedSeq: write.expectedSeq,
    events: write.events.map((event) => renameEvent(event, rename)),
  }));
  return {
    writes: renamed,
    eventIds: (main?.events ?? []).map((event) => rename(event.id)),
    rename,
  };
}

/**
 * An event with its own id and the case ids it names renamed.
 *
 * @example
 * ```ts
 * renameEvent(event, plan.rename);
 * ```
 */
export function renameEvent(event: CaseEvent, rename: (id: string) => string): CaseEvent {
  return {
    ...event,
    id: rename(event.id),
    caseId: rename(event.caseId),
    ...(event.parentId !== undefined ? { parentId: rename(event.parentId) } : {}),
    ...(event.child ? { child: { ...event.child, id: rename(event.child.id) } } : {}),
  };
}

/**
 * A view with the case ids it names renamed.
 *
 * @example
 * ```ts
 * renameView(view, plan.rename);
 * ```
 */
export function renameView(view: CaseView, rename: (id: string) => string): CaseView {
  return {
    ...view,
    id: rename(view.id),
    parentId: view.parentId === null ? null : rename(view.parentId),
    children: view.children.map((child) => ({ ...child, id: rename(child.id) })),
  };
}
