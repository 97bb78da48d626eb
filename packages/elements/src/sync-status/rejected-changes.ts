import type { CaseEngine, Locale, LocalStore, Rejection } from '@casegrid/core';
import { actionTitle, caseSummary, typeTitle } from '../internal/case-text.js';
import { syncStatusText as t } from './sync-status.messages.js';

/** One action the server refused, as a person reads it. */
export interface RejectedChange {
  /** The action's first event: what `reapply` and `discard` are given. */
  readonly eventId: string;
  readonly caseId: string;
  /** The case type and the action: "矛盾纠纷 · 受理". */
  readonly what: string;
  /** The case's one-line summary. */
  readonly summary: string;
  /** Whether the case is on the device (a refused report may have taken its case with it). */
  readonly caseShown: boolean;
  /** When the action was taken on the device. */
  readonly at: string;
  readonly rejection: Rejection;
}

/**
 * The refused actions in a device's outbox, one per action (its events share an action id),
 * in the order they were taken.
 */
export async function rejectedChanges(
  store: LocalStore,
  engine: CaseEngine | undefined,
  locale: Locale,
): Promise<RejectedChange[]> {
  const seen = new Set<string>();
  const changes: RejectedChange[] = [];
  for (const entry of await store.outbox.rejected()) {
    if (seen.has(entry.actionId)) continue;
    seen.add(entry.actionId);
    const { event } = entry;
    const view = await store.load(event.caseId);
    const doing =
      event.type === 'opened' || event.action === undefined
        ? t(locale, 'opened')
        : actionTitle(engine, event, event.action, locale);
    changes.push({
      eventId: event.id,
      caseId: event.caseId,
      what: `${typeTitle(engine, event.typeId, locale)} · ${doing}`,
      summary: caseSummary(view ?? { id: event.caseId, data: event.data ?? {} }),
      caseShown: view !== undefined,
      at: event.at,
      rejection: entry.rejection,
    });
  }
  return changes;
}
