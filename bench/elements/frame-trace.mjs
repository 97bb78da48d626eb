// The renderer's own account of each frame while the list scrolls: a Chromium trace (category
// `benchmark` only, so that tracing costs little) read for every `ProxyMain::BeginMainFrame` on
// the page's main thread — the task that fires the frame's scroll events and animation-frame
// callbacks, runs ResizeObserver callbacks, style, layout and paint, and commits: the main
// thread's work for one frame, as wall time and as the thread's CPU time.

const within = (outer, inner) =>
  inner.ts >= outer.ts && inner.ts + inner.dur <= outer.ts + outer.dur;

/** Starts tracing `page` in `browser` (Playwright, Chromium only). */
export function startFrameTrace(browser, page) {
  return browser.startTracing(page, { categories: ['benchmark'] });
}

/**
 * Stops the trace and returns, per frame in order: `wall` and `cpu` (ms) of its BeginMainFrame,
 * and `observers`, `layout`, `paint` (ms, wall) spent in it on ResizeObserver notifications,
 * style and layout, and paint.
 */
export async function stopFrameTrace(browser) {
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name')
      .filter((event) => event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = events.filter(
    (event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  const frames = onMain
    .filter((event) => event.name === 'ProxyMain::BeginMainFrame')
    .sort((a, b) => a.ts - b.ts);
  const inside = (name) =>
    onMain.filter((event) => event.name === name).sort((a, b) => a.ts - b.ts);
  const parts = {
    observers: inside('LocalFrameView::NotifyResizeObservers'),
    layout: inside('LocalFrameView::RunStyleAndLayoutLifecyclePhases'),
    paint: inside('LocalFrameView::RunPaintLifecyclePhase'),
  };
  const cursors = { observers: 0, layout: 0, paint: 0 };
  return frames.map((frame) => {
    const result = { wall: frame.dur / 1000, cpu: (frame.tdur ?? frame.dur) / 1000 };
    for (const [name, list] of Object.entries(parts)) {
      let sum = 0;
      let index = cursors[name];
      while (index < list.length && list[index].ts < frame.ts) index += 1;
      cursors[name] = index;
      while (index < list.length && within(frame, list[index])) {
        sum += list[index].dur;
        index += 1;
      }
      result[name] = sum / 1000;
    }
    return result;
  });
}
