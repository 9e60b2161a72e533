/**
 * The customer pages run under a CSP that forbids compiling code ('unsafe-eval'), so the form's
 * answers are checked with the server's precompiled check (validator.js). Saara comes back to her
 * saved draft of Helsinki's application for informal care support, mistypes her husband's
 * henkilötunnus, is stopped by the check in her browser, fixes it and sends. Any CSP violation or
 * script error on the way fails the walk.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../build/compile-hints';
import { readyPackExamples } from '../../form-library/library/index';
import { message } from '../../form-library/validation/messages';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { leaveDraft, offeredDeploymentId } from '../support/customer-services';
import { watchPageProblems } from '../support/page-problems';
import { stepOnToSummary } from '../support/customer-form-steps';
import { customerTexts } from '../../i18n/catalogs/customer';
import { rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';

const t = translator(customerTexts, 'fi');
const r = translator(rendererTexts, 'fi');
const exampleData = readyPackExamples['informal-care-support'];

let server: TestServer;
let browser: Browser;
let page: Page;
let deploymentId = 0;
const problems: string[] = [];
const checks: Response[] = [];
const scripts: Response[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  deploymentId = await offeredDeploymentId(server.url, 'informal-care-support');
  page = await (await browser.newContext({ locale: 'fi-FI' })).newPage();
  watchPageProblems(page, problems, { alsoCounts: /EvalError/ });
  page.on('response', (res) => {
    if (res.url().includes('/validator.js')) checks.push(res);
    if (/\/assets\/[^/]+\.js$/.test(new URL(res.url()).pathname)) scripts.push(res);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a customer page under a CSP without unsafe-eval', () => {
  it('serves the page with script-src \'self\' only', async () => {
    expect(deploymentId).toBeGreaterThan(0);
    // The draft Saara left in this browser: everything but her husband's identity code.
    await page.goto(`${server.url}/fi`);
    const caredPerson: Record<string, unknown> = { ...(exampleData.caredPerson as Record<string, unknown>) };
    delete caredPerson.caredPersonalId;
    await leaveDraft(page, { deploymentId, data: { ...exampleData, caredPerson }, idempotencyKey: 'a6f1c2d4-5b7e-4c1a-9f3e-2d8b6a4c0e17' });

    const response = await page.goto(`${server.url}/fi/asioi/091/palvelu/${deploymentId}`);
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
    await page.getByText(t('draftRestored')).waitFor();
  });

  it('loads the form engine as one chunk marked for eager compiling (build/compile-hints.ts), the rest unmarked', async () => {
    // Read again from the server: the browser drops a response's body when the page navigates.
    const paths = [...new Set(scripts.map((s) => new URL(s.url()).pathname))];
    const starts = await Promise.all(paths.map(async (path) => [path, (await (await fetch(server.url + path)).text()).slice(0, COMPILE_HINT.length)] as const));
    const marked = starts.filter(([, start]) => start === COMPILE_HINT).map(([path]) => path);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/\/assets\/FormRenderer-[^/]+\.js$/);
    expect(starts.length).toBeGreaterThan(1);
  });

  it('stops a wrong henkilötunnus in the browser, with the precompiled check, naming what is wrong once', async () => {
    const cared = page.getByRole('group', { name: /^Hoidettavan tiedot/ });
    const identityCode = cared.getByLabel(/^Henkilötunnus/);
    const field = page.locator('.field').filter({ has: identityCode });
    const summary = page.getByRole('alert').filter({ hasText: r('errorSummaryTitle') });
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    // A birth date in 2088 (century sign D): DVV gives codes only to people already born.
    const future = message('personalId.future', 'fi');
    await identityCode.fill('051288D0131');
    await field.getByText(future).waitFor();
    await page.getByRole('button', { name: new RegExp(`^${r('next')}`) }).click();
    await summary.getByRole('link', { name: new RegExp(escape(future)) }).waitFor();
    await expect.poll(() => field.getByText(future).count()).toBe(1);

    // A wrong check character: the field and the summary say that, and only that.
    const wrongCheck = message('personalId.check', 'fi');
    await identityCode.fill('120345-923K');
    await summary.getByRole('link', { name: new RegExp(escape(wrongCheck)) }).waitFor();
    await expect.poll(() => field.getByText(wrongCheck).count()).toBe(1);
    expect(await field.getByText(future).count()).toBe(0);
    await expectNoAxeViolations(page, 'the first page with a wrong identity code');

    expect(checks.map((c) => [new URL(c.url()).pathname, c.status(), c.headers()['content-type']])).toEqual([
      [`/api/deployments/${deploymentId}/validator.js`, 200, 'text/javascript; charset=utf-8'],
    ]);
    expect(problems).toEqual([]);
  });

  it('sends once the code is right, and no script ever broke the policy', async () => {
    await page.getByRole('group', { name: /^Hoidettavan tiedot/ }).getByLabel(/^Henkilötunnus/).fill('120345-923J');
    await stepOnToSummary(page, 1, { name: 'Marjatta Mäkinen', email: 'marjatta.makinen@example.fi' });
    await page.getByRole('button', { name: t('send'), exact: true }).click();
    await page.getByRole('heading', { name: t('receiptTitle') }).waitFor();
    await expect.poll(() => page.getByTestId('reference').textContent()).toMatch(/^KV-\d{4}-\d{6}$/);
    expect(problems).toEqual([]);
  });
});
