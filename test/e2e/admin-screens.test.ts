/**
 * The authority admin's screens, walked in headless Chromium against a real server (no SMTP).
 *
 * Anna, Helsinki's admin, adds the handler Kaarina Käsittelijä on the staff screen and hands over
 * the one-time password. Kaarina signs in to the desk with it, is asked to choose her own password
 * first (a too short one is refused), changes it and reaches her inbox. A designer added the same
 * way meets the same screen in the builder. Anna then deactivates Kaarina's account and reactivates
 * it, and reads the outbox: Helsinki's alerts, kept here because no email is configured, by state,
 * in Finnish, Swedish and English. Last, Kaarina changes her password because she wants to, from
 * the desk header while reading a case, returns to the case and signs in again with the new one.
 * axe-core checks every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { signInStaffAt } from '../support/browser-staff-sign-in';
import { send, type Receipt } from '../server/case-fixtures';

const KAARINA = 'kaarina.kasittelija@hel.example';
const KAARINA_PASSWORD = 'Kaarinan-oma-salasana-26';
const KAARINA_NEXT_PASSWORD = 'Kaarinan-uusi-salasana-27';

let server: TestServer;
let browser: Browser;
let annaContext: BrowserContext;
let anna: Page;
let sent: Receipt;
let kaarinaTemporary = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  sent = (await send(new ApiClient(server.url), { serviceId: 'wastewater-exemption', municipality: '091', email: 'aino.virtanen@example.fi' })).body;
  annaContext = await browser.newContext();
  anna = await annaContext.newPage();
}, 180_000);

afterAll(async () => {
  await annaContext?.close();
  await browser?.close();
  await server?.close();
});

async function signInToBuilder(page: Page, path: string, email: string, password: string): Promise<void> {
  await signInStaffAt(page, server.url, `${server.url}/builder/fi/${path}`, email, { password });
}

async function addStaff(name: string, email: string, role: 'handler' | 'designer'): Promise<string> {
  await anna.getByLabel('Nimi').fill(name);
  await anna.getByLabel('Sähköposti').fill(email);
  await anna.getByLabel('Rooli').selectOption(role);
  await anna.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  await anna.getByRole('heading', { name: `Kertakäyttöinen salasana käyttäjälle ${name}` }).waitFor();
  const password = (await anna.getByTestId('temporary-password').textContent()) ?? '';
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
  await anna.getByRole('button', { name: 'Salasana on annettu – piilota' }).click();
  return password;
}

async function confirmOnRow(name: string, action: string, confirm: string): Promise<void> {
  await anna.getByRole('button', { name: `${action}: ${name}` }).click();
  const dialog = anna.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: confirm }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a new handler’s first sign-in', () => {
  it('the admin adds a handler, who is marked as still holding the one-time password', async () => {
    await signInToBuilder(anna, 'staff', 'admin.helsinki@kevyt.example', DEMO_PASSWORD);
    await anna.getByRole('heading', { name: 'Käyttäjät', level: 1 }).waitFor();
    await expectNoAxeViolations(anna, 'staff list');
    kaarinaTemporary = await addStaff('Kaarina Käsittelijä', KAARINA, 'handler');
    const row = anna.getByRole('row', { name: /Kaarina Käsittelijä/ });
    await row.getByText('Ei vielä vaihtanut kertakäyttöistä salasanaa').waitFor();
    await expectNoAxeViolations(anna, 'staff list with a pending password');
  });

  it('the handler signs in to the desk with it, must choose her own password, and reaches the inbox', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/fi/virkailija`);
      await page.getByRole('heading', { name: 'Kirjaudu virkailijan työpöydälle' }).waitFor();
      await page.getByLabel('Sähköposti').fill(KAARINA);
      await page.getByLabel('Salasana', { exact: true }).fill(kaarinaTemporary);
      await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();

      await page.getByRole('heading', { name: 'Valitse oma salasana', level: 1 }).waitFor();
      await expect.poll(() => page.locator('main').textContent()).toContain('Kirjautuneena: Kaarina Käsittelijä');
      await expectNoAxeViolations(page, 'desk change-password screen');

      await page.getByLabel('Kertakäyttöinen salasana').fill(kaarinaTemporary);
      await page.getByLabel('Uusi salasana', { exact: true }).fill('lyhyt');
      await page.getByLabel('Uusi salasana uudelleen').fill('lyhyt');
      await page.getByRole('button', { name: 'Vaihda salasana' }).click();
      await page.getByRole('alert').getByText('Salasanassa on oltava vähintään 12 merkkiä.').waitFor();
      await expect.poll(() => page.getByLabel('Uusi salasana', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page, 'desk change-password screen with an error');

      // The server decides what the browser cannot: the one-time password itself is refused.
      await page.getByLabel('Uusi salasana', { exact: true }).fill(kaarinaTemporary);
      await page.getByLabel('Uusi salasana uudelleen').fill(kaarinaTemporary);
      await page.getByRole('button', { name: 'Vaihda salasana' }).click();
      await page.getByRole('alert').getByText('Uuden salasanan on oltava eri kuin nykyinen.').waitFor();

      await page.getByLabel('Uusi salasana', { exact: true }).fill(KAARINA_PASSWORD);
      await page.getByLabel('Uusi salasana uudelleen').fill(KAARINA_PASSWORD);
      await page.getByRole('button', { name: 'Vaihda salasana' }).click();
      await page.getByRole('heading', { name: 'Saapuneet', level: 1 }).waitFor();
      await page.getByRole('link', { name: sent.reference }).waitFor();
      await expectNoAxeViolations(page, 'inbox after the password change');
    } finally {
      await context.close();
    }
    await anna.reload();
    await anna.getByRole('row', { name: /Kaarina Käsittelijä/ }).waitFor();
    await expect.poll(() => anna.getByRole('row', { name: /Kaarina Käsittelijä/ }).textContent()).not.toContain('Ei vielä vaihtanut');
  });

  it('a new designer meets the same screen in the builder, in Swedish too, before the designer opens', async () => {
    const password = await addStaff('Sanna Suunnittelija', 'sanna.suunnittelija@hel.example', 'designer');
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInToBuilder(page, 'designer', 'sanna.suunnittelija@hel.example', password);
      await page.getByRole('heading', { name: 'Valitse oma salasana', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'På svenska' }).click();
      await page.getByRole('heading', { name: 'Välj ett eget lösenord', level: 1 }).waitFor();
      await expectNoAxeViolations(page, 'builder change-password screen in Swedish');
      await page.getByLabel('Engångslösenord').fill(password);
      await page.getByLabel('Nytt lösenord', { exact: true }).fill('Sannan-oma-salasana-26');
      await page.getByLabel('Nytt lösenord igen').fill('Sannan-oma-salasana-26');
      await page.getByRole('button', { name: 'Byt lösenord' }).click();
      await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('deactivating and reactivating', () => {
  it('the admin deactivates the handler’s account and reactivates it; she signs in again with her own password', async () => {
    await anna.goto(`${server.url}/builder/fi/staff`);
    await confirmOnRow('Kaarina Käsittelijä', 'Poista käytöstä', 'Poista käytöstä');
    await anna.getByRole('status').filter({ hasText: 'Käyttäjä Kaarina Käsittelijä on poistettu käytöstä.' }).waitFor();
    await anna.getByRole('row', { name: /Kaarina Käsittelijä/ }).getByText('Poistettu käytöstä').waitFor();
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: KAARINA, password: KAARINA_PASSWORD })).status).toBe(401);
    await expectNoAxeViolations(anna, 'staff list with a deactivated account');

    await confirmOnRow('Kaarina Käsittelijä', 'Ota uudelleen käyttöön', 'Ota uudelleen käyttöön');
    await anna.getByRole('status').filter({ hasText: 'Käyttäjä Kaarina Käsittelijä on otettu uudelleen käyttöön.' }).waitFor();
    await anna.getByRole('row', { name: /Kaarina Käsittelijä/ }).getByText('Käytössä').waitFor();
    await expectNoAxeViolations(anna, 'staff list after reactivating');
    const kaarina = new ApiClient(server.url);
    await kaarina.loginStaff(KAARINA, KAARINA_PASSWORD);
    expect((await kaarina.get('/api/inbox')).status).toBe(200);
  });
});

describe('the outbox', () => {
  it('shows Helsinki’s alerts, says they are kept and not emailed, and filters by state', async () => {
    await anna.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Herätteet' }).click();
    await anna.getByRole('heading', { name: 'Herätteet', level: 1 }).waitFor();
    await anna.getByText('Sähköpostin lähetystä ei ole määritetty tälle palvelulle.', { exact: false }).waitFor();
    const receipt = anna.getByRole('row', { name: /Vastaanottokuittaus/ }).filter({ hasText: sent.reference });
    await expect.poll(() => receipt.textContent()).toContain('aino.virtanen@example.fi');
    await expect.poll(() => receipt.textContent()).toContain('Säilytetty (ei sähköpostia)');
    const toHandlers = anna.getByRole('row', { name: /Uusi asiointi/ }).filter({ hasText: sent.reference });
    await expect.poll(() => toHandlers.textContent()).toContain('Viranomaisen käsittelijät ja pääkäyttäjät');
    await expectNoAxeViolations(anna, 'outbox');

    await anna.getByLabel('Tila').selectOption('failed');
    await anna.getByText('Tässä tilassa ei ole herätteitä.').waitFor();
    expect(new URL(anna.url()).searchParams.get('tila')).toBe('failed');
    await expectNoAxeViolations(anna, 'outbox, empty state');
  });

  it('reads the same in Swedish and English', async () => {
    await anna.goto(`${server.url}/builder/sv/alerts`);
    await anna.getByRole('heading', { name: 'Aviseringar', level: 1 }).waitFor();
    await anna.getByRole('row', { name: /Mottagningskvitto/ }).first().waitFor();
    await expectNoAxeViolations(anna, 'outbox in Swedish');
    await anna.goto(`${server.url}/builder/en/alerts?tila=kept`);
    await anna.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    await anna.getByText('Alerts are not emailed; they are kept here to be read.', { exact: false }).waitFor();
    await anna.getByRole('row', { name: /Receipt/ }).first().waitFor();
    await expectNoAxeViolations(anna, 'outbox in English');
  });
});

describe('changing one’s own password', () => {
  it('the handler changes her password from the desk header, returns to the case she was reading, and signs in with the new one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/fi/virkailija`);
      await page.getByLabel('Sähköposti').fill(KAARINA);
      await page.getByLabel('Salasana', { exact: true }).fill(KAARINA_PASSWORD);
      await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
      await page.getByRole('link', { name: sent.reference }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(sent.reference) }).waitFor();
      const caseUrl = page.url();

      await page.getByRole('banner').getByRole('link', { name: 'Vaihda salasana' }).click();
      await page.getByRole('heading', { name: 'Vaihda salasana', level: 1 }).waitFor();
      await expectNoAxeViolations(page, 'desk voluntary change-password screen');
      await page.getByLabel('Nykyinen salasana').fill('kevyt-demo-2026');
      await page.getByLabel('Uusi salasana', { exact: true }).fill(KAARINA_NEXT_PASSWORD);
      await page.getByLabel('Uusi salasana uudelleen').fill(KAARINA_NEXT_PASSWORD);
      await page.getByRole('button', { name: 'Vaihda salasana' }).click();
      await page.getByRole('alert').getByText('Salasana on väärin.').first().waitFor();

      await page.getByLabel('Nykyinen salasana').fill(KAARINA_PASSWORD);
      await page.getByRole('button', { name: 'Vaihda salasana' }).click();
      await page.getByRole('status').filter({ hasText: 'Salasanasi on vaihdettu.' }).waitFor();
      await page.getByRole('heading', { level: 1, name: new RegExp(sent.reference) }).waitFor();
      expect(page.url()).toBe(caseUrl);
      await expectNoAxeViolations(page, 'case page after the password change');

      await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
      await page.getByRole('heading', { name: 'Kirjaudu virkailijan työpöydälle' }).waitFor();
      await page.getByLabel('Sähköposti').fill(KAARINA);
      await page.getByLabel('Salasana', { exact: true }).fill(KAARINA_NEXT_PASSWORD);
      await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(sent.reference) }).waitFor();
    } finally {
      await context.close();
    }
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: KAARINA, password: KAARINA_PASSWORD })).status).toBe(401);
  });
});

describe('the privacy notice and the accessibility statement from every footer', () => {
  it('the builder and the desk link both, in the reader’s language, and the pages open without signing in', async () => {
    let page = await browser.newPage();
    // The builder's sign-in screen and its signed-in screens carry the footer.
    await page.goto(`${server.url}/builder/sv/staff`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Dataskyddsbeskrivning' }).waitFor();
    await expectNoAxeViolations(page, 'builder sign-in with its footer');
    await signInToBuilder(page, 'staff', 'admin.helsinki@kevyt.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Käyttäjät', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'builder staff screen with its footer');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste: WCAG 2.1 AA osittain' }).click();
    await page.waitForURL('**/fi/saavutettavuus');
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();
    await page.getByText('Liikenne- ja viestintävirasto Traficom', { exact: false }).first().waitFor();

    await page.close();

    // The desk, in a browser not signed in: on its sign-in page and once signed in.
    page = await browser.newPage();
    await page.goto(`${server.url}/en/virkailija`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement: WCAG 2.1 AA, partially' }).waitFor();
    await expectNoAxeViolations(page, 'desk sign-in with its footer');
    await page.getByLabel('Email').fill('handler.helsinki@kevyt.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await expectNoAxeViolations(page, 'desk inbox with its footer');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).click();
    await page.waitForURL('**/en/tietosuoja');
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await page.close();
  });
});
