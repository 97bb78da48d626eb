import {
  type CaseTypeForms,
  filledLater,
  reasonForm,
  reassignForm,
  recordId,
  textarea,
} from './case-type-forms.js';

/**
 * The forms of the dispute (矛盾纠纷) case type.
 *
 * @example
 * ```ts
 * formModel(disputeDefinition.data, disputeForms.open, { locale: 'en' });
 * ```
 */
export const disputeForms: CaseTypeForms = {
  open: {
    order: ['summary', 'category', 'parties', 'partyRecords', 'location', 'details', '*'],
    columns: 2,
    fields: {
      summary: {
        span: 2,
        placeholder: {
          'zh-CN': '如：张、李两家宅基地边界争议',
          en: 'e.g. two families disagree over a boundary',
        },
      },
      parties: { span: 2 },
      'parties[]': { placeholder: { 'zh-CN': '当事人姓名', en: "A party's name" } },
      partyRecords: { span: 2 },
      'partyRecords[]': recordId,
      location: { span: 2 },
      details: { ...textarea(5), span: 2 },
      ...filledLater('agreement', 'followUp', 'satisfaction'),
    },
  },
  actions: {
    escalate: reasonForm,
    resolve: {
      order: ['agreement', 'partiesAgree'],
      fields: {
        agreement: textarea(6),
        partiesAgree: { widget: 'checkbox' },
      },
    },
    refer: reasonForm,
    withdraw: reasonForm,
    'follow-up': {
      order: ['agreementKept', 'satisfaction', 'notes'],
      fields: {
        agreementKept: { widget: 'checkbox' },
        notes: textarea(4),
      },
    },
    reopen: reasonForm,
    reassign: reassignForm,
  },
};
