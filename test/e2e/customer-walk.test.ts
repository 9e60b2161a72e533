/**
 * A new customer's walk through the runtime, in a real Chromium against a real server with the
 * demo data: choose a municipality, find the public-area permit for an event, fill its four pages
 * (a condition, a repeating group, attachments), trip over and fix a validation error, send, read
 * the receipt, sign in with the emailed code, see the handler's status change, answer the request
 * for more information on one page (seeing what changes before sending), download the decision with
 * its appeal instructions, and cancel another application. The response time and the authority's
 * contact show before filling, on the receipt and in My submissions. Once in Finnish (Helsinki), once in
 * Swedish (Esbo); in English (Turku) the walk ends at the receipt, to keep the run short (the
 * steps after it are the same screens in a third language). axe-core checks every page on the way.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readyPackExamples, readyService } from '../../form-library/library/index';
import type { FormElement, Lang } from '../../form-library/format/types';
import { LANG_NAMES } from '../../ui/i18n/texts';
import { partTexts, rendererTexts } from '../../i18n/catalogs/form';
import { customerTexts } from '../../i18n/catalogs/customer';
import { translator } from '../../i18n/translate';
import { message } from '../../form-library/validation/messages';
import { footerTexts } from '../../i18n/catalogs/footer';
import { accessibilityStatementTexts, privacyNoticeTexts } from '../../i18n/catalogs/notices';
import { NOTICE_VALUES } from '../../runtime/customer/notices/notice-document';
import { CODE_MINUTES } from '../../server/customer/sign-in-codes';
import { APPEAL_TEMPLATES, APPEAL_TITLES } from '../../workflows/decision/appeal';
import { formatAnswerDate } from '../../i18n/intl-format';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { expectNoAxeViolations } from '../support/browser';
import { browserWalk } from '../support/browser-walk';
import { ApiClient } from '../support/server';

/** A tiny but real PDF: the server sniffs the content, so the bytes must be a PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF });

const publicAreaUse = readyService('public-area-use');
const exampleData = readyPackExamples['public-area-use'];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const starts = (text: string) => new RegExp(`^${escape(text)}`);

/** The pack's own label of an element in the walk's language, so the test reads the form as the customer does. */
function labelOf(lang: Lang, ...keys: string[]): string {
  let elements: FormElement[] = publicAreaUse.form.pages.flatMap((p) => p.elements);
  let found: FormElement | undefined;
  for (const key of keys) {
    found = elements.find((e) => e.key === key);
    if (!found) throw new Error(`no element ${keys.join('.')}`);
    if (found.kind === 'section' || found.kind === 'group') elements = found.elements;
  }
  return found!.label[lang] ?? found!.label.fi!;
}
function optionOf(lang: Lang, key: string, value: string, section?: string): string {
  const el = (section ? [section, key] : [key]).reduce<FormElement | undefined>((acc, k) => {
    const list = acc && (acc.kind === 'section' || acc.kind === 'group') ? acc.elements : publicAreaUse.form.pages.flatMap((p) => p.elements);
    return list.find((e) => e.key === k);
  }, undefined);
  if (!el || (el.kind !== 'choice' && el.kind !== 'multiChoice')) throw new Error(`no options for ${key}`);
  const option = el.options.find((o) => o.value === value)!;
  return option.label[lang] ?? option.label.fi!;
}

interface WalkPlace {
  lang: Lang;
  code: string;
  search: string;
  name: string;
  /** The municipality's handler, for the walks that go on past the receipt (sign-in, status, supplement, cancel). */
  handler?: string;
  /** The municipality's admin, who gives the deployment its contact text and appeal instructions. */
  admin?: string;
  /** What the admin tells customers how to reach the authority. */
  contactText?: string;
  email: string;
}

const walks: WalkPlace[] = [
  {
    lang: 'fi', code: '091', search: 'Helsing', name: 'Helsinki', handler: 'handler.helsinki@kevyt.example', admin: 'admin.helsinki@kevyt.example',
    contactText: 'Kaupunkiympäristön asiakaspalvelu, puh. 09 310 22111 (ma–pe 9–15)', email: 'saara.virtanen@example.fi',
  },
  {
    lang: 'sv', code: '049', search: 'Esb', name: 'Esbo', handler: 'handler.espoo@kevyt.example', admin: 'admin.espoo@kevyt.example',
    contactText: 'Esbo stads kundtjänst, tfn 09 816 20000 (mån–fre 8–16)', email: 'sara.lindqvist@example.fi',
  },
  { lang: 'en', code: '853', search: 'Turk', name: 'Turku', email: 'sam.turner@example.fi' },
];

