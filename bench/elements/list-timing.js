// <cg-case-list> with 10,000 cases given through `cases`: its first paint, and frames while its
// scroller is moved a screen per animation frame through every row.
import { afterFrame, median, nextTask, until } from './frames.js';

const rowsOf = (list) => list.shadowRoot?.querySelectorAll('[role="option"]') ?? [];

function createList(setup) {
  const list = document.createElement('cg-case-list');
  Object.assign(list, setup);
  return list;
}

/**
 * Append → the end of the first frame with rows painted: after `updateComplete`, frames are
 * awaited (rAF, then a task posted from it, which runs once that frame's style, layout and paint
 * are done) until one ends with rows in the list. A fresh element each run; the first of the page
 * is also returned as the cold figure.
 */
export async function firstPaint(host, setup, { warmups, runs }) {
  const painted = [];
  const updated = [];
  let cold;
  let rows = 0;
  for (let run = 0; run < warmups + runs; run += 1) {
    host.replaceChildren();
    await afterFrame();
    const start = performance.now();
    const list = createList(setup);
    host.append(list);
    await list.updateComplete;
    const update = performance.now() - start;
    do await afterFrame();
    while (rowsOf(list).length === 0);
    const paint = performance.now() - start;
    rows = rowsOf(list).length;
    cold ??= { update, paint };
    if (run < warmups) continue;
    updated.push(update);
    painted.push(paint);
  }
  return { painted, updated, cold, rows, shown: setup.cases.length };
}

/** Whether the rows in the DOM cover what the scroller shows now. */
function covered(listbox, rows, rowHeight, count) {
  const first = Math.floor(listbox.scrollTop / rowHeight) + 1;
  const last = Math.min(count, Math.ceil((listbox.scrollTop + listbox.clientHeight) / rowHeight));
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (const row of rows) {
    const position = Number(row.getAttribute('aria-posinset'));
    if (position < low) low = position;
    if (position > high) high = position;
  }
  return low <= first && high >= last;
}

/**
 * Scrolls the list's scroller down by one screen in every animation frame, top to bottom.
 * For each frame: `scroll` when its scroll event reached the list (a capture listener on the
 * shadow root, ahead of the list's own), `ready` in its rAF callback after the list
 * rendered the new rows and a forced layout, `after` in a task posted from that callback (the
 * frame's style, layout and paint done), `covered` whether the rows filled the view, and the rAF
 * timestamp. Long animation frames (≥ 50 ms) are collected where the browser reports them.
 */
export async function scrollThrough(host, setup) {
  host.replaceChildren();
  await afterFrame();
  const list = createList(setup);
  host.append(list);
  await list.updateComplete;
  await until(() => rowsOf(list).length > 0);
  await afterFrame();
  await afterFrame();
  const listbox = list.shadowRoot.querySelector('[role="listbox"]');
  const rowHeight = rowsOf(list)[0].getBoundingClientRect().height;
  const count = setup.cases.length;
  const end = listbox.scrollHeight - listbox.clientHeight;
  const step = listbox.clientHeight;
  const long = [];
  let observer;
  if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
    observer = new PerformanceObserver((entries) => long.push(...entries.getEntries()));
    observer.observe({ type: 'long-animation-frame' });
  }
  let scrolledAt = Number.NaN;
  const onScroll = () => {
    if (Number.isNaN(scrolledAt)) scrolledAt = performance.now();
  };
  list.shadowRoot.addEventListener('scroll', onScroll, { capture: true });
  const frames = [];
  const started = performance.now();
  await new Promise((resolve) => {
    let moved = false;
    const frame = (timestamp) => {
      if (moved) {
        const covers = covered(listbox, rowsOf(list), rowHeight, count);
        listbox.getBoundingClientRect();
        const record = { timestamp, scroll: scrolledAt, ready: performance.now(), covered: covers };
        frames.push(record);
        nextTask().then(() => {
          record.after = performance.now();
        });
      }
      if (listbox.scrollTop >= end) {
        nextTask().then(resolve);
        return;
      }
      scrolledAt = Number.NaN;
      listbox.scrollTop = Math.min(end, listbox.scrollTop + step);
      moved = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const seconds = (performance.now() - started) / 1000;
  list.shadowRoot.removeEventListener('scroll', onScroll, { capture: true });
  observer?.disconnect();
  return summarise(frames, long, { rowHeight, step, count, seconds });
}

function summarise(frames, long, { rowHeight, step, count, seconds }) {
  const work = [];
  const ready = [];
  const intervals = [];
  let blank = 0;
  let noScrollEvent = 0;
  for (const [index, frame] of frames.entries()) {
    const from = Number.isNaN(frame.scroll) ? frame.timestamp : frame.scroll;
    if (Number.isNaN(frame.scroll)) noScrollEvent += 1;
    work.push(frame.after - from);
    ready.push(frame.ready - from);
    if (!frame.covered) blank += 1;
    if (index > 0) intervals.push(frame.timestamp - frames[index - 1].timestamp);
  }
  return {
    frames: frames.length,
    work,
    ready,
    intervals,
    blank,
    noScrollEvent,
    long: long.map((entry) => entry.duration),
    rowHeight,
    step,
    count,
    seconds,
    medianInterval: median(intervals),
  };
}
