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
  // No waiting: the rows are in the DOM when the first update completes.
  expect(rowsOf(list).length).toBeGreaterThan(0);
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
    expect(listbox.scrollHeight).toBeGreaterThan(9_999 * 40);
    listbox.scrollTop = listbox.scrollHeight;
    await expect.poll(() => rowsOf(list).at(-1)?.dataset.id).toBe(caseNumber(0));
    expect(rowsOf(list).at(-1)?.getAttribute('aria-posinset')).toBe('10000');
    expect(rowsOf(list).length).toBeLessThan(60);
    expect(summariesOf(list).at(-1)).toBe('宅基地边界 第0号');
  });

  it('keeps only a window of rows in the DOM, placed where they scroll to, through all 10,000', async () => {
    const list = await bigList();
    const listbox = listboxOf(list);
    const rowHeight = rowsOf(list)[0]!.getBoundingClientRect().height;
    expect(listbox.scrollHeight).toBeCloseTo(10_000 * rowHeight, 0);
    const end = listbox.scrollHeight - listbox.clientHeight;
    // The rows in view and a few beyond each edge: never the rows scrolled past.
    const bound = Math.ceil(listbox.clientHeight / rowHeight) + 12;
    const box = listbox.getBoundingClientRect();
    const rowAt = (y: number) =>
      shadowOf(list)
        .elementFromPoint(box.left + box.width / 2, y)
        ?.closest('[role="option"]')
        ?.getAttribute('aria-posinset');
    let most = 0;
    for (let step = 1; step <= 60; step += 1) {
      const scrolled = new Promise((resolve) => {
        listbox.addEventListener('scroll', resolve, { once: true });
      });
      listbox.scrollTop = Math.round((end * step) / 60);
      await scrolled;
      await list.updateComplete;
      const top = listbox.scrollTop;
      most = Math.max(most, rowsOf(list).length);
      expect(rowAt(box.top + 1), `at ${top}`).toBe(String(Math.floor((top + 1) / rowHeight) + 1));
      const bottom = Math.min(10_000, Math.floor((top + listbox.clientHeight - 1) / rowHeight) + 1);
      expect(rowAt(box.top + listbox.clientHeight - 1), `at ${top}`).toBe(String(bottom));
    }
    expect(most).toBeLessThanOrEqual(bound);
    const last = rowsOf(list).find((row) => row.dataset.id === caseNumber(0))!;
    expect(last.getAttribute('aria-posinset')).toBe('10000');
    expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.bottom + 0.5);
  });

  it('takes its row height from --cg-row-height and fills the view again when it grows', async () => {
    const list = document.createElement('cg-case-list');
    list.style.setProperty('--cg-row-height', '3rem');
    list.cases = manyCases(10_000, now);
    list.clock = clock;
    document.body.append(list);
    await list.updateComplete;
    const listbox = listboxOf(list);
    expect(rowsOf(list)[0]!.getBoundingClientRect().height).toBe(48);
    expect(listbox.scrollHeight).toBe(10_000 * 48);
    listbox.scrollTop = 5_000 * 48;
    await expect.poll(() => rowsOf(list)[0]?.getAttribute('aria-posinset')).toBe('4996');
    const inView = () => {
      const box = listbox.getBoundingClientRect();
      return rowsOf(list).filter((row) => {
        const rect = row.getBoundingClientRect();
        return rect.bottom > box.top && rect.top < box.bottom;
      }).length;
    };
    const before = inView();
    list.style.setProperty('--cg-list-height', '60rem');
    await expect.poll(() => inView()).toBeGreaterThan(before + 5);
    // The row at the bottom edge of the view is where its index puts it.
    const bottom = listbox.getBoundingClientRect().top + listbox.clientHeight - 1;
    const bottomRow = rowsOf(list).find((row) => {
      const rect = row.getBoundingClientRect();
      return rect.top <= bottom && rect.bottom > bottom;
    });
    const lastShown = Math.floor((listbox.scrollTop + listbox.clientHeight - 1) / 48) + 1;
    expect(bottomRow?.getAttribute('aria-posinset')).toBe(String(lastShown));
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
