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
 * The forms of the emergency dispatch (应急调度) case type.
 *
 * @example
 * ```ts
 * formModel(emergencyDispatchDefinition.actions.dispatch.input!, emergencyDispatchForms.actions!.dispatch);
 * ```
 */
export const emergencyDispatchForms: CaseTypeForms = {
  open: {
    order: ['summary', 'kind', 'level', 'location', 'place', 'details', 'casualties', '*'],
    columns: 2,
    fields: {
      summary: { span: 2 },
      kind: { widget: 'select' },
      level: { widget: 'select' },
      location: { span: 2 },
      place: recordId,
      details: { ...textarea(4), span: 2 },
      ...filledLater('units'),
      'units[]': unitPicker,
    },
  },
  actions: {
    dispatch: {
      order: ['units', 'instructions'],
      fields: { 'units[]': unitPicker, instructions: textarea(4) },
    },
    reinforce: {
      order: ['units', 'instructions'],
      fields: { 'units[]': unitPicker, instructions: textarea(4) },
    },
    'update-situation': { order: ['details', 'casualties'], fields: { details: textarea(4) } },
    cancel: reasonForm,
    reassign: reassignForm,
  },
};

/**
 * The forms of the emergency task (应急任务) case type: one unit's part of an emergency.
 *
 * @example
 * ```ts
 * formModel(emergencyTaskDefinition.actions.complete.input!, emergencyTaskForms.actions!.complete);
 * ```
 */
export const emergencyTaskForms: CaseTypeForms = {
  open: {
    order: ['summary', 'kind', 'level', 'location', 'instructions', '*'],
    fields: { instructions: textarea(3), ...filledLater('people', 'report') },
  },
  actions: {
    acknowledge: {},
    progress: { fields: { note: textarea(3) } },
    complete: { fields: { report: textarea(6) } },
    'stand-down': reasonForm,
    reassign: reassignForm,
  },
};
