import type { CaseFilter, CaseGridIssue, Locale } from '@casegrid/core';
import { HttpError } from './http-error.js';
import { message } from './messages.js';

type Kind = 'text' | 'texts' | 'nullableText' | 'boolean' | 'instant' | 'count' | 'position';

const caseFilterParams: Record<string, Kind> = {
  typeId: 'text',
  state: 'texts',
  unit: 'text',
  handlingUnit: 'text',
  assignee: 'nullableText',
  overdue: 'boolean',
  closed: 'boolean',
  dueBefore: 'instant',
  limit: 'count',
  offset: 'position',
};

const pullParams: Record<string, Kind> = { since: 'position', limit: 'count' };

// An ISO 8601 instant with a zone: the form events and deadlines are written in.
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Default and largest page of `GET /cases`.
 *
 * @example
 * ```ts
 * Math.min(requested, casePage.max);
 * ```
 */
export const casePage = { default: 100, max: 1000 } as const;
/**
 * Default and largest page of `GET /sync/pull`.
 *
 * @example
 * ```ts
 * Math.min(requested, pullPage.max);
 * ```
 */
export const pullPage = { default: 500, max: 1000 } as const;

/**
 * Reads query parameters against a list of known names and kinds; every problem (unknown
 * name, repeated name, wrong kind) is reported at once, as a 400 `invalid-input`.
 */
function readParams(
  url: URL,
  known: Record<string, Kind>,
  locale: Locale,
): Map<string, string | string[] | number | boolean | null> {
  const issues: CaseGridIssue[] = [];
  const values = new Map<string, string | string[] | number | boolean | null>();
  const fail = (name: string, key: Parameters<typeof message>[1], params = {}) =>
    issues.push({ path: `/${name}`, message: message(locale, key, params), keyword: 'query' });
  for (const name of new Set(url.searchParams.keys())) {
    const kind = Object.hasOwn(known, name) ? known[name] : undefined;
    const all = url.searchParams.getAll(name);
    if (kind === undefined) {
      fail(name, 'query.unknown');
      continue;
    }
    if (kind !== 'texts' && all.length > 1) {
      fail(name, 'query.repeated');
      continue;
    }
    const raw = all[0] ?? '';
    switch (kind) {
      case 'text':
        if (raw.length < 1 || raw.length > 128) fail(name, 'query.text');
        else values.set(name, raw);
        break;
      case 'texts':
        if (all.length > 50 || all.some((v) => v.length < 1 || v.length > 128)) {
          fail(name, 'query.text');
        } else values.set(name, all);
        break;
      case 'nullableText':
        // An empty value asks for the unassigned.
        if (raw.length > 128) fail(name, 'query.text');
        else values.set(name, raw === '' ? null : raw);
        break;
      case 'boolean':
        if (raw !== 'true' && raw !== 'false') fail(name, 'query.boolean');
        else values.set(name, raw === 'true');
        break;
      case 'instant':
        if (!instant.test(raw) || Number.isNaN(Date.parse(raw))) fail(name, 'query.instant');
        else values.set(name, new Date(raw).toISOString());
        break;
      case 'count':
      case 'position': {
        const min = kind === 'count' ? 1 : 0;
        const n = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min) fail(name, 'query.integer', { min });
        else values.set(name, n);
        break;
      }
    }
  }
  if (issues.length > 0) {
    const text = message(locale, 'invalidRequest');
    throw new HttpError(400, { code: 'invalid-input', message: text, issues });
  }
  return values;
}

/**
 * The engine filter a `GET /cases` query asks for: `typeId`, `state` (repeatable), `unit`,
 * `handlingUnit`, `assignee` (empty: unassigned), `overdue`, `closed`, `dueBefore`, `limit`
 * (default 100, at most 1000) and `offset`.
 *
 * @example
 * ```ts
 * caseFilterOf(new URL('http://x/cases?state=reported&state=mediating&overdue=true'), 'en');
 * // { state: ['reported', 'mediating'], overdue: true, limit: 100 }
 * ```
 */
export function caseFilterOf(url: URL, locale: Locale): CaseFilter {
  const values = readParams(url, caseFilterParams, locale);
  const filter = Object.fromEntries(values) as Record<string, unknown>;
  const limit = typeof filter.limit === 'number' ? filter.limit : casePage.default;
  return { ...filter, limit: Math.min(limit, casePage.max) } as CaseFilter;
}

/**
 * The cursor and page size a `GET /sync/pull` asks for: `since` (default 0) and `limit`
 * (default 500, at most 1000).
 *
 * @example
 * ```ts
 * pullParamsOf(new URL('http://x/sync/pull?since=42'), 'en'); // { since: 42, limit: 500 }
 * ```
 */
export function pullParamsOf(url: URL, locale: Locale): { since: number; limit: number } {
  const values = readParams(url, pullParams, locale);
  const since = values.get('since');
  const limit = values.get('limit');
  return {
    since: typeof since === 'number' ? since : 0,
    limit: Math.min(typeof limit === 'number' ? limit : pullPage.default, pullPage.max),
  };
}
