import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDemo, startDemo } from '../src/start-demo.js';

let folder: string;
const quiet = { log: () => {}, port: 0, schedulerIntervalMs: false } as const;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'casegrid-demo-'));
  // A stand-in for the built page: these tests are about the server.
  await mkdir(join(folder, 'page/assets'), { recursive: true });
  await writeFile(join(folder, 'page/index.html'), '<!doctype html><title>portal</title>');
  await writeFile(join(folder, 'page/assets/main.js'), 'export {};');
  await writeFile(join(folder, 'page/sw.js'), '"use strict";');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function generation(demo: RunningDemo): Promise<string> {
  return ((await (await fetch(`${demo.url}demo/county`)).json()) as { generation: string })
    .generation;
}

describe('startDemo', () => {
  it('seeds an empty data folder, keeps it for the next start, and seeds again on reset', async () => {
    const options = { ...quiet, dataDir: join(folder, 'data'), pageDir: join(folder, 'page') };
    const first = await startDemo(options);
    const seeded = first.startup.seededEvents;
    const firstGeneration = await generation(first);
    const cases = (await first.store.query({})).length;
    await first.close();
    expect(seeded).toBeGreaterThan(1000);

    const second = await startDemo(options);
    expect(second.startup.seededEvents).toBeUndefined();
    expect(await generation(second)).toBe(firstGeneration);
    expect((await second.store.query({})).length).toBe(cases);
    await second.close();

    const reset = await startDemo({ ...options, reset: true });
    expect(reset.startup.seededEvents).toBe(seeded);
    expect(await generation(reset)).not.toBe(firstGeneration);
    await reset.close();
  });

  describe('its routes', () => {
    let demo: RunningDemo;
    beforeAll(async () => {
      demo = await startDemo({
        ...quiet,
        dataDir: join(folder, 'routes'),
        pageDir: join(folder, 'page'),
      });
    });
    afterAll(() => demo.close());

    it('serves the page with a Content-Security-Policy, and nothing outside its folder', async () => {
      const page = await fetch(demo.url);
      expect(page.status).toBe(200);
      const policy = page.headers.get('content-security-policy') ?? '';
      // Every validator is precompiled: no 'unsafe-eval'.
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect((await fetch(`${demo.url}assets/main.js`)).headers.get('content-type')).toMatch(
        /javascript/,
      );
      expect((await fetch(`${demo.url}assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    });

    it('serves the service worker at the root, for the whole portal, asked for again each time', async () => {
      const worker = await fetch(`${demo.url}sw.js`);
      expect(worker.status).toBe(200);
      expect(worker.headers.get('content-type')).toMatch(/javascript/);
      expect(worker.headers.get('service-worker-allowed')).toBe('/');
      expect(worker.headers.get('cache-control')).toBe('no-cache');
      const policy = (await fetch(demo.url)).headers.get('content-security-policy') ?? '';
      expect(policy).toMatch(/worker-src 'self'(;|$)/);
    });

    it('signs a person of the county in with a token the casegrid API accepts', async () => {
      const answer = await fetch(`${demo.url}demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'wang-fang' }),
      });
      const { token } = (await answer.json()) as { token: string };
      const cases = await fetch(`${demo.url}api/cases?limit=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(cases.status).toBe(200);
      expect(((await cases.json()) as { cases: unknown[] }).cases).toHaveLength(1);
    });

    it('refuses a token for someone who is not in the county, and the API without a token', async () => {
      const answer = await fetch(`${demo.url}demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'nobody' }),
      });
      expect(answer.status).toBe(404);
      expect((await fetch(`${demo.url}api/cases`)).status).toBe(401);
    });
  });
});
