import {
  type CaseTypeForms,
  filledLater,
  reasonForm,
  reassignForm,
  recordId,
  textarea,
  unitPicker,
} from './case-type-forms.js';

/**
 * The forms of the service request (民生服务, 代办) case type.
 *
 * @example
 * ```ts
 * formModel(serviceRequestDefinition.data, serviceRequestForms.open, { locale: 'en' });
 * ```
 */
export const serviceRequestForms: CaseTypeForms = {
  open: {
    order: ['summary', 'category', 'requester', 'person', 'phone', 'urgency', 'details', '*'],
    columns: 2,
    fields: {
      summary: {
        span: 2,
        placeholder: {
          'zh-CN': '如：代办高龄补贴申请',
          en: 'e.g. apply for the old-age allowance',
        },
      },
      category: { widget: 'select' },
      person: recordId,
      details: { ...textarea(4), span: 2 },
      ...filledLater('department', 'result', 'followUp', 'satisfaction'),
    },
  },
  actions: {
    decline: reasonForm,
    escalate: reasonForm,
    forward: {
      order: ['department', 'note'],
      fields: { department: unitPicker, note: textarea(3) },
    },
    'department-reply': { fields: { reply: textarea(4) } },
    complete: { fields: { result: textarea(4) } },
    'follow-up': { order: ['satisfaction', 'notes'], fields: { notes: textarea(3) } },
    reopen: { order: ['satisfaction', 'reason'], fields: { reason: textarea(3) } },
    reassign: reassignForm,
  },
};
