/**
 * Acting for a company in the browser, with the local test identity provider and its test
 * companies: Aino Testinen, managing director of Testiyhtiö Oy, opens the police's public event
 * notification (made to ask for strong identification, the organiser's name and Y-tunnus marked as
 * the company's), identifies at the provider, chooses to act for the company, finds the organiser
 * filled from the company, read-only, and sends the notification on its behalf. Mikko Kokeilu, who also represents
 * Testiyhtiö Oy, identifies from the sign-in page of his own browser, chooses the company and finds
 * the notification in My submissions; switching to himself from the header, it is gone. axe on every new screen; no script error or CSP violation on the way.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyPackExamples } from '../../form-library/library/index';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { ApiClient, type TestServer } from '../support/server';
import { requireStrongIdentification, startServerWithTestProvider } from '../support/strong-identification';
import { upload } from '../server/case-fixtures';
import { customerTexts } from '../../i18n/catalogs/customer';
import { identityTexts } from '../../i18n/catalogs/identity';
import { rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import { watchPageProblems } from '../support/page-problems';

const t = translator(customerTexts, 'fi');
const r = translator(rendererTexts, 'fi');
const idp = translator(identityTexts, 'fi');
const COMPANY = { name: 'Testiyhtiö Oy', businessId: '7001234-9' };
const example = readyPackExamples['public-event-police'];

let server: TestServer;
let browser: Browser;
let deploymentId = 0;
let reference = '';
/** The notification as Aino's draft holds it: the company as organiser, the site map uploaded. */
let notification: Record<string, unknown> = {};
let siteMap: { id: string; name: string; size: number; type: string } | undefined;
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'fi-FI' })).newPage();
  watchPageProblems(page, problems, { failedResponses: true });
  return page;
}

