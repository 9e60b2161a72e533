/**
 * Loading the send route: autocannon against a server process with a fresh idempotency key per
 * request, the server's CPU time per answered request from /proc, and the bench service (the
 * 30-field pack) published and deployed through the public API, as staff would.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ChildServer } from './child-server';
import { BenchClient } from './bench-client';
import { DEMO_ADMIN_HELSINKI, DEMO_COORDINATOR } from './demo-accounts';
import { thirtyFieldData, thirtyFieldPack } from '../fixtures/thirty-field-service';

export const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU time of the server process (all its threads) per answered request, in µs; null off Linux. */
  cpuPerRequest: number | null;
}

/** User + system CPU time of a process in µs, from /proc (Linux); null where there is none. */
function processCpuUs(pid: number): number | null {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

export async function load(server: ChildServer, path: string, headers: Record<string, string>, body: () => string, connections = CONNECTIONS): Promise<LoadResult> {
  const cpuBefore = processCpuUs(server.pid);
  const result = await autocannon({
    url: `${server.url}${path}`,
    method: 'POST',
    connections,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  const cpuAfter = processCpuUs(server.pid);
  const cpuPerRequest = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null;
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, cpuPerRequest };
}

/** Publishes the 30-field pack and deploys it for Helsinki through the public API, as staff would. */
export async function deployBenchService(baseUrl: string): Promise<number> {
  const coordinator = new BenchClient(baseUrl);
  await coordinator.login(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password);
  const { id: packId } = await coordinator.post<{ id: number }>('/api/packs', { content: thirtyFieldPack });
  const { version } = await coordinator.post<{ version: number }>(`/api/packs/${packId}/publish`, { changelog: 'Benchmark pack' });
  const admin = new BenchClient(baseUrl);
  await admin.login(DEMO_ADMIN_HELSINKI.email, DEMO_ADMIN_HELSINKI.password);
  const { id } = await admin.post<{ id: number }>('/api/deployments', { packId, version, serviceId: 'bench-notification' });
  return id;
}

/** A send's body to the bench service: the 30 fields' answers, a new idempotency key each time. */
export const sendBody = (deploymentId: number) => () =>
  JSON.stringify({
    deploymentId,
    municipality: '091',
    data: thirtyFieldData,
    contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@example.fi' },
    lang: 'fi',
    idempotencyKey: randomUUID(),
  });
