/**
 * The customer side in the browser (issue 3): the JavaScript the customer page loads, gzipped,
 * beside a page of plain rjsf; and a 200-field form's first render and keystroke-to-frame time in
 * Kevyt's renderer beside plain rjsf (default theme, same compiled schema), all in one Chromium run.
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
import type { ActionTiming, FormPageApi } from './pages/bench-api';

const LOADS = Number(process.env.BENCH_RENDER_LOADS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 50);

function gzipKb(dir: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) / 1000;
}

function formApi(page: Page) {
  return {
    mount: () => page.evaluate(() => (window.kevytBench as FormPageApi).mount()),
    keystrokes: (n: number) => page.evaluate((count) => (window.kevytBench as FormPageApi).keystrokes(count), n),
    fieldCount: () => page.evaluate(() => (window.kevytBench as FormPageApi).fieldCount()),
  };
}

export async function run(): Promise<Figure[]> {
  const apps = await buildApps();
  const minimal = await buildBenchPages(['rjsf-minimal']);
  const pages = await buildBenchPages(['customer-form', 'plain-rjsf']);
  const server = await serveDir(pages);
  const browser = await launchBenchBrowser();
  try {
    const customer = entryScripts(apps, 'runtime/index.html');
    const baselineScripts = entryScripts(minimal, 'rjsf-minimal.html');
    const customerKb = gzipKb(apps, customer.eager);
    const lazyKb = gzipKb(apps, customer.lazy);
    const rjsfKb = gzipKb(minimal, baselineScripts.eager);

    // First render: a fresh page load each time (cold code, as a customer meets it), alternating the two.
    const firstRender: Record<'customer-form' | 'plain-rjsf', number[]> = { 'customer-form': [], 'plain-rjsf': [] };
    const fields: Record<string, number> = {};
    for (let i = 0; i < LOADS; i++) {
      for (const name of ['customer-form', 'plain-rjsf'] as const) {
        const page = await openBenchPage(browser, server.url, name);
        firstRender[name].push(await formApi(page).mount());
        fields[name] = await formApi(page).fieldCount();
        await page.close();
      }
    }
    const keystroke: Record<string, { toFrame: number; toCommit: number }> = {};
    for (const name of ['customer-form', 'plain-rjsf'] as const) {
      const page = await openBenchPage(browser, server.url, name);
      const api = formApi(page);
      await api.mount();
      const samples: ActionTiming[] = await api.keystrokes(KEYSTROKES);
      keystroke[name] = { toFrame: median(samples.map((s) => s.toFrame)), toCommit: median(samples.map((s) => s.toCommit)) };
      await page.close();
    }

    return [
      {
        suite: 'customer', name: 'customer page JavaScript, gzipped (entry + static imports)', value: customerKb, unit: 'kB',
        goal: { op: '<=', value: 250 }, baseline: { name: 'page with only rjsf Form + validator-ajv8', value: rjsfKb },
        note: `${customer.eager.length} eager file(s); lazy chunks ${lazyKb.toFixed(1)} kB in ${customer.lazy.length} file(s)`,
      },
      {
        suite: 'customer', name: `200-field form first render (median of ${LOADS} page loads)`, value: median(firstRender['customer-form']), unit: 'ms',
        goal: { op: '<=', value: 150 }, baseline: { name: 'plain rjsf, same schema', value: median(firstRender['plain-rjsf']) },
        note: `form controls rendered: Kevyt ${fields['customer-form']}, rjsf ${fields['plain-rjsf']}`,
      },
      {
        suite: 'customer', name: `keystroke to updated field (median of ${KEYSTROKES})`, value: keystroke['customer-form'].toFrame, unit: 'ms',
        goal: { op: '<=', value: 16 }, baseline: { name: 'plain rjsf, same schema', value: keystroke['plain-rjsf'].toFrame },
        ratioGoal: { op: '<=', value: 1.0 },
        note: `of which to React's commit (handlers + render): Kevyt ${keystroke['customer-form'].toCommit.toFixed(1)} ms, rjsf ${keystroke['plain-rjsf'].toCommit.toFixed(1)} ms`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    for (const dir of [apps, minimal, pages]) rmSync(dir, { recursive: true, force: true });
  }
}
