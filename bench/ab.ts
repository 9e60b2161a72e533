/**
 * `npm run bench:ab -- <git ref> [suites…]`: the same suites of this checkout (B) and of an earlier
 * commit (A), in one run, alternating A, B, B, A… for `BENCH_AB_ROUNDS` rounds (2), so that a busy
 * neighbour weighs on both alike. Each side runs its own `bench/run.ts`, code and benches as they
 * were at that commit; the figures both name are printed side by side with B / A and each side's
 * ratio to its own same-run baseline. A change is judged on these ratios, not on a figure from
 * another day.
 *
 * A is checked out as a detached worktree in a temporary folder. It uses this checkout's installed
 * packages when every dependency A names is installed here at the version A's lock file holds
 * (packages only added since: the usual case); otherwise it gets its own `npm ci`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Figure } from './lib/report';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 2);

const [ref, ...suites] = process.argv.slice(2);
if (!ref) {
  console.error('usage: npm run bench:ab -- <git ref of A> [suite …]');
  process.exit(2);
}

interface LockFile {
  packages: Record<string, { version?: string }>;
}

/** Whether every package A's lock file installs at top level is installed here at that version. */
function sharesInstalledPackages(lockA: LockFile): boolean {
  for (const [path, entry] of Object.entries(lockA.packages)) {
    if (!path.startsWith('node_modules/') || path.slice('node_modules/'.length).includes('node_modules/')) continue;
    const installed = join(ROOT, path, 'package.json');
    if (!existsSync(installed)) return false;
    const version = (JSON.parse(readFileSync(installed, 'utf8')) as { version?: string }).version;
    if (entry.version && version !== entry.version) return false;
  }
  return true;
}

function checkOutA(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kevyt-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'inherit' });
  const lockA = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as LockFile;
  if (sharesInstalledPackages(lockA)) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/** One run of `bench/run.ts` in `dir`: its figures, read from the results file it writes. */
function runSide(label: string, dir: string): Figure[] {
  console.log(`\n=== ${label} (${dir === ROOT ? 'this checkout' : ref})`);
  const run = spawnSync('npx', ['tsx', 'bench/run.ts', ...suites], { cwd: dir, stdio: 'inherit' });
  // A failed suite is reported above; the figures of the others are still in the results file.
  if (run.status !== 0) console.error(`${label}: bench/run.ts exited with ${run.status}; its failed suites have no figures`);
  return (JSON.parse(readFileSync(join(dir, 'bench/results/latest.json'), 'utf8')) as { figures: Figure[] }).figures;
}

const key = (f: Figure) => `${f.suite} · ${f.name}`;
const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dirA = checkOutA();
const runs: Record<'A' | 'B', Figure[][]> = { A: [], B: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    // A, B then B, A: neither side always runs first on a machine that warms or cools.
    const order: Array<'A' | 'B'> = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) runs[side].push(runSide(`round ${round + 1}, ${side}`, side === 'A' ? dirA : ROOT));
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', dirA], { cwd: ROOT });
  rmSync(dirA, { recursive: true, force: true });
}

/** The median over rounds of a figure's value and of its ratio to its baseline. */
function summary(side: Figure[][], name: string): { value: number; ratio: number | null; unit: string } | null {
  const found = side.map((figures) => figures.find((f) => key(f) === name)).filter((f): f is Figure => f !== undefined);
  if (found.length === 0) return null;
  const ratios = found.filter((f) => f.baseline).map((f) => f.value / f.baseline!.value);
  return { value: median(found.map((f) => f.value)), ratio: ratios.length ? median(ratios) : null, unit: found[0].unit };
}

console.log(`\n=== A = ${ref}, B = this checkout; medians over ${ROUNDS} rounds (ratio: to the side's own baseline in its run)`);
const names = [...new Set(runs.B.flat().map(key))];
for (const name of names) {
  const a = summary(runs.A, name);
  const b = summary(runs.B, name);
  if (!a || !b) {
    console.log(`${name}: only in ${a ? 'A' : 'B'}`);
    continue;
  }
  const ratios = a.ratio !== null && b.ratio !== null ? ` | to baseline A ${a.ratio.toFixed(2)}, B ${b.ratio.toFixed(2)}` : '';
  console.log(`${name}: A ${fmt(a.value)} ${a.unit}, B ${fmt(b.value)} ${b.unit}, B / A ${(b.value / a.value).toFixed(2)}${ratios}`);
}
