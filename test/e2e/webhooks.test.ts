/**
 * The webhook console, walked in headless Chromium against a real server and a real receiver on
 * 127.0.0.1. Helsinki's admin opens "Webhookit" from the builder's menu, reads what webhooks are
 * for, adds an endpoint for the case-management system's receiver, sees its secret once, sees the
 * delivery of a new case with its attempt, and sends it again; axe-core checks every state.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookConfigFromEnv } from '../../server/webhooks/webhook-config';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { signInStaffAt } from '../support/browser-staff-sign-in';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { HELSINKI_ADMIN, send } from '../server/case-fixtures';

let server: TestServer;
let browser: Browser;
let receiver: Server;
let receiverUrl = '';
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kevyt/webhooks`;
  server = await startTestServer({ config: { webhooks: { ...webhookConfigFromEnv({}), pollMs: 50 } } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

describe('the webhook console', () => {
  it('adds an endpoint, shows its secret once, shows a delivery with its attempt and sends it again', async () => {
    const page = await browser.newPage();
    await signInStaffAt(page, server.url, `${server.url}/builder/fi/staff`, HELSINKI_ADMIN);
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Webhookit' }).click();
    await page.getByRole('heading', { name: 'Webhookit', level: 1 }).waitFor();
    await page.getByText('Vastaanottajia ei ole vielä.').waitFor();
    await expectNoAxeViolations(page, 'webhooks, empty state');

    await page.getByRole('button', { name: 'Lisää vastaanottaja' }).click();
    await page.getByText('Anna osoite.').waitFor();
    await page.getByLabel('Osoite (URL)').fill('ftp://asianhallinta.example.fi/kevyt');
    await page.getByRole('button', { name: 'Lisää vastaanottaja' }).click();
    await page.getByText('Osoitteen pitää alkaa https://', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'webhooks, a bad address');

    await page.getByLabel('Osoite (URL)').fill(receiverUrl);
    await page.getByLabel('Kuvaus (vapaaehtoinen)').fill('Asianhallinta');
    await page.getByRole('checkbox', { name: /Asian tila muuttui/ }).check();
    await page.getByRole('button', { name: 'Lisää vastaanottaja' }).click();
    await page.getByRole('heading', { name: `Osoitteen ${receiverUrl} allekirjoitussalaisuus` }).waitFor();
    const secret = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('webhook-secret-box');
    await expectNoAxeViolations(page, 'webhooks, the secret shown');
    await page.getByRole('button', { name: 'Olen tallentanut salaisuuden' }).click();
    await expect.poll(() => page.getByText(secret).count()).toBe(0);
    await page.getByText('Mitään ei ole vielä lähetetty.', { exact: false }).waitFor();

    // A customer sends a case: the receiver gets it, signed with the secret shown.
    const sent = (await send(new ApiClient(server.url), { serviceId: 'event-noise', municipality: '091', email: 'webhook.kavely@example.fi' })).body;
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    const first = received[0];
    const headers = { 'webhook-id': String(first.headers['webhook-id']), 'webhook-timestamp': String(first.headers['webhook-timestamp']), 'webhook-signature': String(first.headers['webhook-signature']) };
    expect(new Webhook(secret).verify(first.body, headers)).toMatchObject({ type: 'case.submitted', data: { reference: sent.reference } });

    await page.getByRole('button', { name: 'Päivitä toimitukset' }).click();
    const row = page.getByTestId('webhook-delivery').filter({ hasText: sent.reference });
    await row.getByText('Toimitettu').waitFor();
    await expect.poll(() => row.textContent()).toMatch(/HTTP 204/);
    await expectNoAxeViolations(page, 'webhooks, a delivery');

    await row.getByRole('button', { name: `Lähetä uudelleen: case.submitted, ${sent.reference}` }).click();
    await page.getByText('Toimitus on jonossa uudelleen.').waitFor();
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
    expect(received[1].headers['webhook-id']).toBe(first.headers['webhook-id']);
    await page.getByRole('button', { name: 'Päivitä toimitukset' }).click();
    await expect.poll(async () => (await row.locator('li').count())).toBe(2);
    await expectNoAxeViolations(page, 'webhooks, a delivery sent again');

    await page.getByRole('button', { name: `Poista vastaanottaja ${receiverUrl}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'webhooks, confirming the deletion');
    await dialog.getByRole('button', { name: 'Poista' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Vastaanottaja ${receiverUrl} on poistettu.`).waitFor();
    await page.getByText('Vastaanottajia ei ole vielä.').waitFor();
    await page.close();
  });
});
