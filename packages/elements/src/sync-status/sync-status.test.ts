import {
  type CaseEngine,
  createEngine,
  isCaseGridError,
  type Locale,
  memoryStore,
  type PushResult,
  type Rejection,
  type SyncClient,
  type SyncTransport,
  SyncTransportError,
  syncClient,
} from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  caseTypes,
  cn2026,
  disputeData,
  guards,
  org,
  sequentialIds,
  testClock,
} from '../../../core/test/county.ts';
import { axeViolations, cleanup } from '../../test/fixture.js';
import { named, workbenchEngine } from '../../test/workbench-fixture.js';
import type { CgSyncStatus } from './sync-status.js';
import './define.js';

/**
 * The county server, scripted: its own engine over core's memory store (so another person can
 * act on the server), the device's pushed events written to its log as they come (or refused
 * with `refusal`), pulls answered from its log, and no answer at all while `online` is false.
 */
function scriptedServer() {
  const store = memoryStore();
  const engine: CaseEngine = createEngine({
    caseTypes: caseTypes(),
    org: { ...org, people: Object.values(named) },
    store,
    clock: testClock().now,
    ids: sequentialIds('srv'),
    guards,
    calendar: cn2026,
    locale: 'zh-CN',
  });
  const server = { online: true, refusal: undefined as Rejection | undefined };
  const reachable = () => {
    if (!server.online) throw new SyncTransportError('offline', { locale: 'zh-CN' });
  };
  const transport: SyncTransport = {
    async push({ actions }) {
      reachable();
      const results: PushResult[] = [];
      for (const action of actions) {
        if (server.refusal) {
          results.push({ id: action.id, status: 'rejected', error: server.refusal });
          continue;
        }
        try {
          await store.append(action.caseId, action.expectedSeq, action.events);
        } catch (error) {
          if (!isCaseGridError(error) || error.code !== 'conflict') throw error;
          results.push({
            id: action.id,
            status: 'conflict',
            error: { code: 'conflict', message: error.message },
          });
          continue;
        }
        const ids = new Set(action.events.map((event) => event.id));
        const events = (await store.since(0)).events.filter(({ event }) => ids.has(event.id));
        results.push({ id: action.id, status: 'accepted', events });
      }
      return { results };
    },
    async pull(since, limit = 500) {
      reachable();
      const page = await store.since(since, limit);
      return { ...page, more: page.events.length === limit };
    },
    async history(caseId) {
      reachable();
      return (await store.since(0)).events.filter(({ event }) => event.caseId === caseId);
    },
  };
  return Object.assign(server, { engine, transport });
}

const clients: SyncClient[] = [];

/** A device (engine, memory local store, real sync client) talking to a scripted server. */
async function mount(options: { locale?: Locale; width?: number } = {}) {
  const locale = options.locale ?? 'zh-CN';
  const { engine, store, clock } = workbenchEngine();
  const server = scriptedServer();
  const client = syncClient({
    engine,
    store,
    transport: server.transport,
    actor: named.gridWorker,
    clock: clock.now,
    backoff: { retries: 0 },
    locale,
  });
  clients.push(client);
  const container = document.createElement('div');
  if (options.width) container.style.width = `${options.width}px`;
  const element = document.createElement('cg-sync-status');
  Object.assign(element, {
    engine,
    store,
    sync: client,
    actor: named.gridWorker,
    locale,
    clock: clock.now,
  });
  container.append(element);
  document.body.append(container);
  await element.updateComplete;
  const open = () =>
    engine.open('dispute', { data: disputeData, unit: 'grid-a1-1', actor: named.gridWorker });
  return { element, container, engine, store, clock, client, server, open };
}

