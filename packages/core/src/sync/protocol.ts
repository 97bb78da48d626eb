// The sync protocol between a device and the county server, as types and JSON Schemas.
// docs/developer/sync.md states the rules; the server validates request bodies with these schemas.
import type { CaseEvent } from '../engine/case-event.js';
import type { PositionedEvent } from '../store/case-store.js';

/**
 * One action taken on a device: the events one `engine.open` or `engine.perform` call wrote
 * for one case, in order. The server decides the action again from the first event (its
 * `type`, `action`, `input`, `typeId`, `data`, `unit`) with the actor it authenticated; the
 * device's events are a record of what it saw, never trusted. Only a person's action can be
 * pushed: a first event `opened`, `performed` or `escalated` without a `reason`; deadline,
 * child and migration events are consequences the server makes itself.
 *
 * @example
 * ```ts
 * const action: PushedAction = { id: 'ev-7', caseId: 'case-1', expectedSeq: 3, events: [performed] };
 * ```
 */
export interface PushedAction {
  /** The first event's id: the idempotency key of the whole action. */
  readonly id: string;
  readonly caseId: string;
  /** The case's seq before the action on the device (0 when the action opened the case). */
  readonly expectedSeq: number;
  readonly events: readonly CaseEvent[];
}

/**
 * `POST /sync/push`: a device's pending actions, oldest first.
 *
 * @example
 * ```ts
 * const body: PushRequest = { device: 'phone-zhang-san', actions: [action] };
 * ```
 */
export interface PushRequest {
  /** A stable id of the device (for logs; the actor comes from authentication). */
  readonly device: string;
  readonly actions: readonly PushedAction[];
}

/** Why the server did not apply an action: a stable code and a message for people. */
export interface SyncError {
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

/**
 * The server's answer for one pushed action.
 * - `accepted`: applied (now or by an earlier delivery of the same id); `events` are the server's
 *   events for it in the pushed case, with their log positions. They carry the device's event
 *   ids in order (events the device did not make get `${action.id}:${n}`), so the device
 *   confirms each by id; events the action wrote to other cases (child cases it opened, a
 *   parent it moved on) arrive by pull.
 * - `conflict`: the case moved on the server (`expectedSeq` is behind); rebase and push again.
 * - `rejected`: the server refused the action (`forbidden`, `invalid-input`, `not-available`...).
 *
 * @example
 * ```ts
 * if (result.status === 'rejected') showRejected(result.id, result.error.message);
 * ```
 */
export type PushResult =
  | {
      readonly id: string;
      readonly status: 'accepted';
      readonly events: readonly PositionedEvent[];
    }
  | { readonly id: string; readonly status: 'conflict'; readonly error: SyncError }
  | { readonly id: string; readonly status: 'rejected'; readonly error: SyncError };

/**
 * `POST /sync/push` response: one result per action, in the order sent.
 *
 * @example
 * ```ts
 * const { results } = (await response.json()) as PushResponse;
 * ```
 */
export interface PushResponse {
  readonly results: readonly PushResult[];
}

/**
 * `GET /sync/pull?since=<position>&limit=<n>`: the events after a log position that the
 * actor may see, in log order. `position` is the cursor for the next pull: a server log
 * position, never a time.
 *
 * @example
 * ```ts
 * let cursor = 0;
 * const page = (await (await fetch(`/sync/pull?since=${cursor}`)).json()) as PullResponse;
 * cursor = page.position;
 * ```
 */
export interface PullResponse {
  readonly events: readonly PositionedEvent[];
  readonly position: number;
  /** More events wait after `position`: pull again. */
  readonly more: boolean;
}

const eventSchema = {
  type: 'object',
  required: ['id', 'caseId', 'seq', 'type', 'at', 'actor', 'typeId', 'typeVersion'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 128 },
    caseId: { type: 'string', minLength: 1, maxLength: 128 },
    seq: { type: 'integer', minimum: 1 },
    type: {
      enum: [
        'opened',
        'performed',
        'escalated',
        'deadline-passed',
        'child-opened',
        'child-closed',
        'migrated',
      ],
    },
    at: { type: 'string', maxLength: 40 },
    actor: { type: 'object' },
    typeId: { type: 'string', minLength: 1, maxLength: 128 },
    typeVersion: { type: 'integer', minimum: 1 },
    action: { type: 'string', maxLength: 128 },
    unit: { type: 'string', maxLength: 128 },
    data: { type: 'object' },
  },
} as const;

/**
 * The JSON Schema of a `POST /sync/push` body (limits included: at most 500 actions of at most
 * 20 events each).
 *
 * @example
 * ```ts
 * const ok = compile(pushRequestSchema)(body);
 * ```
 */
export const pushRequestSchema = {
  $id: 'https://casegrid.dev/schemas/sync-push.json',
  type: 'object',
  required: ['device', 'actions'],
  additionalProperties: false,
  properties: {
    device: { type: 'string', minLength: 1, maxLength: 128 },
    actions: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['id', 'caseId', 'expectedSeq', 'events'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 128 },
          caseId: { type: 'string', minLength: 1, maxLength: 128 },
          expectedSeq: { type: 'integer', minimum: 0 },
          events: { type: 'array', minItems: 1, maxItems: 20, items: eventSchema },
        },
      },
    },
  },
} as const;
