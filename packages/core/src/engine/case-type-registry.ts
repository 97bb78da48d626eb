import type { Locale } from '../definition/case-type-definition.js';
import type { CaseType } from '../definition/compile-case-type.js';
import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';

/** The case types an engine knows, every version side by side. */
export interface CaseTypeRegistry {
  /** A version of a type, or `undefined`. */
  get(id: string, version: number): CaseType | undefined;
  /** The newest version of a type: what new cases open with. */
  latest(id: string): CaseType | undefined;
  all(): readonly CaseType[];
}

/**
 * Indexes compiled case types by id and version. Two entries with the same id and version
 * are an `invalid-definition`.
 *
 * @example
 * ```ts
 * const registry = createCaseTypeRegistry([disputeV1, disputeV2]);
 * registry.latest('dispute')?.version; // 2
 * ```
 */
export function createCaseTypeRegistry(
  caseTypes: readonly CaseType[],
  locale: Locale = 'zh-CN',
): CaseTypeRegistry {
  const { registry, issues } = indexCaseTypes(caseTypes, locale);
  if (issues.length > 0) {
    throw new CaseGridError(
      'invalid-definition',
      'A case type version is registered twice.',
      issues,
    );
  }
  return registry;
}

/**
 * Indexes case types and returns the duplicates as issues instead of throwing, so that an
 * engine can report them together with its other checks. The first of two duplicates wins.
 *
 * @example
 * ```ts
 * const { registry, issues } = indexCaseTypes(caseTypes, 'en');
 * ```
 */
export function indexCaseTypes(
  caseTypes: readonly CaseType[],
  locale: Locale,
): { registry: CaseTypeRegistry; issues: CaseGridIssue[] } {
  const byId = new Map<string, Map<number, CaseType>>();
  const latest = new Map<string, CaseType>();
  const issues: CaseGridIssue[] = [];
  const kept: CaseType[] = [];
  caseTypes.forEach((caseType, index) => {
    const versions = byId.get(caseType.id) ?? new Map<number, CaseType>();
    if (versions.has(caseType.version)) {
      issues.push({
        path: `/caseTypes/${index}`,
        message: text(locale, 'def.duplicateCaseType', {
          name: caseType.id,
          version: caseType.version,
        }),
        keyword: 'unique',
      });
      return;
    }
    kept.push(caseType);
    versions.set(caseType.version, caseType);
    byId.set(caseType.id, versions);
    const current = latest.get(caseType.id);
    if (!current || current.version < caseType.version) latest.set(caseType.id, caseType);
  });
  const registry: CaseTypeRegistry = {
    get: (id, version) => byId.get(id)?.get(version),
    latest: (id) => latest.get(id),
    all: () => kept,
  };
  return { registry, issues };
}
