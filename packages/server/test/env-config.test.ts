// serveOptionsFromEnv: the stand-alone server's configuration, read from files named in the
// environment — here a county on the kit, whose case types name guards.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryStore } from '@casegrid/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, serveOptionsFromEnv } from '../src/index.js';

const kitDefinitions = fileURLToPath(new URL('../../case-types/definitions/', import.meta.url));
const secret = 'a-secret-of-at-least-thirty-two-bytes!!';

describe('serveOptionsFromEnv', () => {
  let folder: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'casegrid-env-'));
    await mkdir(join(folder, 'case-types'));
    // The watched person's visit is guarded by `responsible-person`.
    await copyFile(
      join(kitDefinitions, 'watched-person.json'),
      join(folder, 'case-types', 'watched-person.json'),
    );
    await writeFile(
      join(folder, 'org.json'),
      JSON.stringify({
        units: [
          { id: 'county', level: 'county', parent: null },
          { id: 'town', level: 'town', parent: 'county' },
          { id: 'village', level: 'village', parent: 'town' },
          { id: 'grid', level: 'grid', parent: 'village' },
        ],
      }),
    );
    await writeFile(
      join(folder, 'extensions.mjs'),
      "export const guards = { 'responsible-person': ({ case: view, actor }) => view.assignee === actor.id };\n" +
        'export const effects = { notify: () => {} };\n',
    );
    await writeFile(
      join(folder, 'not-functions.mjs'),
      "export const guards = { 'responsible-person': true };\n",
    );
    env = {
      CASEGRID_ORG: join(folder, 'org.json'),
      CASEGRID_CASE_TYPES: join(folder, 'case-types'),
      CASEGRID_JWT_SECRET: secret,
    };
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('loads the named guards and effects of CASEGRID_EXTENSIONS, which the case types need', async () => {
    const options = await serveOptionsFromEnv({
      ...env,
      CASEGRID_EXTENSIONS: join(folder, 'extensions.mjs'),
    });
    expect(Object.keys(options.guards ?? {})).toEqual(['responsible-person']);
    expect(Object.keys(options.effects ?? {})).toEqual(['notify']);
    expect(() => createServer({ ...options, store: memoryStore() })).not.toThrow();
  });

  it('leaves a server without them refusing the case types that name a guard', async () => {
    const options = await serveOptionsFromEnv(env);
    expect(options.guards).toBeUndefined();
    expect(() => createServer({ ...options, store: memoryStore() })).toThrow(
      expect.objectContaining({ code: 'invalid-definition' }),
    );
  });

  it('says which module it could not load, and which export is not a table of functions', async () => {
    await expect(
      serveOptionsFromEnv({ ...env, CASEGRID_EXTENSIONS: join(folder, 'missing.mjs') }),
    ).rejects.toMatchObject({
      code: 'invalid-definition',
      message: expect.stringContaining('missing.mjs'),
    });
    await expect(
      serveOptionsFromEnv({ ...env, CASEGRID_EXTENSIONS: join(folder, 'not-functions.mjs') }),
    ).rejects.toMatchObject({
      code: 'invalid-definition',
      message: expect.stringContaining('`guards`'),
    });
  });
});
