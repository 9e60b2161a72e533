/**
 * The permit-needs assessment, end to end in headless Chromium against a real server with the demo
 * data. The coordinator (who designs the library's packs) adds a question and a rule to the event
 * assessment, sees the test panel fire the rule, saves a test case and publishes. A customer in
 * Helsinki answers for a 1,500-person outdoor concert with food and amplified music until 23:00 and
 * gets the five services with their authorities and reasons; in Swedish for Närpes, where the
 * municipality has deployed none of its services, the result names Närpes to contact. From the
 * Helsinki result the customer starts a project with its five services. axe-core checks every new
 * screen.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../form-library/format/types';
import { readyPack } from '../../form-library/library/index';
import { assessmentDesignerTexts } from '../../i18n/catalogs/builder';
import { assessmentTexts } from '../../i18n/catalogs/assessment';
import { customerTexts } from '../../i18n/catalogs/customer';
import { partTexts, rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { projectTexts } from '../../i18n/catalogs/project';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { dataLabel, dataOption, fillProjectData, signInByCode } from './project-walk-kit';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { signInStaffAt } from '../support/browser-staff-sign-in';

const events = readyPack('event-organising');
const eventAssessment = events.assessments![0];
const serviceName = (id: string, lang: Lang) => events.services.find((s) => s.id === id)!.name[lang]!;
const elementOf = (key: string) => eventAssessment.form.pages.flatMap((p) => p.elements).find((e) => e.key === key)!;
const question = (key: string, lang: Lang) => elementOf(key).label[lang]!;
const option = (key: string, value: string, lang: Lang) => {
  const element = elementOf(key);
  if (element.kind !== 'choice') throw new Error(`${key} is not a choice`);
  return element.options.find((o) => o.value === value)!.label[lang]!;
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const starts = (text: string) => new RegExp(`^${escape(text)}`);

let server: TestServer;
let browser: Browser;
let packId = 0;
let resultUrl = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const coordinator = new ApiClient(server.url);
  await coordinator.loginStaff('coordinator@kevyt.example', DEMO_PASSWORD);
  const packs = await coordinator.get<Array<{ id: number; slug: string }>>('/api/packs');
  packId = packs.body.find((p) => p.slug === 'event-organising')!.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Answers a yes/no question of the renderer by its label. */
async function yesNo(scope: Page | Locator, label: string, answer: 'yes' | 'no', lang: Lang) {
  const parts = translator(partTexts, lang);
  await scope.getByRole('group', { name: starts(label) }).getByLabel(parts(answer), { exact: true }).check();
}

/** The concert of the walk, typed into the renderer page by page: 1,500 people outdoors in a park, food, music until 23:00. */
async function answerConcert(scope: Page | Locator, lang: Lang) {
  const r = translator(rendererTexts, lang);
  await yesNo(scope, question('openToPublic', lang), 'yes', lang);
  await scope.getByLabel(starts(question('attendance', lang))).fill('1500');
  await scope.getByRole('group', { name: starts(question('venue', lang)) }).getByLabel(option('venue', 'outdoors', lang), { exact: true }).check();
  await yesNo(scope, question('publicArea', lang), 'yes', lang);
  await scope.getByRole('button', { name: starts(r('next')) }).click();
  await yesNo(scope, question('amplifiedSound', lang), 'yes', lang);
  await scope.getByLabel(starts(question('soundUntil', lang))).fill('23:00');
  for (const key of ['fireOrEffects', 'specialRisk', 'alcohol']) await yesNo(scope, question(key, lang), 'no', lang);
  await yesNo(scope, question('food', lang), 'yes', lang);
}

