/**
 * Matti opens Helsinki's notification of temporary food sales from a link on his phone, and comes
 * back to it the next day. The real build and server: every asset comes precompressed, the form and
 * its check are fetched beside the form engine's chunk (not after it has run), each once, and on
 * the second visit nothing but the page itself goes over the network. All under the strict CSP.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { offeredService } from '../support/customer-services';
import { watchPageProblems } from '../support/page-problems';

interface Loaded {
  path: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
}

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let servicePath = '';
let formVersion = 0;
let deploymentId = 0;
const problems: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const food = await offeredService(server.url, 'temporary-food-sales');
  if (!food) throw new Error('temporary-food-sales is not offered in Helsinki');
  ({ deploymentId, packVersion: formVersion } = food);
  servicePath = `/fi/asioi/091/palvelu/${deploymentId}`;
  context = await browser.newContext({ locale: 'fi-FI' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openService(): Promise<{ page: Page; loaded: Loaded[] }> {
  const page = await context.newPage();
  watchPageProblems(page, problems, { consoleTypes: ['error', 'warning'] });
  await page.goto(server.url + servicePath);
  // The field comes in the server-rendered HTML; the app has taken the page over (hydrated it) once
  // it has titled the page after the service.
  await page.getByLabel(/^Toimijan nimi/).waitFor();
  await page.waitForFunction(() => document.title.includes(' – '));
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      const url = new URL(r.name);
      return { path: url.pathname + url.search, startTime: r.startTime, responseEnd: r.responseEnd, transferSize: r.transferSize };
    }),
  );
  return { page, loaded };
}

describe('a service page on a phone', () => {
  it('comes from a build whose every script and style has brotli and gzip siblings', () => {
    const assets = join(inject('distDir'), 'assets');
    const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f) && statSync(join(assets, f)).size >= 1024);
    expect(files.length).toBeGreaterThan(5);
    const names = new Set(readdirSync(assets));
    expect(files.filter((f) => !names.has(`${f}.br`) || !names.has(`${f}.gz`))).toEqual([]);
  });

  it('asks for the form and its check beside the form engine\'s chunk, each once, and the browser receives them compressed', async () => {
    const responses: Array<{ path: string; encoding: string | undefined }> = [];
    context.on('response', (res) => {
      const url = new URL(res.url());
      if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/api/deployments/')) {
        void res.allHeaders().then((h) => responses.push({ path: url.pathname + url.search, encoding: h['content-encoding'] }));
      }
    });
    const { page, loaded } = await openService();
    const engine = loaded.find((l) => /^\/assets\/FormRenderer-[^/]+\.js$/.test(l.path));
    // Over the network (the app's own request may come after the preload has finished, and is then
    // answered by the cache: a second entry with nothing transferred).
    const fetched = (path: string) => loaded.filter((l) => l.path === path && l.transferSize > 0);
    const form = fetched(`/api/deployments/${deploymentId}/form?lang=fi&version=${formVersion}`);
    const check = fetched(`/api/deployments/${deploymentId}/validator.js?version=${formVersion}`);
    expect(engine).toBeDefined();
    expect(form).toHaveLength(1);
    expect(check).toHaveLength(1);
    // Before, the form was asked for only once the engine's chunk had arrived and run.
    expect(form[0].startTime).toBeLessThan(engine?.responseEnd ?? 0);
    expect(check[0].startTime).toBeLessThan(engine?.responseEnd ?? 0);

    await expect.poll(() => responses.filter((r) => r.path.startsWith('/assets/FormRenderer-')).length).toBe(1);
    const engineResponse = responses.find((r) => r.path.startsWith('/assets/FormRenderer-'));
    expect(engineResponse?.encoding).toBe('br');
    expect(responses.find((r) => r.path.startsWith(`/api/deployments/${deploymentId}/form`))?.encoding).toBe('br');

    await page.getByLabel(/^Toimijan nimi/).fill('Kahvila Kaivopuisto Oy');
    await expectNoAxeViolations(page, 'the food-sales notification on its first visit');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('on the second visit takes the scripts, the form and its check from the cache', async () => {
    const { page, loaded } = await openService();
    const fromNetwork = loaded.filter((l) => l.transferSize > 0).map((l) => l.path);
    expect(fromNetwork).toEqual([]);
    expect(loaded.some((l) => l.path.startsWith(`/api/deployments/${deploymentId}/form`))).toBe(true);
    // What was typed yesterday is still there (the draft), so the page is the same app, not a stale copy.
    await expect.poll(() => page.getByLabel(/^Toimijan nimi/).inputValue()).toBe('Kahvila Kaivopuisto Oy');
    await page.close();
    expect(problems).toEqual([]);
  });
});
