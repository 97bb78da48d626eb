// How the sync client reads the outbox: local events grouped into actions, which actions go to
// the server, which wait, and which are consequences the server makes itself. Pure.
import type { CaseEvent } from '../engine/case-event.js';
import type { OutboxEntry, RejectedEntry } from '../store/local-store.js';
import type { PushedAction } from './protocol.js';

/**
 * The outbox entries of one local action (one write of one engine call), in log order.
 *
 * @example
 * ```ts
 * const [first] = groupActions(await store.outbox.pending());
 * first?.id; // the id of its first event: the action's id in the sync protocol
 * ```
 */
export interface LocalAction<E extends OutboxEntry = OutboxEntry> {
  /** The action id: its first event's id. */
  readonly id: string;
  readonly caseId: string;
  readonly entries: readonly E[];
  /** The action's first event, when it is among the entries. */
  readonly first: CaseEvent | undefined;
}

/**
 * Groups outbox entries by action id, in the order of each action's first entry.
 *
 * @example
 * ```ts
 * groupActions(await store.outbox.rejected()).map((action) => action.id);
 * ```
 */
export function groupActions<E extends OutboxEntry>(entries: readonly E[]): LocalAction<E>[] {
  const byId = new Map<string, E[]>();
  for (const entry of [...entries].sort((a, b) => a.position - b.position)) {
    const group = byId.get(entry.actionId);
    if (group) group.push(entry);
    else byId.set(entry.actionId, [entry]);
  }
  return [...byId].map(([id, group]) => ({
    id,
    caseId: group[0]!.event.caseId,
    entries: group,
    first: group.find((e) => e.event.id === id)?.event,
  }));
}

/**
 * Whether a local action is one a person took, which the server decides again when pushed
 * (`opened`, `performed`, `escalated`, `migrated`). Anything else is a consequence the server
 * makes itself: a child case's opening, a deadline, a parent moving on when its children
 * close. Those are never pushed; the server's own version comes back by pull.
 *
 * @example
 * ```ts
 * isPersonal(event); // false for a `deadline-passed` or a child's `opened`
 * ```
 */
export function isPersonal(first: CaseEvent | undefined): boolean {
  if (!first || first.reason !== undefined) return false;
  if (first.type === 'opened') return first.parentId === undefined;
  return first.type === 'performed' || first.type === 'escalated' || first.type === 'migrated';
}

/**
 * The consequences one action wrote beside it: the child cases it opened and the parent it
 * moved on (a child closing tells its parent).
 *
 * @example
 * ```ts
 * for (const child of consequencesOf(action, groupActions(pending))) hide(child.caseId);
 * ```
 */
export function consequencesOf<E extends OutboxEntry>(
  action: LocalAction,
  others: readonly LocalAction<E>[],
): LocalAction<E>[] {
  const events = action.entries.map((e) => e.event);
  const children = new Set(
    events.flatMap((e) => (e.type === 'child-opened' && e.child ? [e.child.id] : [])),
  );
  const after = Math.max(...action.entries.map((e) => e.position));
  return others.filter(
    (other) =>
      other.id !== action.id &&
      !isPersonal(other.first) &&
      ((other.first?.type === 'opened' && children.has(other.caseId)) ||
        (other.first?.type === 'child-closed' &&
          other.first.child?.id === action.caseId &&
          Math.min(...other.entries.map((e) => e.position)) > after)),
  );
}

/**
 * What the next push sends, and what must be settled before it.
 *
 * @example
 * ```ts
 * const plan: PushPlan = planPush(await outbox.pending(), await outbox.rejected());
 * ```
 */
export interface PushPlan {
  /** The actions to push, oldest first. */
  readonly actions: readonly PushedAction[];
  /**
   * Pending events that build on a refused event of their case (still in its log): they are
   * rejected rather than pushed, and taken again with it.
   */
  readonly afterRejected: readonly string[];
  /** Pending actions that wait for the server's version of an earlier consequence of their case. */
  readonly waiting: number;
}

/**
 * Plans a push from the outbox: the pending actions a person took, each with `expectedSeq` =
 * its first event's seq − 1. An action waits while its case has an earlier pending consequence
 * (the server makes its own, which comes by pull and takes its place); an action after a
 * refused event of its case still in the log is not pushed but rejected with it.
 *
 * @example
 * ```ts
 * const { actions } = planPush(pending, rejected);
 * await transport.push({ device, actions: actions.slice(0, 100) });
 * ```
 */
export function planPush(
  pending: readonly OutboxEntry[],
  rejected: readonly RejectedEntry[],
): PushPlan {
  // The lowest seq of a refused event still in each case's log.
  const refusedFrom = new Map<string, number>();
  for (const entry of rejected) {
    if (!entry.inLog) continue;
    const seq = refusedFrom.get(entry.event.caseId);
    if (seq === undefined || entry.event.seq < seq) {
      refusedFrom.set(entry.event.caseId, entry.event.seq);
    }
  }
  const afterRejected: string[] = [];
  const live: OutboxEntry[] = [];
  for (const entry of pending) {
    const seq = refusedFrom.get(entry.event.caseId);
    if (seq !== undefined && entry.event.seq > seq) afterRejected.push(entry.event.id);
    else live.push(entry);
  }

  // The lowest seq of a pending consequence in each case: the case's later actions wait.
  const waitFrom = new Map<string, number>();
  const actions = groupActions(live);
  for (const action of actions) {
    if (isPersonal(action.first)) continue;
    const seq = Math.min(...action.entries.map((e) => e.event.seq));
    const known = waitFrom.get(action.caseId);
    if (known === undefined || seq < known) waitFrom.set(action.caseId, seq);
  }
  const pushed: PushedAction[] = [];
  let waiting = 0;
  for (const action of actions) {
    if (!action.first || !isPersonal(action.first)) continue;
    const blocker = waitFrom.get(action.caseId);
    if (blocker !== undefined && blocker < action.first.seq) {
      waiting += 1;
      continue;
    }
    const events = action.entries.map((e) => e.event).sort((a, b) => a.seq - b.seq);
    pushed.push({
      id: action.id,
      caseId: action.caseId,
      expectedSeq: action.first.seq - 1,
      events,
    });
  }
  return { actions: pushed, afterRejected, waiting };
}
