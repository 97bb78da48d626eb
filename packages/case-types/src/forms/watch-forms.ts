import {
  type CaseTypeForms,
  filledLater,
  personId,
  reasonForm,
  reassignForm,
  recordId,
  textarea,
} from './case-type-forms.js';

/**
 * The forms of the person-of-concern (关注人员) case type.
 *
 * @example
 * ```ts
 * formModel(watchedPersonDefinition.actions.visit.input!, watchedPersonForms.actions!.visit);
 * ```
 */
export const watchedPersonForms: CaseTypeForms = {
  open: {
    order: ['name', 'person', 'category', 'riskLevel', 'reason', 'address', '*'],
    columns: 2,
    fields: {
      person: recordId,
      category: { widget: 'select' },
      reason: { ...textarea(3), span: 2 },
      address: { span: 2 },
      ...filledLater('responsible', 'lastVisit', 'lastVisitNotes'),
    },
  },
  actions: {
    assign: { fields: { responsible: personId } },
    visit: {
      order: ['date', 'notes', 'concern'],
      fields: { notes: textarea(4), concern: { widget: 'checkbox' } },
    },
    reassess: { order: ['riskLevel', 'reason'], fields: { reason: textarea(3) } },
    release: reasonForm,
    reassign: reassignForm,
  },
};

/**
 * The forms of the return-to-poverty watch (防返贫监测) case type.
 *
 * @example
 * ```ts
 * formModel(povertyWatchDefinition.actions.assist.input!, povertyWatchForms.actions!.assist);
 * ```
 */
export const povertyWatchForms: CaseTypeForms = {
  open: {
    order: ['name', 'household', 'risks', 'riskLevel', 'members', 'incomePerCapita', 'notes', '*'],
    columns: 2,
    fields: {
      household: recordId,
      risks: { span: 2 },
      notes: { ...textarea(3), span: 2 },
      ...filledLater('measures', 'lastCheck'),
    },
  },
  actions: {
    verify: {
      order: ['incomePerCapita', 'members', 'notes'],
      fields: { notes: textarea(4) },
    },
    approve: { fields: { assignee: personId } },
    reject: reasonForm,
    visit: {
      order: ['date', 'incomePerCapita', 'notes'],
      fields: { notes: textarea(4) },
    },
    assist: { order: ['measures', 'notes'], fields: { notes: textarea(3) } },
    reassess: { order: ['riskLevel', 'reason'], fields: { reason: textarea(3) } },
    exit: reasonForm,
    reassign: reassignForm,
  },
};
