import type { CaseEngine, CaseView, Locale, LocalizedText, Org } from '@casegrid/core';

/**
 * Text in the reader's language, else the other one, else `fallback`.
 *
 * @example
 * ```ts
 * localText({ 'zh-CN': '矛盾纠纷', en: 'Dispute' }, 'en', 'dispute'); // 'Dispute'
 * ```
 */
export function localText(
  value: LocalizedText | undefined,
  locale: Locale,
  fallback: string,
): string {
  return value?.[locale] ?? value?.['zh-CN'] ?? value?.en ?? fallback;
}

/** The title of a case type (its newest version), or its id. */
export function typeTitle(engine: CaseEngine | undefined, typeId: string, locale: Locale): string {
  return localText(engine?.caseTypes.latest(typeId)?.definition.title, locale, typeId);
}

/** The title of a state of the case's own type version, or the state's name. */
export function stateTitle(
  engine: CaseEngine | undefined,
  view: Pick<CaseView, 'typeId' | 'typeVersion'>,
  state: string,
  locale: Locale,
): string {
  const type =
    engine?.caseTypes.get(view.typeId, view.typeVersion) ?? engine?.caseTypes.latest(view.typeId);
  return localText(type?.state(state)?.title, locale, state);
}

/** The title of an action of the case's own type version, or the action's name. */
export function actionTitle(
  engine: CaseEngine | undefined,
  view: Pick<CaseView, 'typeId' | 'typeVersion'>,
  action: string,
  locale: Locale,
): string {
  const type =
    engine?.caseTypes.get(view.typeId, view.typeVersion) ?? engine?.caseTypes.latest(view.typeId);
  return localText(type?.definition.actions[action]?.title, locale, action);
}

/** The title of an org unit, or its id. */
export function unitTitle(org: Org | undefined, unitId: string, locale: Locale): string {
  return localText(org?.unit(unitId)?.title, locale, unitId);
}

/**
 * A unit as a place a person recognises: its title, or, for a unit without one (grids are
 * often known only by a code), the title of the nearest unit above it that has one.
 *
 * @example
 * ```ts
 * placeTitle(org, 'grid-a1-1', 'zh-CN'); // '东一村' when the grid has no title
 * ```
 */
export function placeTitle(org: Org | undefined, unitId: string, locale: Locale): string {
  const titled = [...(org?.path(unitId) ?? [])].reverse().find((unit) => unit.title !== undefined);
  return titled === undefined ? unitId : unitTitle(org, titled.id, locale);
}

const systemNames: Readonly<Record<Locale, string>> = { 'zh-CN': '系统', en: 'System' };

/** A person's name from the org (or the id); the system actor reads 系统 / System. */
export function personName(org: Org | undefined, personId: string, locale: Locale): string {
  if (personId === 'system') return systemNames[locale];
  return org?.person(personId)?.name ?? personId;
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How far an instant is from now, in words: "in 2 days", "3 hours ago", "2天后".
 *
 * @example
 * ```ts
 * relativeTime('2026-03-04T00:00:00Z', Date.parse('2026-03-02T00:00:00Z'), 'en'); // 'in 2 days'
 * ```
 */
export function relativeTime(at: string, now: number, locale: Locale): string {
  // Lists call this once per row as they scroll: building the format dominated the row's cost.
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const delta = Date.parse(at) - now;
  for (const [unit, size] of units) {
    if (Math.abs(delta) >= size) return format.format(Math.trunc(delta / size), unit);
  }
  return format.format(0, 'minute');
}

const instantFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * An instant as a date and time in China Standard Time, in the reader's style.
 *
 * @example
 * ```ts
 * formatInstant('2026-03-02T01:00:00Z', 'en'); // '03/02/2026, 09:00'
 * ```
 */
export function formatInstant(at: string, locale: Locale): string {
  let format = instantFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    instantFormats.set(locale, format);
  }
  return format.format(new Date(at));
}

// The data keys a case type's one-line summary is looked for under, in order.
const summaryKeys = ['summary', 'title', 'name', 'description', 'location', 'request'];

/**
 * A one-line summary of a case from its data: the first of `summary`, `title`, `name`,
 * `description`, `location`, `request` that is text, else the first text value, else its id.
 *
 * @example
 * ```ts
 * caseSummary({ id: 'c-1', data: { parties: ['甲'], summary: '宅基地边界' } }); // '宅基地边界'
 * ```
 */
export function caseSummary(view: { readonly id: string; readonly data: object }): string {
  const data = view.data as Readonly<Record<string, unknown>>;
  for (const key of summaryKeys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  for (const value of Object.values(data)) {
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return view.id;
}