/** The demo topic the permit is under (server/seed/reference.ts). */
const EVENTS_TOPIC: Record<Lang, string> = { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' };
/** Customer-visible status names of the permit's workflow, for the steps after the receipt. */
const STATUS: Record<'sent' | 'infoRequested' | 'inProgress' | 'cancelled', Partial<Record<Lang, string>>> = {
  sent: { fi: 'Lähetetty', sv: 'Skickad' },
  infoRequested: { fi: 'Lisätietoja pyydetty', sv: 'Komplettering begärd' },
  inProgress: { fi: 'Käsittelyssä', sv: 'Under behandling' },
  cancelled: { fi: 'Peruttu', sv: 'Återkallad' },
};

const walk = browserWalk();

async function checkA11y(page: Page, where: string) {
  await expectNoAxeViolations(page, where);
}

async function nextPage(page: Page, lang: Lang) {
  await page.getByRole('button', { name: new RegExp(`^${escape(translator(rendererTexts, lang)('next'))}`) }).click();
}

async function fillAddress(group: Locator, lang: Lang, street: string, postalCode: string, postOffice: string) {
  const parts = translator(partTexts, lang);
  await group.getByLabel(starts(parts('street'))).fill(street);
  await group.getByLabel(starts(parts('postalCode'))).fill(postalCode);
  await group.getByLabel(starts(parts('postOffice'))).fill(postOffice);
}

/** The admin tells customers how to reach the authority and sets the appeal instructions decisions carry. */
async function setUpDeployment(adminEmail: string, contactText: string): Promise<void> {
  const admin = new ApiClient(walk.server.url);
  await admin.loginStaff(adminEmail, DEMO_PASSWORD);
  const deployments = await admin.get<Array<{ id: number; serviceId: string }>>('/api/deployments');
  const id = deployments.body.find((d) => d.serviceId === 'public-area-use')?.id;
  const res = await admin.patch(`/api/deployments/${id}`, { contactText, appeal: { kind: 'oikaisuvaatimus', text: APPEAL_TEMPLATES.oikaisuvaatimus } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** A day `days` from today as YYYY-MM-DD (UTC; the walk's deadlines are days away, so the zone does not matter). */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.each(walks)('a new customer in $name ($lang)', (place) => {
  const { lang } = place;
  // A language the walk switches to and back from mid-form, to see the answers kept.
  const detour: Lang = lang === 'en' ? 'fi' : 'en';
  const t = translator(customerTexts, lang);
  const r = translator(rendererTexts, lang);
  const parts = translator(partTexts, lang);
  let page: Page;
  /** The traffic plan, required when streets close, was answered and then hidden: no label, no file, no "no files". */
  const expectNoHiddenQuestion = async (where: Page) => {
    await expect.poll(() => where.getByText(labelOf(lang, 'trafficPlan')).count()).toBe(0);
    expect(await where.getByText('liikennesuunnitelma.pdf').count()).toBe(0);
    expect(await where.getByText(r('noFiles')).count()).toBe(0);
  };
  let submissionId = '';
  let reference = '';

  beforeAll(async () => {
    const context = await walk.browser.newContext({ viewport: { width: 1024, height: 900 }, locale: { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang] });
    page = await context.newPage();
    page.setDefaultTimeout(30_000); // the machine is shared; a busy CPU must not fail the walk
    if (place.admin && place.contactText) await setUpDeployment(place.admin, place.contactText);
  });

  it('chooses the municipality by name and finds the permit under its topic', async () => {
    await page.goto(`${walk.server.url}/${lang}`);
    await page.getByRole('heading', { level: 1, name: t('homeTitle') }).waitFor();
    await checkA11y(page, 'home');
    const combobox = page.getByRole('combobox', { name: t('municipality') });
    await combobox.fill(place.search);
    await page.getByRole('option', { name: starts(place.name) }).click();
    await page.getByLabel(t('topic')).selectOption({ label: EVENTS_TOPIC[lang] });
    await page.getByRole('button', { name: t('showServices') }).click();
    await page.waitForURL(`**/${lang}/asioi/${place.code}?aihe=events`);
    await page.getByRole('heading', { level: 1, name: new RegExp(place.name) }).waitFor();
    await checkA11y(page, 'offering');
    // The language switch keeps the page: same municipality, same topic, other language.
    const other: Lang = lang === 'fi' ? 'sv' : 'fi';
    await page.getByRole('navigation', { name: t('language') }).getByRole('link', { name: LANG_NAMES[other] }).click();
    await page.waitForURL(`**/${other}/asioi/${place.code}?aihe=events`);
    await page.getByRole('heading', { level: 1, name: translator(customerTexts, other)('offeringTitle', { municipality: '' }).split(':')[0] }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(other);
    await page.getByRole('navigation', { name: translator(customerTexts, other)('language') }).getByRole('link', { name: LANG_NAMES[lang] }).click();
    await page.waitForURL(`**/${lang}/asioi/${place.code}?aihe=events`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: publicAreaUse.name[lang]! }) });
    await expect.poll(() => card.textContent()).toContain(t('responsible', { authority: place.name }));
    await card.getByRole('link', { name: publicAreaUse.name[lang]! }).click();
    await page.getByText(`${r('step', { n: 1, total: 4 })}`).waitFor();
    // Before filling: how soon the authority answers and how to reach it.
    const before = page.getByRole('region', { name: t('beforeStart') });
    await expect.poll(() => before.getByTestId('response-time').textContent()).toBe(t('respondWithin', { days: 14 }));
    // No decided cases yet: the response time, said to be a target and not a measured figure.
    await expect.poll(() => before.getByTestId('processing-estimate').textContent()).toBe(`${t('estimateTarget', { days: 14 })} ${t('estimateTargetNote')}`);
    if (place.contactText) await before.getByText(place.contactText).waitFor();
    await checkA11y(page, 'form page 1');
  });

  it('fills the applicant page, trips over a wrong business ID and fixes it from the error summary', async () => {
    const organiser = page.getByRole('group', { name: labelOf(lang, 'organiser'), exact: true });
    await organiser.getByRole('group', { name: starts(labelOf(lang, 'organiser', 'organiserType')) }).getByLabel(optionOf(lang, 'organiserType', 'association', 'organiser')).check();
    await organiser.getByLabel(starts(labelOf(lang, 'organiser', 'organiserName'))).fill('Aurajoen Kulttuuriyhdistys ry');
    const businessId = organiser.getByLabel(starts(labelOf(lang, 'organiser', 'organiserBusinessId')));
    await businessId.fill('1618033-4');
    // The live check names what is wrong (the check digit), in the same words the form's check uses.
    const wrongCheckDigit = message('businessId.check', lang);
    await organiser.getByText(wrongCheckDigit).waitFor();
    await fillAddress(organiser.getByRole('group', { name: starts(labelOf(lang, 'organiser', 'organiserAddress')) }), lang, 'Linnankatu 14 B', '20100', 'Turku');
    await organiser.getByLabel(starts(labelOf(lang, 'organiser', 'organiserPhone'))).fill('040 123 4567');
    await organiser.getByLabel(starts(labelOf(lang, 'organiser', 'organiserEmail'))).fill('tapahtumat@example.fi');
    const responsible = page.getByRole('group', { name: labelOf(lang, 'responsiblePerson'), exact: true });
    await responsible.getByLabel(starts(labelOf(lang, 'responsiblePerson', 'responsibleName'))).fill('Saara Virtanen');
    await responsible.getByLabel(starts(labelOf(lang, 'responsiblePerson', 'responsiblePhone'))).fill('+358 40 765 4321');
    await responsible.getByLabel(starts(labelOf(lang, 'responsiblePerson', 'responsibleEmail'))).fill(place.email);

    await nextPage(page, lang);
    const summary = page.getByRole('alert').filter({ hasText: r('errorSummaryTitle') });
    await summary.waitFor();
    await checkA11y(page, 'form page 1 with an error');
    // One message at the field, not the live check and the error both.
    await expect.poll(() => organiser.getByText(wrongCheckDigit).count()).toBe(1);
    await summary.getByRole('link', { name: new RegExp(escape(labelOf(lang, 'organiser', 'organiserBusinessId'))) }).click();
    await expect(businessId.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Retyped without the hyphen and with a blank after it: shown valid, accepted, stored as 1618033-3.
    await businessId.fill('16180333 ');
    await organiser.getByText(r('businessIdValid')).waitFor();
    await nextPage(page, lang);
    await page.getByText(r('step', { n: 2, total: 4 })).waitFor();
  });

  it('fills the area page; closing streets brings up the traffic plan attachment', async () => {
    const event = page.getByRole('group', { name: labelOf(lang, 'event'), exact: true });
    await event.getByLabel(starts(labelOf(lang, 'event', 'eventName'))).fill('Jokirannan kesäsoitto');
    await event.getByLabel(starts(labelOf(lang, 'event', 'eventPlace'))).fill('Vartiovuoren puisto');
    await fillAddress(event.getByRole('group', { name: starts(labelOf(lang, 'event', 'eventAddress')) }), lang, 'Vartiovuorenkatu 2', '20700', 'Turku');
    const municipality = event.getByRole('combobox', { name: starts(labelOf(lang, 'event', 'eventMunicipality')) });
    await municipality.fill(place.search);
    await page.keyboard.press('Enter');
    await expect.poll(() => municipality.inputValue()).toContain(place.name);
    const dates = event.getByRole('group', { name: starts(labelOf(lang, 'event', 'eventDates')) });
    await dates.getByLabel(starts(parts('start'))).fill('2027-06-11');
    await dates.getByLabel(starts(parts('end'))).fill('2027-06-12');
    await event.getByLabel(starts(labelOf(lang, 'event', 'eventHours'))).fill('17–23');
    await page.getByLabel(starts(labelOf(lang, 'areaSizeM2'))).fill('6000');
    const use = page.getByRole('group', { name: starts(labelOf(lang, 'useDates')) });
    await use.getByLabel(starts(parts('start'))).fill('2027-06-10');
    await use.getByLabel(starts(parts('end'))).fill('2027-06-13');
    await page.getByRole('group', { name: starts(labelOf(lang, 'areaTypes')) }).getByLabel(optionOf(lang, 'areaTypes', 'park')).check();

    const trafficPlan = page.getByLabel(starts(labelOf(lang, 'trafficPlan')));
    await expect.poll(() => trafficPlan.count()).toBe(0);
    await page.getByRole('group', { name: starts(labelOf(lang, 'streetClosure')) }).getByLabel(parts('yes')).check();
    await trafficPlan.setInputFiles(pdf('liikennesuunnitelma.pdf'));
    await page.getByText('liikennesuunnitelma.pdf', { exact: true }).waitFor();
    // Switching language mid-form keeps every answer; the form's texts come from the pack in that language.
    await page.getByRole('navigation', { name: t('language') }).getByRole('link', { name: LANG_NAMES[detour] }).click();
    await page.getByRole('heading', { level: 2, name: publicAreaUse.form.pages[1].title[detour]! }).waitFor();
    await expect.poll(() => page.getByLabel(starts(labelOf(detour, 'event', 'eventName'))).inputValue()).toBe('Jokirannan kesäsoitto');
    await page.getByRole('navigation', { name: translator(customerTexts, detour)('language') }).getByRole('link', { name: LANG_NAMES[lang] }).click();
    await page.getByRole('heading', { level: 2, name: publicAreaUse.form.pages[1].title[lang]! }).waitFor();
    await checkA11y(page, 'form page 2');
    // No streets close after all: the traffic plan goes away, and with it from every later view.
    await page.getByRole('group', { name: starts(labelOf(lang, 'streetClosure')) }).getByLabel(parts('no')).check();
    await expect.poll(() => trafficPlan.count()).toBe(0);
    await nextPage(page, lang);
    await page.getByText(r('step', { n: 3, total: 4 })).waitFor();
  });

  it('adds structures to the repeating group and fills the insurance', async () => {
    const item = (n: number) => page.getByRole('group', { name: `${labelOf(lang, 'structures', 'structureKind')} ${n}`, exact: true });
    const add = page.getByRole('button', { name: new RegExp(escape(r('add', { item: labelOf(lang, 'structures', 'structureKind').toLocaleLowerCase(lang) }))) });
    const kindOf = (n: number) => item(n).getByRole('textbox', { name: starts(labelOf(lang, 'structures', 'structureKind')) });
    const focused = (field: Locator) => field.evaluate((el) => el === document.activeElement);
    // Each "+ Add" puts focus on the new row's first field, so the customer types straight into it.
    await add.click();
    await expect.poll(() => focused(kindOf(1))).toBe(true);
    await page.keyboard.type('Esiintymislava');
    await item(1).getByLabel(starts(labelOf(lang, 'structures', 'structureCount'))).fill('1');
    await add.click();
    await expect.poll(() => focused(kindOf(2))).toBe(true);
    await expect.poll(() => kindOf(1).inputValue()).toBe('Esiintymislava');
    await kindOf(2).fill('Myyntiteltta');
    await item(2).getByLabel(starts(labelOf(lang, 'structures', 'structureCount'))).fill('6');
    await page.getByRole('group', { name: starts(labelOf(lang, 'groundAnchoring')) }).getByLabel(parts('no')).check();
    await page.getByRole('group', { name: starts(labelOf(lang, 'electricity')) }).getByLabel(optionOf(lang, 'electricity', 'generator')).check();
    await page.getByLabel(starts(labelOf(lang, 'wasteManagement'))).fill('Lajittelupisteet ja tyhjennys kahdesti päivässä.');
    const insurance = page.getByRole('group', { name: labelOf(lang, 'insurance'), exact: true });
    await insurance.getByLabel(starts(labelOf(lang, 'insurance', 'insurer'))).fill('LähiTapiola');
    await insurance.getByLabel(starts(labelOf(lang, 'insurance', 'policyNumber'))).fill('VA-2027-448812');
    await checkA11y(page, 'form page 3');
    await nextPage(page, lang);
    await page.getByText(r('step', { n: 4, total: 4 })).waitFor();
  });

  it('attaches the map, gives contact details, reviews the summary and sends once', async () => {
    await page.getByLabel(starts(labelOf(lang, 'areaMap'))).setInputFiles(pdf('aluekartta.pdf'));
    await page.getByText('aluekartta.pdf', { exact: true }).waitFor();
    await checkA11y(page, 'form page 4');
    // The draft survives a reload.
    await page.reload();
    await page.getByText('aluekartta.pdf', { exact: true }).waitFor();
    await page.getByText(t('draftRestored')).waitFor();
    await page.getByRole('button', { name: new RegExp(escape(t('contactStep'))) }).click();

    await page.getByRole('heading', { name: t('contactTitle') }).waitFor();
    await page.getByRole('button', { name: new RegExp(escape(t('toSummary'))) }).click();
    await page.getByRole('alert').filter({ hasText: message('contactEmailInvalid', lang) }).waitFor();
    // A dot after the domain and a phone number too short: refused here as the server would refuse them.
    await page.getByLabel(starts(t('contactName'))).fill('Saara Virtanen');
    await page.getByLabel(starts(t('contactEmail'))).fill(`${place.email}.`);
    await page.getByLabel(starts(t('contactPhone'))).fill('12345');
    await page.getByRole('button', { name: new RegExp(escape(t('toSummary'))) }).click();
    const contactErrors = page.getByRole('alert').filter({ hasText: message('contactEmailInvalid', lang) });
    await contactErrors.filter({ hasText: message('format.fi-phone', lang) }).waitFor();
    await checkA11y(page, 'contact step with errors');
    // A national number with twelve digits after its 0 is as good as its +358 form.
    await page.getByLabel(starts(t('contactEmail'))).fill(place.email);
    await page.getByLabel(starts(t('contactPhone'))).fill('040 1234 567 890');
    await page.getByRole('button', { name: new RegExp(escape(t('toSummary'))) }).click();

    await page.getByRole('heading', { name: t('summaryTitle') }).waitFor();
    await page.getByText('Esiintymislava').waitFor();
    await page.getByText('aluekartta.pdf', { exact: true }).waitFor();
    await expectNoHiddenQuestion(page);
    await page.getByText('1618033-3', { exact: true }).waitFor();
    await page.getByText('040 1234 567 890', { exact: true }).waitFor();
    await checkA11y(page, 'summary');
    const send = page.getByRole('button', { name: t('send'), exact: true });
    await send.dblclick();
    await page.getByRole('heading', { level: 1, name: t('receiptTitle') }).waitFor();
    reference = (await page.getByTestId('reference').textContent()) ?? '';
    expect(reference).toMatch(/^KV-\d{4}-\d{6}$/);
    submissionId = page.url().split('/').pop() ?? '';
    await page.getByText(place.name).first().waitFor();
    await page.getByRole('button', { name: t('print') }).waitFor();
    await page.getByText('aluekartta.pdf', { exact: true }).waitFor();
    await expectNoHiddenQuestion(page);
    await page.getByText('1618033-3', { exact: true }).waitFor();
    // What happens next: who handles it, by when, how alerts arrive, how to follow it, whom to contact.
    const next = page.getByRole('region', { name: t('nextTitle') });
    await next.getByText(t('nextHandler', { authority: place.name })).waitFor();
    await expect.poll(() => next.getByTestId('response-time').textContent()).toMatch(new RegExp(`^${escape(t('respondWithin', { days: 14 }))} ${escape(t('dueBy', { date: '\u0000' }).split('\u0000')[0])}`));
    await next.getByText(t('nextAlerts', { email: place.email })).waitFor();
    await next.getByText(t('nextFollow')).waitFor();
    if (place.contactText) await next.getByText(place.contactText).waitFor();
    await checkA11y(page, 'receipt');

    // The double click made one submission (one receipt email), and the draft is gone.
    const receipts = (await walk.server.outbox()).filter((m) => m.kind === 'receipt' && m.toEmail === place.email);
    expect(receipts).toHaveLength(1);
    if (place.handler) {
      const handler = new ApiClient(walk.server.url);
      await handler.loginStaff(place.handler, DEMO_PASSWORD);
      const inbox = await handler.get<{ items: Array<{ reference: string }> }>(`/api/inbox?q=${encodeURIComponent(reference)}`);
      expect(inbox.body.items.filter((i) => i.reference === reference)).toHaveLength(1);
    }
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kevyt:draft:')));
    expect(drafts).toEqual([]);
  });

  // The walks that go on: follow the submission, answer a request for more information, cancel another.
  const handlerEmail = place.handler;
  if (handlerEmail === undefined) return;

  it('signs in with the code from the email and sees the submission with its status', async () => {
    await page.getByRole('main').getByRole('link', { name: t('toMine') }).click();
    await page.getByRole('heading', { level: 1, name: t('signInTitle') }).waitFor();
    await checkA11y(page, 'sign-in');
    await page.getByLabel(t('email')).fill(place.email);
    await page.getByRole('button', { name: t('sendCode') }).click();
    await page.getByLabel(t('code')).waitFor();
    // The screen says how long the code lasts, as the server sets it.
    await page.getByRole('status').filter({ hasText: t('codeSent', { email: place.email, minutes: CODE_MINUTES }) }).waitFor();
    const mail = (await walk.server.outbox()).filter((m) => m.kind === 'sign_in_code' && m.toEmail === place.email).pop();
    const code = mail && /\b(\d{6,8})\b/.exec(walk.server.mail(mail).body)?.[1];
    expect(code).toBeTruthy();
    await checkA11y(page, 'sign-in code');
    await page.getByLabel(t('code')).fill(code!);
    await page.getByRole('button', { name: t('signIn'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t('mineTitle') }).waitFor();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect.poll(() => row.textContent()).toContain(STATUS.sent[lang]!);
    await page.getByRole('columnheader', { name: t('colDue') }).waitFor();
    await expect.poll(() => row.locator('td time').last().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await checkA11y(page, 'my submissions');
  });

  it('reads what the handler asks and by when, and answers on one page, seeing what changes before sending', async () => {
    const handler = new ApiClient(walk.server.url);
    await handler.loginStaff(handlerEmail, DEMO_PASSWORD);
    const question = lang === 'sv' ? 'Bifoga försäkringsintyget.' : 'Liittäkää vakuutustodistus.';
    const replyBy = daysAhead(10);
    for (const [event, comment] of [['RECEIVE'], ['START'], ['REQUEST_INFO', question]] as const) {
      const res = await handler.post(`/api/cases/${submissionId}/transitions`, { event, comment, ...(event === 'REQUEST_INFO' ? { replyBy } : {}) });
      expect(res.status, `${event}: ${JSON.stringify(res.body)}`).toBe(200);
    }

    await page.getByRole('link', { name: reference }).click();
    await page.getByTestId('status').filter({ hasText: STATUS.infoRequested[lang]! }).waitFor();
    const request = page.getByRole('region', { name: t('infoTitle') });
    await expect.poll(() => request.getByTestId('info-question').textContent()).toBe(question);
    await expect.poll(() => request.getByTestId('reply-by').textContent()).toBe(t('replyBy', { date: formatAnswerDate(replyBy, lang) }));
    // The response time and the contact are on the submission's page too.
    if (place.contactText) await page.getByTestId('authority-contact').filter({ hasText: place.contactText }).waitFor();
    await page.getByRole('link', { name: 'aluekartta.pdf' }).waitFor();
    await expectNoHiddenQuestion(page);
    await checkA11y(page, 'submission with a request for more information');

    await page.getByRole('button', { name: t('editAnswers') }).click();
    for (let i = 0; i < 3; i++) await nextPage(page, lang);
    await page.getByLabel(starts(labelOf(lang, 'insuranceCertificate'))).setInputFiles(pdf('vakuutustodistus.pdf'));
    await page.getByText('vakuutustodistus.pdf', { exact: true }).waitFor();
    await page.getByRole('button', { name: t('checkChanges') }).click();
    // The server's preview says what will change; the customer reads it before the one send.
    const preview = page.getByRole('heading', { level: 4, name: t('changesTitle') }).locator('..');
    await preview.getByText(t('fileAdded', { field: labelOf(lang, 'insuranceCertificate'), name: 'vakuutustodistus.pdf' })).waitFor();
    await expect(page.getByLabel(starts(t('supplementMessage'))).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole('button', { name: t('sendSupplement') }).click();
    await page.getByRole('alert').filter({ hasText: t('errMessage') }).waitFor();
    await page.getByLabel(starts(t('supplementMessage'))).fill('Vakuutustodistus liitteenä.');
    await preview.getByText('Vakuutustodistus liitteenä.').waitFor();
    await checkA11y(page, 'supplement with its changes before sending');
    await page.getByRole('button', { name: t('sendSupplement') }).click();
    await page.getByText(t('supplementSent')).waitFor();
    await page.getByTestId('status').filter({ hasText: STATUS.inProgress[lang]! }).waitFor();
    await page.getByRole('link', { name: 'vakuutustodistus.pdf' }).waitFor();
    await checkA11y(page, 'submission after the supplement');
  });

  it('downloads the decision with its appeal instructions', async () => {
    const handler = new ApiClient(walk.server.url);
    await handler.loginStaff(handlerEmail, DEMO_PASSWORD);
    const text = lang === 'sv' ? 'Tillstånd beviljas. Området ska städas senast söndag kl. 12.' : 'Käyttölupa myönnetään. Alue siivotaan sunnuntaina klo 12 mennessä.';
    const decided = await handler.post(`/api/cases/${submissionId}/transitions`, { event: 'DECIDE', comment: text });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);

    await page.reload();
    const decision = page.getByRole('region', { name: t('decisionTitle') });
    await decision.getByText(text).waitFor();
    await decision.getByRole('heading', { level: 3, name: APPEAL_TITLES.oikaisuvaatimus[lang] }).waitFor();
    await decision.getByText(APPEAL_TEMPLATES.oikaisuvaatimus[lang]).waitFor();
    const href = await decision.getByRole('link', { name: t('downloadDecision') }).getAttribute('href');
    const document = await page.request.get(`${walk.server.url}${href}`);
    expect(document.status()).toBe(200);
    expect(document.headers()['content-type']).toBe('application/pdf');
    expect((await document.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await checkA11y(page, 'submission with its decision');
  });

  it('cancels another application after confirming', async () => {
    const customerApi = new ApiClient(walk.server.url);
    const upload = async (name: string) => {
      const form = new FormData();
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
      const res = await customerApi.request<{ id: string }>('POST', '/api/attachments', { raw: form });
      expect(res.status).toBe(201);
      return res.body.id;
    };
    const offering = await customerApi.get<{ services: Array<{ deploymentId: number; serviceId: string }> }>(`/api/offering?municipality=${place.code}&lang=${lang}`);
    const deploymentId = offering.body.services.find((s) => s.serviceId === 'public-area-use')!.deploymentId;
    const sent = await customerApi.post<{ id: number; reference: string }>('/api/submissions', {
      deploymentId,
      municipality: place.code,
      data: { ...exampleData, trafficPlan: [await upload('liikenne.pdf')], areaMap: [await upload('kartta.pdf')] },
      contact: { name: 'Saara Virtanen', email: place.email },
      lang,
      idempotencyKey: `walk-cancel-${lang}`,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);

    await page.getByRole('link', { name: t('backToMine') }).click();
    await page.getByRole('link', { name: sent.body.reference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(sent.body.reference) }).waitFor();
    await page.getByRole('button', { name: t('cancelTitle') }).click();
    const dialog = page.getByRole('dialog', { name: t('cancelQuestion', { reference: sent.body.reference }) });
    await dialog.waitFor();
    await checkA11y(page, 'cancel confirmation');
    await dialog.getByRole('button', { name: t('confirmCancel') }).click();
    await page.getByText(t('cancelled')).waitFor();
    await page.getByTestId('status').filter({ hasText: STATUS.cancelled[lang]! }).waitFor();
    await checkA11y(page, 'cancelled submission');
  });
});

describe('a Swedish-speaking customer in Närpes on a phone (375 × 812)', () => {
  const t = translator(customerTexts, 'sv');
  let page: Page;

  beforeAll(async () => {
    const context = await walk.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'sv-FI', isMobile: true, hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  it('sees a header of at most about 100 px, and the offering with the authorities named in Swedish', async () => {
    await page.goto(`${walk.server.url}/sv/asioi/545`);
    await page.getByRole('heading', { level: 1, name: new RegExp('Närpes') }).waitFor();
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(100);
    await checkA11y(page, 'offering on a phone');
    // Närpes is served by Österbotten's rescue department, named in Swedish on a Swedish page.
    const rescue = page.getByRole('listitem').filter({ hasText: 'Österbottens räddningsverk' });
    await expect.poll(() => rescue.count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Pohjanmaan pelastuslaitos').count()).toBe(0);
    // The language codes are links with the languages' names: switching still works.
    await page.getByRole('navigation', { name: t('language') }).getByRole('link', { name: LANG_NAMES.fi }).click();
    await page.waitForURL('**/fi/asioi/545');
    await page.getByRole('heading', { level: 1, name: new RegExp('Närpiö') }).waitFor();
    expect((await page.locator('header').boundingBox())?.height).toBeLessThanOrEqual(100);
  });
});

describe('the privacy notice and the accessibility statement', () => {
  it.each(['fi', 'sv', 'en'] as const)('open from the footer in %s, name the controller and the supervisor, and pass axe', async (lang) => {
    const page = await walk.browser.newPage();
    const f = translator(footerTexts, lang);
    const privacy = translator(privacyNoticeTexts, lang);
    const statement = translator(accessibilityStatementTexts, lang);
    await page.goto(`${walk.server.url}/${lang}`);
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: f('privacy') }).click();
    await page.getByRole('heading', { level: 1, name: privacy('title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: privacy('s1Heading') }).waitFor();
    await page.getByRole('link', { name: 'tietosuoja@om.fi' }).waitFor();
    await checkA11y(page, `privacy notice (${lang})`);
    // The footer's WCAG claim is the link to the statement, which says how far the claim holds.
    await footer.getByRole('link', { name: f('accessibility') }).click();
    await page.getByRole('heading', { level: 1, name: statement('title') }).waitFor();
    await page.getByText(statement('s1P1', NOTICE_VALUES)).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'saavutettavuus@traficom.fi' }).getAttribute('href')).toBe('mailto:saavutettavuus@traficom.fi');
    await expect.poll(() => page.getByText('aluehallintovirasto').count()).toBe(0);
    await checkA11y(page, `accessibility statement (${lang})`);
    await page.close();
  });
});

describe('a customer in Inari looking for building permits', () => {
  const t = translator(customerTexts, 'fi');
  it('is told plainly that none are offered here, gets the municipality’s address, other topics and the services every municipality has', async () => {
    const page = await walk.browser.newPage();
    await page.goto(`${walk.server.url}/fi`);
    await page.getByRole('combobox', { name: t('municipality') }).fill('Inar');
    await page.getByRole('option', { name: starts('Inari') }).click();
    await page.getByLabel(t('topic')).selectOption({ label: 'Rakentaminen' });
    await page.getByRole('button', { name: t('showServices') }).click();
    await page.waitForURL('**/fi/asioi/148?aihe=building');
    await page.getByText(t('noServicesTopic', { municipality: 'Inari', topic: 'Rakentaminen' })).waitFor();
    const elsewhere = page.getByRole('region', { name: t('elsewhereTitle') });
    await expect.poll(() => elsewhere.getByRole('link', { name: 'www.inari.fi' }).getAttribute('href')).toBe('https://www.inari.fi');
    // Inari's rescue department and police offer their event notifications: the way on from "0 services".
    const everywhere = elsewhere.getByRole('listitem').filter({ hasText: 'Lapin pelastuslaitos' });
    await expect.poll(() => everywhere.count()).toBeGreaterThan(0);
    await checkA11y(page, 'an empty topic in Inari');
    await elsewhere.getByRole('link', { name: /^Tapahtumat \(\d+\)$/ }).click();
    await page.waitForURL('**/fi/asioi/148?aihe=events');
    await page.getByRole('heading', { level: 2, name: 'Tapahtumat' }).waitFor();
    await expect.poll(() => page.getByText(t('noServicesTopic', { municipality: 'Inari', topic: 'Tapahtumat' })).count()).toBe(0);
    await page.close();
  });
});
