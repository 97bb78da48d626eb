// The element classes, their events and the widget registry. Importing this module registers
// nothing; import '@casegrid/elements/define' (or one element's define module) to register tags.
export { CaseForm, fieldId } from './case-form/case-form.js';
export { CgInputEvent, CgInvalidEvent, CgSubmitEvent } from './case-form/events.js';
export type { FormAssociatedElement } from './internal/form-associated.js';
export { FormAssociated } from './internal/form-associated.js';
export type { MessageKey } from './internal/messages.js';
export { message } from './internal/messages.js';
export { defineWidget, getWidget, widgetNames } from './widgets/registry.js';
export type { OrgUnitOption, WidgetContext, WidgetDefinition } from './widgets/widget.js';
