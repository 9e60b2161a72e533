/**
 * A company's project in the browser, with the local test identity provider and its test companies:
 * Aino Testinen, managing director of Testiyhtiö Oy, identifies from the sign-in page, chooses to act
 * for the company, starts a project for it (giving the address the receipts go to) with the police's
 * public event notification, fills it and sends it. Mikko Kokeilu, the company's other
 * representative, identifies in his own browser, acts for the company, finds the project under My
 * submissions and opens it: the sent notification and its timeline are there. Acting for himself
 * he finds no project. axe on every new or changed screen; no script error or CSP violation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerTexts } from '../../i18n/catalogs/customer';
import { identityTexts } from '../../i18n/catalogs/identity';
import { projectTexts } from '../../i18n/catalogs/project';
import { translator } from '../../i18n/translate';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import type { TestServer } from '../support/server';
import { startServerWithTestProvider } from '../support/strong-identification';
import { customerCall, fillOwnAnswers, fillProjectData, serviceName, starts, type EventFacts } from './project-walk-kit';
import { watchPageProblems } from '../support/page-problems';

const t = translator(customerTexts, 'fi');
const p = translator(projectTexts, 'fi');
const idp = translator(identityTexts, 'fi');
const COMPANY = { name: 'Testiyhtiö Oy', businessId: '7001234-9' };
const POLICE = 'public-event-police';
const PROJECT = 'Testiyhtiön kesäjuhla';

const FACTS: EventFacts = {
  organiserName: COMPANY.name, businessId: COMPANY.businessId, email: 'aino.testinen@testiyhtio.example',
  place: 'Kaivopuisto', street: 'Kaivopuistontie 1', postalCode: '00140', postOffice: 'Helsinki',
  municipalitySearch: 'Helsing', municipalityName: 'Helsinki', eventName: 'Testiyhtiön kesäjuhla', hours: '16–22', attendance: 600, simultaneous: 500,
};

let server: TestServer;
let browser: Browser;
let projectId = 0;
let reference = '';
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'fi-FI', viewport: { width: 1100, height: 900 } })).newPage();
  page.setDefaultTimeout(30_000);
  watchPageProblems(page, problems, { failedResponses: true });
  return page;
}

/** From the sign-in page: identifies at the provider as `name` and chooses to act for the company; back to `next`. */
async function identifyForCompany(page: Page, name: string, next: string): Promise<void> {
  await page.goto(`${server.url}/fi/kirjaudu?seuraava=${encodeURIComponent(next)}`);
  await page.getByRole('heading', { level: 2, name: t('strongSignInTitle') }).waitFor();
  await page.getByRole('button', { name: t('idStart') }).click();
  await page.getByRole('heading', { level: 1, name: idp('title') }).waitFor();
  await page.getByRole('button', { name: idp('pickButton', { name }) }).click();
  await page.getByRole('heading', { level: 1, name: t('actingForTitle') }).waitFor();
  await page.getByRole('radio', { name: t('actingForCompany', COMPANY) }).check();
  await page.getByRole('button', { name: t('actingForContinue') }).click();
  await page.getByText(t('actingForNow', { who: COMPANY.name })).waitFor();
  await expect.poll(() => new URL(page.url()).pathname).toBe(next);
}

