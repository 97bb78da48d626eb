// <cg-case-detail> of one case with a long history, and <cg-dashboard> over a county's log:
// from the moment they are given their input to their content laid out, and to the end of the
// frame that paints it.
import { afterFrame, until } from './frames.js';

const eventsShown = (detail) =>
  detail.shadowRoot?.querySelector('cg-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]')
    .length ?? 0;

/**
 * `caseId` set on a connected, idle `<cg-case-detail>` → its load (get, history, available,
 * linked records), render, and its `<cg-timeline>` showing all `expected` events, with both
 * elements' `updateComplete` and a forced layout (`ready`); `painted` adds the end of the next
 * frame. A fresh element each run.
 */
export async function detailRender(host, setup, caseId, expected, { warmups, runs }) {
  const ready = [];
  const painted = [];
  let cold;
  for (let run = 0; run < warmups + runs; run += 1) {
    host.replaceChildren();
    const detail = document.createElement('cg-case-detail');
    Object.assign(detail, setup);
    host.append(detail);
    await detail.updateComplete;
    await afterFrame();
    const start = performance.now();
    detail.caseId = caseId;
    await until(() => eventsShown(detail) === expected);
    await detail.updateComplete;
    await detail.shadowRoot.querySelector('cg-timeline').updateComplete;
    detail.getBoundingClientRect();
    const laidOut = performance.now() - start;
    await afterFrame();
    const paint = performance.now() - start;
    cold ??= { ready: laidOut, paint };
    if (run < warmups) continue;
    ready.push(laidOut);
    painted.push(paint);
  }
  return { ready, painted, cold };
}

/**
 * `<cg-dashboard>` given `events`: append → `updateComplete` (the metrics are counted in its
 * update) with its figures rendered and a forced layout (`ready`), then the end of the next frame
 * (`painted`). A fresh element each run. Throws when the element does not render its figures.
 */
export async function dashboardRender(host, setup, { warmups, runs }) {
  const ready = [];
  const painted = [];
  let cold;
  let charts = 0;
  for (let run = 0; run < warmups + runs; run += 1) {
    host.replaceChildren();
    await afterFrame();
    const start = performance.now();
    const dashboard = document.createElement('cg-dashboard');
    Object.assign(dashboard, setup);
    host.append(dashboard);
    await dashboard.updateComplete;
    await until(() => dashboard.shadowRoot?.querySelector('[part~="figures"]') !== null, 30_000);
    await dashboard.updateComplete;
    dashboard.getBoundingClientRect();
    const laidOut = performance.now() - start;
    await afterFrame();
    const paint = performance.now() - start;
    charts = dashboard.shadowRoot.querySelectorAll('[part~="chart"]').length;
    cold ??= { ready: laidOut, paint };
    if (run < warmups) continue;
    ready.push(laidOut);
    painted.push(paint);
  }
  return { ready, painted, cold, charts };
}
