import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup } from '../../test/fixture.js';
import type { CgSelectEvent } from '../internal/select-event.js';
import {
  listboxOf,
  manyCases,
  mountList,
  rowsOf,
  shadowOf,
  summariesOf,
} from './case-list.fixture.js';
import type { CgCaseList } from './case-list.js';
import type { CgSelectionChangeEvent } from './events.js';

afterEach(cleanup);

const now = Date.parse('2026-03-02T01:00:00.000Z');
const clock = () => now;

/** A list of `count` made-up cases (newest first: `case-<count-1>` on top). */
async function bigList(count = 10_000, properties: Partial<CgCaseList> = {}) {
  const list = await mountList({ cases: manyCases(count, now), clock, ...properties });
  await expect.poll(() => rowsOf(list).length).toBeGreaterThan(0);
  return list;
}

/** The row `aria-activedescendant` points at, once it is in the DOM. */
function activeRow(list: CgCaseList): HTMLElement | null {
  const id = listboxOf(list).getAttribute('aria-activedescendant');
  return id === null ? null : shadowOf(list).getElementById(id);
}

const activePosition = (list: CgCaseList) => activeRow(list)?.getAttribute('aria-posinset');
const caseNumber = (index: number) => `case-${String(index).padStart(5, '0')}`;

describe('<cg-case-list> with many cases', () => {
  it('renders only the rows in view of 10,000 cases, each saying where it stands', async () => {
    const list = await bigList();
    const rows = rowsOf(list);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(
      rows.map((_, index) => String(index + 1)),
    );
    expect(rows[0]?.dataset.id).toBe(caseNumber(9999));
  });

  it('shows the last case when scrolled to the end', async () => {
    const list = await bigList();
    const listbox = listboxOf(list);
    await expect.poll(() => listbox.scrollHeight).toBeGreaterThan(9_999 * 40);
    listbox.scrollTop = listbox.scrollHeight;
    await expect.poll(() => rowsOf(list).at(-1)?.dataset.id).toBe(caseNumber(0));
    expect(rowsOf(list).at(-1)?.getAttribute('aria-posinset')).toBe('10000');
    expect(rowsOf(list).length).toBeLessThan(60);
    expect(summariesOf(list).at(-1)).toBe('宅基地边界 第0号');
  });

  it('moves the active row with the arrow, page, Home and End keys, scrolling it into view', async () => {
    const list = await bigList();
    listboxOf(list).focus();
    await expect.poll(() => activePosition(list)).toBe('1');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(() => activePosition(list)).toBe('3');
    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(() => activePosition(list)).toBe('2');
    await userEvent.keyboard('{End}');
    await expect.poll(() => activePosition(list)).toBe('10000');
    expect(activeRow(list)?.dataset.id).toBe(caseNumber(0));
    const listbox = listboxOf(list);
    const box = listbox.getBoundingClientRect();
    const row = activeRow(list)!.getBoundingClientRect();
    expect(row.bottom).toBeLessThanOrEqual(box.bottom + 1);
    expect(row.top).toBeGreaterThanOrEqual(box.top - 1);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => activePosition(list)).toBe('1');
    expect(listbox.scrollTop).toBe(0);
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => Number(activePosition(list))).toBeGreaterThan(2);
    const paged = Number(activePosition(list));
    await userEvent.keyboard('{PageUp}');
    await expect.poll(() => activePosition(list)).toBe('1');
    expect(paged).toBeLessThan(20);
    expect(document.activeElement).toBe(list);
    expect(shadowOf(list).activeElement).toBe(listbox);
  });

  it('is one tab stop', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const list = await bigList(50, { noToolbar: true });
    const after = document.createElement('button');
    after.textContent = 'after';
    document.body.append(after);
    before.focus();
    await userEvent.tab();
    expect(shadowOf(list).activeElement).toBe(listboxOf(list));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
  });

  it('picks the active case with Enter or Space, and a case with a click', async () => {
    const list = await bigList(50);
    const picked: string[] = [];
    list.addEventListener('cg-select', (event: CgSelectEvent) => picked.push(event.detail.caseId));
    listboxOf(list).focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.keyboard('{ArrowDown}[Space]');
    await userEvent.click(rowsOf(list)[5]!);
    expect(picked).toEqual([caseNumber(48), caseNumber(47), caseNumber(44)]);
    expect(list.selectedId).toBe(caseNumber(44));
    await list.updateComplete;
    const selected = rowsOf(list).filter((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected.map((row) => row.dataset.id)).toEqual([caseNumber(44)]);
    expect(selected[0]?.getAttribute('part')).toContain('selected');
  });

  it('highlights the case given as selected-id', async () => {
    const list = await bigList(50);
    list.setAttribute('selected-id', caseNumber(47));
    await list.updateComplete;
    const row = rowsOf(list).find((candidate) => candidate.dataset.id === caseNumber(47));
    expect(row?.getAttribute('aria-selected')).toBe('true');
    expect(row?.getAttribute('part')).toBe('row overdue selected');
  });

  it('keeps the active row on its case when the order changes, and shows it on return', async () => {
    const list = await bigList(200);
    listboxOf(list).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(() => activeRow(list)?.dataset.id).toBe(caseNumber(197));
    listboxOf(list).blur();
    list.sort = { by: 'opened', direction: 'asc' };
    await expect.poll(() => rowsOf(list)[0]?.dataset.id).toBe(caseNumber(0));
    listboxOf(list).focus();
    await expect.poll(() => activeRow(list)?.dataset.id).toBe(caseNumber(197));
    expect(activePosition(list)).toBe('198');
  });

  it('ticks cases with Space, the checkbox, Ctrl+A and "select all" when selectable', async () => {
    const list = await bigList(30, { selectable: true, locale: 'en' });
    const changes: (readonly string[])[] = [];
    list.addEventListener('cg-selection-change', (event: CgSelectionChangeEvent) =>
      changes.push(event.detail.ids),
    );
    const picked: string[] = [];
    list.addEventListener('cg-select', (event) => picked.push(event.detail.caseId));
    expect(listboxOf(list).getAttribute('aria-multiselectable')).toBe('true');
    listboxOf(list).focus();
    await userEvent.keyboard('{ArrowDown}[Space]');
    await userEvent.click(rowsOf(list)[2]!.querySelector('[part="check"]')!);
    expect(list.selection).toEqual([caseNumber(28), caseNumber(27)]);
    await list.updateComplete;
    expect(
      rowsOf(list)
        .filter((row) => row.getAttribute('aria-selected') === 'true')
        .map((row) => row.dataset.id),
    ).toEqual([caseNumber(28), caseNumber(27)]);
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([caseNumber(27)]);
    await userEvent.keyboard('{Control>}a{/Control}');
    expect(list.selection).toHaveLength(30);
    const selectAll = shadowOf(list).querySelector<HTMLInputElement>('.select-all input')!;
    await list.updateComplete;
    expect(selectAll.checked).toBe(true);
    await userEvent.click(selectAll);
    expect(list.selection).toEqual([]);
    expect(changes.map((ids) => ids.length)).toEqual([1, 2, 30, 0]);
    expect(shadowOf(list).querySelector('[part~="count"]')?.textContent?.trim()).toBe('30 cases');
  });
});
