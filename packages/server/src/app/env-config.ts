import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CaseGridError,
  defineCaseType,
  type EffectFunction,
  type GuardFunction,
  type OrgDefinition,
  type WorkingCalendar,
} from '@casegrid/core';
import { bearerAuth } from '../auth/bearer-auth.js';
import type { ServeOptions } from './serve.js';

/**
 * The environment variables {@link serveOptionsFromEnv} reads.
 *
 * @example
 * ```ts
 * const env: ServerEnv = { PORT: '8080', CASEGRID_JWT_SECRET: secret };
 * ```
 */
export type ServerEnv = Readonly<Record<string, string | undefined>>;

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CaseGridError('invalid-definition', `Cannot read ${what} at ${path}.`, [], {
      cause: error,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CaseGridError('invalid-definition', `${what} at ${path} is not valid JSON.`, [], {
      cause: error,
    });
  }
}

type Named<T> = Readonly<Record<string, T>>;

// The developers' named guards and effects: a module of theirs, since code never comes from
// configuration data. A county on the kit writes
// `export { kitGuards as guards, kitEffects as effects } from '@casegrid/case-types';`.
async function readExtensions(
  path: string | undefined,
): Promise<{ guards?: Named<GuardFunction>; effects?: Named<EffectFunction> }> {
  if (!path) return {};
  let module: { guards?: unknown; effects?: unknown };
  try {
    module = await import(pathToFileURL(resolve(path)).href);
  } catch (error) {
    throw new CaseGridError(
      'invalid-definition',
      `Cannot load the extensions module ${path}.`,
      [],
      {
        cause: error,
      },
    );
  }
  const table = (value: unknown, name: 'guards' | 'effects') => {
    if (value === undefined) return undefined;
    const valid =
      typeof value === 'object' &&
      value !== null &&
      Object.values(value).every((entry) => typeof entry === 'function');
    if (!valid) {
      throw new CaseGridError(
        'invalid-definition',
        `The extensions module ${path} must export \`${name}\` as an object of functions.`,
      );
    }
    return value as Named<GuardFunction & EffectFunction>;
  };
  const guards = table(module.guards, 'guards');
  const effects = table(module.effects, 'effects');
  return { ...(guards ? { guards } : {}), ...(effects ? { effects } : {}) };
}

/**
 * The options of {@link serve} from environment variables, for running the server alone
 * (`node dist/main.js`):
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | `PORT` | TCP port | 8080 |
 * | `HOST` | address to listen on | all |
 * | `DATABASE_URL` | PostgreSQL URL | embedded PGlite |
 * | `CASEGRID_DATA` | PGlite data folder | `./casegrid-data` |
 * | `CASEGRID_ORG` | org JSON file (`{ levels?, units, people? }`) | `./org.json` |
 * | `CASEGRID_CASE_TYPES` | folder of case type JSON files | `./case-types` |
 * | `CASEGRID_CALENDAR` | working-day calendar JSON file | none |
 * | `CASEGRID_EXTENSIONS` | JS module exporting the named `guards` and `effects` the case types use | none |
 * | `CASEGRID_JWT_SECRET` | HS256 secret (≥ 32 bytes) | — |
 * | `CASEGRID_JWT_PUBLIC_KEY` | EdDSA public key, SPKI PEM text or a `.pem` file | — |
 * | `CASEGRID_JWT_ISSUER`, `CASEGRID_JWT_AUDIENCE` | required `iss`, `aud` | none |
 * | `CASEGRID_LOCALE` | language when a request names none (`zh-CN`, `en`) | `zh-CN` |
 * | `CASEGRID_SCHEDULER_MS` | deadline tick interval; `0` runs none | 60000 |
 *
 * One of the two JWT keys is required: a server without a login answers every request 401.
 *
 * @example
 * ```ts
 * const server = await serve(await serveOptionsFromEnv(process.env));
 * ```
 */
export async function serveOptionsFromEnv(env: ServerEnv): Promise<ServeOptions> {
  const org = (await readJson(env.CASEGRID_ORG ?? './org.json', 'The org')) as OrgDefinition;
  const folder = env.CASEGRID_CASE_TYPES ?? './case-types';
  const files = (await readdir(folder).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) {
    throw new CaseGridError('invalid-definition', `No case type JSON files in ${folder}.`);
  }
  const caseTypes = await Promise.all(
    files.map(async (name) =>
      defineCaseType(await readJson(join(folder, name), `Case type ${name}`)),
    ),
  );
  const calendar = env.CASEGRID_CALENDAR
    ? ((await readJson(env.CASEGRID_CALENDAR, 'The calendar')) as WorkingCalendar)
    : undefined;
  const publicKey = env.CASEGRID_JWT_PUBLIC_KEY?.trim().endsWith('.pem')
    ? await readFile(env.CASEGRID_JWT_PUBLIC_KEY.trim(), 'utf8')
    : env.CASEGRID_JWT_PUBLIC_KEY;
  const secret = env.CASEGRID_JWT_SECRET;
  if (!secret && !publicKey) {
    throw new CaseGridError(
      'invalid-definition',
      'Set CASEGRID_JWT_SECRET (HS256) or CASEGRID_JWT_PUBLIC_KEY (EdDSA): the server needs to know who calls it.',
    );
  }
  const authenticate = bearerAuth({
    ...(secret ? { secret } : { publicKey: publicKey! }),
    ...(env.CASEGRID_JWT_ISSUER ? { issuer: env.CASEGRID_JWT_ISSUER } : {}),
    ...(env.CASEGRID_JWT_AUDIENCE ? { audience: env.CASEGRID_JWT_AUDIENCE } : {}),
    org,
  });
  const extensions = await readExtensions(env.CASEGRID_EXTENSIONS);
  const locale = env.CASEGRID_LOCALE === 'en' ? 'en' : 'zh-CN';
  const interval = Number(env.CASEGRID_SCHEDULER_MS ?? 60_000);
  return {
    caseTypes,
    org,
    authenticate,
    ...extensions,
    locale,
    port: Number(env.PORT ?? 8080),
    ...(env.HOST ? { hostname: env.HOST } : {}),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: env.CASEGRID_DATA ?? './casegrid-data',
    ...(calendar ? { calendar } : {}),
    schedulerIntervalMs: Number.isFinite(interval) && interval > 0 ? interval : false,
  };
}
