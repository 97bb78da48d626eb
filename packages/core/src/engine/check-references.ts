import type { Locale } from '../definition/case-type-definition.js';
import { pointerToken } from '../definition/check-definition.js';
import type { CaseGridIssue } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Org } from '../org/org.js';
import type { WorkingCalendar } from '../time/working-calendar.js';
import type { CaseTypeRegistry } from './case-type-registry.js';

/**
 * What a set of case types needs from an engine: registered guards and effects, org levels,
 * child case types, and a working calendar for deadlines in working days. Issue paths are
 * `<type>@<version>#<pointer into the definition>`.
 */
export function checkReferences(
  registry: CaseTypeRegistry,
  context: {
    org: Org;
    guards: ReadonlySet<string>;
    effects: ReadonlySet<string>;
    calendar: WorkingCalendar | undefined;
    locale: Locale;
  },
): CaseGridIssue[] {
  const { locale, org } = context;
  const issues: CaseGridIssue[] = [];
  const levels = new Set(org.levels);
  for (const caseType of registry.all()) {
    const at = (pointer: string) => `${caseType.key}#${pointer}`;
    const definition = caseType.definition;
    const checkLevel = (level: string, pointer: string): void => {
      if (!levels.has(level))
        issues.push({
          path: at(pointer),
          message: text(locale, 'def.unknownLevel', { name: level }),
          keyword: 'level',
        });
    };
    definition.open.levels?.forEach((level, i) => {
      checkLevel(level, `/open/levels/${i}`);
    });
    if (definition.open.handlingLevel)
      checkLevel(definition.open.handlingLevel, '/open/handlingLevel');
    definition.open.route?.forEach((route, i) => {
      checkLevel(route.level, `/open/route/${i}/level`);
    });
    for (const [name, action] of Object.entries(definition.actions)) {
      const base = `/actions/${pointerToken(name)}`;
      action.levels?.forEach((level, i) => {
        checkLevel(level, `${base}/levels/${i}`);
      });
      action.guards?.forEach((guard, i) => {
        if (!context.guards.has(guard))
          issues.push({
            path: at(`${base}/guards/${i}`),
            message: text(locale, 'def.unknownGuard', { name: guard }),
            keyword: 'guard',
          });
      });
      action.effects?.forEach((effect, i) => {
        if (!context.effects.has(effect))
          issues.push({
            path: at(`${base}/effects/${i}`),
            message: text(locale, 'def.unknownEffect', { name: effect }),
            keyword: 'effect',
          });
      });
      action.children?.forEach((child, i) => {
        if (!registry.latest(child.type))
          issues.push({
            path: at(`${base}/children/${i}/type`),
            message: text(locale, 'def.unknownCaseType', { name: child.type }),
            keyword: 'type',
          });
      });
    }
    if (caseType.references.workingDays && !context.calendar) {
      const state =
        Object.entries(definition.states).find(
          ([, s]) => s.deadline?.workingDays !== undefined,
        )?.[0] ?? '';
      issues.push({
        path: at(`/states/${pointerToken(state)}/deadline/workingDays`),
        message: text(locale, 'def.workingDaysNoCalendar'),
        keyword: 'calendar',
      });
    }
  }
  return issues;
}
