/**
 * How the sync client waits between attempts: exponential backoff with full jitter. Every
 * part is injectable, so that tests run without waiting.
 *
 * @example
 * ```ts
 * const fast: BackoffOptions = { retries: 3, sleep: async () => {} };
 * ```
 */
export interface BackoffOptions {
  /** Attempts after the first (default 5). */
  readonly retries?: number;
  /** The longest first wait, in milliseconds (default 500). */
  readonly initialMs?: number;
  /** The longest wait, in milliseconds (default 30 000). */
  readonly maxMs?: number;
  /** The source of jitter, in [0, 1) (default `Math.random`). */
  readonly random?: () => number;
  /** Waits (default `setTimeout`). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The wait before retry number `attempt` (0 for the first retry): a random share of
 * `min(maxMs, initialMs · 2^attempt)`, so that devices coming online together spread out.
 *
 * @example
 * ```ts
 * backoffDelay(3, { initialMs: 500, random: () => 0.5 }); // 2000
 * ```
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const ceiling = Math.min(options.maxMs ?? 30_000, (options.initialMs ?? 500) * 2 ** attempt);
  return Math.floor(ceiling * (options.random ?? Math.random)());
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call`, trying again after a backoff while it fails with an error `retryable` accepts,
 * at most `retries` more times; then fails with the last error.
 *
 * @example
 * ```ts
 * const page = await withRetries(() => transport.pull(since), isRetryable, { retries: 3 });
 * ```
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  options: BackoffOptions = {},
  onRetry?: (error: unknown, attempt: number) => void,
): Promise<T> {
  const retries = options.retries ?? 5;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= retries || !retryable(error)) throw error;
      onRetry?.(error, attempt);
      await (options.sleep ?? wait)(backoffDelay(attempt, options));
    }
  }
}
