/**
 * The API documentation page, walked in headless Chromium under the builder's real CSP.
 *
 * Helsinki's admin opens "Rajapintakuvaus" beside "API-avaimet" in the builder's menu and reads the
 * integration API as the OpenAPI document describes it: the feed of new and changed cases, one
 * case, its attachment download, the acknowledgement, with their examples, rendered by Scalar's API
 * reference, which loads as a chunk of its own only then. No CSP violation, no script error, no
 * request beyond this server; axe-core finds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HELSINKI_ADMIN } from '../server/case-fixtures';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { signInStaffAt } from '../support/browser-staff-sign-in';
import { startTestServer, type TestServer } from '../support/server';
import { watchPageProblems } from '../support/page-problems';

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const scripts: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'fi-FI' })).newPage();
  watchPageProblems(page, problems);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== server.url && url.protocol !== 'data:') problems.push(`request beyond the server: ${req.url()}`);
    if (/\/assets\/[^/]+\.js$/.test(url.pathname)) scripts.push(url.pathname);
  });
  // Every CSP violation the page sees, also those the console does not word as errors.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The built builder's chunks, by the module they came from (Vite's manifest). */
function builderChunks(): { eager: Set<string>; lazy: Set<string>; fileOf: (src: string) => string | undefined } {
  const manifest = JSON.parse(readFileSync(join(inject('distDir'), '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;
  const eager = new Set<string>();
  const walk = (key: string) => {
    if (eager.has(key)) return;
    eager.add(key);
    for (const next of manifest[key]?.imports ?? []) walk(next);
  };
  walk('builder/index.html');
  const lazy = new Set(Object.values(manifest).flatMap((m) => m.dynamicImports ?? []));
  return { eager, lazy, fileOf: (src) => manifest[src]?.file };
}

describe('the API documentation page', () => {
  it('is not part of the builder’s first load: the API reference is a chunk of its own, loaded lazily', () => {
    const { eager, lazy, fileOf } = builderChunks();
    expect(lazy.has('builder/api-docs/ApiReference.tsx')).toBe(true);
    expect(eager.has('builder/api-docs/ApiReference.tsx')).toBe(false);
    expect(fileOf('builder/api-docs/ApiReference.tsx')).toMatch(/^assets\/.+\.js$/);
  });

  it('shows the admin the integration routes with their examples, under the strict CSP, accessibly', async () => {
    await signInStaffAt(page, server.url, `${server.url}/builder/fi/api-keys`, HELSINKI_ADMIN);
    await page.getByRole('heading', { name: 'API-avaimet', level: 1 }).waitFor();
    // The builder asks who is signed in before the sign-in (401): from here on, nothing may go wrong.
    problems.length = 0;
    const reference = fileOfReference();
    expect(scripts.some((s) => s.endsWith(reference))).toBe(false);

    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Rajapintakuvaus' }).click();
    await page.getByRole('heading', { name: 'Rajapintakuvaus', level: 1 }).waitFor();
    const docs = page.getByRole('region', { name: 'Integraatiorajapinnan kuvaus' });
    await docs.getByText('The authority’s new and changed cases, in the order of their latest change, after a cursor').first().waitFor();
    await expect.poll(() => scripts.some((s) => s.endsWith(reference))).toBe(true);
    for (const summary of [
      'One case of the authority, with its answers, its attachments and the reference of its submission contract',
      'Download one attachment of the case',
      'Records that the case reached the case-management system, with its reference there',
    ]) await expect.poll(() => docs.getByText(summary).count(), { message: summary }).toBeGreaterThan(0);
    // The feed's route opened: its cursor parameter and its answer, with the contract's examples.
    await docs.getByRole('complementary').getByRole('link', { name: /^The authority’s new and changed cases, .* HTTP Method: GET$/ }).click();
    await expect.poll(() => docs.getByText('s90215').count()).toBeGreaterThan(0);
    await expect.poll(() => docs.getByText(/KV-2026-004711/).count()).toBeGreaterThan(0);
    // Only the integration part: the desk's inbox is not in it.
    expect(await docs.getByText('The authority’s inbox, one page').count()).toBe(0);

    // That page's document alone allows the reference's inline styles; its scripts stay as strict as the builder's.
    const csp = (await fetch(`${server.url}/builder/fi/api-docs`)).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|;)script-src 'self' 'unsafe-eval'(;|$)/);
    expect(csp).toMatch(/(^|;)style-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|;)style-src-elem 'self'( 'sha256-[A-Za-z0-9+/=]+'){2}(;|$)/);
    expect(csp).toMatch(/(^|;)style-src-attr 'unsafe-inline'(;|$)/);
    const elsewhere = (await fetch(`${server.url}/builder/fi/api-keys`)).headers.get('content-security-policy') ?? '';
    expect(elsewhere).toMatch(/(^|;)style-src 'self'(;|$)/);
    expect(elsewhere).not.toMatch(/style-src-(elem|attr)|unsafe-inline/);
    await expectNoAxeViolations(page, 'API documentation');
    expect(problems).toEqual([]);
  });

  it('leaves the page into a document of its own, under the builder’s usual CSP', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'API-avaimet' }).click();
    await page.getByRole('heading', { name: 'API-avaimet', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]?.name ?? '').pathname)).toBe('/builder/fi/api-keys');
    // And back with the browser's own button: the page loads itself as its own document again.
    await page.goBack();
    await page.getByRole('heading', { name: 'Rajapintakuvaus', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]?.name ?? '').pathname)).toBe('/builder/fi/api-docs');
    await page.getByRole('region', { name: 'Integraatiorajapinnan kuvaus' }).getByText('Download one attachment of the case').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('downloads the whole OpenAPI document from the page', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Lataa koko rajapintakuvaus (OpenAPI 3.1, JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kevyt-openapi.json');
    const doc = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/integration/v1/cases']).toBeDefined();
    expect(problems).toEqual([]);
  });
});

function fileOfReference(): string {
  const file = builderChunks().fileOf('builder/api-docs/ApiReference.tsx');
  if (!file) throw new Error('the build has no chunk of the API reference');
  return `/${file}`;
}
