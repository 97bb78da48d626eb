import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrecompiledValidators } from '@casegrid/core';
import { precompileCaseTypes } from '@casegrid/core/build';
import { defineCaseType as definePrecompiled } from '@casegrid/core/precompiled';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  caseTypes,
  disputeData,
  disputeDefinition,
  hazardDefinition,
  hazardTaskDefinition,
  people,
  testEngine,
  watchedPersonDefinition,
} from './county.js';

const definitions = [
  disputeDefinition,
  hazardDefinition,
  hazardTaskDefinition,
  watchedPersonDefinition,
];
let source = '';
let validators: PrecompiledValidators = {};

beforeAll(async () => {
  source = await precompileCaseTypes(definitions);
  const dir = join(process.cwd(), 'packages/core/.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `validators-${process.pid}.generated.mjs`);
  writeFileSync(file, source);
  ({ validators } = (await import(pathToFileURL(file).href)) as {
    validators: PrecompiledValidators;
  });
}, 60_000);

function precompiledTypes() {
  return definitions.map((definition) => definePrecompiled(definition as never, { validators }));
}

async function runDispute(types: ReturnType<typeof caseTypes>) {
  const { engine } = testEngine({ caseTypes: types });
  const { id } = await engine.open('dispute', {
    data: disputeData,
    unit: 'grid-a1-1',
    actor: people.gridWorker,
  });
  await engine.perform(id, 'accept', { actor: people.villageMediator });
  const refused = await engine
    .perform(id, 'resolve', {
      actor: people.villageMediator,
      input: { agreement: 'x', partiesAgree: true },
    })
    .catch((error: unknown) => error);
  await engine.perform(id, 'resolve', {
    actor: people.villageMediator,
    input: { agreement: '以围墙为界', partiesAgree: true },
  });
  return { history: await engine.history(id), refused };
}

describe('case types with precompiled validators', () => {
  it('emits one self-contained module with a validator for every schema of every definition', () => {
    expect(source).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
    expect(Object.keys(validators)).toContain('dispute@1#/actions/resolve/input');
    expect(Object.keys(validators)).toContain('hazard@1#/open/route/0/when');
    expect(Object.keys(validators)).toHaveLength(25);
  });

  it('decides exactly as the run-time compiled case types do, refusals included', async () => {
    const runtime = await runDispute(caseTypes());
    const precompiled = await runDispute(precompiledTypes());
    expect(precompiled.history).toEqual(runtime.history);
    expect(precompiled.refused).toMatchObject({ code: 'invalid-input' });
    expect((precompiled.refused as { issues: unknown }).issues).toEqual(
      (runtime.refused as { issues: unknown }).issues,
    );
  });

  it('reports a missing validator as an invalid definition instead of compiling one', () => {
    const { 'dispute@1#/data': _dropped, ...partial } = validators;
    expect(() => definePrecompiled(disputeDefinition as never, { validators: partial })).toThrow(
      expect.objectContaining({ code: 'invalid-definition' }),
    );
  });

  it('refuses to precompile a definition with problems, pointing into the list', async () => {
    const broken = { ...disputeDefinition, initial: 'nowhere' };
    await expect(
      precompileCaseTypes([disputeDefinition, broken], { locale: 'en' }),
    ).rejects.toMatchObject({
      code: 'invalid-definition',
      issues: [{ path: '/1/initial' }],
    });
  });
});
