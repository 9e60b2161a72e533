/**
 * POST /api/submissions with a 30-field form and full server-side validation, against a bare
 * Express route parsing the same body — both in their own process, loaded by autocannon from this
 * one, measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer } from '../lib/child-server';
import type { Figure } from '../lib/report';
import { BenchClient } from '../lib/bench-client';
import { CONNECTIONS, deployBenchService, DURATION_S, load, sendBody, type LoadResult } from '../lib/send-load';

export async function run(): Promise<Figure[]> {
  const bodyOf = sendBody;

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
