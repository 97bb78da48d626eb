// Test and story data for <cg-case-list>: many plain case views (no engine needed), and the
// helpers the list's tests share. Not part of the package's entry points.
import type { CaseView } from '@casegrid/core';
import type { CgCaseList } from './case-list.js';
import './define.js';

const hourMs = 3_600_000;
const units = ['grid-a1-1', 'grid-a1-2', 'grid-a2-1', 'grid-b1-1'] as const;
const handling = ['village-a1', 'village-a1', 'village-a2', 'town-b'] as const;
const people = ['zhang-san', null, 'li-si', null, 'zhao-liu'] as const;
const topics = ['宅基地边界', '邻里噪音', '借款', '山体裂缝', '河道堵塞', '危房'] as const;

/**
 * `count` case views as a county's store would hold them: disputes and hazards across four
 * grids, some assigned, deadlines spread from 100 hours ago onwards (the first hundred are
 * overdue at `now`), one opened a minute after the other. Ids sort in opening order:
 * `case-00000`, `case-00001`, ...
 *
 * @example
 * ```ts
 * list.cases = manyCases(10_000, clock.now());
 * ```
 */
export function manyCases(count: number, now: number): CaseView[] {
  const start = now - count * 60_000;
  return Array.from({ length: count }, (_, index): CaseView => {
    const at = new Date(start + index * 60_000).toISOString();
    const dispute = index % 2 === 0;
    return {
      id: `case-${String(index).padStart(5, '0')}`,
      typeId: dispute ? 'dispute' : 'hazard',
      typeVersion: 1,
      state: 'reported',
      closed: false,
      data: {
        summary: `${topics[index % topics.length]} 第${index}号`,
        parties: dispute ? [`当事人${index}`] : [],
      },
      unit: units[index % units.length]!,
      handlingUnit: handling[index % handling.length]!,
      assignee: people[index % people.length]!,
      deadline: {
        state: 'reported',
        dueAt: new Date(now + (index - 100) * hourMs).toISOString(),
      },
      overdue: false,
      escalations: 0,
      parentId: null,
      children: [],
      openedAt: at,
      openedBy: 'zhang-san',
      updatedAt: at,
      closedAt: null,
      enteredSeq: 1,
      seq: 1,
    };
  });
}

/** The list's shadow root (it always has one once connected). */
export function shadowOf(list: CgCaseList): ShadowRoot {
  if (!list.shadowRoot) throw new Error('<cg-case-list> has no shadow root');
  return list.shadowRoot;
}

/** The rows in the DOM now (only a window of them when there are many). */
export function rowsOf(list: CgCaseList): HTMLElement[] {
  return [...shadowOf(list).querySelectorAll<HTMLElement>('[role="option"]')];
}

/** The summary lines of the rows in the DOM, in order. */
export function summariesOf(list: CgCaseList): string[] {
  return rowsOf(list).map((row) => row.querySelector('.summary')?.textContent?.trim() ?? '');
}

/** The list's listbox: the scroller and the tab stop. */
export function listboxOf(list: CgCaseList): HTMLElement {
  const listbox = shadowOf(list).querySelector<HTMLElement>('[role="listbox"]');
  if (!listbox) throw new Error('<cg-case-list> has no listbox');
  return listbox;
}

/** A control of the toolbar by its id (`search`, `sort`, `filter-type`, ...). */
export function controlOf<T extends HTMLElement = HTMLSelectElement>(
  list: CgCaseList,
  id: string,
): T {
  const control = shadowOf(list).getElementById(id);
  if (!control) throw new Error(`<cg-case-list> has no #${id}`);
  return control as T;
}

/**
 * Chooses a value in a toolbar select as a person does (fires `change`), once the toolbar shows
 * the choices of the last change.
 */
export async function choose(list: CgCaseList, id: string, value: string): Promise<void> {
  await list.updateComplete;
  const select = controlOf(list, id);
  select.value = value;
  if (select.value !== value) throw new Error(`#${id} offers no ${value}`);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await list.updateComplete;
}

/** Mounts a `<cg-case-list>` with the given properties and waits for its first render. */
export async function mountList(
  properties: Partial<CgCaseList>,
  container: HTMLElement = document.body,
): Promise<CgCaseList> {
  const list = document.createElement('cg-case-list');
  Object.assign(list, properties);
  container.append(list);
  await list.updateComplete;
  return list;
}