describe('the coordinator extends the event assessment and publishes it', () => {
  let context: BrowserContext;
  let page: Page;
  const b = translator(assessmentDesignerTexts, 'fi');
  const newQuestion = { fi: 'Suljetaanko katuja liikenteeltä?', sv: 'Stängs gator för trafik?', en: 'Will streets be closed to traffic?' };

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('adds a yes/no question to the assessment in the form designer', async () => {
    await signInStaffAt(page, server.url, `${server.url}/builder/fi/designer/${packId}`, 'coordinator@kevyt.example', { secondStep: true });
    await page.getByRole('navigation', { name: b('assessments') }).getByRole('button', { name: eventAssessment.name.fi }).click();
    await page.getByRole('tab', { name: b('viewQuestions') }).waitFor();
    await page.locator('[data-key="alcohol"] .ce-select').click();
    await page.getByRole('button', { name: 'Lisää Kyllä/ei' }).click();
    await page.locator('[data-key="kyllaEi"]').waitFor();
    const label = page.locator('#panel-properties').getByRole('group', { name: 'Otsikko', exact: true });
    await label.getByLabel('Suomeksi').fill(newQuestion.fi);
    await label.getByLabel('På svenska').fill(newQuestion.sv);
    await label.getByLabel('In English').fill(newQuestion.en);
    await page.locator('[data-key="suljetaankoKatujaLiikenteelta"]').waitFor();
    await expectNoAxeViolations(page, 'assessment questions in the form designer');
  });

  it('writes a rule on it in the rules editor, picking question, value and service from lists', async () => {
    await page.getByRole('tab', { name: b('viewRules') }).click();
    await page.getByRole('button', { name: b('addRule') }).click();
    const n = eventAssessment.rules.length + 1;
    let rule = page.getByRole('region', { name: `Sääntö ${n}: rule-${n}` });
    await rule.getByLabel(b('ruleId')).fill('street-closure');
    rule = page.getByRole('region', { name: `Sääntö ${n}: street-closure` });
    await rule.getByLabel(b('question')).selectOption({ label: newQuestion.fi });
    await expect.poll(() => rule.getByLabel(b('value')).inputValue()).toBe('true');
    await rule.getByLabel(b('service')).selectOption({ label: `${serviceName('public-area-use', 'fi')} (${b('ownPack')})` });
    await rule.getByLabel(b('level')).selectOption({ label: b('level_maybe') });
    const reason = rule.getByRole('group', { name: b('reason') });
    await reason.getByLabel('Suomeksi').fill('Katujen sulkeminen tapahtuman ajaksi vaatii kunnan luvan; kunta harkitsee, riittääkö yleisen alueen käyttölupa.');
    await reason.getByLabel('På svenska').fill('Att stänga gator under evenemanget kräver kommunens tillstånd; kommunen prövar om tillståndet att använda allmänt område räcker.');
    await reason.getByLabel('In English').fill('Closing streets for the event needs the municipality’s permission; the municipality judges whether the public area permit covers it.');
    const source = rule.getByRole('group', { name: b('legalSource') });
    await source.getByLabel('Suomeksi').fill('Laki 547/1978, 14 b §');
    await source.getByLabel('På svenska').fill('Lag 547/1978, 14 b §');
    await source.getByLabel('In English').fill('Act 547/1978, section 14 b');
    await expectNoAxeViolations(page, 'rules editor');
  });

  it('sees the test panel fire the rule, saves the answers as a test case and saves the draft', async () => {
    await page.getByRole('tab', { name: b('viewTest') }).click();
    const panel = page.locator('.at-panel');
    const r = translator(rendererTexts, 'fi');
    await yesNo(panel, question('openToPublic', 'fi'), 'yes', 'fi');
    await panel.getByLabel(starts(question('attendance', 'fi'))).fill('120');
    await panel.getByRole('group', { name: starts(question('venue', 'fi')) }).getByLabel(option('venue', 'outdoors', 'fi'), { exact: true }).check();
    await yesNo(panel, question('publicArea', 'fi'), 'no', 'fi');
    await panel.getByRole('button', { name: starts(r('next')) }).click();
    await yesNo(panel, question('amplifiedSound', 'fi'), 'no', 'fi');
    for (const key of ['fireOrEffects', 'specialRisk', 'food', 'alcohol']) await yesNo(panel, question(key, 'fi'), 'no', 'fi');
    const fired = page.getByRole('region', { name: b('firedTitle') });
    await expect.poll(() => fired.locator('li[data-rule]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule))).toEqual(['police-public-event']);
    await yesNo(panel, newQuestion.fi, 'yes', 'fi');
    await expect.poll(() => fired.locator('li[data-rule]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule))).toEqual(['police-public-event', 'street-closure']);
    await expect.poll(() => fired.textContent()).toContain(`street-closure: ${serviceName('public-area-use', 'fi')} (${b('ownPack')}) – ${b('level_maybe')}`);
    await page.getByLabel(b('caseName')).fill('Katusulku pienessä tapahtumassa');
    await page.getByRole('button', { name: b('saveCase') }).click();
    const cases = page.getByRole('region', { name: b('casesTitle') });
    await expect.poll(() => cases.getByRole('listitem').filter({ hasText: 'Katusulku pienessä tapahtumassa' }).textContent()).toContain(b('casePasses'));
    await expectNoAxeViolations(page, 'test panel');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');
  });

  it('publishes the pack with the extended assessment', async () => {
    await page.goto(`${server.url}/builder/fi/packs/${packId}`);
    const review = page.getByRole('region', { name: 'Tarkistus ja julkaisu' });
    await review.getByLabel('Muutosloki (pakollinen)').fill('Lupatarveselvitys: kysymys katujen sulkemisesta ja sen sääntö.');
    await review.getByRole('button', { name: 'Julkaise versio 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Julkaistaanko versio 2?' });
    await dialog.getByRole('button', { name: 'Julkaise', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Versio 2 on julkaistu.' }).waitFor();
    const published = await new ApiClient(server.url).get<{ version: number; definition: { pages: Array<{ elements: Array<{ key: string }> }> } }>('/api/assessments/event-organising/event-permits');
    expect(published.body.version).toBe(2);
    expect(published.body.definition.pages[1].elements.map((e) => e.key)).toContain('suljetaankoKatujaLiikenteelta');
  });
});

describe('a customer finds out which permits an event needs', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'fi-FI' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('in Helsinki: answers for the concert from the home page and gets the five services with their authorities and reasons', async () => {
    const t = translator(assessmentTexts, 'fi');
    const c = translator(customerTexts, 'fi');
    await page.goto(`${server.url}/fi`);
    const findOut = page.getByRole('region', { name: t('findOut') });
    await findOut.getByRole('link', { name: eventAssessment.name.fi }).click();
    await page.getByRole('heading', { level: 2, name: t('placeTitle') }).waitFor();
    await expectNoAxeViolations(page, 'assessment: municipality step');
    await page.getByRole('combobox', { name: c('municipality') }).fill('Helsing');
    await page.getByRole('option', { name: starts('Helsinki') }).click();
    await page.getByRole('button', { name: starts(t('toQuestions')) }).click();
    await page.getByText('Kunta: Helsinki').waitFor();
    await expectNoAxeViolations(page, 'assessment: questions');
    await answerConcert(page, 'fi');
    // The street-closure question the coordinator added: no streets closed.
    await yesNo(page, 'Suljetaanko katuja liikenteeltä?', 'no', 'fi');
    // A reload keeps the answers (the draft in this browser).
    await page.reload();
    await expect.poll(() => page.getByLabel(starts(question('soundUntil', 'fi'))).inputValue()).toBe('23:00');
    await page.getByRole('button', { name: starts(t('showResult')) }).click();
    await page.waitForURL('**/fi/selvitys/tulos/*');
    const needed = page.getByRole('region', { name: `${t('needed')} (5)` });
    await needed.waitFor();
    const cards = needed.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect.poll(() => cards.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      serviceName('public-event-police', 'fi'),
      serviceName('public-event-rescue', 'fi'),
      serviceName('event-noise', 'fi'),
      serviceName('temporary-food-sales', 'fi'),
      serviceName('public-area-use', 'fi'),
    ]);
    const texts = await cards.allTextContents();
    expect(texts[0]).toContain('Käsittelijä: Helsingin poliisilaitos');
    expect(texts[0]).toContain('Peruste: Kokoontumislaki 530/1999, 14 ja 15 §');
    expect(texts[1]).toContain('Käsittelijä: Helsingin kaupungin pelastuslaitos');
    expect(texts[1]).toContain('vähintään 200 henkilöä');
    expect(texts[2]).toContain('Käsittelijä: Helsinki');
    expect(texts[2]).toContain('kello 22:n jälkeen');
    expect(texts[4]).toContain('Vastausaika: 14 vrk (viranomaisen tavoite, ei mitattu käsittelyaika)');
    await expectNoAxeViolations(page, 'assessment result');
    resultUrl = page.url();
    // Each service starts from the result.
    await cards.nth(4).getByRole('link', { name: `Aloita: ${serviceName('public-area-use', 'fi')}` }).click();
    await page.getByRole('heading', { level: 1, name: serviceName('public-area-use', 'fi') }).waitFor();
  });

  it('starts a project with the result’s five services (signing in on the way), carrying the attendance and the venue', async () => {
    const tp = translator(projectTexts, 'fi');
    await page.goto(resultUrl);
    await page.getByRole('region', { name: tp('startWithTheseTitle') }).getByRole('link', { name: tp('startWithThese') }).click();
    await signInByCode(page, server, 'aino.assessment@example.fi', 'fi');
    await page.getByRole('heading', { level: 1, name: tp('startTitle') }).waitFor();
    // The assessment's attendance and venue questions map to the project data's; its other answers do not.
    await page.getByText(tp('fromAssessment', { services: 5, answers: 2 })).waitFor();
    await expectNoAxeViolations(page, 'start a project from an assessment');
    await expect.poll(() => page.getByLabel(starts(tp('projectName'))).inputValue()).toBe(eventAssessment.name.fi);
    await page.getByRole('button', { name: starts(tp('toProjectData')) }).click();
    const event = page.getByRole('group', { name: dataLabel('fi', 'event'), exact: true });
    await expect.poll(() => event.getByLabel(starts(dataLabel('fi', 'event', 'maxSimultaneousAttendees'))).inputValue()).toBe('1500');
    expect(await event.getByRole('group', { name: starts(dataLabel('fi', 'event', 'venueKind')) })
      .getByLabel(dataOption('fi', ['event', 'venueKind'], 'outdoors'), { exact: true }).isChecked()).toBe(true);
    await fillProjectData(page, 'fi', {
      organiserName: 'Kallion Kulttuuriyhdistys ry', businessId: '1618033-3', email: 'aino.assessment@example.fi',
      place: 'Kaivopuisto', street: 'Kaivopuistontie 1', postalCode: '00140', postOffice: 'Helsinki',
      municipalitySearch: 'Helsing', municipalityName: 'Helsinki', eventName: 'Kesäkonsertti', hours: '18–23', attendance: 1800, simultaneous: 1500,
    });
    await page.getByRole('button', { name: starts(tp('toDetails')) }).click();
    for (const id of ['public-event-police', 'public-event-rescue', 'event-noise', 'temporary-food-sales', 'public-area-use']) {
      await expect.poll(() => page.getByRole('checkbox', { name: starts(serviceName(id, 'fi')) }).isChecked()).toBe(true);
    }
    await page.getByLabel(starts(tp('contactName'))).fill('Aino Virtanen');
    await page.getByRole('radio', { name: tp('consentNo') }).check();
    await page.getByRole('button', { name: tp('startButton') }).click();
    const permits = page.getByRole('region', { name: tp('permitsTitle', { count: 5 }) });
    await permits.waitFor();
    expect(await permits.locator('li.permit').count()).toBe(5);
  });

  it('in Swedish for Närpes, from the offering’s topic: the municipal services name Närpes to contact', async () => {
    const t = translator(assessmentTexts, 'sv');
    // Another customer, on another device.
    await context.close();
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'sv-FI' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/sv/asioi/545?aihe=events`);
    await page.getByRole('link', { name: t('findOutTopic', { name: eventAssessment.name.sv! }) }).click();
    // The municipality came with the link.
    await page.getByRole('button', { name: starts(t('toQuestions')) }).click();
    await page.getByText('Kommun: Närpes').waitFor();
    await answerConcert(page, 'sv');
    await yesNo(page, 'Stängs gator för trafik?', 'no', 'sv');
    await page.getByRole('button', { name: starts(t('showResult')) }).click();
    await page.waitForURL('**/sv/selvitys/tulos/*');
    const needed = page.getByRole('region', { name: `${t('needed')} (5)` });
    await needed.waitFor();
    const cards = needed.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    const texts = await cards.allTextContents();
    expect(texts[0]).toContain('Behandlas av: Polisinrättningen i Österbotten');
    expect(texts[2]).toContain('Ingen e-tjänst i den här kommunen. Kontakta: Närpes.');
    expect(texts[3]).toContain('Ingen e-tjänst i den här kommunen. Kontakta: Närpes.');
    expect(texts[4]).toContain('Ingen e-tjänst i den här kommunen. Kontakta: Närpes.');
    expect(texts[2]).toContain('Förstärkt ljud utomhus efter klockan 22');
    await expectNoAxeViolations(page, 'assessment result in Swedish with services not offered online');
  });
});
