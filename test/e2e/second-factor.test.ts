/**
 * Two-step verification walked in headless Chromium against a real server.
 *
 * Aleksi, a new authority admin of Helsinki, signs in to the builder with his password and is led to
 * set up an authenticator before anything else: he reads the key beside the QR code into his app
 * (otplib here), a wrong first code is announced, the right one turns it on and shows his recovery
 * codes once. His settings say it is on and cannot be turned off. He signs out, signs in again and
 * enters a code; then at the desk, in Swedish, he signs in with a recovery code instead. axe-core
 * checks every screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hashPassword } from '../../server/auth/password';
import { users } from '../../server/db/schema';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { freshTotpCode, totpCode } from '../support/totp';

const ALEKSI = 'aleksi.admin@hel.example';

let server: TestServer;
let browser: Browser;
let page: Page;
let secret = '';
let recoveryCodes: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  server.ctx.db.insert(users).values({ email: ALEKSI, name: 'Aleksi Admin', role: 'admin', authorityId: 'municipality-091', passwordHash: await hashPassword(DEMO_PASSWORD) }).run();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function passwordStep(lang: 'fi' | 'sv', path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.getByLabel(lang === 'fi' ? 'Sähköposti' : 'E-post').fill(ALEKSI);
  await page.getByLabel(lang === 'fi' ? 'Salasana' : 'Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang === 'fi' ? 'Kirjaudu' : 'Logga in', exact: true }).click();
}

describe('an admin without an authenticator', { timeout: 180_000 }, () => {
  it('is led to set one up first: the QR code and the key, a first code, the recovery codes once', async () => {
    await passwordStep('fi', '/builder/fi/staff');
    const heading = page.getByRole('heading', { level: 1, name: 'Ota kaksivaiheinen tunnistautuminen käyttöön' });
    await heading.waitFor();
    await page.getByText('Roolisi edellyttää kaksivaiheista tunnistautumista.', { exact: false }).waitFor();
    await page.getByRole('img', { name: 'QR-koodi todennussovellukselle' }).waitFor();
    await expectNoAxeViolations(page, 'setting up an authenticator');
    secret = ((await page.locator('code').first().textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const field = page.getByLabel('Sovelluksen koodi');
    await field.fill(totpCode(secret, -4));
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Koodi on väärä tai vanhentunut.' }).waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'a wrong first code');

    await field.fill(await freshTotpCode(`${server.url} ${ALEKSI}`, secret));
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    const codesHeading = page.getByRole('heading', { level: 1, name: 'Varakoodisi' });
    await codesHeading.waitFor();
    await expect.poll(() => codesHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    recoveryCodes = await page.getByRole('list', { name: 'Varakoodit' }).getByRole('listitem').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await expectNoAxeViolations(page, 'recovery codes');
    await page.getByRole('button', { name: 'Olen tallentanut koodit – jatka' }).click();
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
  });

  it('sees it on in his settings, not to be turned off in his role', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Kaksivaiheinen tunnistautuminen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kaksivaiheinen tunnistautuminen' }).waitFor();
    await page.getByText('Kaksivaiheinen tunnistautuminen on käytössä.').waitFor();
    await page.getByText('10 käyttämätöntä varakoodia jäljellä.').waitFor();
    await page.getByText('Roolisi edellyttää sitä, joten sitä ei voi poistaa käytöstä.').waitFor();
    expect(await page.getByRole('button', { name: 'Poista käytöstä…' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'two-step verification settings');
  });

  it('signs out, and signs in again with a code from the app', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.getByRole('heading', { name: 'Kirjaudu sisään' }).waitFor();
    await passwordStep('fi', '/builder/fi/staff');
    const step = page.getByRole('heading', { level: 1, name: 'Kaksivaiheinen tunnistautuminen' });
    await step.waitFor();
    await expect.poll(() => step.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'the second step');
    await page.getByLabel('Koodi', { exact: true }).fill(await freshTotpCode(`${server.url} ${ALEKSI}`, secret));
    await page.getByRole('button', { name: 'Jatka', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
  });

  it('signs in to the desk in Swedish with a recovery code, which does not work twice', async () => {
    const context = await browser.newContext();
    const desk = await context.newPage();
    try {
      for (const round of [1, 2]) {
        await desk.goto(`${server.url}/sv/virkailija`);
        await desk.getByLabel('E-post').fill(ALEKSI);
        await desk.getByLabel('Lösenord').fill(DEMO_PASSWORD);
        await desk.getByRole('button', { name: 'Logga in', exact: true }).click();
        await desk.getByRole('heading', { level: 1, name: 'Tvåstegsverifiering' }).waitFor();
        await desk.getByLabel('Kod', { exact: true }).fill(recoveryCodes[0]);
        await desk.getByRole('button', { name: 'Fortsätt', exact: true }).click();
        if (round === 2) {
          await desk.getByRole('alert').filter({ hasText: 'Koden är fel eller har gått ut.' }).waitFor();
          await expectNoAxeViolations(desk, 'desk: a used recovery code');
          break;
        }
        await desk.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
        await expectNoAxeViolations(desk, 'desk inbox after a recovery code');
        await desk.getByRole('button', { name: 'Logga ut' }).click();
        await desk.getByLabel('E-post').waitFor();
      }
    } finally {
      await context.close();
    }
  });
});
