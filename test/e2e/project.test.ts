/**
 * The customer's project, end to end in headless Chromium against a real server with the demo
 * data. A customer in Helsinki starts a project for an outdoor concert for 1,500 people with food
 * stalls and amplified music until 23:00, enters the organiser and the event once, adds the five
 * services, finds each form prefilled (the project's fields read-only, marked as coming from the
 * project), fills the police notification's own answers in the browser and the other four's from
 * the pack's examples through the same session, sends all complete and gets five references. Each
 * lands in its own authority's inbox. The police handler sees, with the customer's consent, the
 * other four permits' statuses, and requests more information; the customer reads it on the
 * project's timeline, changes the attendance, and the change reaches the permits it maps to as
 * supplements. In Swedish for Närpes, where the demo seed deploys only Österbotten's police and
 * rescue services of the pack (Närpes's own municipal services are not deployed), the walk covers
 * those two permits. axe-core checks every new screen.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../form-library/format/types';
import { caseProjectTexts } from '../../i18n/catalogs/desk';
import { partTexts, rendererTexts } from '../../i18n/catalogs/form';
import { projectTexts } from '../../i18n/catalogs/project';
import { translator } from '../../i18n/translate';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import {
  customerCall, dataLabel, escape, fieldLabel, fieldOption, fillOwnAnswers, fillProjectData, FIVE_SERVICES, serviceName, signInByCode, starts, type EventFacts,
} from './project-walk-kit';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PermitView {
  id: number;
  service: { id: string };
  state: 'draft' | 'sent';
  missing: unknown[];
  authority: { id: string };
  submission: { id: number; reference: string; status: { id: string } } | null;
}

async function permitsOf(page: Page, projectId: number): Promise<PermitView[]> {
  const res = await customerCall<{ permits: PermitView[] }>(page, 'GET', `/api/my/projects/${projectId}?lang=fi`);
  expect(res.status).toBe(200);
  return res.body.permits;
}

function projectIdOf(page: Page): number {
  const id = /\/hankkeet\/(\d+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a project page: ${page.url()}`);
  return Number(id);
}

/** The start page, after sign-in: name, municipality, the project data once, contact, consent, services. */
async function startProject(page: Page, lang: Lang, name: string, facts: EventFacts, services: readonly string[]) {
  const t = translator(projectTexts, lang);
  await page.getByRole('heading', { level: 1, name: t('startTitle') }).waitFor();
  await page.getByLabel(starts(t('projectName'))).fill(name);
  const municipality = page.getByRole('combobox', { name: starts('Kunta') }).or(page.getByRole('combobox', { name: starts('Kommun') })).or(page.getByRole('combobox', { name: starts('Municipality') }));
  await municipality.fill(facts.municipalitySearch);
  await page.getByRole('option', { name: starts(facts.municipalityName) }).first().click();
  // One kind of project is offered here, chosen already.
  await expect.poll(() => page.getByRole('radio', { name: dataKindName(lang) }).isChecked()).toBe(true);
  await expectNoAxeViolations(page, `start a project (${lang})`);
  await page.getByRole('button', { name: starts(t('toProjectData')) }).click();
  await page.getByRole('heading', { level: 2, name: t('projectDataTitle') }).waitFor();
  await fillProjectData(page, lang, facts);
  await expectNoAxeViolations(page, `project data (${lang})`);
  await page.getByRole('button', { name: starts(t('toDetails')) }).click();
  await page.getByRole('heading', { level: 2, name: t('detailsTitle') }).waitFor();
  await page.getByLabel(starts(t('contactName'))).fill('Saara Virtanen');
  await page.getByLabel(starts(t('contactPhone'))).fill('+358 40 765 4321');
  await page.getByText(t('consentExplain')).waitFor();
  await page.getByRole('radio', { name: t('consentYes') }).check();
  for (const id of services) await page.getByRole('checkbox', { name: starts(serviceName(id, lang)) }).check();
  await expectNoAxeViolations(page, `contact, consent and services (${lang})`);
  await page.getByRole('button', { name: t('startButton') }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText(t('started')).waitFor();
}

function dataKindName(lang: Lang): string {
  return lang === 'sv' ? 'Evenemang' : lang === 'en' ? 'Event' : 'Tapahtuma';
}

const HELSINKI: EventFacts = {
  organiserName: 'Kaivopuiston Kesäkonsertit ry', businessId: '1618033-3', email: 'saara.virtanen@kesakonsertit.example',
  place: 'Kaivopuisto', street: 'Kaivopuistontie 1', postalCode: '00140', postOffice: 'Helsinki',
  municipalitySearch: 'Helsing', municipalityName: 'Helsinki', eventName: 'Kaivopuiston kesäkonsertti', hours: '18–23', attendance: 1500, simultaneous: 1200,
};

describe('a customer’s project in Helsinki: five permits at three authorities', () => {
  let context: BrowserContext;
  let page: Page;
  let projectId = 0;
  const t = translator(projectTexts, 'fi');
  const references = new Map<string, { id: number; reference: string }>();
  const question = 'Kertokaa järjestyksenvalvojien määrä ja sijoittelu esiintymislavan edessä.';

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fi-FI' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('starts a project from the home page: signs in, enters the organiser and the event once, and adds the five services', async () => {
    await page.goto(`${server.url}/fi`);
    const entry = page.getByRole('region', { name: t('entryTitle') });
    await expectNoAxeViolations(page, 'home with the project entry');
    await entry.getByRole('link', { name: t('startProject') }).click();
    // Projects are for signed-in customers: to sign in, and back.
    await signInByCode(page, server, HELSINKI.email, 'fi');
    await startProject(page, 'fi', 'Kesäkonsertti Kaivopuistossa', HELSINKI, FIVE_SERVICES);
    projectId = projectIdOf(page);
    const permits = page.getByRole('region', { name: t('permitsTitle', { count: 5 }) });
    await expect.poll(() => permits.getByRole('heading', { level: 3 }).allTextContents()).toEqual(expect.arrayContaining(FIVE_SERVICES.map((id) => serviceName(id, 'fi'))));
    const cards = await permits.locator('li.permit').allTextContents();
    expect(cards.join('\n')).toContain('Käsittelijä: Helsingin poliisilaitos');
    expect(cards.join('\n')).toContain('Käsittelijä: Helsingin kaupungin pelastuslaitos');
    expect(cards.join('\n')).toContain('Käsittelijä: Helsinki');
    await expectNoAxeViolations(page, 'project page with five drafts');
  });

  it('finds each form prefilled from the project, the shared fields read-only and marked as the project’s', async () => {
    for (const id of FIVE_SERVICES) {
      await page.getByRole('link', { name: `${t('fillPermit')}: ${serviceName(id, 'fi')}` }).click();
      await page.getByRole('heading', { level: 1, name: serviceName(id, 'fi') }).waitFor();
      const permit = (await permitsOf(page, projectId)).find((p) => p.service.id === id)!;
      const draft = await customerCall<{ data: { event?: { eventName?: string }; eventName?: string }; fromProject: unknown[] }>(page, 'GET', `/api/my/projects/${projectId}/permits/${permit.id}?lang=fi`);
      await page.getByText(t('prefilledNote', { count: draft.body.fromProject.length })).waitFor();
      if (id === 'temporary-food-sales') {
        // Its first page is the seller's own; the event's name (from the project) waits on the next.
        expect(draft.body.data.eventName).toBe(HELSINKI.eventName);
      } else {
        const organiser = page.getByLabel(starts(fieldLabel(id, 'fi', 'organiser', 'organiserName')));
        await expect.poll(() => organiser.inputValue()).toBe(HELSINKI.organiserName);
        expect(await organiser.getAttribute('readonly')).not.toBeNull();
        expect(await page.getByRole('link', { name: new RegExp(escape(t('changeInProject'))) }).count()).toBeGreaterThan(0);
        expect(draft.body.data.event?.eventName).toBe(HELSINKI.eventName);
      }
      if (id === 'public-event-police') await expectNoAxeViolations(page, 'a permit’s form prefilled from the project');
      await page.getByRole('link', { name: `← ${t('backToProject')}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Kesäkonsertti Kaivopuistossa' }).waitFor();
    }
  });

  it('fills what is left of the police notification in the browser, saved on the server as it goes', async () => {
    const id = 'public-event-police';
    const r = translator(rendererTexts, 'fi');
    const parts = translator(partTexts, 'fi');
    const next = () => page.getByRole('button', { name: starts(r('next')) }).click();
    const yesNo = (label: string, answer: 'yes' | 'no') => page.getByRole('group', { name: starts(label) }).getByLabel(parts(answer), { exact: true }).check();
    await page.getByRole('link', { name: `${t('fillPermit')}: ${serviceName(id, 'fi')}` }).click();
    await page.getByRole('heading', { level: 1, name: serviceName(id, 'fi') }).waitFor();
    // Page 1 comes from the project alone.
    await next();
    await page.getByText(r('step', { n: 2, total: 4 })).waitFor();
    await page.getByLabel(starts(fieldLabel(id, 'fi', 'eventType'))).selectOption({ label: fieldOption(id, 'fi', ['eventType'], 'concert') });
    await page.getByLabel(starts(fieldLabel(id, 'fi', 'eventDescription'))).fill('Ulkoilmakonsertti, vahvistettu musiikki kello 23:een, ruokakojuja.');
    await yesNo(fieldLabel(id, 'fi', 'ticketed'), 'no');
    await page.getByRole('status').filter({ hasText: t('savedOnServer') }).waitFor();
    await next();
    await page.getByText(r('step', { n: 3, total: 4 })).waitFor();
    await page.getByRole('button', { name: new RegExp(escape(r('add', { item: 'järjestyksenvalvoja' }))) }).click();
    const guard = page.getByRole('group', { name: 'Järjestyksenvalvoja 1', exact: true });
    await guard.getByLabel(starts(fieldLabel(id, 'fi', 'orderGuards', 'guardName'))).fill('Mikko Laine');
    await guard.getByRole('group', { name: starts(fieldLabel(id, 'fi', 'orderGuards', 'guardRole')) })
      .getByLabel(fieldOption(id, 'fi', ['orderGuards', 'guardRole'], 'head'), { exact: true }).check();
    await guard.getByLabel(starts(fieldLabel(id, 'fi', 'orderGuards', 'guardCardNumber'))).fill('JV-123456');
    await guard.getByLabel(starts(fieldLabel(id, 'fi', 'orderGuards', 'guardCardValidUntil'))).fill('2028-03-31');
    await yesNo(fieldLabel(id, 'fi', 'usesSecurityCompany'), 'no');
    await page.getByLabel(starts(fieldLabel(id, 'fi', 'firstAidArrangements'))).fill('Kaksi ensiapupistettä, SPR:n ensiapuryhmä.');
    await yesNo(fieldLabel(id, 'fi', 'affectsTraffic'), 'no');
    await yesNo(fieldLabel(id, 'fi', 'alcoholServed'), 'no');
    await yesNo(fieldLabel(id, 'fi', 'pyrotechnics'), 'no');
    await next();
    await page.getByText(r('step', { n: 4, total: 4 })).waitFor();
    await page.getByLabel(starts(fieldLabel(id, 'fi', 'siteMap'))).setInputFiles({ name: 'aluekartta.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n') });
    await page.getByText('aluekartta.pdf', { exact: true }).waitFor();
    await page.getByRole('button', { name: starts(t('toSummary')) }).click();
    await page.getByRole('heading', { level: 2, name: t('summaryTitle') }).waitFor();
    await expect.poll(async () => (await permitsOf(page, projectId)).find((p) => p.service.id === id)?.missing.length).toBe(0);
    await expectNoAxeViolations(page, 'a permit’s summary');
  });

  it('fills the other four forms’ own answers in the same session (the drafts live on the server)', async () => {
    const permits = await permitsOf(page, projectId);
    for (const permit of permits.filter((p) => p.service.id !== 'public-event-police')) await fillOwnAnswers(page, projectId, permit.id, permit.service.id);
    await page.goto(`${server.url}/fi/hankkeet/${projectId}`);
    await expect.poll(() => page.getByText(t('readyToSend'), { exact: true }).count()).toBe(5);
  });

  it('sends all complete after a confirmation listing them, and gets five references, each to its own authority', async () => {
    await page.getByRole('button', { name: t('sendAllButton') }).click();
    const confirm = page.getByRole('region', { name: t('sendAllConfirm', { count: 5 }) });
    await expect.poll(() => confirm.getByRole('listitem').count()).toBe(5);
    await expectNoAxeViolations(page, 'send all: confirmation');
    await confirm.getByRole('button', { name: t('sendAllConfirmButton', { count: 5 }) }).click();
    const outcome = page.getByRole('heading', { level: 3, name: t('sentCount', { count: 5 }) });
    await outcome.waitFor();
    await expect.poll(() => outcome.evaluate((el) => el === document.activeElement)).toBe(true);
    const shown = await page.locator('.send-all__outcome a.reference').allTextContents();
    expect(shown).toHaveLength(5);
    expect(new Set(shown).size).toBe(5);
    for (const ref of shown) expect(ref).toMatch(/^KV-\d{4}-\d{6}$/);
    await expectNoAxeViolations(page, 'send all: receipts');
    for (const p of await permitsOf(page, projectId)) {
      expect(p.state).toBe('sent');
      references.set(p.service.id, { id: p.submission!.id, reference: p.submission!.reference });
    }
    expect([...references.values()].map((r) => r.reference).sort()).toEqual([...shown].sort());
  });

  it('each permit lands in its own authority’s inbox and nowhere else', async () => {
    const inboxes: Record<string, string> = {
      'handler.helsinki@kevyt.example': 'municipality-091',
      'handler.rescue-helsinki@kevyt.example': 'rescue-helsinki',
      'handler.police-helsinki@kevyt.example': 'police-helsinki',
    };
    const expected: Record<string, string> = {
      'public-event-police': 'police-helsinki', 'public-event-rescue': 'rescue-helsinki',
      'event-noise': 'municipality-091', 'temporary-food-sales': 'municipality-091', 'public-area-use': 'municipality-091',
    };
    for (const [email, authority] of Object.entries(inboxes)) {
      const handler = new ApiClient(server.url);
      await handler.loginStaff(email, DEMO_PASSWORD);
      for (const [serviceId, sent] of references) {
        const res = await handler.get<{ reference: string; authority: { id: string } }>(`/api/cases/${sent.id}?lang=fi`);
        if (expected[serviceId] === authority) {
          expect(res.status, `${email} ${serviceId}`).toBe(200);
          expect(res.body.reference).toBe(sent.reference);
        } else expect(res.status, `${email} must not see ${serviceId}`).toBe(404);
      }
    }
  });

  it('the police handler sees the project and the other four permits’ statuses, and requests more information', async () => {
    const desk = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'fi-FI' });
    try {
      const handlerPage = await desk.newPage();
      handlerPage.setDefaultTimeout(30_000);
      const police = references.get('public-event-police')!;
      await handlerPage.goto(`${server.url}/fi/virkailija/asiat/${police.id}`);
      await handlerPage.getByLabel('Sähköposti').fill('handler.police-helsinki@kevyt.example');
      await handlerPage.getByLabel('Salasana').fill(DEMO_PASSWORD);
      await handlerPage.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
      const d = translator(caseProjectTexts, 'fi');
      const panel = handlerPage.getByRole('region', { name: d('title') });
      await panel.waitFor();
      await panel.getByText('Kesäkonsertti Kaivopuistossa', { exact: true }).waitFor();
      await panel.getByText(dataLabel('fi', 'event', 'expectedAttendees')).first().waitFor();
      const rows = panel.getByRole('table').getByRole('row');
      await expect.poll(() => rows.count()).toBe(5);
      const text = await panel.getByRole('table').textContent();
      for (const id of FIVE_SERVICES.filter((s) => s !== 'public-event-police')) {
        expect(text).toContain(serviceName(id, 'fi'));
        expect(text).toContain(references.get(id)!.reference);
      }
      expect(text).toContain('Helsingin kaupungin pelastuslaitos');
      await expectNoAxeViolations(handlerPage, 'desk: a case sent from a project');
      await handlerPage.getByRole('button', { name: 'Pyydä lisätietoja', exact: true }).click();
      const dialog = handlerPage.getByRole('dialog', { name: 'Pyydä lisätietoja' });
      await dialog.getByRole('textbox').first().fill(question);
      await dialog.getByRole('button', { name: 'Vahvista: Pyydä lisätietoja' }).click();
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await desk.close();
    }
  });

  it('the customer reads the request on the project timeline, changes the attendance, and the change reaches the permits as supplements', async () => {
    await page.goto(`${server.url}/fi/hankkeet/${projectId}`);
    const timeline = page.getByRole('region', { name: t('timelineTitle') });
    const request = timeline.locator('[data-kind="info_request"]');
    await request.waitFor();
    // The request names the permit and the day to reply by; the permit's card shows what is asked.
    expect(await request.textContent()).toContain(serviceName('public-event-police', 'fi'));
    expect(await request.textContent()).toMatch(/Vastaa viimeistään \d{1,2}\.\d{1,2}\.\d{4}/);
    expect(await timeline.locator('[data-kind="sent"]').count()).toBe(5);
    const policeCard = page.locator('li.permit').filter({ has: page.getByRole('heading', { level: 3, name: serviceName('public-event-police', 'fi') }) });
    expect(await policeCard.textContent()).toContain(question);
    await expectNoAxeViolations(page, 'project page with the timeline');
    await page.getByRole('link', { name: t('editProjectData') }).click();
    const event = page.getByRole('group', { name: dataLabel('fi', 'event'), exact: true });
    await event.getByLabel(starts(dataLabel('fi', 'event', 'expectedAttendees'))).fill('1800');
    await event.getByLabel(starts(dataLabel('fi', 'event', 'maxSimultaneousAttendees'))).fill('1500');
    await expectNoAxeViolations(page, 'editing the project data');
    await page.getByRole('button', { name: starts(t('reviewChange')) }).click();
    const confirm = page.getByRole('region', { name: t('changeConfirmTitle') });
    await confirm.waitFor();
    const affected = confirm.locator('li.affected');
    // Attendance maps into the police notification (both figures) and the rescue plan (the simultaneous one).
    await expect.poll(() => affected.count()).toBe(2);
    const texts = await affected.allTextContents();
    expect(texts.find((x) => x.includes(references.get('public-event-police')!.reference))).toContain(t('supplementPossible'));
    expect(texts.find((x) => x.includes(references.get('public-event-rescue')!.reference))).toContain(t('supplementPossible'));
    await expectNoAxeViolations(page, 'project data change: preview');
    await confirm.getByRole('button', { name: t('saveChange') }).click();
    const done = page.getByRole('heading', { level: 2, name: t('changeSaved') });
    await done.waitFor();
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    const outcome = await done.locator('xpath=..').textContent();
    expect(outcome).toContain(references.get('public-event-police')!.reference);
    expect(outcome).toContain(references.get('public-event-rescue')!.reference);
    expect(outcome).not.toContain('täydennystä ei lähetetty');
    await expectNoAxeViolations(page, 'project data change: outcome');
    // The handler sees the supplement on the case, through its own workflow.
    const handler = new ApiClient(server.url);
    await handler.loginStaff('handler.police-helsinki@kevyt.example', DEMO_PASSWORD);
    const police = await handler.get<{ status: { id: string }; data: { expectedAttendees: number }; history: Array<{ kind: string }> }>(`/api/cases/${references.get('public-event-police')!.id}?lang=fi`);
    expect(police.body.status.id).toBe('SUBMITTED');
    expect(police.body.data.expectedAttendees).toBe(1800);
    expect(police.body.history.map((h) => h.kind)).toContain('supplement');
  });

  it('the customer changes the contact phone: a wrong one is named at its field, the right one is saved for permits sent from now on', async () => {
    await page.goto(`${server.url}/fi/hankkeet/${projectId}`);
    await page.getByRole('link', { name: t('editDetails') }).click();
    await page.getByRole('heading', { level: 1, name: starts(t('detailsEditTitle', { name: '' })) }).waitFor();
    await page.getByText(t('detailsSentKeep')).waitFor();
    const phone = page.getByLabel(starts(t('contactPhone')));
    await phone.fill('soita');
    await page.getByRole('button', { name: t('saveDetails') }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('link') });
    await summary.waitFor();
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'project contact: a refused phone');
    await summary.getByRole('link').first().click();
    await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
    await phone.fill('+358 50 111 2222');
    await page.getByRole('button', { name: t('saveDetails') }).click();
    const saved = page.getByRole('heading', { level: 2, name: t('detailsSaved') });
    await saved.waitFor();
    await expect.poll(() => saved.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'project contact: saved');
    await page.getByRole('link', { name: t('backToProject') }).last().click();
    await page.getByText('+358501112222').or(page.getByText('+358 50 111 2222')).first().waitFor();
  });
});

const NARPES: EventFacts = {
  organiserName: 'Närpes Sommarkonserter rf', businessId: '1618033-3', email: 'saga.nyman@sommarkonserter.example',
  place: 'Kyrkoparken', street: 'Kyrkvägen 1', postalCode: '64200', postOffice: 'Närpes',
  municipalitySearch: 'Närpe', municipalityName: 'Närpes', eventName: 'Sommarkonsert i Närpes', hours: '18–23', attendance: 1500, simultaneous: 1200,
};

describe('a customer’s project in Swedish for Närpes: Österbotten’s police and rescue', () => {
  let context: BrowserContext;
  let page: Page;
  const t = translator(projectTexts, 'sv');

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'sv-FI' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('starts the project in Swedish, sends both permits and each reaches Österbotten’s authority', async () => {
    await page.goto(`${server.url}/sv/hankkeet/uusi`);
    await signInByCode(page, server, NARPES.email, 'sv');
    await startProject(page, 'sv', 'Sommarkonsert i Närpes', NARPES, ['public-event-police', 'public-event-rescue']);
    const projectId = projectIdOf(page);
    await expectNoAxeViolations(page, 'project page in Swedish');
    const permits = await permitsOf(page, projectId);
    expect(permits.map((p) => p.authority.id).sort()).toEqual(['police-pohjanmaa', 'rescue-pohjanmaa']);
    // The police form opens prefilled, in Swedish.
    await page.getByRole('link', { name: `${t('fillPermit')}: ${serviceName('public-event-police', 'sv')}` }).click();
    const organiser = page.getByLabel(starts(fieldLabel('public-event-police', 'sv', 'organiser', 'organiserName')));
    await expect.poll(() => organiser.inputValue()).toBe(NARPES.organiserName);
    expect(await organiser.getAttribute('readonly')).not.toBeNull();
    await page.getByText(t('fromProject')).first().waitFor();
    await expectNoAxeViolations(page, 'a permit’s form prefilled, in Swedish');
    for (const p of permits) await fillOwnAnswers(page, projectId, p.id, p.service.id);
    await page.goto(`${server.url}/sv/hankkeet/${projectId}`);
    await page.getByRole('button', { name: t('sendAllButton') }).click();
    const confirm = page.getByRole('region', { name: t('sendAllConfirm', { count: 2 }) });
    await confirm.getByRole('button', { name: t('sendAllConfirmButton', { count: 2 }) }).click();
    await page.getByRole('heading', { level: 3, name: t('sentCount', { count: 2 }) }).waitFor();
    const shown = await page.locator('.send-all__outcome a.reference').allTextContents();
    expect(shown).toHaveLength(2);
    await expectNoAxeViolations(page, 'send all in Swedish: receipts');
    const outcome = await page.locator('.send-all__outcome').textContent();
    expect(outcome).toContain('Polisinrättningen i Österbotten');
    expect(outcome).toContain('Österbottens räddningsverk');
    // Österbotten has no demo handler: the authority of each sent case is read where the inboxes read it.
    const sent = await permitsOf(page, projectId);
    for (const p of sent) {
      const row = server.ctx.sqlite.prepare('SELECT authority_id AS authority FROM submissions WHERE id = ?').get(p.submission!.id) as { authority: string };
      expect(row.authority).toBe(p.service.id === 'public-event-police' ? 'police-pohjanmaa' : 'rescue-pohjanmaa');
    }
  });
});
