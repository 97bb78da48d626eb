import type { Locale } from '../definition/case-type-definition.js';
import type { CaseEvent } from '../engine/case-event.js';
import type { PositionedEvent } from '../store/case-store.js';
import type { PullResponse, PushResponse } from './protocol.js';
import { type SyncTransport, SyncTransportError } from './sync-transport.js';

/**
 * The part of `fetch` the transport uses (the global `fetch` fits; so does a Hono `app.request`).
 *
 * @example
 * ```ts
 * const inProcess: FetchLike = (url, init) => app.request(url, init);
 * ```
 */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}>;

/**
 * Request headers, or a bearer token (sent as `Authorization: Bearer <token>`).
 *
 * @example
 * ```ts
 * const auth = (): TransportAuth => ({ cookie: document.cookie });
 * ```
 */
export type TransportAuth = Record<string, string> | string | undefined;

/**
 * Options of {@link fetchTransport}.
 *
 * @example
 * ```ts
 * const options: FetchTransportOptions = { url: '/casegrid', auth: () => session.token };
 * ```
 */
export interface FetchTransportOptions {
  /** Where the casegrid server is mounted (`https://county.example/casegrid`); no trailing `/sync`. */
  readonly url: string;
  /** Called before every request: headers to send, or a bearer token. */
  readonly auth?: () => TransportAuth | Promise<TransportAuth>;
  /** The `fetch` to use (default: the global one). */
  readonly fetch?: FetchLike;
  /** The language asked of the server (`Accept-Language`) and of errors (default `zh-CN`). */
  readonly locale?: Locale;
  /**
   * How long to wait for a whole answer, in milliseconds, before giving up on it as `offline`
   * (default 60 000): a connection that stalls without failing would otherwise hold the sync
   * (and the sync lock) for ever. The request is aborted through its `signal`.
   */
  readonly timeoutMs?: number;
}

// What `GET /cases/:id` answers, as far as the transport reads it.
interface CaseAnswer {
  readonly history?: readonly CaseEvent[];
  /** The log position of each history event, in the same order. */
  readonly positions?: readonly (number | null)[];
}

/**
 * A {@link SyncTransport} over HTTP: `POST {url}/sync/push`, `GET {url}/sync/pull?since=&limit=`
 * and, for a case's whole history, `GET {url}/cases/:id`; JSON both ways. A request that gets
 * no answer (or none within `timeoutMs`) fails with a `SyncTransportError` of failure
 * `offline`; an answer other than 2xx with failure `http`, its status, and the server's error
 * code and message.
 *
 * @example
 * ```ts
 * const transport = fetchTransport({ url: 'https://county.example/casegrid', auth: () => session.token });
 * const client = syncClient({ engine, store, transport });
 * ```
 */
export function fetchTransport(options: FetchTransportOptions): SyncTransport {
  const base = options.url.replace(/\/+$/, '');
  const locale = options.locale ?? 'zh-CN';
  const send = options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  const timeoutMs = options.timeoutMs ?? 60_000;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    if (!send) throw new SyncTransportError('offline', { locale });
    const auth = await options.auth?.();
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': locale,
      ...(typeof auth === 'string' ? { authorization: `Bearer ${auth}` } : auth),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Awaited<ReturnType<FetchLike>>;
    let answer: string;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced rather than trusted to the signal: a FetchLike may ignore it.
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`No answer within ${timeoutMs} ms.`);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    });
    try {
      response = await Promise.race([
        send(`${base}${path}`, {
          method,
          headers,
          signal: controller.signal,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        }),
        timedOut,
      ]);
      answer = await Promise.race([response.text(), timedOut]);
    } catch (cause) {
      throw new SyncTransportError('offline', { locale }, { cause });
    } finally {
      clearTimeout(timer);
    }
    const parsed = parse(answer);
    if (!response.ok) {
      const error = (parsed ?? {}) as { code?: unknown; message?: unknown };
      throw new SyncTransportError('http', {
        status: response.status,
        locale,
        ...(typeof error.code === 'string' ? { serverCode: error.code } : {}),
        message: typeof error.message === 'string' ? error.message : answer.slice(0, 200),
      });
    }
    if (parsed === undefined) {
      // A 2xx that is not JSON: a captive portal or a proxy answered, not the server.
      throw new SyncTransportError('http', {
        status: response.status,
        locale,
        serverCode: 'invalid-answer',
        message: answer.slice(0, 200),
      });
    }
    return parsed as T;
  }

  return {
    push: (body) => request<PushResponse>('POST', '/sync/push', body),
    pull: (since, limit) =>
      request<PullResponse>(
        'GET',
        `/sync/pull?since=${since}${limit === undefined ? '' : `&limit=${limit}`}`,
      ),
    history: async (caseId) => {
      const answer = await request<CaseAnswer>(
        'GET',
        `/cases/${encodeURIComponent(caseId)}?positions=true`,
      );
      // An event without a position is still the server's: 0 keeps the history in seq order.
      return (answer.history ?? []).map(
        (event, i): PositionedEvent => ({ position: answer.positions?.[i] ?? 0, event }),
      );
    },
  };
}

function parse(answer: string): unknown {
  try {
    return JSON.parse(answer) as unknown;
  } catch {
    return undefined;
  }
}
