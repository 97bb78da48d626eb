import type { Locale } from '../definition/case-type-definition.js';
import { CaseGridError, type CaseGridErrorCode } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { PositionedEvent } from '../store/case-store.js';
import type { PullResponse, PushRequest, PushResponse } from './protocol.js';

/**
 * How the sync client reaches the server: the calls of the sync protocol. Build one over
 * HTTP with {@link fetchTransport}, or over anything else (a test calls the server in-process).
 * A failure should be a {@link SyncTransportError}, so that the client knows what to retry.
 *
 * @example
 * ```ts
 * const transport: SyncTransport = {
 *   push: (body) => app.request('/sync/push', { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json()),
 *   pull: (since, limit) => app.request(`/sync/pull?since=${since}&limit=${limit}`).then((r) => r.json()),
 *   history: (caseId) => app.request(`/cases/${caseId}`).then((r) => r.json())
 *     .then(({ history, positions }) => history.map((event, i) => ({ position: positions[i], event }))),
 * };
 * ```
 */
export interface SyncTransport {
  /** `POST /sync/push`: the device's pending actions, answered one result per action. */
  push(body: PushRequest): Promise<PushResponse>;
  /** `GET /sync/pull?since=&limit=`: the server's events after a log position. */
  pull(since: number, limit?: number): Promise<PullResponse>;
  /**
   * `GET /cases/:id`: every event of one case, from seq 1, with its log position. The client
   * asks for it when a pull brings a case's events from a seq the device's log does not reach
   * (the case came into the person's scope partway). A case the person may not see fails with
   * a `SyncTransportError` of status 404.
   */
  history(caseId: string): Promise<readonly PositionedEvent[]>;
}

/**
 * What went wrong on the way to the server: no answer at all, or an answer other than 2xx.
 *
 * @example
 * ```ts
 * const failure: TransportFailure = navigator.onLine ? 'http' : 'offline';
 * ```
 */
export type TransportFailure = 'offline' | 'http';

const codeOfStatus = (status: number): CaseGridErrorCode => {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'invalid-input';
  return 'not-available';
};

/**
 * A failed call to the server, as a `CaseGridError`: `failure` says whether the server was
 * reached at all (`offline`) or answered with an error (`http`, with its `status` and the
 * server's own `serverCode`). `retryable` is true for `offline`, 5xx, 408 and 429: the sync
 * client tries those again with backoff, and nothing else.
 *
 * @example
 * ```ts
 * try { await client.sync(); } catch (error) {
 *   if (error instanceof SyncTransportError && error.failure === 'offline') showOfflineBadge();
 * }
 * ```
 */
export class SyncTransportError extends CaseGridError {
  readonly failure: TransportFailure;
  /** The HTTP status, for `http`. */
  readonly status: number | undefined;
  /** The server's error code (its body's `code`), `offline`, or `http-<status>`. */
  readonly serverCode: string;
  readonly retryable: boolean;

  constructor(
    failure: TransportFailure,
    details: { status?: number; serverCode?: string; message?: string; locale?: Locale },
    options?: { cause?: unknown },
  ) {
    const locale = details.locale ?? 'zh-CN';
    const status = details.status;
    const say = (l: Locale) =>
      failure === 'offline'
        ? text(l, 'sync.offline')
        : text(l, 'sync.http', { status: status ?? 0, message: details.message ?? '' });
    super(
      failure === 'offline' ? 'not-available' : codeOfStatus(status ?? 0),
      say('en'),
      [{ path: '', message: say(locale), keyword: failure }],
      options,
    );
    this.failure = failure;
    this.status = status;
    this.serverCode =
      details.serverCode ?? (failure === 'offline' ? 'offline' : `http-${status ?? 0}`);
    this.retryable =
      failure === 'offline' ||
      (status !== undefined && (status >= 500 || status === 408 || status === 429));
  }
}

/**
 * Whether a failure is worth trying again: a {@link SyncTransportError} that says so (no
 * answer, 5xx, 408, 429), or a failed `fetch` (a `TypeError`) from a hand-made transport.
 *
 * @example
 * ```ts
 * if (isRetryable(error)) await sleep(delay);
 * ```
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof SyncTransportError) return error.retryable;
  return error instanceof TypeError;
}
