import {
  type CaseTypeForms,
  filledLater,
  reasonForm,
  reassignForm,
  recordId,
  textarea,
} from './case-type-forms.js';

/**
 * The forms of the patrol (巡查) case type: the round, each finding (which opens a hazard), and
 * the checklist that ends it.
 *
 * @example
 * ```ts
 * formModel(patrolDefinition.actions.finish.input!, patrolForms.actions!.finish, { locale: 'zh-CN' });
 * ```
 */
export const patrolForms: CaseTypeForms = {
  open: {
    order: ['kind', 'summary', 'team', 'places', '*'],
    fields: {
      summary: {
        placeholder: {
          'zh-CN': '如：东一村—后山林区—河道',
          en: 'e.g. village — hillside forest — river',
        },
      },
      'team[]': { placeholder: { 'zh-CN': '队员姓名', en: "A member's name" } },
      'places[]': recordId,
      ...filledLater('checklist', 'notes'),
    },
  },
  actions: {
    'report-finding': {
      order: ['summary', 'kind', 'severity', 'location', 'description'],
      columns: 2,
      fields: {
        summary: { span: 2 },
        kind: { widget: 'select' },
        location: { span: 2 },
        description: { ...textarea(4), span: 2 },
      },
    },
    finish: {
      order: ['checklist', 'notes'],
      fields: {
        'checklist[]': { columns: 3 },
        'checklist/item': { widget: 'select' },
        notes: textarea(3),
      },
    },
    cancel: reasonForm,
    reassign: reassignForm,
  },
};
