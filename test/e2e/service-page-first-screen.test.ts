/**
 * Matti opens Helsinki's notification of temporary food sales on a slow phone. The server sends the
 * form's first screen already rendered: the first field is in the HTML, to read and type in before
 * any script has run. Matti starts typing the business's name at once; when the scripts arrive
 * and the app takes the page over (hydrates it), what he typed stays, in the field and in the app's
 * draft, and his cursor stays in the field. No hydration mismatch, no CSP report, no script error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftKey } from '../../runtime/customer/drafts';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { offeredDeploymentId } from '../support/customer-services';
import { watchPageProblems } from '../support/page-problems';

let server: TestServer;
let browser: Browser;
let deploymentId = 0;
let servicePath = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  deploymentId = await offeredDeploymentId(server.url, 'temporary-food-sales');
  servicePath = `/fi/asioi/091/palvelu/${deploymentId}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  watchPageProblems(page, problems, { consoleTypes: ['error', 'warning'] });
  return problems;
}

describe('a service page rendered on the server', () => {
  it('holds the form\'s first field in its HTML', async () => {
    expect(deploymentId).toBeGreaterThan(0);
    const res = await fetch(server.url + servicePath);
    const html = await res.text();
    const root = html.slice(html.indexOf('<div id="root">'));
    expect(root).toMatch(/<label[^>]*>Toimijan nimi/);
    expect(root).toMatch(/<input[^>]* id="root_[^"]+"/);
    expect(html).toContain('<html lang="fi">');
  });

  it('shows that field, ready to type in, in a browser that runs no script', async () => {
    const context = await browser.newContext({ locale: 'fi-FI', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url + servicePath);
      const field = page.getByLabel(/^Toimijan nimi/);
      await expect(field.isVisible()).resolves.toBe(true);
      await field.fill('Kahvila Kaivopuisto Oy');
      await expect(field.inputValue()).resolves.toBe('Kahvila Kaivopuisto Oy');
    } finally {
      await context.close();
    }
  });

  it('keeps what is typed before the scripts run when the app takes the page over', async () => {
    const context: BrowserContext = await browser.newContext({ locale: 'fi-FI' });
    try {
      // The phone's slow connection, made certain: no script of the app arrives until Matti has typed.
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await context.route('**/assets/*.js', async (route) => {
        await released;
        await route.continue();
      });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(server.url + servicePath, { waitUntil: 'commit' });
      const field = page.getByLabel(/^Toimijan nimi/);
      await field.click();
      await field.pressSequentially('Kahvila Kaivo');
      const key = draftKey(deploymentId, '091');
      // Nothing has run yet: no draft, the text only in the field.
      await expect(page.evaluate((k) => localStorage.getItem(k), key)).resolves.toBeNull();

      release();
      // The app has the text in its own state: its draft, saved once typing pauses, holds it.
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key)).toContain('Kahvila Kaivo');
      await expect(field.inputValue()).resolves.toBe('Kahvila Kaivo');
      await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toBe(await field.getAttribute('id'));
      // And typing goes on where it was, now through the app.
      await field.press('End');
      await field.pressSequentially('puisto Oy');
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key)).toContain('Kahvila Kaivopuisto Oy');
      await expect(field.inputValue()).resolves.toBe('Kahvila Kaivopuisto Oy');
      await expectNoAxeViolations(page, 'the server-rendered food-sales notification, hydrated');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
