import type { CaseEvent } from '../engine/case-event.js';
import type { CaseEngine } from '../engine/create-engine.js';
import type { Actor } from '../org/org.js';

/**
 * Takes a local action again through the engine, on the case as it is now: the same action,
 * input, data and actor as its first event recorded, with new event ids. Throws what the
 * engine throws when it refuses. Resolves the ids of the events it wrote in that case.
 *
 * @example
 * ```ts
 * const ids = await retake(engine, rejected.event, actor); // e.g. after a conflict
 * ```
 */
export async function retake(
  engine: CaseEngine,
  first: CaseEvent,
  actor: Actor,
): Promise<readonly string[]> {
  const written: string[] = [];
  const subscription = engine.changes$.subscribe((event) => {
    if (event.caseId === first.caseId) written.push(event.id);
  });
  try {
    if (first.type === 'opened') {
      await engine.open(first.typeId, {
        data: first.data,
        unit: first.unit ?? '',
        actor,
        id: first.caseId,
      });
    } else if (first.type === 'migrated') {
      const stateMap =
        first.from !== undefined && first.to !== undefined && first.from !== first.to
          ? { [first.from]: first.to }
          : undefined;
      await engine.migrate(first.caseId, first.typeVersion, {
        actor,
        ...(stateMap ? { stateMap } : {}),
      });
    } else {
      await engine.perform(first.caseId, first.action ?? '', {
        actor,
        ...(first.input !== undefined ? { input: first.input } : {}),
      });
    }
  } finally {
    subscription.unsubscribe();
  }
  return written;
}