/** From the service page: identifies at the provider as `name`, then chooses to act for the company. */
async function identifyAndActForCompany(page: Page, name: string, axe: boolean): Promise<void> {
  await page.getByRole('button', { name: t('idStart') }).click();
  await page.getByRole('heading', { level: 1, name: idp('title') }).waitFor();
  await page.getByRole('button', { name: idp('pickButton', { name }) }).click();
  await page.getByRole('heading', { level: 1, name: t('actingForTitle') }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/fi/asiointirooli');
  const company = page.getByRole('radio', { name: t('actingForCompany', COMPANY) });
  const self = page.getByRole('radio', { name: t('actingForSelf', { name }) });
  await expect.poll(() => self.isChecked()).toBe(true);
  if (axe) await expectNoAxeViolations(page, 'the choice of whom to act for');
  await company.check();
  await page.getByRole('button', { name: t('actingForContinue') }).click();
  await page.getByText(t('actingForNow', { who: COMPANY.name })).waitFor();
}

beforeAll(async () => {
  server = await startServerWithTestProvider({ config: { mandates: { source: 'test' } } });
  requireStrongIdentification(server.ctx, 'public-event-police', { 'organiser.organiserName': 'organisationName', 'organiser.organiserBusinessId': 'businessId' });
  browser = await launchBrowser();
  const offering = await new ApiClient(server.url).get<{ services: Array<{ deploymentId: number; serviceId: string }> }>('/api/offering?municipality=091&lang=fi');
  deploymentId = offering.body.services.find((s) => s.serviceId === 'public-event-police')?.deploymentId ?? 0;
  const uploaded = await upload(new ApiClient(server.url), 'aluekartta.pdf');
  siteMap = uploaded.body;
  notification = {
    ...example,
    // Typed before acting for the company: the company's own name and Y-tunnus replace them.
    organiser: { ...(example.organiser as Record<string, unknown>), organiserType: 'company', organiserName: 'Vanha Nimi Oy', organiserBusinessId: '7001235-7' },
    siteMap: [siteMap.id],
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a representative sends for the company, and the company’s other representative sees it', () => {
  let aino: Page;

  it('Aino identifies strongly and chooses to act for Testiyhtiö Oy', async () => {
    expect(deploymentId).toBeGreaterThan(0);
    aino = await newPage();
    await aino.goto(`${server.url}/fi`);
    const draft = {
      data: notification, contact: { name: '', email: '', phone: '' }, step: 0, stage: 'form', idempotencyKey: '5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4', attachments: [siteMap],
    };
    await aino.evaluate(([key, value]) => localStorage.setItem(key, value), [`kevyt:draft:${deploymentId}:091`, JSON.stringify(draft)]);
    await aino.goto(`${server.url}/fi/asioi/091/palvelu/${deploymentId}`);
    await aino.getByRole('heading', { level: 2, name: t('idRequiredTitle') }).waitFor();
    await identifyAndActForCompany(aino, 'Aino Testinen', true);
    // Back where the identification started, acting for the company, as the header says.
    expect(new URL(aino.url()).pathname).toBe(`/fi/asioi/091/palvelu/${deploymentId}`);
    // The organiser's name and Y-tunnus are the company's, read-only, saying where they come from.
    const organiser = aino.getByRole('group', { name: /^Järjestäjä$/ });
    const name = organiser.getByLabel(/^Järjestäjän nimi/);
    const businessId = organiser.getByLabel(/^Y-tunnus/);
    await expect.poll(() => name.inputValue()).toBe(COMPANY.name);
    expect(await businessId.inputValue()).toBe(COMPANY.businessId);
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await businessId.getAttribute('readonly')).not.toBeNull();
    expect(await organiser.getByText(t('idFromCompany')).count()).toBe(2);
    await expectNoAxeViolations(aino, 'the service page with the company chosen in the header and its fields filled');
  });

  it('sends the notification on the company’s behalf', async () => {
    await aino.getByRole('button', { name: new RegExp(`^${r('next')}`) }).click();
    const total = Number(/\/(\d+)/.exec((await aino.getByText(/^Vaihe \d+\//).first().textContent()) ?? '')?.[1]);
    for (let step = 2; step < total; step++) {
      await aino.getByRole('button', { name: new RegExp(`^${r('next')}`) }).click();
      await aino.getByText(`Vaihe ${step + 1}/${total}`).waitFor();
    }
    await aino.getByRole('button', { name: new RegExp(`^${t('contactStep')}`) }).click();
    await aino.getByRole('heading', { name: t('contactTitle') }).waitFor();
    await aino.getByLabel(new RegExp(`^${t('contactName')}`)).fill('Aino Testinen');
    await aino.getByLabel(new RegExp(`^${t('contactEmail')}`)).fill('aino.testinen@example.fi');
    await aino.getByRole('button', { name: new RegExp(`^${t('toSummary')}`) }).click();
    await aino.getByText(COMPANY.businessId).first().waitFor();
    await aino.getByRole('button', { name: t('send'), exact: true }).click();
    await aino.getByRole('heading', { name: t('receiptTitle') }).waitFor();
    reference = (await aino.getByTestId('reference').textContent()) ?? '';
    expect(reference).toMatch(/^KV-\d{4}-\d{6}$/);
    const row = server.ctx.sqlite
      .prepare<[string], { businessId: string | null }>('SELECT acting_for_business_id AS businessId FROM submissions WHERE reference = ?')
      .get(reference);
    expect(row?.businessId).toBe(COMPANY.businessId);
  });

  it('Mikko, the company’s other representative, identifies on the sign-in page of his own browser and finds it in My submissions', async () => {
    const mikko = await newPage();
    await mikko.goto(`${server.url}/fi/kirjaudu?seuraava=${encodeURIComponent('/fi/omat')}`);
    await mikko.getByRole('heading', { level: 2, name: t('strongSignInTitle') }).waitFor();
    await expectNoAxeViolations(mikko, 'the sign-in page with strong identification');
    await identifyAndActForCompany(mikko, 'Mikko Kokeilu', false);
    expect(new URL(mikko.url()).pathname).toBe('/fi/omat');
    await mikko.getByRole('heading', { level: 1, name: t('mineTitle') }).waitFor();
    await mikko.getByText(t('mineOfCompany', { name: COMPANY.name })).waitFor();
    await mikko.getByRole('link', { name: reference }).waitFor();
    await expectNoAxeViolations(mikko, 'My submissions of the company');

    // Acting for himself again from the header, the company's notification is not his own.
    await mikko.getByRole('link', { name: t('actingForChange') }).click();
    await mikko.getByRole('heading', { level: 1, name: t('actingForTitle') }).waitFor();
    await mikko.getByRole('radio', { name: t('actingForSelf', { name: 'Mikko Kokeilu' }) }).check();
    await mikko.getByRole('button', { name: t('actingForContinue') }).click();
    await mikko.getByText(t('actingForNow', { who: t('actingForSelfShort') })).waitFor();
    await mikko.getByRole('heading', { level: 1, name: t('mineTitle') }).waitFor();
    await mikko.getByText(t('mineEmpty')).waitFor();
    expect(await mikko.getByRole('link', { name: reference }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
