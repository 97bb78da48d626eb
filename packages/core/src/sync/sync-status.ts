import type { Rejection } from '../store/local-store.js';

/**
 * What the sync client shows a person: connected or not, syncing or not, how many local
 * changes wait and how many were refused, when the last sync finished, and the last error.
 *
 * @example
 * ```ts
 * client.status$.subscribe((s) => badge.textContent = s.online ? `${s.pending}` : '离线');
 * ```
 */
export interface SyncStatus {
  /** `false` after a call that got no answer, until one gets an answer (or the browser says so). */
  readonly online: boolean;
  readonly syncing: boolean;
  /** Local events waiting to be pushed (or for the server's version of a consequence). */
  readonly pending: number;
  /** Local events the server refused, kept until a person reapplies or discards them. */
  readonly rejected: number;
  /** When the last sync finished without error (ISO 8601, from the client's clock). */
  readonly lastSync?: string;
  /** Why the last sync failed; gone once one succeeds. */
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * What one {@link SyncClient.sync} did.
 *
 * @example
 * ```ts
 * const { confirmed, rejected } = await client.sync();
 * ```
 */
export interface SyncReport {
  /** `false` when another holder of the store's sync lock (another tab) was syncing. */
  readonly ran: boolean;
  /** Local events the server confirmed. */
  readonly confirmed: number;
  /** Local events newly refused (by the server, or by the engine when taken again). */
  readonly rejected: number;
  /** Local actions taken again on the server's newer version of their case. */
  readonly retaken: number;
  /** Server events received by pull. */
  readonly pulled: number;
}

/**
 * How one local event left the pending outbox. Every pushed event ends in one of these;
 * nothing leaves silently.
 * - `confirmed`: the server has it, at `serverPosition`.
 * - `rejected`: refused (by the server, or by the engine when taken again); kept, with why.
 * - `retaken`: taken again as new local events (`by`), after a conflict or by `reapply`.
 * - `replaced`: a consequence (a deadline, a child case) the server made its own version of.
 * - `discarded`: a person discarded it.
 *
 * @example
 * ```ts
 * client.settled$.subscribe((s) => s.outcome === 'rejected' && notify(s.rejection.message));
 * ```
 */
export type SyncSettlement =
  | { readonly eventId: string; readonly outcome: 'confirmed'; readonly serverPosition: number }
  | { readonly eventId: string; readonly outcome: 'rejected'; readonly rejection: Rejection }
  | { readonly eventId: string; readonly outcome: 'retaken'; readonly by: readonly string[] }
  | { readonly eventId: string; readonly outcome: 'replaced' | 'discarded' };

/**
 * What {@link SyncClient.reapply} came to: the action was taken again as new local events
 * (pushed by the next sync), or the engine refused it again and it stays rejected.
 *
 * @example
 * ```ts
 * const outcome = await client.reapply(eventId);
 * if (outcome.status === 'rejected') show(outcome.rejection.message);
 * ```
 */
export type ReapplyOutcome =
  | { readonly status: 'reapplied'; readonly eventIds: readonly string[] }
  | { readonly status: 'rejected'; readonly rejection: Rejection };
