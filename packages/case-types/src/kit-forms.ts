import type { CaseTypeForms } from './forms/case-type-forms.js';
import { disputeForms } from './forms/dispute-forms.js';
import { emergencyDispatchForms, emergencyTaskForms } from './forms/emergency-forms.js';
import { hazardForms, hazardTaskForms } from './forms/hazard-forms.js';
import { patrolForms } from './forms/patrol-forms.js';
import {
  householdForms,
  organisationForms,
  personForms,
  placeForms,
} from './forms/register-forms.js';
import { serviceRequestForms } from './forms/service-forms.js';
import { povertyWatchForms, watchedPersonForms } from './forms/watch-forms.js';

/**
 * The UI schemas of every kit form, by case type id: the form that opens a case (also the
 * order and labels its data is shown with) and the input form of every action that has one.
 * Labels come from the definitions' `title` and `x-i18n`, so every form reads in zh-CN and en.
 * Give it to `<cg-provider>` as `forms`.
 *
 * @example
 * ```ts
 * import { kitForms } from '@casegrid/case-types';
 *
 * Object.assign(document.querySelector('cg-provider')!, { engine, actor, forms: kitForms });
 * ```
 */
export const kitForms: { readonly [typeId: string]: CaseTypeForms } = Object.freeze({
  dispute: disputeForms,
  hazard: hazardForms,
  'hazard-task': hazardTaskForms,
  'watched-person': watchedPersonForms,
  'poverty-watch': povertyWatchForms,
  'service-request': serviceRequestForms,
  patrol: patrolForms,
  'emergency-dispatch': emergencyDispatchForms,
  'emergency-task': emergencyTaskForms,
  person: personForms,
  household: householdForms,
  place: placeForms,
  organisation: organisationForms,
});
