// The pure decisions, one concept per file; this module gathers them for the engine.
export { decideDeadline } from './decide-deadline.js';
export { decideOpen } from './decide-open.js';
export { decidePerform, isAvailable } from './decide-perform.js';
export type { CaseWrite, OpenCommand, PerformCommand, ViewLookup } from './decide-shared.js';
