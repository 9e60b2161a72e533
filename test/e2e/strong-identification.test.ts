/**
 * Strong identification in the browser, with the local test identity provider: Aino Testinen opens
 * Helsinki's application for informal care support, which asks for strong identification. She
 * identifies at the provider (choosing herself among its test persons), comes back to the form with
 * her name and henkilötunnus filled in and read-only, sends, and the handler sees that she was
 * identified strongly. axe on every new screen; no script error or CSP violation on the way.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyPackExamples } from '../../form-library/library/index';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import type { TestServer } from '../support/server';
import { leaveDraft, offeredDeploymentId } from '../support/customer-services';
import { watchPageProblems } from '../support/page-problems';
import { handlerOf, requireStrongIdentification, startServerWithTestProvider } from '../support/strong-identification';
import { customerTexts } from '../../i18n/catalogs/customer';
import { caseTexts } from '../../i18n/catalogs/desk';
import { identityTexts } from '../../i18n/catalogs/identity';
import { rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import { submitStaffSignIn } from '../support/browser-staff-sign-in';
import { stepOnToSummary } from '../support/customer-form-steps';

const t = translator(customerTexts, 'fi');
const r = translator(rendererTexts, 'fi');
const idp = translator(identityTexts, 'fi');
const exampleData = readyPackExamples['informal-care-support'];

let server: TestServer;
let browser: Browser;
let page: Page;
let deploymentId = 0;
let reference = '';
const problems: string[] = [];

beforeAll(async () => {
  server = await startServerWithTestProvider();
  requireStrongIdentification(server.ctx, 'informal-care-support', { 'carer.carerName': 'fullName', 'carer.carerPersonalId': 'personalId' });
  browser = await launchBrowser();
  deploymentId = await offeredDeploymentId(server.url, 'informal-care-support');
  page = await (await browser.newContext({ locale: 'fi-FI' })).newPage();
  watchPageProblems(page, problems, { failedResponses: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a strongly identified customer sends a service that asks for it', () => {
  it('asks for strong identification before the form', async () => {
    expect(deploymentId).toBeGreaterThan(0);
    await page.goto(`${server.url}/fi`);
    // Her draft from before: the carer's name and code as someone else typed them, to be replaced.
    await leaveDraft(page, {
      deploymentId,
      data: { ...exampleData, carer: { ...(exampleData.carer as Record<string, unknown>), carerName: 'Joku Muu', carerPersonalId: '150385-921R' } },
      idempotencyKey: 'c3a1e0b2-7d4f-4b9a-8e6c-1f2a3b4c5d6e',
    });
    await page.goto(`${server.url}/fi/asioi/091/palvelu/${deploymentId}`);
    await page.getByRole('heading', { level: 2, name: t('idRequiredTitle') }).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(`^${r('next')}`) }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the service asking for strong identification');
  });

  it('identifies at the local test provider, whose page is accessible and in Finnish', async () => {
    await page.getByRole('button', { name: t('idStart') }).click();
    await page.getByRole('heading', { level: 1, name: idp('title') }).waitFor();
    expect(new URL(page.url()).origin).not.toBe(server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await expectNoAxeViolations(page, 'the test provider’s sign-in page');
    await page.getByRole('button', { name: idp('pickButton', { name: 'Aino Testinen' }) }).click();
    await page.getByText(t('idAs', { name: 'Aino Testinen' })).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/fi/asioi/091/palvelu/${deploymentId}`);
  });

  it('shows her name and henkilötunnus from the identification, read-only', async () => {
    await page.getByRole('button', { name: new RegExp(`^${r('next')}`) }).click();
    const carer = page.getByRole('group', { name: /^Omaishoitajan tiedot/ });
    const name = carer.getByLabel(/^Nimi/);
    const code = carer.getByLabel(/^Henkilötunnus/);
    await expect.poll(() => name.inputValue()).toBe('Aino Testinen');
    expect(await code.inputValue()).toBe('010190-908Y');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await code.getAttribute('readonly')).not.toBeNull();
    expect(await carer.getByText(t('idFromIdentification')).count()).toBe(2);
    await expectNoAxeViolations(page, 'the form with the identity’s fields');
  });

  it('sends, and the receipt follows', async () => {
    await stepOnToSummary(page, 2, { name: 'Aino Testinen', email: 'aino.testinen@example.fi' });
    await page.getByText('010190-908Y').first().waitFor();
    await page.getByRole('button', { name: t('send'), exact: true }).click();
    await page.getByRole('heading', { name: t('receiptTitle') }).waitFor();
    reference = (await page.getByTestId('reference').textContent()) ?? '';
    expect(reference).toMatch(/^KV-\d{4}-\d{6}$/);
    expect(problems).toEqual([]);
  });

  it('the handler sees that the customer was identified strongly', async () => {
    const row = server.ctx.sqlite
      .prepare<[string], { id: number; authorityId: string }>('SELECT id, authority_id AS authorityId FROM submissions WHERE reference = ?')
      .get(reference);
    expect(row).toBeDefined();
    await handlerOf(server, row?.authorityId ?? '', 'hanna.kasittelija@kevyt.example');
    const desk = await browser.newPage();
    await desk.goto(`${server.url}/fi/virkailija/asiat/${row?.id ?? 0}`);
    await submitStaffSignIn(desk, 'hanna.kasittelija@kevyt.example');
    const d = translator(caseTexts, 'fi');
    await desk.getByText(d('identificationLevel', { level: 'strong' })).waitFor();
    await expectNoAxeViolations(desk, 'the case showing the identification');
  });
});
