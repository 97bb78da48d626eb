import {
  type CaseEngine,
  type CaseType,
  isCaseGridError,
  type Locale,
  type Org,
  type OrgUnit,
} from '@casegrid/core/precompiled';
import type { CaseForm, CaseTypeForms } from '@casegrid/elements';
import type { DemoPerson } from '../src/county.js';
import { text } from './messages.js';

/** The case types the portal's "report a case" offers, in this order (children are opened by their parents). */
const offered = [
  'dispute',
  'hazard',
  'service-request',
  'watched-person',
  'poverty-watch',
  'patrol',
  'emergency-dispatch',
  'person',
  'household',
  'place',
  'organisation',
];

/**
 * What the dialog reports with: the signed-in person's engine, the org, the kit's forms and the
 * page's language.
 *
 * @example
 * ```ts
 * const context: ReportContext = { engine, person, org, forms, locale: 'zh-CN' };
 * ```
 */
export interface ReportContext {
  readonly engine: CaseEngine;
  readonly person: DemoPerson;
  readonly org: Org;
  readonly forms: { readonly [typeId: string]: CaseTypeForms };
  readonly locale: Locale;
}

/**
 * The "report a case" dialog: the person picks what kind of case and where, fills the kit's
 * open form in `<cg-case-form>`, and the case is opened through the engine (`engine.open`), in
 * IndexedDB first, on the server at the next sync.
 *
 * @example
 * ```ts
 * const report = reportDialog(dialog, () => context, (caseId) => show(caseId));
 * reportButton.addEventListener('click', () => report.open());
 * ```
 */
export function reportDialog(
  dialog: HTMLDialogElement,
  current: () => ReportContext | undefined,
  onReported: (caseId: string) => void,
) {
  const typeSelect = dialog.querySelector<HTMLSelectElement>('#report-type')!;
  const unitSelect = dialog.querySelector<HTMLSelectElement>('#report-unit')!;
  const form = dialog.querySelector<CaseForm>('cg-case-form')!;
  const error = dialog.querySelector<HTMLElement>('#report-error')!;

  function types(context: ReportContext): CaseType[] {
    return offered
      .map((id) => context.engine.caseTypes.latest(id))
      .filter((type): type is CaseType => type !== undefined)
      .filter((type) =>
        type.definition.open.roles.some((role) => context.person.roles.includes(role)),
      )
      .filter((type) => units(context, type).length > 0);
  }

  /** Where the person may report a case of this type: their own area, at the levels allowed. */
  function units(context: ReportContext, type: CaseType): OrgUnit[] {
    const { levels } = type.definition.open;
    return context.org.units.filter(
      (unit) =>
        unit.kind !== 'department' &&
        context.org.isWithin(unit.id, context.person.unit) &&
        (!levels || levels.includes(unit.level)),
    );
  }

  function showType(context: ReportContext): void {
    const type = context.engine.caseTypes.latest(typeSelect.value);
    if (!type) return;
    const choices = units(context, type);
    unitSelect.replaceChildren(
      ...choices.map((unit) => new Option(title(unit, context.locale), unit.id)),
    );
    const home = context.person.grid;
    unitSelect.value = choices.some((unit) => unit.id === home)
      ? home!
      : (choices.at(-1)?.id ?? '');
    form.schema = type.definition.data;
    // The case type's own (precompiled) validator: the form loads no schema compiler.
    form.validator = type.data;
    form.uiSchema = context.forms[type.id]?.open;
    form.orgUnits = context.org.units;
    form.locale = context.locale;
    form.submitLabel = text(context.locale, 'reportSubmit');
    form.value = {};
    error.textContent = '';
  }

  typeSelect.addEventListener('change', () => {
    const context = current();
    if (context) showType(context);
  });

  form.addEventListener('cg-submit', async (event) => {
    const context = current();
    if (!context) return;
    error.textContent = '';
    try {
      const view = await context.engine.open(typeSelect.value, {
        data: event.detail,
        unit: unitSelect.value,
        actor: context.person,
      });
      dialog.close();
      onReported(view.id);
    } catch (failure) {
      const issues = isCaseGridError(failure) ? (failure.issues ?? []) : [];
      error.textContent =
        issues.length > 0 ? issues.map((issue) => issue.message).join(' ') : String(failure);
    }
  });

  dialog.querySelector('#report-cancel')!.addEventListener('click', () => dialog.close());

  return {
    /** Whether the signed-in person may report anything at all. */
    canReport(): boolean {
      const context = current();
      return context !== undefined && types(context).length > 0;
    },
    open(): void {
      const context = current();
      if (!context) return;
      const offeredTypes = types(context);
      const chosen = typeSelect.value;
      typeSelect.replaceChildren(
        ...offeredTypes.map((type) => new Option(title(type.definition, context.locale), type.id)),
      );
      if (offeredTypes.some((type) => type.id === chosen)) typeSelect.value = chosen;
      showType(context);
      dialog.showModal();
    },
  };
}

function title(item: { readonly id: string; readonly title?: OrgUnit['title'] }, locale: Locale) {
  return item.title?.[locale] ?? item.title?.['zh-CN'] ?? item.id;
}
