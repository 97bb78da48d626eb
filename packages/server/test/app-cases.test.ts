// The case endpoints over the test county: open, read, list, act, and what each actor sees.
import type { CaseEvent, CaseView } from '@casegrid/core';
import type { CaseTypeSummary, ErrorBody } from '@casegrid/server';
import { describe, expect, it } from 'vitest';
import { disputeData, people, testServer } from './app-support.ts';

describe('GET /health', () => {
  it('answers ok without a token', async () => {
    const { send } = testServer();
    const response = await send('GET', '/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /case-types', () => {
  it('lists every case type with its states, actions and input schemas', async () => {
    const { send } = testServer();
    const response = await send('GET', '/case-types', { as: people.gridWorker });
    expect(response.status).toBe(200);
    const { caseTypes } = (await response.json()) as { caseTypes: CaseTypeSummary[] };
    expect(caseTypes.map((t) => `${t.id}@${t.version}`)).toEqual([
      'dispute@1',
      'hazard@1',
      'hazard-task@1',
      'watched-person@1',
    ]);
    const dispute = caseTypes.find((t) => t.id === 'dispute')!;
    expect(dispute.latest).toBe(true);
    expect(dispute.title).toEqual({ 'zh-CN': '矛盾纠纷', en: 'Dispute' });
    expect(dispute.states.map((s) => s.name)).toContain('mediating');
    const resolve = dispute.actions.find((a) => a.name === 'resolve')!;
    expect(resolve.from).toEqual(['mediating']);
    expect(resolve.input).toMatchObject({ required: ['agreement', 'partiesAgree'] });
  });
});

describe('POST /cases', () => {
  it('opens a case for the authenticated actor at the server clock', async () => {
    const { send, clock } = testServer();
    const response = await send('POST', '/cases', {
      as: people.gridWorker,
      body: { typeId: 'dispute', unit: 'grid-a1-1', data: disputeData },
    });
    expect(response.status).toBe(201);
    const view = ((await response.json()) as { case: CaseView }).case;
    expect(view).toMatchObject({
      typeId: 'dispute',
      state: 'reported',
      unit: 'grid-a1-1',
      handlingUnit: 'village-a1',
      openedBy: 'zhang-san',
      openedAt: clock.iso(),
      seq: 1,
    });
  });

  it('takes a case id made by the client', async () => {
    const { send } = testServer();
    const response = await send('POST', '/cases', {
      as: people.gridWorker,
      body: { typeId: 'dispute', unit: 'grid-a1-1', data: disputeData, id: 'case-from-portal' },
    });
    expect(((await response.json()) as { case: CaseView }).case.id).toBe('case-from-portal');
  });
});

describe('GET /cases/:id', () => {
  it('gives the view, the history and the actions the actor may take', async () => {
    const { send, openDispute } = testServer();
    const opened = await openDispute();
    const response = await send('GET', `/cases/${opened.id}`, { as: people.villageMediator });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      case: CaseView;
      history: CaseEvent[];
      available: string[];
    };
    expect(body.case.id).toBe(opened.id);
    expect(body.history.map((e) => e.type)).toEqual(['opened']);
    expect(body.available).toEqual(['accept', 'escalate']);
  });

  it('answers 404 for another village’s case exactly as for a case that does not exist', async () => {
    const { send, openDispute } = testServer();
    const opened = await openDispute(people.gridWorker, 'grid-a1-1');
    const hidden = await send('GET', `/cases/${opened.id}`, {
      as: people.otherGridWorker,
      headers: { 'accept-language': 'en' },
    });
    const missing = await send('GET', '/cases/no-such-case', {
      as: people.otherGridWorker,
      headers: { 'accept-language': 'en' },
    });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const hiddenBody = (await hidden.json()) as ErrorBody;
    const missingBody = (await missing.json()) as ErrorBody;
    expect(hiddenBody.code).toBe('not-found');
    expect(hiddenBody.message.replace(opened.id, 'ID')).toBe(
      missingBody.message.replace('no-such-case', 'ID'),
    );
  });

  it('lets the town above see a village’s case', async () => {
    const { send, openDispute } = testServer();
    const opened = await openDispute();
    const response = await send('GET', `/cases/${opened.id}`, { as: people.townDirector });
    expect(response.status).toBe(200);
  });
});

describe('GET /cases', () => {
  it('lists only the cases in the actor’s subtree', async () => {
    const { send, openDispute } = testServer();
    const mine = await openDispute(people.gridWorker, 'grid-a1-1');
    const theirs = await openDispute(people.otherGridWorker, 'grid-b1-1');
    const list = async (as = people.gridWorker) =>
      ((await (await send('GET', '/cases', { as })).json()) as { cases: CaseView[] }).cases.map(
        (c) => c.id,
      );
    expect(await list(people.gridWorker)).toEqual([mine.id]);
    expect(await list(people.otherGridWorker)).toEqual([theirs.id]);
    expect((await list(people.countyDirector)).sort()).toEqual([mine.id, theirs.id].sort());
  });

  it('maps query parameters to the engine’s filter', async () => {
    const { send, openDispute } = testServer();
    const first = await openDispute();
    const second = await openDispute();
    await send('POST', `/cases/${second.id}/actions/accept`, { as: people.villageMediator });
    const ids = async (query: string) =>
      (
        (await (await send('GET', `/cases?${query}`, { as: people.townDirector })).json()) as {
          cases: CaseView[];
        }
      ).cases.map((c) => c.id);
    expect(await ids('state=reported')).toEqual([first.id]);
    expect((await ids('state=reported&state=mediating')).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await ids('assignee=li-si')).toEqual([second.id]);
    expect(await ids('assignee=')).toEqual([first.id]);
    expect(await ids('typeId=hazard')).toEqual([]);
    expect(await ids('unit=village-a2')).toEqual([]);
    expect(await ids('closed=false&limit=1')).toHaveLength(1);
  });
});

describe('POST /cases/:id/actions/:name', () => {
  it('performs an action for the authenticated actor', async () => {
    const { send, openDispute } = testServer();
    const opened = await openDispute();
    const response = await send('POST', `/cases/${opened.id}/actions/accept`, {
      as: people.villageMediator,
      body: {},
    });
    expect(response.status).toBe(200);
    const view = ((await response.json()) as { case: CaseView }).case;
    expect(view).toMatchObject({ state: 'mediating', assignee: 'li-si', seq: 2 });
  });

  it('answers the engine’s refusal in the request’s language', async () => {
    const { send, openDispute } = testServer();
    const opened = await openDispute();
    await send('POST', `/cases/${opened.id}/actions/accept`, { as: people.villageMediator });
    const zh = await send('POST', `/cases/${opened.id}/actions/resolve`, {
      as: people.villageMediator,
      body: { input: { agreement: '双方同意', partiesAgree: false } },
    });
    expect(zh.status).toBe(409);
    expect(await zh.json()).toMatchObject({
      code: 'not-available',
      message: '双方当事人须同意调解协议。',
    });
    const en = await send('POST', `/cases/${opened.id}/actions/resolve`, {
      as: people.villageMediator,
      body: { input: { agreement: '双方同意', partiesAgree: false } },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(await en.json()).toMatchObject({
      code: 'not-available',
      message: 'Both parties must agree to the settlement.',
    });
  });
});
