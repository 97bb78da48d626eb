// The demo county portal end to end: the demo server (PGlite, seeded county, a clock the test
// moves) and the page in real Chromium, one person after another, as a visitor would use them.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeMetrics } from '@casegrid/case-types/metrics';
import type { Actor, CaseView } from '@casegrid/core';
import { type Browser, type BrowserContext, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { buildPage } from '../src/build-page.js';
import { sourcePackages } from '../src/source-packages.js';
import { type RunningDemo, startDemo } from '../src/start-demo.js';
import { portalPage } from './portal-page.js';

const day = 86_400_000;
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// Waits are by condition; on a loaded two-core machine a first sync of the county takes a while.
const patience = { timeout: 60_000, interval: 250 };

let folder: string;
let demo: RunningDemo;
let browser: Browser;
let context: BrowserContext;
let now = Date.now();
const clock = () => now;
const stamp = now.toString(36);

const person = (id: string): Actor => demo.people.find((p) => p.id === id)!;
const countyDirector = () => person('han-dong');

/** Asks again until there is an answer (the page syncs in its own time). */
async function eventually<T>(ask: () => Promise<T | undefined>): Promise<T> {
  let answer: T | undefined;
  await expect.poll(async () => (answer = await ask()), patience).toBeDefined();
  return answer!;
}

/** The server's view of every case, as the county director sees them. */
const serverCases = (filter: Parameters<RunningDemo['app']['engine']['query']>[0] = {}) =>
  demo.app.engine.query(filter, countyDirector());

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'casegrid-portal-'));
  // The page is bundled from the packages' source, while the server starts.
  await Promise.all([
    buildPage({ outDir: join(folder, 'page'), plugins: [sourcePackages()] }),
    startDemo({
      dataDir: join(folder, 'data'),
      port: 0,
      clock,
      log: () => {},
      pageDir: join(folder, 'page'),
      // The test runs deadlines itself (scheduler.tick) after it moves the clock.
      schedulerIntervalMs: 3_600_000,
    }).then((started) => {
      demo = started;
    }),
  ]);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(60_000);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the county portal', () => {
  it('takes a dispute from the grid worker, past its deadline to the town, to its close, into the county dashboard', async () => {
    const portal = portalPage(await context.newPage());
    const summary = `E2E boundary wall ${stamp}`;

    // A grid worker of Taoyuan reports a dispute in their grid.
    await portal.open(demo.url);
    await portal.signInAs('wang-fang');
    await portal.report('dispute', async (form) => {
      await form.getByLabel('Summary').fill(summary);
      await form.getByLabel('Category').selectOption({ index: 1 });
      const parties = form.getByRole('group', { name: 'Parties', exact: true });
      await parties.getByRole('button', { name: /Add/ }).click();
      await parties.getByRole('textbox').first().fill('张三');
    });
    const reported = await eventually(async () =>
      (await serverCases({ typeId: 'dispute' })).find((view) => view.data.summary === summary),
    );
    expect(reported).toMatchObject({
      state: 'reported',
      unit: 'taoyuan-1',
      handlingUnit: 'taoyuan',
    });

    // Nobody accepts it within a working day: the deadline passes and it goes up to the town.
    now += 4 * day;
    await demo.scheduler!.tick();
    expect(await demo.app.engine.get(reported.id)).toMatchObject({
      handlingUnit: 'dongxi',
      escalations: 1,
    });

    // The town's centre director mediates and closes it.
    await portal.signInAs('zheng-hua');
    await portal.openCase(summary);
    await portal.perform('accept');
    await portal.perform('resolve', async (form) => {
      await form.getByLabel('Settlement').fill('双方同意按原界址砌墙');
      await form.getByLabel('Both parties agree').check();
    });
    await portal.perform('follow-up', async (form) => {
      await form.getByLabel('Settlement kept').check();
      await form.getByLabel('What the visit found').fill('回访：协议已履行');
    });
    await expect
      .poll(async () => (await demo.app.engine.get(reported.id)).closed, patience)
      .toBe(true);
    expect(await demo.app.engine.get(reported.id)).toMatchObject({ handlingUnit: 'dongxi' });

    // The county director's dashboard counts it among the cases closed at the town level.
    const events = (await demo.store.since(0)).events.map((entry) => entry.event);
    const metrics = (log: typeof events) =>
      computeMetrics(log, { org: demo.app.engine.org, now: clock() }).closureByLevel.counts.town ??
      0;
    const closedInTowns = metrics(events);
    expect(closedInTowns - metrics(events.filter((e) => e.caseId !== reported.id))).toBe(1);

    await portal.signInAs('han-dong');
    const dashboard = await portal.showDashboard();
    await expect
      .poll(
        () =>
          dashboard.evaluate(
            (element) =>
              (
                element as unknown as {
                  metrics?: { closureByLevel: { counts: Record<string, number> } };
                }
              ).metrics?.closureByLevel.counts.town,
          ),
        patience,
      )
      .toBe(closedInTowns);
    await expect
      .poll(() => dashboard.locator('[data-chart="closure-by-level"]').textContent(), patience)
      .toContain(`Town ${closedInTowns}`);
    await portal.page.close();
  });

  it('keeps a visit recorded offline on the device and sends it when the network is back', async () => {
    // A watched person in monitoring, whose responsible grid worker will visit.
    const watched = await serverCases({ typeId: 'watched-person', state: 'monitoring' });
    const all = await serverCases();
    const sameName = (name: unknown) =>
      all.filter((view) => (view.data.summary ?? view.data.name) === name).length;
    const target = watched.find(
      (view: CaseView) =>
        view.assignee !== null &&
        person(view.assignee)?.roles.includes('grid-worker') &&
        sameName(view.data.name) === 1,
    );
    expect(target).toBeDefined();
    const { id, assignee } = target!;
    const name = String(target!.data.name);
    const notes = `E2E offline visit ${stamp}`;

    const portal = portalPage(await context.newPage());
    await portal.open(demo.url);
    await portal.signInAs(assignee!);
    await portal.openCase(name);

    await context.setOffline(true);
    await portal.perform('visit', async (form) => {
      await form.getByLabel('Date').fill('2026-11-27');
      await form.getByLabel('What the visit found').fill(notes);
    });
    // On the device and waiting; the server has not heard of it.
    await portal.page
      .locator('cg-sync-status')
      .getByText(/waiting/)
      .waitFor(patience);
    const visitsOnServer = async () =>
      (await demo.app.engine.history(id)).filter(
        (event) => event.action === 'visit' && JSON.stringify(event.input).includes(notes),
      ).length;
    expect(await visitsOnServer()).toBe(0);

    await context.setOffline(false);
    await expect.poll(visitsOnServer, patience).toBe(1);
    await portal.page.close();
  });

  it('opens again without the network, from the service worker and IndexedDB, as the same person, and syncs when back', async () => {
    // A context of its own: its own service worker, cache, IndexedDB and saved county and token.
    const own = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    own.setDefaultTimeout(60_000);
    const portal = portalPage(await own.newPage());
    const { page } = portal;
    const list = page.locator('#all-panel cg-case-list');
    const badge = page.locator('cg-sync-status [part~="badge"]');
    const shown = async () => ({
      count: await list.locator('[part~="count"]').textContent(),
      summaries: await list.locator('[part~="summary"]').allTextContents(),
    });

    // Online: a grid worker's device pulls her cases (the badge says "synced"; in a fresh browser
    // that is at the first interval sync, 15 s), and the worker caches the shell and takes the
    // page over (`clients.claim`: no reload needed).
    await portal.open(demo.url);
    await portal.signInAs('wang-fang');
    await page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
      undefined,
      patience,
    );
    await badge.filter({ hasText: /synced/ }).waitFor(patience);
    await page.getByRole('tab', { name: 'All cases' }).click();
    await list.locator('[part~="summary"]').first().waitFor();
    const before = await shown();
    expect(before.count).toMatch(/^[1-9]\d* cases?$/);

    // `setOffline` is what Chromium's own offline switch does, and here it reaches the service
    // worker too: a script that is not in its cache cannot be fetched (it would be a 404 from the
    // server otherwise), so the reload below is served from the cache and nowhere else. Stopping
    // the server instead would leave `navigator.onLine` true, which is not the village's case.
    const fetchMissing = () =>
      page.evaluate(() =>
        fetch('/assets/not-in-the-shell.js').then(
          (response) => `HTTP ${response.status}`,
          () => 'no network',
        ),
      );
    expect(await fetchMissing()).toBe('HTTP 404');
    await own.setOffline(true);
    expect(await fetchMissing()).toBe('no network');
    await page.reload();

    // The same person, her cases from IndexedDB, and the portal and the badge say offline.
    await page.waitForFunction(
      () =>
        (document.querySelector('cg-provider') as { actor?: { id: string } }).actor?.id ===
        'wang-fang',
    );
    await page.getByText('Working offline').waitFor();
    // The badge says "Syncing" while the first sync retries, then "Offline" (~10 s).
    await badge.filter({ hasText: 'Offline' }).waitFor(patience);
    await page.getByRole('tab', { name: 'All cases' }).click();
    await expect.poll(shown, patience).toEqual(before);

    // She reports a case offline: it waits on the device, and reaches the server once online.
    const summary = `E2E offline start ${stamp}`;
    await portal.report('dispute', async (form) => {
      await form.getByLabel('Summary').fill(summary);
      await form.getByLabel('Category').selectOption({ index: 1 });
      const parties = form.getByRole('group', { name: 'Parties', exact: true });
      await parties.getByRole('button', { name: /Add/ }).click();
      await parties.getByRole('textbox').first().fill('李四');
    });
    await badge.filter({ hasText: /1 waiting/ }).waitFor(patience);
    const onServer = async () =>
      (await serverCases({ typeId: 'dispute' })).filter((view) => view.data.summary === summary)
        .length;
    expect(await onServer()).toBe(0);

    await own.setOffline(false);
    await expect.poll(onServer, patience).toBe(1);
    await page.getByText('Working offline').waitFor({ state: 'hidden' });
    await own.close();
  });

  it('has no problem axe finds, in Chinese on a desktop and in English on a phone', async () => {
    // axe is injected as a script, which the page's Content-Security-Policy would refuse.
    const checked = await browser.newContext({ bypassCSP: true });
    checked.setDefaultTimeout(60_000);
    const violations: string[] = [];
    for (const [locale, width] of [
      ['zh-CN', 1280],
      ['en', 360],
    ] as const) {
      const page = await checked.newPage();
      await page.setViewportSize({ width, height: 800 });
      const portal = portalPage(page);
      await page.goto(demo.url);
      await page.locator('#locale').selectOption(locale);
      await portal.signInAs('he-wei');
      await page.addScriptTag({ path: axeScript });
      const check = async (view: string) => {
        const found = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (root: Document) => Promise<AxeResult> } }
          ).axe;
          const results = await axe.run(document);
          return results.violations.map(
            (v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        violations.push(...found.map((line) => `${locale} ${width}px ${view}: ${line}`));
      };
      await check('workbench');
      await page.locator('#report').click();
      await check('report dialog');
      await page.keyboard.press('Escape');
      await page.locator('#show-dashboard').click();
      await page.locator('cg-dashboard [data-chart]').first().waitFor();
      await check('dashboard');
      await page.close();
    }
    await checked.close();
    expect(violations).toEqual([]);
  });
});

interface AxeResult {
  readonly violations: readonly { id: string; nodes: readonly { target: readonly string[] }[] }[];
}
