/**
 * Staff single sign-on walked in headless Chromium, with the local stand-in for Helsinki's own
 * identity provider.
 *
 * Hilkka Virkamies, a handler of the City of Helsinki, opens the desk and signs in with the city's
 * account: at the city's sign-in page she picks herself, comes back and lands in the inbox as a
 * handler, her role taken from her group; signing out, she confirms at the city's page that its
 * session ends too and comes back to the desk's sign-in. Kalle, whose only groups the city's admin has not mapped,
 * is refused with a page that says why. Anna, Helsinki's authority admin, maps the library's group
 * to the handler role on the staff screen, removes the mapping again after confirming, and removes
 * the lost authenticator of a colleague. axe-core checks every new screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SsoProvider, StaffMe } from '../../api-contract';
import { staffProviderTexts, staffSsoAdminTexts, staffSsoSignInTexts } from '../../i18n/catalogs/staff-sso';
import { staffTexts } from '../../i18n/catalogs/builder';
import { inboxTexts, layoutTexts, sessionTexts } from '../../i18n/catalogs/desk';
import { translator } from '../../i18n/translate';
import { sealText } from '../../server/crypto/sealed-text';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../server/seed/demo';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { passSecondStepInBrowser } from '../support/browser-second-factor';
import { ApiClient, type TestServer } from '../support/server';
import { startServerWithStaffProvider } from '../support/staff-sso';

const idp = translator(staffProviderTexts, 'fi');
const sso = translator(staffSsoSignInTexts, 'fi');
const admin = translator(staffSsoAdminTexts, 'fi');
const staff = translator(staffTexts, 'fi');
const signIn = translator(sessionTexts, 'fi');
const inbox = translator(inboxTexts, 'fi');
const layout = translator(layoutTexts, 'fi');

let server: TestServer;
let browser: Browser;
let helsinki = '';
const problems: string[] = [];

function watch(page: Page): Page {
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (/Content Security Policy/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return page;
}

beforeAll(async () => {
  server = await startServerWithStaffProvider();
  browser = await launchBrowser();
  const providers = await new ApiClient(server.url).get<SsoProvider[]>('/api/staff-sso/providers');
  helsinki = providers.body[0]?.name.fi ?? '';
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a Helsinki handler signs in with the city’s account', { timeout: 120_000 }, () => {
  it('finds the city’s sign-in beside the password form, goes there, and lands in the inbox as a handler', async () => {
    const page = watch(await (await browser.newContext({ locale: 'fi-FI' })).newPage());
    await page.goto(`${server.url}/fi/virkailija`);
    await page.getByRole('heading', { level: 1, name: signIn('title') }).waitFor();
    const button = page.getByRole('button', { name: sso('button', { authority: helsinki }) });
    await button.waitFor();
    await expectNoAxeViolations(page, 'desk sign-in with the city’s account');
    await button.click();

    await page.getByRole('heading', { level: 1, name: idp('title') }).waitFor();
    expect(new URL(page.url()).origin).not.toBe(server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await expectNoAxeViolations(page, 'the stand-in city provider’s sign-in page');
    await page.getByRole('button', { name: idp('pickButton', { name: 'Hilkka Virkamies' }) }).click();

    await page.getByRole('heading', { level: 1, name: inbox('title') }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/fi/virkailija');
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json() as Promise<StaffMe>);
    expect(me).toMatchObject({ name: 'Hilkka Virkamies', role: 'handler', authority: { id: 'municipality-091' }, twoFactor: { step: 'none' } });

    // Signing out of the desk ends the city's session too: the city asks, she confirms, and is back at the desk's sign-in.
    await page.getByRole('button', { name: layout('signOut') }).click();
    await page.getByRole('heading', { level: 1, name: idp('logoutTitle') }).waitFor();
    expect(new URL(page.url()).origin).not.toBe(server.url);
    await expectNoAxeViolations(page, 'the stand-in city provider’s sign-out page');
    await page.getByRole('button', { name: idp('logoutYes') }).click();
    await page.getByRole('heading', { level: 1, name: signIn('title') }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/fi/virkailija');
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    // The city's account is signed out as well: its sign-in page asks again.
    await page.getByRole('button', { name: sso('button', { authority: helsinki }) }).click();
    await page.getByRole('heading', { level: 1, name: idp('title') }).waitFor();
    expect(problems).toEqual([]);
  });

  it('refuses Kalle, whose groups give no role, with a page that says why', async () => {
    const page = watch(await (await browser.newContext({ locale: 'fi-FI' })).newPage());
    await page.goto(`${server.url}/fi/virkailija`);
    await page.getByRole('button', { name: sso('button', { authority: helsinki }) }).click();
    await page.getByRole('button', { name: idp('pickButton', { name: 'Kalle Kirjastolainen' }) }).click();
    await page.getByRole('heading', { level: 1, name: sso('refusedTitle') }).waitFor();
    await page.getByRole('alert').filter({ hasText: sso('noRole') }).waitFor();
    // The answer's code left the address bar.
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page, 'a refused single sign-on');
    await page.getByRole('link', { name: sso('again') }).click();
    await page.getByRole('heading', { level: 1, name: signIn('title') }).waitFor();
  });
});

describe('Helsinki’s admin manages the mappings and a lost authenticator', { timeout: 180_000 }, () => {
  let page: Page;

  beforeAll(async () => {
    // Lotta, a designer, has turned two-step verification on and then lost her phone.
    const lotta = await server.ctx.repos.staff.byEmail('designer.helsinki@kevyt.example');
    if (!lotta) throw new Error('no demo designer');
    await server.ctx.repos.secondFactor.keepPendingSecret(lotta.id, sealText('staff totp secret', server.ctx.config.sessionSecret, DEMO_TOTP_SECRET));
    server.ctx.sqlite.prepare('UPDATE staff_totp SET confirmed_at = ? WHERE user_id = ?').run(new Date().toISOString(), lotta.id);

    page = watch(await (await browser.newContext({ locale: 'fi-FI' })).newPage());
    await page.goto(`${server.url}/builder/fi/staff`);
    // The builder's sign-in offers the city's account too.
    await page.getByRole('button', { name: sso('button', { authority: helsinki }) }).waitFor();
    await expectNoAxeViolations(page, 'builder sign-in with the city’s account');
    await page.getByLabel('Sähköposti').fill('admin.helsinki@kevyt.example');
    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await passSecondStepInBrowser(page, server.url, 'admin.helsinki@kevyt.example');
    await page.getByRole('heading', { level: 1, name: staff('title') }).waitFor();
  });

  it('maps the city’s library group to the handler role', async () => {
    await page.getByRole('heading', { level: 2, name: admin('heading') }).waitFor();
    await page.getByRole('row', { name: /kevyt-helsinki-handlers/ }).waitFor();
    await expectNoAxeViolations(page, 'the staff screen with single sign-on mappings');
    await page.getByLabel(admin('groupLabel'), { exact: true }).fill('hel-kirjasto');
    await page.getByLabel(admin('roleLabel'), { exact: true }).selectOption('handler');
    await page.getByRole('button', { name: admin('save') }).click();
    await page.getByRole('status').filter({ hasText: admin('saved', { group: 'hel-kirjasto', role: staff('handler') }) }).waitFor();
    await page.getByRole('row', { name: /hel-kirjasto/ }).waitFor();
  });

  it('removes the mapping only after confirming', async () => {
    await page.getByRole('button', { name: admin('remove', { group: 'hel-kirjasto' }) }).click();
    const dialog = page.getByRole('dialog', { name: admin('remove', { group: 'hel-kirjasto' }) });
    await dialog.waitFor();
    await dialog.getByText(admin('confirmRemove', { group: 'hel-kirjasto' })).waitFor();
    await expectNoAxeViolations(page, 'confirming a mapping’s removal');
    await dialog.getByRole('button', { name: admin('confirmYes') }).click();
    await page.getByRole('status').filter({ hasText: admin('removed', { group: 'hel-kirjasto' }) }).waitFor();
    expect(await page.getByRole('row', { name: /hel-kirjasto/ }).count()).toBe(0);
  });

  it('removes Lotta’s lost authenticator after confirming', async () => {
    const name = 'Lotta Lomakesuunnittelija';
    await page.getByRole('button', { name: admin('resetTwoFactor', { name }) }).click();
    const dialog = page.getByRole('dialog', { name: admin('resetTwoFactor', { name }) });
    await dialog.getByText(admin('confirmReset', { name })).waitFor();
    await expectNoAxeViolations(page, 'confirming an authenticator’s reset');
    await dialog.getByRole('button', { name: admin('confirmResetYes') }).click();
    await page.getByRole('status').filter({ hasText: admin('resetDone', { name }) }).waitFor();
    // The staff list loads again after the reset: wait for the button to be gone, then count it.
    await page.getByRole('button', { name: admin('resetTwoFactor', { name }) }).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: admin('resetTwoFactor', { name }) }).count()).toBe(0);
    expect(await server.ctx.repos.secondFactor.totp((await server.ctx.repos.staff.byEmail('designer.helsinki@kevyt.example'))?.id ?? 0)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('the project coordinator resets an authority admin’s lost authenticator', { timeout: 180_000 }, () => {
  it('finds Rescue Helsinki’s admin among everyone with an authenticator and resets it after confirming', async () => {
    const page = watch(await (await browser.newContext({ locale: 'fi-FI' })).newPage());
    await page.goto(`${server.url}/builder/fi/staff`);
    await page.getByLabel('Sähköposti').fill('coordinator@kevyt.example');
    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await passSecondStepInBrowser(page, server.url, 'coordinator@kevyt.example');
    await page.getByRole('heading', { level: 2, name: admin('coordinatorHeading') }).waitFor();
    const name = 'Riitta Pelastus';
    const button = page.getByRole('button', { name: admin('resetTwoFactor', { name }) });
    await button.waitFor();
    await expectNoAxeViolations(page, 'the coordinator’s authenticator resets');
    await button.click();
    await page.getByRole('dialog', { name: admin('resetTwoFactor', { name }) }).getByRole('button', { name: admin('confirmResetYes') }).click();
    await page.getByRole('status').filter({ hasText: admin('resetDone', { name }) }).waitFor();
    // The list of people with an authenticator loads again after the reset: wait for the button to go, then count it.
    await button.waitFor({ state: 'detached' });
    expect(await button.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
