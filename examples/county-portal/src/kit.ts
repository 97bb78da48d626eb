// The case types this county runs: the person-to-person+ kit, unchanged. The server and the page
// both import this module, so both decide with the same definitions, guards and calendar.
export {
  calendar2026 as calendar,
  kitCaseTypes,
  kitEffects as effects,
  kitForms as forms,
  kitGuards as guards,
} from '@casegrid/case-types';
