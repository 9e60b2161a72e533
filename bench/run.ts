/**
 * `npm run bench`: runs every benchmark suite (or those named: `npm run bench -- inbox`), prints one
 * line per figure with its goal and its same-run baseline, and writes bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { formatFigure, type Figure } from './lib/report';

type Suite = { name: string; load: () => Promise<{ run(): Promise<Figure[]> }> };

const SUITES: Suite[] = [
  { name: 'submissions', load: () => import('./suites/submissions') },
  { name: 'postgres', load: () => import('./suites/postgres-sends') },
  { name: 'inbox', load: () => import('./suites/inbox-and-offering') },
  { name: 'inbox-postgres', load: () => import('./suites/inbox-postgres') },
  { name: 'projects', load: () => import('./suites/projects') },
  { name: 'integration', load: () => import('./suites/integration-pull') },
  { name: 'customer', load: () => import('./browser/customer-suite') },
  { name: 'designer', load: () => import('./browser/designer-suite') },
  { name: 'phone', load: () => import('./browser/phone-suite') },
];

const wanted = process.argv.slice(2);
const selected = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Kevyt benchmarks on ${machine}`);

const figures: Figure[] = [];
let failed = false;
for (const suite of selected) {
  console.log(`\n== ${suite.name}`);
  try {
    const results = await (await suite.load()).run();
    for (const f of results) console.log(formatFigure(f));
    figures.push(...results);
  } catch (err) {
    failed = true;
    console.error(`${suite.name} failed: ${err instanceof Error ? err.stack : String(err)}`);
  }
}
const out = resolve(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), machine, figures }, null, 2));
process.exit(failed ? 1 : 0);
