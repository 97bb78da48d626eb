// The load generator of the server bench, run in a worker thread so that the clients do not
// share the server's event loop: `clients` loops over keep-alive HTTP/1.1 connections, each
// performing `reassess` on its own cases in turn (monitoring → monitoring, so every request is
// a valid action and no two clients ever write the same case). Requests that start during
// the warm-up are not counted.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { url, token, caseIds, clients, warmupMs, durationMs } = workerData;
const { hostname, port } = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const levels = ['high', 'medium'];

function post(path, body) {
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        hostname,
        port,
        method: 'POST',
        path,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', (error) => resolve({ status: 0, text: String(error) }));
      },
    );
    request.on('error', (error) => resolve({ status: 0, text: String(error) }));
    request.end(body);
  });
}

const latencies = [];
const statuses = {};
const samples = {};
let ok = 0;
let failed = 0;

async function loop(client, start, stop) {
  const own = caseIds.filter((_, i) => i % clients === client);
  for (let n = 0; performance.now() < stop; n += 1) {
    const caseId = own[n % own.length];
    const round = Math.floor(n / own.length);
    const body = JSON.stringify({ input: { riskLevel: levels[round % 2] } });
    const sent = performance.now();
    const { status, text } = await post(`/cases/${caseId}/actions/reassess`, body);
    if (sent < start) continue;
    latencies.push(performance.now() - sent);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) ok += 1;
    else {
      failed += 1;
      samples[status] ??= text.slice(0, 300);
    }
  }
}

const begun = performance.now();
const start = begun + warmupMs;
const stop = start + durationMs;
await Promise.all(Array.from({ length: clients }, (_, client) => loop(client, start, stop)));
const elapsed = performance.now() - start;
agent.destroy();
parentPort.postMessage({ ok, failed, statuses, samples, elapsed, latencies });
