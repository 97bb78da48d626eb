import type { Locale } from '@casegrid/core';

/**
 * The language of a response, from the request's `Accept-Language`: the supported language
 * (zh-CN, en) the client prefers most (by `q`), or `fallback` when it names neither.
 *
 * @example
 * ```ts
 * requestLocale('en-GB,en;q=0.9,zh;q=0.5', 'zh-CN'); // 'en'
 * requestLocale(undefined, 'zh-CN'); // 'zh-CN'
 * ```
 */
export function requestLocale(header: string | null | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale = tag.startsWith('zh') ? 'zh-CN' : tag.startsWith('en') ? 'en' : undefined;
    // The first of equal weights wins, as the client listed it first.
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? fallback;
}
