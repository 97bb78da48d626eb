import { type Observable, Subject } from 'rxjs';

/** The message tabs send each other. */
interface ChangesMessage {
  readonly type: 'casegrid-changes';
  readonly caseIds: readonly string[];
}

function isChangesMessage(data: unknown): data is ChangesMessage {
  const message = data as Partial<ChangesMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === 'casegrid-changes' &&
    Array.isArray(message.caseIds) &&
    message.caseIds.every((id) => typeof id === 'string')
  );
}

/** The changed case ids of one database, in this store and in other tabs. */
export interface TabChanges {
  readonly changes$: Observable<string>;
  /** Emits the ids here and tells the other tabs. */
  announce(caseIds: Iterable<string>): void;
  close(): void;
}

/**
 * Changed case ids shared between the tabs (and workers) that open one database, through a
 * `BroadcastChannel` of the given name. A channel object does not receive its own messages:
 * this store emits its own changes directly. Without `BroadcastChannel`, only this store's.
 *
 * @example
 * ```ts
 * const changes = tabChanges('casegrid-idb:casegrid');
 * changes.changes$.subscribe((caseId) => refresh(caseId));
 * changes.announce(['c-1']);
 * ```
 */
export function tabChanges(channelName: string): TabChanges {
  const subject = new Subject<string>();
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  // Node's channel would keep the process alive; a store should not.
  (channel as { unref?: () => void } | undefined)?.unref?.();
  let closed = false;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isChangesMessage(event.data)) return;
    for (const caseId of event.data.caseIds) subject.next(caseId);
  });
  return {
    changes$: subject.asObservable(),
    announce(caseIds) {
      const ids = [...new Set(caseIds)];
      if (closed || ids.length === 0) return;
      const message: ChangesMessage = { type: 'casegrid-changes', caseIds: ids };
      channel?.postMessage(message);
      for (const caseId of ids) subject.next(caseId);
    },
    close() {
      if (closed) return;
      closed = true;
      channel?.close();
      subject.complete();
    },
  };
}
