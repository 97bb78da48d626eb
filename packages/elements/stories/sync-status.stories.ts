// Stories for <cg-sync-status>: a device (engine, memory local store, the real sync client) in
// front of a server that answers as each story needs: every push accepted, no answer at all,
// or every push refused. Play functions assert what a person sees.
import {
  type Locale,
  type PositionedEvent,
  type SyncClient,
  type SyncTransport,
  SyncTransportError,
  syncClient,
} from '@casegrid/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { CgSyncStatus } from '../src/index.js';
import { disputeData, hazardData, named, workbenchEngine } from '../test/workbench-fixture.js';

/** How the story's server answers. */
type Server = 'accepting' | 'unreachable' | 'refusing';

/** A server reduced to its answers: it keeps no cases, it only says yes, no, or nothing. */
function scriptedTransport(server: Server): SyncTransport {
  let position = 0;
  const reachable = () => {
    if (server === 'unreachable') throw new SyncTransportError('offline', { locale: 'zh-CN' });
  };
  return {
    async push({ actions }) {
      reachable();
      return {
        results: actions.map((action) =>
          server === 'refusing'
            ? {
                id: action.id,
                status: 'rejected' as const,
                error: {
                  code: 'forbidden',
                  message: '该网格不在您的管辖范围内，请联系村里重新指派。',
                },
              }
            : {
                id: action.id,
                status: 'accepted' as const,
                events: action.events.map(
                  (event): PositionedEvent => ({ position: ++position, event }),
                ),
              },
        ),
      };
    },
    async pull(since) {
      reachable();
      return { events: [], position: since, more: false };
    },
    async history() {
      reachable();
      return [];
    },
  };
}

/** A grid worker's phone: two reports taken, then one sync against the story's server. */
async function device(server: Server, locale: Locale) {
  const { engine, store, clock } = workbenchEngine();
  const sync: SyncClient = syncClient({
    engine,
    store,
    transport: scriptedTransport(server),
    actor: named.gridWorker,
    clock: clock.now,
    backoff: { retries: 0 },
    locale,
  });
  const actor = named.gridWorker;
  await engine.open('dispute', { data: disputeData, unit: 'grid-a1-1', actor });
  await engine.open('hazard', { data: hazardData, unit: 'grid-a1-2', actor });
  await sync.sync().catch(() => {});
  // The sync happened 12 minutes before the page is looked at.
  clock.advance(12 * 60_000);
  return { engine, store, sync, actor, clock: clock.now };
}

interface SyncArgs {
  locale: Locale;
  server: Server;
}

const meta = {
  title: 'Elements/cg-sync-status',
  component: 'cg-sync-status',
  args: { locale: 'zh-CN', server: 'accepting' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    server: { control: false },
  },
  loaders: [async ({ args }) => ({ device: await device(args.server, args.locale) })],
  render: (args, { loaded }) => {
    const { engine, store, sync, actor, clock } = loaded.device as Awaited<
      ReturnType<typeof device>
    >;
    return html`<cg-sync-status
      .engine=${engine}
      .store=${store}
      .sync=${sync}
      .actor=${actor}
      .clock=${clock}
      .locale=${args.locale}
    ></cg-sync-status>`;
  },
} satisfies Meta<SyncArgs>;

export default meta;
type Story = StoryObj<SyncArgs>;

/** The story's element, rendered, with its shadow root to query. */
async function mounted(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('cg-sync-status') as CgSyncStatus | null;
  if (element === null) throw new Error('the story renders no <cg-sync-status>');
  await element.updateComplete;
  const bar = element.shadowRoot?.querySelector<HTMLElement>('.bar');
  const panel = element.shadowRoot?.querySelector<HTMLElement>('[part~="panel"]');
  if (!bar || !panel) throw new Error('<cg-sync-status> rendered no badge');
  return { element, bar: within(bar), panel: within(panel) };
}

/** Online, everything sent: a green dot, "synced 12 minutes ago". */
export const Online: Story = {
  play: async ({ canvasElement }) => {
    const { bar } = await mounted(canvasElement);
    const badge = bar.getByRole('button', { name: /同步状态/ });
    await waitFor(() => expect(badge).toHaveTextContent('在线'));
    await expect(badge).toHaveTextContent('上次同步 12分钟前');
    await expect(badge).not.toHaveTextContent('待同步');
  },
};

/** No connection: the reports wait on the device; the count says how many. */
export const OfflineWithPending: Story = {
  name: 'Offline, with changes waiting',
  args: { server: 'unreachable' },
  play: async ({ canvasElement }) => {
    const { bar, panel } = await mounted(canvasElement);
    const badge = bar.getByRole('button', { name: /同步状态/ });
    await waitFor(() => expect(badge).toHaveTextContent('离线'));
    await expect(badge).toHaveTextContent('2 项待同步');
    await userEvent.click(badge);
    await expect(panel.getByText('无法连接服务器', { exact: false })).toBeVisible();
  },
};

/** The server refused both reports: the list says why, with re-apply and discard. */
export const Rejected: Story = {
  name: 'Refused changes',
  args: { server: 'refusing' },
  play: async ({ canvasElement }) => {
    const { bar, panel } = await mounted(canvasElement);
    const badge = bar.getByRole('button', { name: /同步状态/ });
    await waitFor(() => expect(badge).toHaveTextContent('2 项被退回'));
    await userEvent.click(badge);
    const items = await panel.findAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveTextContent('矛盾纠纷 · 上报');
    await expect(items[0]).toHaveTextContent('该网格不在您的管辖范围内');
    await expect(panel.getAllByRole('button', { name: '重新执行' })).toHaveLength(2);
  },
};

/** The same, in English. */
export const English: Story = {
  args: { server: 'refusing', locale: 'en' },
  play: async ({ canvasElement }) => {
    const { bar } = await mounted(canvasElement);
    const badge = bar.getByRole('button', { name: /Sync status/ });
    await waitFor(() => expect(badge).toHaveTextContent('2 refused'));
    await expect(bar.getByRole('button', { name: 'Sync now' })).toBeVisible();
  },
};

/** 360 px: the badge shows the counts, "sync now" only its icon (its name stays). */
export const PhoneWidth: Story = {
  name: 'Phone width',
  args: { server: 'unreachable' },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  decorators: [
    (story) =>
      html`<div style="width: 360px; max-width: 100%; outline: 1px dashed #c0c6cf">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    const { element, bar } = await mounted(canvasElement);
    const sync = bar.getByRole('button', { name: '立即同步' });
    await expect(sync.getBoundingClientRect().width).toBeLessThan(60);
    await expect(element.scrollWidth).toBeLessThanOrEqual(360);
  },
};
