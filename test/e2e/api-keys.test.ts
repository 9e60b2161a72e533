/**
 * API keys and the case-management acknowledgement, walked in headless Chromium against a real server.
 *
 * Helsinki's admin opens "API-avaimet" from the builder's menu, reads what keys are for, makes a
 * key (a forgotten scope is pointed out first), sees it once, and the key pulls cases; the case
 * management system acknowledges a case with it, and the handler sees the reference on the case.
 * The admin then revokes the key after confirming, and it is refused. axe-core checks every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { signInStaffAt } from '../support/browser-staff-sign-in';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { HELSINKI_ADMIN, HELSINKI_HANDLER, send, type Receipt } from '../server/case-fixtures';

let server: TestServer;
let browser: Browser;
let sent: Receipt;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  sent = (await send(new ApiClient(server.url), { serviceId: 'event-noise', municipality: '091', email: 'avain.kavely@example.fi' })).body;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const withKey = (token: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('an admin’s API keys and the acknowledgement they carry', () => {
  it('makes a key shown once, pulls and acknowledges with it, shows the reference to the handler, and revokes it', async () => {
    const page = await browser.newPage();
    await signInStaffAt(page, server.url, `${server.url}/builder/fi/staff`, HELSINKI_ADMIN);
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'API-avaimet' }).click();
    await page.getByRole('heading', { name: 'API-avaimet', level: 1 }).waitFor();
    await page.getByText('Avaimia ei ole vielä.').waitFor();
    await expectNoAxeViolations(page, 'API keys, empty state');

    await page.getByLabel('Nimi', { exact: true }).fill('Asianhallinta');
    await page.getByRole('button', { name: 'Luo avain' }).click();
    await page.getByText('Valitse vähintään yksi oikeus.').waitFor();
    await expectNoAxeViolations(page, 'API keys, a scope missing');
    await page.getByRole('checkbox', { name: 'Asioiden luku' }).check();
    await page.getByRole('button', { name: 'Luo avain' }).click();
    await page.getByRole('heading', { name: 'Uusi avain: Asianhallinta' }).waitFor();
    const token = (await page.getByTestId('api-key-token').textContent()) ?? '';
    expect(token).toMatch(/^kvt_/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('created-key');
    await expectNoAxeViolations(page, 'API keys, the new key shown');

    expect((await withKey(token, '/api/integration/v1/cases?limit=1')).status).toBe(200);
    expect((await withKey(token, `/api/integration/v1/cases/${sent.id}/ack`, { caseManagementId: 'HEL 2026-007001' })).status).toBe(200);

    await page.getByRole('button', { name: 'Olen tallentanut avaimen' }).click();
    await expect.poll(() => page.getByText(token).count()).toBe(0);
    await page.reload();
    await page.getByRole('rowheader', { name: /Asianhallinta/ }).waitFor();
    await expect.poll(() => page.getByText(token).count()).toBe(0);

    const desk = await browser.newPage();
    await signInStaffAt(desk, server.url, `${server.url}/fi/virkailija/asiat/${sent.id}`, HELSINKI_HANDLER, { heading: 'Kirjaudu virkailijan työpöydälle' });
    await expect.poll(() => desk.getByTestId('case-management').textContent()).toMatch(/^Kirjattu asianhallintaan: HEL 2026-007001 \(/);
    await expectNoAxeViolations(desk, 'desk case, acknowledged');
    await desk.close();

    await page.getByRole('button', { name: 'Mitätöi avain Asianhallinta' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Mitätöi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Avain Asianhallinta on mitätöity.').waitFor();
    await expectNoAxeViolations(page, 'API keys, one revoked');
    expect((await withKey(token, '/api/integration/v1/cases?limit=1')).status).toBe(401);
    await page.close();
  });
});