beforeAll(async () => {
  server = await startServerWithTestProvider({ config: { mandates: { source: 'test' } } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a representative starts a project for the company, and its other representative carries on with it', () => {
  let aino: Page;

  it('Aino, acting for Testiyhtiö Oy, starts a project for the company, giving the address the receipts go to', async () => {
    aino = await newPage();
    await identifyForCompany(aino, 'Aino Testinen', '/fi/hankkeet/uusi');
    await aino.getByRole('heading', { level: 1, name: p('startTitle') }).waitFor();
    await aino.getByText(p('startForCompany', { company: COMPANY.name })).waitFor();
    await aino.getByLabel(starts(p('projectName'))).fill(PROJECT);
    await aino.getByRole('combobox', { name: starts('Kunta') }).fill(FACTS.municipalitySearch);
    await aino.getByRole('option', { name: starts(FACTS.municipalityName) }).first().click();
    await expect.poll(() => aino.getByRole('radio', { name: 'Tapahtuma' }).isChecked()).toBe(true);
    await expectNoAxeViolations(aino, 'start a project for a company');
    await aino.getByRole('button', { name: starts(p('toProjectData')) }).click();
    await aino.getByRole('heading', { level: 2, name: p('projectDataTitle') }).waitFor();
    await fillProjectData(aino, 'fi', FACTS);
    await aino.getByRole('button', { name: starts(p('toDetails')) }).click();
    await aino.getByRole('heading', { level: 2, name: p('detailsTitle') }).waitFor();
    await aino.getByLabel(starts(p('contactName'))).fill('Aino Testinen');
    await aino.getByRole('radio', { name: p('consentYes') }).check();
    await aino.getByRole('checkbox', { name: starts(serviceName(POLICE, 'fi')) }).check();
    // Without the address, the page says what is missing before anything is sent.
    await aino.getByRole('button', { name: p('startButton') }).click();
    await aino.getByRole('link', { name: p('errContactEmail') }).waitFor();
    await expectNoAxeViolations(aino, 'a person’s contact details with the address missing');
    await aino.getByLabel(starts(p('contactEmail'))).fill(FACTS.email);
    await aino.getByRole('button', { name: p('startButton') }).click();
    await aino.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await aino.getByText(p('projectOfCompany', { company: COMPANY.name })).waitFor();
    projectId = Number(/\/hankkeet\/(\d+)/.exec(aino.url())?.[1]);
    expect(projectId).toBeGreaterThan(0);
    await expectNoAxeViolations(aino, 'the company’s project page');
  });

  it('fills the police notification and sends it for the company', async () => {
    const project = await customerCall<{ permits: Array<{ id: number; service: { id: string } }> }>(aino, 'GET', `/api/my/projects/${projectId}?lang=fi`);
    const permit = project.body.permits.find((x) => x.service.id === POLICE);
    if (!permit) throw new Error('no police permit');
    await fillOwnAnswers(aino, projectId, permit.id, POLICE);
    await aino.reload();
    await aino.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await aino.getByRole('button', { name: p('sendAllButton') }).click();
    const confirm = aino.getByRole('region', { name: p('sendAllConfirm', { count: 1 }) });
    await confirm.getByRole('button', { name: p('sendAllConfirmButton', { count: 1 }) }).click();
    await expect.poll(() => aino.locator('.send-all__outcome a.reference').count()).toBe(1);
    reference = (await aino.locator('.send-all__outcome a.reference').first().textContent()) ?? '';
    expect(reference).toMatch(/^KV-\d{4}-\d{6}$/);
    const row = server.ctx.sqlite
      .prepare<[string], { businessId: string | null; personKey: string | null; email: string }>(
        'SELECT acting_for_business_id AS businessId, identified_person_key AS personKey, contact_email AS email FROM submissions WHERE reference = ?',
      )
      .get(reference);
    expect(row).toMatchObject({ businessId: COMPANY.businessId, email: FACTS.email });
    expect(row?.personKey).toMatch(/^p_/);
  });

  it('Mikko, acting for the company in his own browser, finds the project under My submissions and its sent notification on the timeline', async () => {
    const mikko = await newPage();
    await identifyForCompany(mikko, 'Mikko Kokeilu', '/fi/omat');
    await mikko.getByRole('heading', { level: 1, name: t('mineTitle') }).waitFor();
    const projects = mikko.getByRole('region', { name: p('myProjects') });
    await projects.getByRole('link', { name: PROJECT }).waitFor();
    await mikko.getByRole('link', { name: reference }).waitFor();
    await mikko.getByText(t('mineAssessmentsNeedEmail')).waitFor();
    await expectNoAxeViolations(mikko, 'My submissions with the company’s projects');
    await projects.getByRole('link', { name: PROJECT }).click();
    await mikko.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await mikko.getByText(p('projectOfCompany', { company: COMPANY.name })).waitFor();
    const timeline = mikko.getByRole('region', { name: p('timelineTitle') });
    await expect.poll(async () => (await timeline.textContent()) ?? '').toContain(reference);

    // Acting for himself again (switched from My submissions), the company's project is not his.
    await mikko.goto(`${server.url}/fi/omat`);
    await mikko.getByRole('heading', { level: 1, name: t('mineTitle') }).waitFor();
    await mikko.getByRole('link', { name: t('actingForChange') }).click();
    await mikko.getByRole('heading', { level: 1, name: t('actingForTitle') }).waitFor();
    await mikko.getByRole('radio', { name: t('actingForSelf', { name: 'Mikko Kokeilu' }) }).check();
    await mikko.getByRole('button', { name: t('actingForContinue') }).click();
    await mikko.getByText(t('actingForNow', { who: t('actingForSelfShort') })).waitFor();
    await mikko.getByRole('heading', { level: 1, name: t('mineTitle') }).waitFor();
    await mikko.getByRole('region', { name: p('myProjects') }).getByText(p('myProjectsEmpty')).waitFor();
    expect(problems).toEqual([]);
  });
});
