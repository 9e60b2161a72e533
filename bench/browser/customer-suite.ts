/**
 * The customer side in the browser (issue 3): the JavaScript the customer page loads, gzipped,
 * beside a page of plain rjsf; and a 200-field form's first render and keystroke-to-frame time in
 * Kevyt's renderer beside plain rjsf (default theme), all in one Chromium run. The goal rows use a
 * form as real ones are built, 8 pages of 25 fields in sections: Kevyt renders page 1 (it renders
 * one page at a time), plain rjsf the whole compiled schema (it has no pages). Rows without goals
 * show the same with all 200 fields on one page, which both must then render whole. Forms are
 * mounted into the customer app's frame, which a customer always has on screen first; one more row
 * without a goal mounts page 1 as React's first render in a blank page, both ways.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Figure } from '../lib/report';
import { median } from '../lib/stats';
import { openBenchPage } from './lib/bench-page';
import { launchBenchBrowser } from './lib/chromium';
import { serveDir } from './lib/static-server';
import { buildApps, buildBenchPages, entryScripts } from './lib/vite-pages';
import type { ActionTiming, BenchForm, FormPageApi, InputFloorPageApi } from './pages/bench-api';

// 11 loads: a median of 7 moved by 20–30 ms between runs on the shared machines here.
const LOADS = Number(process.env.BENCH_RENDER_LOADS ?? 11);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 50);

function gzipKb(dir: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) / 1000;
}

function formApi(page: Page) {
  return {
    mount: (form: BenchForm) => page.evaluate((f) => (window.kevytBench as FormPageApi).mount(f), form),
    keystrokes: (n: number) => page.evaluate((count) => (window.kevytBench as FormPageApi).keystrokes(count), n),
    fieldCount: () => page.evaluate(() => (window.kevytBench as FormPageApi).fieldCount()),
  };
}

export async function run(): Promise<Figure[]> {
  const apps = await buildApps();
  const minimal = await buildBenchPages(['rjsf-minimal']);
  const pages = await buildBenchPages(['customer-form', 'plain-rjsf', 'input-floor']);
  const server = await serveDir(pages);
  const browser = await launchBenchBrowser();
  try {
    const customer = entryScripts(apps, 'runtime/index.html');
    const baselineScripts = entryScripts(minimal, 'rjsf-minimal.html');
    const customerKb = gzipKb(apps, customer.eager);
    const lazyKb = gzipKb(apps, customer.lazy);
    const rjsfKb = gzipKb(minimal, baselineScripts.eager);

    // First render: a fresh page load each time (cold code, as a customer meets it), all alternating.
    type Run = `${'customer-form' | 'plain-rjsf'}:${BenchForm}`;
    const runs: Array<[name: 'customer-form' | 'plain-rjsf', form: BenchForm]> = [
      ['customer-form', 'paged'], ['plain-rjsf', 'paged'], ['customer-form', 'single'], ['plain-rjsf', 'single'],
    ];
    const blankRuns = runs.filter(([, form]) => form === 'paged');
    const firstRender: Partial<Record<Run, number[]>> = {};
    const blankRender: Partial<Record<Run, number[]>> = {};
    const fields: Partial<Record<Run, number>> = {};
    for (let i = 0; i < LOADS; i++) {
      for (const [name, form] of runs) {
        const page = await openBenchPage(browser, server.url, name);
        (firstRender[`${name}:${form}`] ??= []).push(await formApi(page).mount(form));
        fields[`${name}:${form}`] = await formApi(page).fieldCount();
        await page.close();
      }
      for (const [name, form] of blankRuns) {
        const page = await openBenchPage(browser, server.url, name, 'in=blank');
        (blankRender[`${name}:${form}`] ??= []).push(await formApi(page).mount(form));
        await page.close();
      }
    }
    const keystroke: Partial<Record<Run, { toFrame: number; toCommit: number }>> = {};
    for (const [name, form] of runs) {
      const page = await openBenchPage(browser, server.url, name);
      const api = formApi(page);
      await api.mount(form);
      const samples: ActionTiming[] = await api.keystrokes(KEYSTROKES);
      keystroke[`${name}:${form}`] = { toFrame: median(samples.map((s) => s.toFrame)), toCommit: median(samples.map((s) => s.toCommit)) };
      await page.close();
    }
    // The browser alone: as many plain inputs as Kevyt's page showed, typed into by the same harness.
    const floor: Partial<Record<BenchForm, number>> = {};
    for (const form of ['paged', 'single'] as const) {
      const page = await openBenchPage(browser, server.url, 'input-floor');
      const controlCount = fields[`customer-form:${form}`] ?? 0;
      await page.evaluate((n) => (window.kevytBench as InputFloorPageApi).mount(n), controlCount);
      const samples: ActionTiming[] = await page.evaluate((n) => (window.kevytBench as InputFloorPageApi).keystrokes(n), KEYSTROKES);
      floor[form] = median(samples.map((s) => s.toFrame));
      await page.close();
    }
    const floorNote = (form: BenchForm) =>
      `browser alone (${fields[`customer-form:${form}`]} plain inputs, no framework, same harness): ${(floor[form] ?? NaN).toFixed(1)} ms`;
    const render = (run: Run) => median(firstRender[run] ?? []);
    const blank = (run: Run) => median(blankRender[run] ?? []);
    const key = (run: Run) => keystroke[run] ?? { toFrame: NaN, toCommit: NaN };
    const controls = (form: BenchForm) => `form controls rendered: Kevyt ${fields[`customer-form:${form}`]}, rjsf ${fields[`plain-rjsf:${form}`]}`;
    const commits = (form: BenchForm) =>
      `of which to React's commit (handlers + render): Kevyt ${key(`customer-form:${form}`).toCommit.toFixed(1)} ms, rjsf ${key(`plain-rjsf:${form}`).toCommit.toFixed(1)} ms`;

    return [
      {
        suite: 'customer', name: 'customer page JavaScript, gzipped (entry + static imports)', value: customerKb, unit: 'kB',
        goal: { op: '<=', value: 250 }, baseline: { name: 'page with only rjsf Form + validator-ajv8', value: rjsfKb },
        note: `${customer.eager.length} eager file(s); lazy chunks ${lazyKb.toFixed(1)} kB in ${customer.lazy.length} file(s)`,
      },
      {
        suite: 'customer', name: `200-field form in 8 pages, first render of page 1 (median of ${LOADS} page loads)`, value: render('customer-form:paged'), unit: 'ms',
        goal: { op: '<=', value: 150 }, baseline: { name: 'plain rjsf, the whole compiled schema', value: render('plain-rjsf:paged') },
        note: `8 pages × 25 fields in sections of 13 + 12, mounted into the customer app's frame; Kevyt renders page 1, rjsf all 200 fields; ${controls('paged')}`,
      },
      {
        suite: 'customer', name: `200-field form in 8 pages, first render of page 1 in a BLANK page (median of ${LOADS}; no goal: React's first render in the tab)`, value: blank('customer-form:paged'), unit: 'ms',
        baseline: { name: 'plain rjsf, the whole compiled schema, blank page', value: blank('plain-rjsf:paged') },
        note: 'no customer meets this: the customer app renders its frame before any form; shows what that first React render costs',
      },
      {
        suite: 'customer', name: `200-field form in 8 pages, keystroke to updated field on page 1 (median of ${KEYSTROKES})`, value: key('customer-form:paged').toFrame, unit: 'ms',
        goal: { op: '<=', value: 16 }, baseline: { name: 'plain rjsf, the whole compiled schema', value: key('plain-rjsf:paged').toFrame },
        ratioGoal: { op: '<=', value: 1.0 },
        note: `typed into page 1's text fields in both; ${commits('paged')}; ${floorNote('paged')}`,
      },
      {
        suite: 'customer', name: `200 fields on ONE page, first render (median of ${LOADS} page loads; no goal: no real form has this)`, value: render('customer-form:single'), unit: 'ms',
        baseline: { name: 'plain rjsf, same schema', value: render('plain-rjsf:single') },
        note: controls('single'),
      },
      {
        suite: 'customer', name: `200 fields on ONE page, keystroke to updated field (median of ${KEYSTROKES}; no goal)`, value: key('customer-form:single').toFrame, unit: 'ms',
        baseline: { name: 'plain rjsf, same schema', value: key('plain-rjsf:single').toFrame },
        note: `${commits('single')}; ${floorNote('single')}`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    for (const dir of [apps, minimal, pages]) rmSync(dir, { recursive: true, force: true });
  }
}
