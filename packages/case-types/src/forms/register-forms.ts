import type { UiSchema } from '@casegrid/schema/form';
import { type CaseTypeForms, reasonForm, recordId, textarea } from './case-type-forms.js';

const onlyFilled = {
  'zh-CN': '只填写要修改的项目，未填写的保持不变。',
  en: 'Fill in only what changes; fields left empty stay as they are.',
};

const archiveForm: UiSchema = {
  fields: { reason: { ...textarea(2), placeholder: { 'zh-CN': '可不填', en: 'Optional' } } },
};

/**
 * A register's forms: the record form opens a record and, with every field optional, updates
 * it (`update` changes only the fields filled in).
 */
function registerForms(record: UiSchema): CaseTypeForms {
  return {
    open: record,
    actions: {
      update: { ...record, help: onlyFilled },
      archive: archiveForm,
      remove: reasonForm,
    },
  };
}

/**
 * The forms of the person register (人员台账).
 *
 * @example
 * ```ts
 * formModel(personDefinition.data, personForms.open, { locale: 'zh-CN' });
 * ```
 */
export const personForms: CaseTypeForms = registerForms({
  order: ['name', 'idCard', 'sex', 'birthDate', 'phone', 'residence', 'address', 'household', '*'],
  columns: 2,
  fields: {
    address: { span: 2 },
    household: recordId,
    tags: { span: 2 },
    notes: { ...textarea(3), span: 2 },
  },
});

/**
 * The forms of the household register (农户台账).
 *
 * @example
 * ```ts
 * formModel(householdDefinition.data, householdForms.open, { locale: 'en' });
 * ```
 */
export const householdForms: CaseTypeForms = registerForms({
  order: ['name', 'head', 'memberCount', 'members', 'address', 'phone', 'status', 'housing', '*'],
  columns: 2,
  fields: {
    head: recordId,
    members: { span: 2 },
    'members[]': recordId,
    address: { span: 2 },
    notes: { ...textarea(3), span: 2 },
  },
});

/**
 * The forms of the place register (场所台账).
 *
 * @example
 * ```ts
 * formModel(placeDefinition.data, placeForms.open);
 * ```
 */
export const placeForms: CaseTypeForms = registerForms({
  order: ['name', 'kind', 'riskLevel', 'location', 'organisation', 'contact', 'phone', '*'],
  columns: 2,
  fields: {
    kind: { widget: 'select' },
    location: { span: 2 },
    organisation: recordId,
    contact: recordId,
    notes: { ...textarea(3), span: 2 },
  },
});

/**
 * The forms of the organisation register (组织台账).
 *
 * @example
 * ```ts
 * formModel(organisationDefinition.data, organisationForms.open);
 * ```
 */
export const organisationForms: CaseTypeForms = registerForms({
  order: ['name', 'kind', 'creditCode', 'legalRepresentative', 'contact', 'phone', 'address', '*'],
  columns: 2,
  fields: {
    kind: { widget: 'select' },
    contact: recordId,
    address: { span: 2 },
    place: recordId,
    notes: { ...textarea(3), span: 2 },
  },
});
