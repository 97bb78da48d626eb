import type { UiField, UiSchema } from '@casegrid/schema/form';

/**
 * The UI schemas of one case type's forms: the form that opens (reports) a case, which is also
 * the order and labels its data is shown with, and the input form of each action.
 *
 * @example
 * ```ts
 * const forms: CaseTypeForms = {
 *   open: { order: ['summary', '*'], fields: { details: { widget: 'textarea' } } },
 *   actions: { resolve: { fields: { agreement: { widget: 'textarea' } } } },
 * };
 * ```
 */
export interface CaseTypeForms {
  readonly open?: UiSchema;
  readonly actions?: { readonly [action: string]: UiSchema };
}

/**
 * UI entries that hide data fields an action fills in later (an agreement, a rating) while
 * they are empty: the report form does not ask for them, the case's data shows them once set.
 *
 * @example
 * ```ts
 * const open: UiSchema = { fields: { summary: { widget: 'textarea' }, ...filledLater('agreement') } };
 * ```
 */
export function filledLater(...names: readonly string[]): Record<string, UiField> {
  return Object.fromEntries(
    names.map((name) => [name, { hiddenWhen: { schema: { not: { required: [name] } } } }]),
  );
}

/** A multi-line text box. */
export const textarea = (rows = 4): UiField => ({ widget: 'textarea', options: { rows } });

/** A unit chosen from the org, departments included (主办/协办, 调度单位). */
export const unitPicker: UiField = { widget: 'org-unit', options: { departments: true } };

/** Where a person's id is typed: the org's person ids are what assignees are checked against. */
export const personId: UiField = {
  placeholder: { 'zh-CN': '人员编号，如 zhang-san', en: 'Person id, such as zhang-san' },
};

/** Where a register record's id is typed (a case id of that register). */
export const recordId: UiField = {
  placeholder: { 'zh-CN': '台账记录编号', en: 'Record id in the register' },
};

/** The input form of a `reassign` action (the kit's convention: `{ assignee }`). */
export const reassignForm: UiSchema = { fields: { assignee: personId } };

/** The input form of an action that only asks why. */
export const reasonForm: UiSchema = {
  fields: {
    reason: {
      widget: 'textarea',
      options: { rows: 3 },
      placeholder: { 'zh-CN': '请写明原因', en: 'Say why' },
    },
  },
};
