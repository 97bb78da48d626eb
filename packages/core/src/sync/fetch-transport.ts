import type { Locale } from '../definition/case-type-definition.js';
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
  init: { method: string; headers: Record<string, string>; body?: string },
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
}

/**
 * A {@link SyncTransport} over HTTP: `POST {url}/sync/push` and `GET {url}/sync/pull?since=&limit=`,
 * JSON both ways. A request that gets no answer fails with a `SyncTransportError` of failure
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
    try {
      response = await send(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      answer = await response.text();
    } catch (cause) {
      throw new SyncTransportError('offline', { locale }, { cause });
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
  };
}

function parse(answer: string): unknown {
  try {
    return JSON.parse(answer) as unknown;
  } catch {
    return undefined;
  }
}
