// What both entries (`@casegrid/core` and `@casegrid/core/precompiled`) share: everything
// but the way a case type is defined.
export type {
  ActionDefinition,
  ByValue,
  CaseTypeDefinition,
  ChildrenDefinition,
  DeadlineDefinition,
  DeadlineOutcome,
  Locale,
  LocalizedText,
  OpenDefinition,
  StateDefinition,
  WaitForDefinition,
} from './definition/case-type-definition.js';
export type { CaseMachineEvent } from './definition/case-type-machine.js';
export {
  buildCaseTypeMachine,
  childrenEvent,
  deadlineEvent,
} from './definition/case-type-machine.js';
export { checkDefinitionSemantics, definitionSchemas } from './definition/check-definition.js';
export type {
  CaseType,
  CompiledAction,
  ValidatorProvider,
} from './definition/compile-case-type.js';
export { compileCaseType, schemaKey } from './definition/compile-case-type.js';
export type { PrecompiledValidators } from './definition/precompiled-validators.js';
export { precompiledProvider } from './definition/precompiled-validators.js';
export type { CaseEvent, CaseEventType, Deadline, EventActor } from './engine/case-event.js';
export { eventActor, systemActorId } from './engine/case-event.js';
export type { CaseTypeRegistry } from './engine/case-type-registry.js';
export { createCaseTypeRegistry, indexCaseTypes } from './engine/case-type-registry.js';
export type { CaseView, ChildRef } from './engine/case-view.js';
export type {
  CaseEngine,
  CaseFilter,
  EffectArgs,
  EffectError,
  EffectFunction,
  EngineOptions,
} from './engine/create-engine.js';
export { createEngine } from './engine/create-engine.js';
export type { CaseWrite, OpenCommand, PerformCommand, ViewLookup } from './engine/decide.js';
export { decideDeadline, decideOpen, decidePerform, isAvailable } from './engine/decide.js';
export type { MigrateCommand } from './engine/decide-migrate.js';
export { decideMigrate } from './engine/decide-migrate.js';
export type {
  DecisionClock,
  DecisionEnv,
  GuardArgs,
  GuardFunction,
} from './engine/decision-context.js';
export { applyEvent, foldEvents } from './engine/fold.js';
export { canSee } from './engine/permissions.js';
export { replay } from './engine/replay.js';
export type { CaseGridErrorCode, CaseGridIssue } from './errors/case-grid-error.js';
export { CaseGridError, isCaseGridError } from './errors/case-grid-error.js';
export { localized } from './i18n/messages.js';
export type { Actor, Org, OrgDefinition, OrgUnit } from './org/org.js';
export { createOrg, defaultLevels } from './org/org.js';
export type { CaseStore, PositionedEvent, StoreQuery } from './store/case-store.js';
export type { EventRecord, OutboxRecord } from './store/local-records.js';
export { outboxEntry, rejectedEntry } from './store/local-records.js';
export type {
  ApplyRemoteOptions,
  LocalStore,
  Outbox,
  OutboxEntry,
  RejectedEntry,
  Rejection,
  SyncCheckpoint,
} from './store/local-store.js';
export { matchesQuery } from './store/match-query.js';
export type { MemoryLocalStoreOptions } from './store/memory-local-store.js';
export { memoryLocalStore } from './store/memory-local-store.js';
export { memoryStore } from './store/memory-store.js';
// For LocalStore implementations (the IndexedDB store): the decisions every one makes alike.
export type { DiscardPlan, SetAsidePlan } from './store/plan-outbox.js';
export { planDiscard, planSetAside } from './store/plan-outbox.js';
export type {
  LocalPlan,
  LocalSnapshot,
  RemotePlan,
  RemoteSnapshot,
  StoredEvent,
} from './store/plan-writes.js';
export { planLocal, planRemote } from './store/plan-writes.js';
export type { StoreMessageKey } from './store/store-error.js';
export { localizedError, storeError } from './store/store-error.js';
export { dueViews, newestFirst, queryPage } from './store/view-order.js';
export type { BackoffOptions } from './sync/backoff.js';
export type { FetchLike, FetchTransportOptions, TransportAuth } from './sync/fetch-transport.js';
export { fetchTransport } from './sync/fetch-transport.js';
export type {
  PullResponse,
  PushedAction,
  PushRequest,
  PushResponse,
  PushResult,
  SyncError,
} from './sync/protocol.js';
export { pushRequestSchema } from './sync/protocol.js';
export type { SyncClient, SyncClientOptions } from './sync/sync-client.js';
export { syncClient } from './sync/sync-client.js';
export type {
  ReapplyOutcome,
  SyncReport,
  SyncSettlement,
  SyncStatus,
} from './sync/sync-status.js';
export type { SyncTransport, TransportFailure } from './sync/sync-transport.js';
export { SyncTransportError } from './sync/sync-transport.js';
export type { Duration } from './time/duration.js';
export { addDuration, parseDuration } from './time/duration.js';
export type { CalendarIssue, WorkingCalendar } from './time/working-calendar.js';
export {
  addWorkingDays,
  checkCalendar,
  isWorkingDay,
  workingDaysBetween,
} from './time/working-calendar.js';
