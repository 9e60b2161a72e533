/**
 * POST /api/submissions with a 30-field form and full server-side validation, against a bare
 * Express route parsing the same body — both in their own process, loaded by autocannon from this
 * one, measured in the same run.
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startChildServer, type ChildServer } from '../lib/child-server';
import type { Figure } from '../lib/report';
import { thirtyFieldData, thirtyFieldPack } from '../fixtures/thirty-field-service';
import { BenchClient } from '../lib/bench-client';
import { DEMO_ADMIN_HELSINKI, DEMO_COORDINATOR } from '../lib/demo-accounts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface LoadResult {
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

async function load(server: ChildServer, path: string, headers: Record<string, string>, body: () => string): Promise<LoadResult> {
  const cpuBefore = processCpuUs(server.pid);
  const result = await autocannon({
    url: `${server.url}${path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  const cpuAfter = processCpuUs(server.pid);
  const cpuPerRequest = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null;
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, cpuPerRequest };
}

/** Publishes the 30-field pack and deploys it for Helsinki through the public API, as staff would. */
async function deployBenchService(baseUrl: string): Promise<number> {
  const coordinator = new BenchClient(baseUrl);
  await coordinator.login(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password);
  const { id: packId } = await coordinator.post<{ id: number }>('/api/packs', { content: thirtyFieldPack });
  const { version } = await coordinator.post<{ version: number }>(`/api/packs/${packId}/publish`, { changelog: 'Benchmark pack' });
  const admin = new BenchClient(baseUrl);
  await admin.login(DEMO_ADMIN_HELSINKI.email, DEMO_ADMIN_HELSINKI.password);
  const { id } = await admin.post<{ id: number }>('/api/deployments', { packId, version, serviceId: 'bench-notification' });
  return id;
}

export async function run(): Promise<Figure[]> {
  const bodyOf = (deploymentId: number) => () =>
    JSON.stringify({
      deploymentId,
      municipality: '091',
      data: thirtyFieldData,
      contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@example.fi' },
      lang: 'fi',
      idempotencyKey: randomUUID(),
    });

  const bare = await startChildServer('bench/servers/bare-express.ts');
  const dir = mkdtempSync(join(tmpdir(), 'kevyt-bench-'));
  // The load comes from this machine: it is allowed past the rate limits, as a load test is by
  // configuration (README "Configuration"); the send path still runs the limit's allow-list check.
  const kevyt = await startChildServer('bench/servers/kevyt-server.ts', [join(dir, 'bench.db'), join(dir, 'files')], { RATE_LIMIT_ALLOW: '127.0.0.1' });
  try {
    const deploymentId = await deployBenchService(kevyt.url);
    const customer = new BenchClient(kevyt.url);
    const csrf = await customer.csrfHeaders();
    // Warm both up, then measure each twice, interleaved, and keep each one's better round:
    // the machine is shared, and interleaving spreads its noise over both.
    await load(bare, '/bare', {}, bodyOf(deploymentId));
    await load(kevyt, '/api/submissions', csrf, bodyOf(deploymentId));
    // BENCH_CPU_PROFILE=<file>: the Kevyt server profiles the measured rounds (bench/servers/kevyt-server.ts).
    if (process.env.BENCH_CPU_PROFILE) kevyt.signal('SIGUSR2');
    const bareRounds: LoadResult[] = [];
    const kevytRounds: LoadResult[] = [];
    for (let round = 0; round < 2; round++) {
      bareRounds.push(await load(bare, '/bare', {}, bodyOf(deploymentId)));
      kevytRounds.push(await load(kevyt, '/api/submissions', csrf, bodyOf(deploymentId)));
    }
    const best = (rounds: LoadResult[]) => rounds.reduce((a, b) => (b.rps > a.rps ? b : a));
    const b = best(bareRounds);
    const k = best(kevytRounds);
    if (k.non2xx > 0 || k.errors > 0) throw new Error(`submissions answered ${k.non2xx} non-2xx and ${k.errors} errors`);
    return [
      {
        suite: 'submissions', name: 'POST /api/submissions throughput (30 fields, validated, committed)', value: k.rps, unit: 'req/s',
        goal: { op: '>=', value: 1500 }, baseline: { name: 'bare Express route', value: b.rps }, ratioGoal: { op: '>=', value: 0.35 },
        note: `${CONNECTIONS} connections, ${DURATION_S} s`,
      },
      {
        suite: 'submissions', name: 'POST /api/submissions p99 latency', value: k.p99, unit: 'ms',
        baseline: { name: 'bare Express route', value: b.p99 },
      },
      // Less sensitive to a loaded machine than req/s, which mostly tells how much CPU a process got.
      ...(k.cpuPerRequest !== null && b.cpuPerRequest !== null
        ? [{
            suite: 'submissions', name: 'POST /api/submissions server CPU per request', value: k.cpuPerRequest, unit: 'µs',
            baseline: { name: 'bare Express route', value: b.cpuPerRequest },
            note: 'all threads of the server process, from /proc, in the rounds above',
          }]
        : []),
    ];
  } finally {
    await kevyt.stop();
    await bare.stop();
    // The database grows by some 150 MB a run; a temporary folder left behind fills the disk.
    rmSync(dir, { recursive: true, force: true });
  }
}
