// The element classes, their events and the widget registry. Importing this module registers
// nothing; import '@casegrid/elements/define' (or one element's define module) to register tags.

export { CgCaseDetail } from './case-detail/case-detail.js';
export type { ActionErrorDetail, PerformedDetail } from './case-detail/events.js';
export { CgActionErrorEvent, CgPerformedEvent } from './case-detail/events.js';
export { CaseForm, fieldId } from './case-form/case-form.js';
export { CgInputEvent, CgInvalidEvent, CgSubmitEvent } from './case-form/events.js';
export { CgCaseList } from './case-list/case-list.js';
export type { CaseListQuery } from './case-list/events.js';
export { CgFilterChangeEvent, CgSelectionChangeEvent } from './case-list/events.js';
export type { CaseListFilter, CaseListSort, CaseListSortKey } from './case-list/list-filter.js';
export { CgDashboard } from './dashboard/dashboard.js';
export type { ReassignOutcome } from './inbox/bulk-reassign.js';
export { CgReassignedEvent, CgTabChangeEvent } from './inbox/events.js';
export { CgInbox } from './inbox/inbox.js';
export type { InboxTab } from './inbox/inbox-tabs.js';
export type { FormAssociatedElement } from './internal/form-associated.js';
export { FormAssociated } from './internal/form-associated.js';
export type { MessageKey } from './internal/messages.js';
export { message } from './internal/messages.js';
export { CgSelectEvent } from './internal/select-event.js';
export type { CaseTypeForms, Workbench } from './internal/workbench.js';
export { workbenchContext } from './internal/workbench.js';
export { WorkbenchElement } from './internal/workbench-element.js';
export { CgProvider } from './provider/provider.js';
export { CgSyncStatus } from './sync-status/sync-status.js';
export type { TimelineOrder } from './timeline/timeline.js';
export { CgTimeline } from './timeline/timeline.js';
export { defineWidget, getWidget, widgetNames } from './widgets/registry.js';
export type { OrgUnitOption, WidgetContext, WidgetDefinition } from './widgets/widget.js';
