import type { CaseEvent, OutboxEntry, RejectedEntry } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { groupActions, isPersonal, planPush } from '../../src/sync/local-actions.js';
import { next, opened } from '../store-contract.js';

let position = 0;
const entry = (event: CaseEvent, actionId = event.id): OutboxEntry => ({
  position: ++position,
  actionId,
  event,
});
const refused = (e: OutboxEntry, inLog = true): RejectedEntry => ({
  ...e,
  rejection: { code: 'forbidden', message: 'x' },
  inLog,
});

describe('planPush', () => {
  it('pushes the actions a person took, grouped by action id, with the seq before each', () => {
    const first = opened('c1');
    const second = next(first);
    const pending = [entry(first), entry(second), entry(next(second), second.id)];
    expect(planPush(pending, [])).toEqual({
      actions: [
        { id: 'c1-1', caseId: 'c1', expectedSeq: 0, events: [first] },
        { id: 'c1-2', caseId: 'c1', expectedSeq: 1, events: [second, next(second)] },
      ],
      afterRejected: [],
      waiting: 0,
    });
  });

  it('never pushes a consequence, and holds the later actions of its case behind it', () => {
    const first = opened('c1');
    const deadline = next(first, { type: 'escalated', reason: 'deadline', id: 'due' });
    const after = next(deadline);
    const other = opened('c2');
    const plan = planPush([entry(first), entry(deadline), entry(after), entry(other)], []);
    expect(plan.actions.map((a) => a.id)).toEqual(['c1-1', 'c2-1']);
    expect(plan.waiting).toBe(1);
    expect(isPersonal(deadline)).toBe(false);
    expect(isPersonal(opened('child', { parentId: 'c1' }))).toBe(false);
  });

  it('rejects rather than pushes what builds on a refused event still in its case', () => {
    const first = opened('c1');
    const second = next(first);
    const refusedFirst = refused(entry(first));
    const plan = planPush([entry(second), entry(opened('c2'))], [refusedFirst]);
    expect(plan.afterRejected).toEqual(['c1-2']);
    expect(plan.actions.map((a) => a.id)).toEqual(['c2-1']);
    // Once out of the log (a server event took its place), nothing builds on it any more.
    expect(planPush([entry(second)], [refused(entry(first), false)]).afterRejected).toEqual([]);
  });
});

describe('groupActions', () => {
  it('groups entries by action, in log order, and finds each first event', () => {
    const first = opened('c1');
    const groups = groupActions([entry(next(first), 'c1-1'), entry(first)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.first).toEqual(first);
  });
});
