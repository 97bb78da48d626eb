// The faults of the fault matrix, as wires between a device's fetchTransport and the real app
// (see `Link.wire`), and a server process that dies right after a commit.
import type { Database, Queryable } from '@casegrid/server';
import type { Answer, Wire } from './sync-support.js';

type Carried = Parameters<Wire>[0];
type Match = (request: Carried) => boolean;

/** A push (`POST /sync/push`). */
export const isPush: Match = ({ url, init }) =>
  init.method === 'POST' && url.endsWith('/sync/push');
/** A pull (`GET /sync/pull`). */
export const isPull: Match = ({ url }) => url.includes('/sync/pull?');

/** What `fetch` throws when the connection drops before the answer. */
export function connectionReset(): TypeError {
  return new TypeError('fetch failed: connection reset');
}

/** An answer read once, that can be read again. */
async function kept(answer: Answer): Promise<{ answer: Answer; text: string }> {
  const text = await answer.text();
  return { answer: { ok: answer.ok, status: answer.status, text: async () => text }, text };
}

/**
 * The first `times` matching requests reach the server, which does its work; then the
 * connection drops and the answer is lost. `lost` holds those answers, `later` the answers to
 * the matching requests after them (the retries).
 */
export function answerLost(match: Match, times = 1) {
  let left = times;
  const lost: string[] = [];
  const later: string[] = [];
  const wire: Wire = async (request, deliver) => {
    if (!match(request)) return deliver();
    const { answer, text } = await kept(await deliver());
    if (left > 0) {
      left -= 1;
      lost.push(text);
      throw connectionReset();
    }
    later.push(text);
    return answer;
  };
  return { wire, lost, later };
}

/**
 * After `skip` matching requests that pass, the next `times` reach the server but their answer
 * never arrives: the transport's timeout gives up on them.
 */
export function neverAnswered(match: Match, { skip = 0, times = 1 } = {}) {
  let seen = 0;
  const wire: Wire = async (request, deliver) => {
    if (!match(request)) return deliver();
    seen += 1;
    const answer = await deliver();
    if (seen <= skip || seen > skip + times) return answer;
    return new Promise<never>(() => {});
  };
  return { wire };
}

/** Every matching request reaches the server twice (a retransmission); the device reads the second answer. */
export function deliveredTwice(match: Match) {
  const answers: [string, string][] = [];
  const wire: Wire = async (request, deliver) => {
    if (!match(request)) return deliver();
    const first = await kept(await deliver());
    const second = await kept(await deliver());
    answers.push([first.text, second.text]);
    return second.answer;
  };
  return { wire, answers };
}

/** Matching requests wait until `release()`; `arrived` resolves once one is waiting. */
export function held(match: Match) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const wire: Wire = async (request, deliver) => {
    if (!match(request)) return deliver();
    arrive();
    await gate;
    return deliver();
  };
  return { wire, arrived, release: () => release() };
}

/**
 * Keeps a copy of every matching request with its answer; `replay(n)` makes the network
 * deliver the n-th copy again (a stale duplicate nobody waits for) and resolves the server's
 * answer to it.
 */
export function copied(match: Match, redeliver: (request: Carried) => Promise<Answer>) {
  const copies: { request: Carried; answer: string }[] = [];
  const wire: Wire = async (request, deliver) => {
    if (!match(request)) return deliver();
    const { answer, text } = await kept(await deliver());
    copies.push({ request, answer: text });
    return answer;
  };
  async function replay(n: number): Promise<string> {
    const copy = copies[n];
    if (!copy) throw new Error(`No request ${n} was copied.`);
    return (await redeliver(copy.request)).text();
  }
  return { wire, copies, replay };
}

/** After `after` requests pass, the page is gone: every request after fails. */
export function pageDiesAfter(match: Match, after = 1) {
  let passed = 0;
  let dead = false;
  const wire: Wire = async (request, deliver) => {
    if (dead) throw connectionReset();
    const answer = await deliver();
    if (match(request) && ++passed >= after) {
      dead = true;
      throw connectionReset();
    }
    return answer;
  };
  return { wire };
}

/**
 * A server process over `db` that can die right after a commit: `dieAfterCommits(n)` lets n
 * more transactions commit, then `stop` runs (the database is closed) and from then on no
 * request gets an answer, as with a process gone. `database` is what the store must use.
 */
export function mortalProcess(db: Database, stop: () => Promise<void>) {
  let left = Number.POSITIVE_INFINITY;
  let dead = false;
  const database: Database = {
    dialect: db.dialect,
    query: db.query.bind(db),
    session: db.session.bind(db),
    close: () => db.close(),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const result = await db.transaction(fn);
      left -= 1;
      if (left === 0) {
        dead = true;
        await stop();
      }
      return result;
    },
  };
  const wire: Wire = async (_request, deliver) => {
    if (dead) throw connectionReset();
    const answer = await deliver();
    if (dead) throw connectionReset();
    return answer;
  };
  return {
    database,
    wire,
    dieAfterCommits(n: number) {
      left = n;
    },
    get dead() {
      return dead;
    },
  };
}