const root = (element: CgSyncStatus) => element.shadowRoot as ShadowRoot;
const text = (element: CgSyncStatus, selector: string) =>
  root(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const button = (element: CgSyncStatus, selector: string) => {
  const found = root(element).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const buttonNamed = (element: CgSyncStatus, name: string) => {
  const found = [...root(element).querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
async function expand(element: CgSyncStatus) {
  await userEvent.click(button(element, '[part~="badge"]'));
  await element.updateComplete;
}

/** A device whose report the server refused (out of scope). */
async function withRefusedReport(options: { locale?: Locale; width?: number } = {}) {
  const device = await mount(options);
  const opened = await device.open();
  device.server.refusal = { code: 'forbidden', message: '案件不在您的管辖范围内。' };
  await device.client.sync();
  await expect.poll(() => text(device.element, '[part~="rejected-item"] .what')).toBeTruthy();
  return { ...device, opened };
}

describe('<cg-sync-status>', () => {
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
    cleanup();
  });

  it('has no accessibility violations, in zh-CN and in en, folded and unfolded', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { element } = await withRefusedReport({ locale });
      expect(await axeViolations(element)).toEqual([]);
      await expand(element);
      await userEvent.click(buttonNamed(element, locale === 'en' ? 'Discard' : '放弃'));
      await element.updateComplete;
      expect(await axeViolations(element)).toEqual([]);
      cleanup();
    }
  });

  it('shows online, then offline with the pending count after an action taken offline', async () => {
    const { element, server, open } = await mount();
    expect(text(element, '.state')).toBe('在线');
    server.online = false;
    await open();
    await expect.poll(() => text(element, '[part~="badge"] .count')).toBe('1 项待同步');
    await userEvent.click(button(element, '[part~="sync-button"]'));
    await expect.poll(() => text(element, '.state')).toBe('离线');
    await expand(element);
    expect(text(element, '[data-fact="online"]')).toBe('离线');
    expect(text(element, '[data-fact="pending"]')).toBe('1');
    expect(text(element, '[data-fact="error"]')).toContain('无法连接服务器');
  });

  it('sends the pending changes when "sync now" is pressed online, and shows when', async () => {
    const { element, server, open, clock } = await mount({ locale: 'en' });
    server.online = false;
    await open();
    await userEvent.click(button(element, '[part~="sync-button"]'));
    await expect.poll(() => text(element, '.state')).toBe('Offline');
    server.online = true;
    await userEvent.click(button(element, '[part~="sync-button"]'));
    await expect.poll(() => text(element, '.state')).toBe('Online');
    await expect.poll(() => root(element).querySelector('[part~="badge"] .count')).toBeNull();
    clock.advance(5 * 60_000);
    element.requestUpdate();
    await element.updateComplete;
    await expand(element);
    expect(text(element, '[data-fact="pending"]')).toBe('0');
    expect(text(element, '[data-fact="last-sync"]')).toBe('5 minutes ago');
    expect(root(element).querySelector('[data-fact="error"]')).toBeNull();
  });

  it('follows the sync client again when it comes back to the page', async () => {
    const { element, container, server, open } = await mount({ locale: 'en' });
    element.remove();
    server.online = false;
    await open();
    container.append(element);
    await expect.poll(() => text(element, '[part~="badge"] .count')).toBe('1 waiting');
  });

  it('announces changes of state politely', async () => {
    const { element, server, open } = await mount();
    const live = () =>
      [...root(element).querySelectorAll('[role="status"]')]
        .map((region) => region.textContent ?? '')
        .join(' ');
    server.online = false;
    await open();
    await userEvent.click(button(element, '[part~="sync-button"]'));
    await expect.poll(live).toContain('已离线');
    server.online = true;
    server.refusal = { code: 'forbidden', message: '案件不在您的管辖范围内。' };
    await userEvent.click(button(element, '[part~="sync-button"]'));
    await expect.poll(live).toContain('1 项更改被服务器退回');
  });

  it('lists a refused change: what it was, when, and why', async () => {
    const { element } = await withRefusedReport();
    expect(text(element, '[part~="badge"] .refused')).toBe('1 项被退回');
    await expand(element);
    expect(text(element, '[part~="rejected-item"] .what')).toBe('矛盾纠纷 · 上报');
    expect(text(element, '[part~="rejected-item"] button.link')).toBe('宅基地边界争议');
    expect(text(element, '[part~="reason"]')).toBe('原因：案件不在您的管辖范围内。');
    expect(
      root(element).querySelector('[part~="rejected-item"] time')?.getAttribute('datetime'),
    ).toBe('2026-03-02T01:00:00.000Z');
  });

  it('re-applies a refused change: it leaves the refused list and waits to be sent', async () => {
    const { element, store, server } = await withRefusedReport();
    server.refusal = undefined;
    await expand(element);
    await userEvent.click(buttonNamed(element, '重新执行'));
    await expect
      .poll(() => text(element, '[part~="notice"]'))
      .toContain('已基于案件的最新状态重新执行');
    expect(await store.outbox.rejected()).toHaveLength(0);
    expect(await store.outbox.pending()).toHaveLength(1);
    await expect.poll(() => root(element).querySelector('[part~="rejected-item"]')).toBeNull();
    await expect.poll(() => text(element, '[data-fact="pending"]')).toBe('1');
  });

  it('says so when a re-applied change is refused again', async () => {
    const { element, engine, client, server, open } = await mount({ locale: 'en' });
    const opened = await open();
    await client.sync();
    // Someone else accepts the case on the server while this device accepts it too.
    await server.engine.perform(opened.id, 'accept', { actor: named.villageMediator });
    await engine.perform(opened.id, 'accept', { actor: named.gridWorker });
    await client.sync();
    await expand(element);
    await expect
      .poll(() => text(element, '[part~="rejected-item"] .what'))
      .toBe('Dispute · Accept');
    await userEvent.click(buttonNamed(element, 'Re-apply'));
    await expect
      .poll(() => text(element, '[part~="notice"]'))
      .toMatch(/^“Dispute · Accept” still cannot be taken: /);
    expect(root(element).querySelectorAll('[part~="rejected-item"]')).toHaveLength(1);
  });

  it('discards a refused change only after a confirmation', async () => {
    const { element, store, opened } = await withRefusedReport();
    await expand(element);
    await userEvent.click(buttonNamed(element, '放弃'));
    await element.updateComplete;
    expect(text(element, '.confirm p')).toContain('无法恢复');
    expect(root(element).activeElement?.textContent?.trim()).toBe('确定放弃');
    await userEvent.click(buttonNamed(element, '取消'));
    await element.updateComplete;
    expect(root(element).querySelector('.confirm')).toBeNull();
    expect(await store.outbox.rejected()).toHaveLength(1);
    await userEvent.click(buttonNamed(element, '放弃'));
    await element.updateComplete;
    await userEvent.click(buttonNamed(element, '确定放弃'));
    await expect.poll(() => text(element, '[part~="notice"]')).toBe('已放弃“矛盾纠纷 · 上报”。');
    expect(await store.outbox.rejected()).toHaveLength(0);
    expect(await store.load(opened.id)).toBeUndefined();
    await expect.poll(() => text(element, '[part~="badge"] .refused')).toBeUndefined();
  });

  it('opens and closes with the keyboard, Escape returning to the badge', async () => {
    const { element } = await withRefusedReport({ locale: 'en' });
    const badge = button(element, '[part~="badge"]');
    badge.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(root(element).querySelector<HTMLElement>('[part~="panel"]')?.hidden).toBe(false);
    await userEvent.tab();
    await userEvent.tab();
    expect(root(element).activeElement?.textContent?.trim()).toBe('宅基地边界争议');
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(root(element).activeElement).toBe(badge);
  });

  it('fires cg-select with the case of a refused change', async () => {
    const { element, opened } = await withRefusedReport();
    await expand(element);
    const picked: string[] = [];
    document.body.addEventListener('cg-select', (event) => picked.push(event.detail.caseId), {
      once: true,
    });
    await userEvent.click(button(element, '[part~="rejected-item"] button.link'));
    expect(picked).toEqual([opened.id]);
  });

  it('is a compact badge at 360 px that unfolds without overflowing', async () => {
    const { element, container } = await withRefusedReport({ width: 360 });
    const sync = button(element, '[part~="sync-button"]');
    expect(sync.getBoundingClientRect().width).toBeLessThan(60);
    expect(sync.textContent?.replace(/\s+/g, '')).toContain('立即同步');
    expect(container.scrollWidth).toBeLessThanOrEqual(360);
    await expand(element);
    expect(element.scrollWidth).toBeLessThanOrEqual(360);
    const panel = button(element, '[part~="reapply-button"]').closest('[part~="panel"]');
    expect(panel?.getBoundingClientRect().right).toBeLessThanOrEqual(
      container.getBoundingClientRect().right,
    );
  });
});
