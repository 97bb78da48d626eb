import {
  type CaseTypeForms,
  filledLater,
  reasonForm,
  reassignForm,
  recordId,
  textarea,
  unitPicker,
} from './case-type-forms.js';

const severityHelp = {
  'zh-CN': '重大隐患直接上报县指挥中心',
  en: 'A high-severity hazard goes straight to the county command centre',
};

/**
 * The forms of the hazard (隐患) case type.
 *
 * @example
 * ```ts
 * formModel(hazardDefinition.actions.dispatch.input!, hazardForms.actions!.dispatch, { locale: 'zh-CN' });
 * ```
 */
export const hazardForms: CaseTypeForms = {
  open: {
    order: ['summary', 'kind', 'severity', 'location', 'place', 'description', '*'],
    columns: 2,
    fields: {
      summary: {
        span: 2,
        placeholder: {
          'zh-CN': '如：后山雨后出现裂缝',
          en: 'e.g. cracks on the hillside after rain',
        },
      },
      kind: { widget: 'select' },
      severity: { help: severityHelp },
      location: { span: 2 },
      place: recordId,
      description: { ...textarea(5), span: 2 },
      ...filledLater('source', 'lead', 'remediation', 'inspection'),
    },
  },
  actions: {
    verify: { order: ['severity', 'notes'], fields: { notes: textarea(4) } },
    dismiss: reasonForm,
    escalate: reasonForm,
    remediate: { fields: { measures: textarea(5) } },
    dispatch: {
      order: ['lead', 'coHandlers', 'instructions'],
      fields: {
        lead: unitPicker,
        'coHandlers[]': unitPicker,
        instructions: textarea(4),
      },
    },
    reinspect: {
      order: ['passed', 'notes'],
      fields: { passed: { widget: 'checkbox' }, notes: textarea(4) },
    },
    'send-back': reasonForm,
    reassign: reassignForm,
  },
};

/**
 * The forms of the hazard task (隐患处置任务) case type: a department's part of a hazard.
 *
 * @example
 * ```ts
 * formModel(hazardTaskDefinition.actions.complete.input!, hazardTaskForms.actions!.complete);
 * ```
 */
export const hazardTaskForms: CaseTypeForms = {
  open: {
    order: ['summary', 'role', 'kind', 'severity', 'location', 'instructions', '*'],
    fields: { instructions: textarea(3), ...filledLater('report') },
  },
  actions: {
    return: reasonForm,
    progress: { fields: { note: textarea(3) } },
    complete: { fields: { report: textarea(6) } },
    reassign: reassignForm,
  },
};
