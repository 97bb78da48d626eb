import type { ReassignOutcome } from './bulk-reassign.js';
import type { InboxTab } from './inbox-tabs.js';

const init = { bubbles: true, composed: true } as const;

/**
 * Fired when a bulk reassignment ends; `detail` says to whom, with which action, and what
 * became of each case (done, or refused and why).
 *
 * @example
 * ```ts
 * inbox.addEventListener('cg-reassigned', (event) => {
 *   const refused = event.detail.outcomes.filter((outcome) => !outcome.ok);
 *   if (refused.length > 0) console.warn(refused);
 * });
 * ```
 */
export class CgReassignedEvent extends CustomEvent<{
  readonly assignee: string;
  readonly action: string;
  readonly outcomes: readonly ReassignOutcome[];
}> {
  constructor(assignee: string, action: string, outcomes: readonly ReassignOutcome[]) {
    super('cg-reassigned', { ...init, detail: { assignee, action, outcomes } });
  }
}

/**
 * Fired when a person switches the inbox's tab; `detail.tab` is the tab now shown.
 *
 * @example
 * ```ts
 * inbox.addEventListener('cg-tab-change', (event) => localStorage.setItem('inbox-tab', event.detail.tab));
 * ```
 */
export class CgTabChangeEvent extends CustomEvent<{ readonly tab: InboxTab }> {
  constructor(tab: InboxTab) {
    super('cg-tab-change', { ...init, detail: { tab } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cg-reassigned': CgReassignedEvent;
    'cg-tab-change': CgTabChangeEvent;
  }
}
