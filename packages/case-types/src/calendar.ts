import type { WorkingCalendar } from '@casegrid/core';
// Core publishes the calendar as data; the build inlines it, so pages need no JSON loader.
import cn2026 from '@casegrid/core/calendars/cn-2026.json' with { type: 'json' };

/**
 * Mainland China's 2026 working calendar (public holidays and make-up working days, from the
 * State Council's notice): what the kit's deadlines in working days count with. Give it to
 * `createEngine` / `createServer`; add next year's calendar when it is announced.
 *
 * @example
 * ```ts
 * const engine = createEngine({ caseTypes: kitCaseTypes(), org, store, calendar: calendar2026 });
 * ```
 */
export const calendar2026: WorkingCalendar = Object.freeze(cn2026 as WorkingCalendar);
