/**
 * Two customers the mouse walk (customer-walk.test.ts) does not meet, both sending the informal
 * care support application (three short pages, no required attachment) with the library's example
 * answers, in a real Chromium against a real server with the demo data:
 * - a Finnish customer in Helsinki who uses the keyboard only: Tab and Shift+Tab, Enter, Space,
 *   the arrow keys and typing; never a click. Focus is seen wherever it lands, the error summary's
 *   link takes focus to the field, and the receipt's heading has focus when it opens.
 * - a Swedish-speaking customer in Närpes on a phone (375 × 812, touch), who taps through the same
 *   application in Swedish, and no page scrolls sideways.
 * axe-core checks every screen on the way.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readyPackExamples, readyService } from '../../form-library/library/index';
import type { FormElement, Lang } from '../../form-library/format/types';
import { partTexts, rendererTexts } from '../../i18n/catalogs/form';
import { customerTexts } from '../../i18n/catalogs/customer';
import { translator } from '../../i18n/translate';
import { message } from '../../form-library/validation/messages';
import { expectNoAxeViolations } from '../support/browser';
import { browserWalk } from '../support/browser-walk';

const SERVICE_ID = 'informal-care-support';
const careSupport = readyService(SERVICE_ID);
const example = readyPackExamples[SERVICE_ID];

interface CareExample {
  caredPerson: { caredName: string; caredPersonalId: string; caredAddress: { street: string; postalCode: string; postOffice: string } };
  carer: { carerName: string; carerPersonalId: string; carerPhone: string; carerEmail: string };
  careReason: string;
  dailyHelp: string[];
  careHoursPerDay: number;
  nightCareDetails: string;
  careStartDate: string;
}
const answers = example as unknown as CareExample;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const starts = (text: string) => new RegExp(`^${escape(text)}`);

function elementAt(...keys: string[]): FormElement {
  let elements: FormElement[] = careSupport.form.pages.flatMap((p) => p.elements);
  let found: FormElement | undefined;
  for (const key of keys) {
    found = elements.find((e) => e.key === key);
    if (!found) throw new Error(`no element ${keys.join('.')}`);
    if (found.kind === 'section' || found.kind === 'group') elements = found.elements;
  }
  return found!;
}
/** The pack's own label of an element, so the walk reads the form as the customer does. */
const labelOf = (lang: Lang, ...keys: string[]) => {
  const el = elementAt(...keys);
  return el.label[lang] ?? el.label.fi!;
};
function optionOf(lang: Lang, value: string, ...keys: string[]): string {
  const el = elementAt(...keys);
  if (el.kind !== 'choice' && el.kind !== 'multiChoice') throw new Error(`no options for ${keys.join('.')}`);
  const option = el.options.find((o) => o.value === value)!;
  return option.label[lang] ?? option.label.fi!;
}
function optionIndex(value: string, ...keys: string[]): number {
  const el = elementAt(...keys);
  if (el.kind !== 'choice' && el.kind !== 'multiChoice') throw new Error(`no options for ${keys.join('.')}`);
  return el.options.findIndex((o) => o.value === value);
}

const walk = browserWalk();

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through a page. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${String(target)}; focus is on ${at}`);
}

/** The focused element shows where it is: an outline or a ring drawn with box-shadow. */
async function expectFocusVisible(page: Page, where: string): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { element: 'body', seen: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { element: el.outerHTML.slice(0, 120), seen: outline || style.boxShadow !== 'none' };
  });
  expect(focus.seen, `focus not visible at ${where}: ${focus.element}`).toBe(true);
}

/** Types into the field with focus, replacing what was there. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * The digits a keyboard user types into a date field. The field shows its parts in the browser's
 * own order (day first or month first), so the walk uses the example's month as the day too: the
 * same digits read the same date either way.
 */
function dateDigits(iso: string): { digits: string; date: string } {
  const [y, m] = iso.split('-');
  return { digits: `${m}${m}${y}`, date: `${y}-${m}-${m}` };
}

describe('a customer in Helsinki who uses the keyboard only (fi)', () => {
  const lang: Lang = 'fi';
  const t = translator(customerTexts, lang);
  const r = translator(rendererTexts, lang);
  const parts = translator(partTexts, lang);
  const email = 'marjatta.makinen@example.fi';
  let page: Page;

  beforeAll(async () => {
    const context = await walk.browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'fi-FI' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000); // the machine is shared; a busy CPU must not fail the walk
  });

  /** Tabs to the field labelled `label` (within `scope`) and types `text` into it. */
  async function typeInto(scope: Page | Locator, label: string, text: string) {
    const field = scope.getByLabel(starts(label)).first();
    await tabTo(page, field);
    await typeOver(page, text);
  }

  /** A single choice by keyboard: Tab into its radio group and move with the arrow keys (or pick from the list). */
  async function choose(legend: string, optionLabel: string, index: number) {
    const group = page.getByRole('group', { name: starts(legend) });
    const radios = group.getByRole('radio');
    if ((await radios.count()) > 0) {
      await tabTo(page, radios.first());
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect.poll(() => group.getByLabel(optionLabel, { exact: true }).isChecked()).toBe(true);
      return;
    }
    const select = page.getByLabel(starts(legend)).first();
    await tabTo(page, select);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(optionLabel);
  }

  async function yesNo(legend: string, yes: boolean) {
    const group = page.getByRole('group', { name: starts(legend) });
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press(yes ? 'Space' : 'ArrowRight');
    await expect.poll(() => group.getByLabel(yes ? parts('yes') : parts('no'), { exact: true }).isChecked()).toBe(true);
  }

  /** After a step change focus is on the new page's title, so the keyboard goes on from the top of that page. */
  async function expectOnPage(n: number) {
    await page.getByText(r('step', { n: n + 1, total: careSupport.form.pages.length })).waitFor();
    const title = page.getByRole('heading', { name: careSupport.form.pages[n].title[lang]!, exact: true });
    await expect.poll(() => isFocused(title)).toBe(true);
  }

  async function pressButton(name: RegExp | string) {
    const button = page.getByRole('button', { name });
    await tabTo(page, button);
    await expectFocusVisible(page, `the button ${String(name)}`);
    await page.keyboard.press('Enter');
  }

  it('chooses the municipality and the topic and opens the service from its card, by keyboard', async () => {
    await page.goto(`${walk.server.url}/${lang}`);
    await page.getByRole('heading', { level: 1, name: t('homeTitle') }).waitFor();
    await expectNoAxeViolations(page, 'home');
    // Focus starts at the page's heading; the skip link is just before it, and it is seen.
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 1 }))).toBe(true);
    await tabTo(page, page.getByRole('link', { name: t('skip') }), { back: true, max: 10 });
    await expectFocusVisible(page, 'the skip link');

    const combobox = page.getByRole('combobox', { name: t('municipality') });
    await tabTo(page, combobox);
    await expectFocusVisible(page, 'the municipality field');
    await page.keyboard.type('Helsin');
    await page.getByRole('option', { name: starts('Helsinki'), selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => combobox.inputValue()).toContain('Helsinki');

    const topic = page.getByLabel(t('topic'));
    await tabTo(page, topic);
    for (let i = 0; i < 20 && (await topic.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)) !== 'Terveys'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => topic.inputValue()).toBe('health');
    await pressButton(t('showServices'));
    await page.waitForURL(`**/${lang}/asioi/091?aihe=health`);
    await page.getByRole('heading', { level: 1, name: /Helsinki/ }).waitFor();
    await expectNoAxeViolations(page, 'offering');

    const link = page.getByRole('link', { name: careSupport.name[lang]! });
    await tabTo(page, link);
    await expectFocusVisible(page, 'the service link');
    await page.keyboard.press('Enter');
    await page.getByText(r('step', { n: 1, total: 3 })).waitFor();
    await expectNoAxeViolations(page, 'form page 1');
  });

  it('fills the first page, meets a wrong personal identity code and fixes it from the error summary', async () => {
    const cared = page.getByRole('group', { name: labelOf(lang, 'caredPerson'), exact: true });
    const p = answers.caredPerson;
    await typeInto(cared, labelOf(lang, 'caredPerson', 'caredName'), p.caredName);
    // The last character is the check: one off, and the form says so.
    const wrong = p.caredPersonalId.slice(0, -1) + (p.caredPersonalId.endsWith('J') ? 'K' : 'J');
    const personalId = cared.getByLabel(starts(labelOf(lang, 'caredPerson', 'caredPersonalId')));
    await typeInto(cared, labelOf(lang, 'caredPerson', 'caredPersonalId'), wrong);
    const address = cared.getByRole('group', { name: starts(labelOf(lang, 'caredPerson', 'caredAddress')) });
    await typeInto(address, parts('street'), p.caredAddress.street);
    await expectFocusVisible(page, 'a text field');
    await typeInto(address, parts('postalCode'), p.caredAddress.postalCode);
    await typeInto(address, parts('postOffice'), p.caredAddress.postOffice);
    const home = cared.getByRole('combobox', { name: starts(labelOf(lang, 'caredPerson', 'caredMunicipality')) });
    await tabTo(page, home);
    await page.keyboard.type('Helsin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => home.inputValue()).toContain('Helsinki');
    await yesNo(labelOf(lang, 'caredPerson', 'hasGuardian'), false);
    await expectFocusVisible(page, 'a radio button');
    // No guardian: the guardian's name is not asked.
    await expect.poll(() => page.getByLabel(starts(labelOf(lang, 'caredPerson', 'guardianName'))).count()).toBe(0);

    await pressButton(new RegExp(`^${escape(r('next'))}`));
    const summary = page.getByRole('alert').filter({ hasText: r('errorSummaryTitle') });
    await summary.waitFor();
    // The summary takes focus, so the next Tab is its link to the field.
    await expect.poll(() => isFocused(summary)).toBe(true);
    await expectFocusVisible(page, 'the error summary');
    await expectNoAxeViolations(page, 'form page 1 with an error');
    await page.getByText(message('personalId.check', lang)).first().waitFor();
    const fix = summary.getByRole('link', { name: new RegExp(escape(labelOf(lang, 'caredPerson', 'caredPersonalId'))) });
    await tabTo(page, fix);
    await expectFocusVisible(page, 'the error summary link');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(personalId)).toBe(true);
    await expectFocusVisible(page, 'the field to fix');
    await typeOver(page, p.caredPersonalId);
    await page.getByText(r('personalIdValid')).waitFor();
    await pressButton(new RegExp(`^${escape(r('next'))}`));
    await expectOnPage(1);
  });

  it('fills the carer page, goes back a page and forward again with the answers kept', async () => {
    const carer = page.getByRole('group', { name: labelOf(lang, 'carer'), exact: true });
    const c = answers.carer;
    await typeInto(carer, labelOf(lang, 'carer', 'carerName'), c.carerName);
    await typeInto(carer, labelOf(lang, 'carer', 'carerPersonalId'), c.carerPersonalId);
    await yesNo(labelOf(lang, 'carer', 'livesWithCaredPerson'), true);
    // Living together: the carer's address is the cared person's, not asked again.
    await expect.poll(() => page.getByRole('group', { name: starts(labelOf(lang, 'carer', 'carerAddress')) }).count()).toBe(0);
    await typeInto(carer, labelOf(lang, 'carer', 'carerPhone'), c.carerPhone);
    await typeInto(carer, labelOf(lang, 'carer', 'carerEmail'), c.carerEmail);
    await choose(labelOf(lang, 'carer', 'relationship'), optionOf(lang, 'spouse', 'carer', 'relationship'), optionIndex('spouse', 'carer', 'relationship'));
    await choose(labelOf(lang, 'carer', 'carerOccupation'), optionOf(lang, 'retired', 'carer', 'carerOccupation'), optionIndex('retired', 'carer', 'carerOccupation'));
    await expectNoAxeViolations(page, 'form page 2');

    await pressButton(new RegExp(`${escape(r('back'))}$`));
    await expectOnPage(0);
    await expect.poll(() => page.getByLabel(starts(labelOf(lang, 'caredPerson', 'caredPersonalId'))).inputValue()).toBe(answers.caredPerson.caredPersonalId);
    await pressButton(new RegExp(`^${escape(r('next'))}`));
    await expectOnPage(1);
    await expect.poll(() => page.getByLabel(starts(labelOf(lang, 'carer', 'carerName'))).inputValue()).toBe(c.carerName);
    await pressButton(new RegExp(`^${escape(r('next'))}`));
    await expectOnPage(2);
  });

  it('fills the need for care: text, check boxes, a number, a date and the night care it brings up', async () => {
    await typeInto(page, labelOf(lang, 'careReason'), answers.careReason);
    const help = page.getByRole('group', { name: starts(labelOf(lang, 'dailyHelp')) });
    for (const value of answers.dailyHelp) {
      const box = help.getByLabel(optionOf(lang, value, 'dailyHelp'), { exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expectFocusVisible(page, 'a check box');
    await typeInto(page, labelOf(lang, 'careHoursPerDay'), String(answers.careHoursPerDay));
    await yesNo(labelOf(lang, 'nightCare'), true);
    await typeInto(page, labelOf(lang, 'nightCareDetails'), answers.nightCareDetails);
    const start = page.getByLabel(starts(labelOf(lang, 'careStartDate')));
    await tabTo(page, start);
    const startDate = dateDigits(answers.careStartDate);
    await page.keyboard.type(startDate.digits);
    await expect.poll(() => start.inputValue()).toBe(startDate.date);
    await yesNo(labelOf(lang, 'caredPersonConsents'), true);
    await expectNoAxeViolations(page, 'form page 3');
    await pressButton(new RegExp(escape(t('contactStep'))));
  });

  it('gives contact details, reviews the summary, sends, and lands on the receipt with focus on its heading', async () => {
    const heading = page.getByRole('heading', { name: t('contactTitle') });
    await heading.waitFor();
    await expect.poll(() => isFocused(heading)).toBe(true);
    await expectNoAxeViolations(page, 'contact step');
    await typeInto(page, t('contactName'), answers.carer.carerName);
    await typeInto(page, t('contactEmail'), email);
    await typeInto(page, t('contactPhone'), answers.carer.carerPhone);
    await pressButton(new RegExp(escape(t('toSummary'))));

    const summaryHeading = page.getByRole('heading', { name: t('summaryTitle') });
    await summaryHeading.waitFor();
    await expect.poll(() => isFocused(summaryHeading)).toBe(true);
    await page.getByText(answers.careReason).waitFor();
    await page.getByText(email).first().waitFor();
    await expectNoAxeViolations(page, 'summary');
    await pressButton(t('send'));

    const receiptHeading = page.getByRole('heading', { level: 1, name: t('receiptTitle') });
    await receiptHeading.waitFor();
    await expect.poll(() => isFocused(receiptHeading)).toBe(true);
    expect(await page.getByTestId('reference').textContent()).toMatch(/^KV-\d{4}-\d{6}$/);
    await expectNoAxeViolations(page, 'receipt');
    // From the heading, the keyboard goes on into the receipt: its first control is the print button.
    await tabTo(page, page.getByRole('button', { name: t('print') }), { max: 15 });
    await expectFocusVisible(page, 'the print button');
    const receipts = (await walk.server.outbox()).filter((m) => m.kind === 'receipt' && m.toEmail === email);
    expect(receipts).toHaveLength(1);
  });
});

describe('a Swedish-speaking customer in Närpes on a phone (375 × 812), tapping', () => {
  const lang: Lang = 'sv';
  const t = translator(customerTexts, lang);
  const r = translator(rendererTexts, lang);
  const parts = translator(partTexts, lang);
  const email = 'margareta.back@example.fi';
  let page: Page;

  beforeAll(async () => {
    const context = await walk.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'sv-FI', isMobile: true, hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  /** Every screen fits the phone's width: nothing to scroll sideways to. */
  async function expectNoSideways(where: string) {
    const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
    expect(widths.scroll, `${where} scrolls sideways: ${JSON.stringify(widths)}`).toBeLessThanOrEqual(widths.inner);
  }
  async function screen(where: string) {
    await expectNoSideways(where);
    await expectNoAxeViolations(page, where);
  }
  const next = () => page.getByRole('button', { name: new RegExp(`^${escape(r('next'))}`) }).tap();
  const tapOption = (legend: string, option: string) =>
    page.getByRole('group', { name: starts(legend) }).getByLabel(option, { exact: true }).tap();

  it('finds the application under Hälsa in Närpes', async () => {
    await page.goto(`${walk.server.url}/${lang}`);
    await page.getByRole('heading', { level: 1, name: t('homeTitle') }).waitFor();
    await screen('home');
    const combobox = page.getByRole('combobox', { name: t('municipality') });
    await combobox.tap();
    await combobox.fill('Närp');
    await page.getByRole('option', { name: starts('Närpes') }).tap();
    await page.getByLabel(t('topic')).selectOption({ label: 'Hälsa' });
    await page.getByRole('button', { name: t('showServices') }).tap();
    await page.waitForURL(`**/${lang}/asioi/545?aihe=health`);
    await page.getByRole('heading', { level: 1, name: /Närpes/ }).waitFor();
    await screen('offering');
    await page.getByRole('link', { name: careSupport.name[lang]! }).tap();
    await page.getByText(r('step', { n: 1, total: 3 })).waitFor();
    await screen('form page 1');
  });

  it('fills the three pages in Swedish', async () => {
    const p = answers.caredPerson;
    const cared = page.getByRole('group', { name: labelOf(lang, 'caredPerson'), exact: true });
    await cared.getByLabel(starts(labelOf(lang, 'caredPerson', 'caredName'))).fill(p.caredName);
    await cared.getByLabel(starts(labelOf(lang, 'caredPerson', 'caredPersonalId'))).fill(p.caredPersonalId);
    const address = cared.getByRole('group', { name: starts(labelOf(lang, 'caredPerson', 'caredAddress')) });
    await address.getByLabel(starts(parts('street'))).fill('Kyrkvägen 12');
    await address.getByLabel(starts(parts('postalCode'))).fill('64200');
    await address.getByLabel(starts(parts('postOffice'))).fill('Närpes');
    const home = cared.getByRole('combobox', { name: starts(labelOf(lang, 'caredPerson', 'caredMunicipality')) });
    await home.tap();
    await home.fill('Närp');
    await page.getByRole('option', { name: starts('Närpes') }).tap();
    await expect.poll(() => home.inputValue()).toContain('Närpes');
    await tapOption(labelOf(lang, 'caredPerson', 'hasGuardian'), parts('no'));
    await next();
    await page.getByText(r('step', { n: 2, total: 3 })).waitFor();
    await screen('form page 2');

    const c = answers.carer;
    const carer = page.getByRole('group', { name: labelOf(lang, 'carer'), exact: true });
    await carer.getByLabel(starts(labelOf(lang, 'carer', 'carerName'))).fill(c.carerName);
    await carer.getByLabel(starts(labelOf(lang, 'carer', 'carerPersonalId'))).fill(c.carerPersonalId);
    await tapOption(labelOf(lang, 'carer', 'livesWithCaredPerson'), parts('yes'));
    await carer.getByLabel(starts(labelOf(lang, 'carer', 'carerPhone'))).fill(c.carerPhone);
    for (const [key, value] of [['relationship', 'spouse'], ['carerOccupation', 'retired']] as const) {
      const group = page.getByRole('group', { name: starts(labelOf(lang, 'carer', key)) });
      if ((await group.getByRole('radio').count()) > 0) await group.getByLabel(optionOf(lang, value, 'carer', key), { exact: true }).tap();
      else await page.getByLabel(starts(labelOf(lang, 'carer', key))).first().selectOption({ label: optionOf(lang, value, 'carer', key) });
    }
    await next();
    await page.getByText(r('step', { n: 3, total: 3 })).waitFor();

    await page.getByLabel(starts(labelOf(lang, 'careReason'))).fill('Alzheimers sjukdom (diagnostiserad 2024), rör sig med rollator.');
    for (const value of answers.dailyHelp) await tapOption(labelOf(lang, 'dailyHelp'), optionOf(lang, value, 'dailyHelp'));
    await page.getByLabel(starts(labelOf(lang, 'careHoursPerDay'))).fill(String(answers.careHoursPerDay));
    await tapOption(labelOf(lang, 'nightCare'), parts('no'));
    await page.getByLabel(starts(labelOf(lang, 'careStartDate'))).fill(answers.careStartDate);
    await tapOption(labelOf(lang, 'caredPersonConsents'), parts('yes'));
    await screen('form page 3');
    await page.getByRole('button', { name: new RegExp(escape(t('contactStep'))) }).tap();
  });

  it('gives contact details, sends, and reads the receipt in Swedish', async () => {
    await page.getByRole('heading', { name: t('contactTitle') }).waitFor();
    await screen('contact step');
    await page.getByLabel(starts(t('contactName'))).fill('Margareta Back');
    await page.getByLabel(starts(t('contactEmail'))).fill(email);
    await page.getByRole('button', { name: new RegExp(escape(t('toSummary'))) }).tap();
    await page.getByRole('heading', { name: t('summaryTitle') }).waitFor();
    await page.getByText('Alzheimers sjukdom', { exact: false }).waitFor();
    await screen('summary');
    await page.getByRole('button', { name: t('send'), exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: t('receiptTitle') }).waitFor();
    expect(await page.getByTestId('reference').textContent()).toMatch(/^KV-\d{4}-\d{6}$/);
    await page.getByText(t('receiptLead')).waitFor();
    await page.getByText(careSupport.name.sv!).first().waitFor();
    // Handled by Ostrobothnia's wellbeing services county, named in Swedish on a Swedish receipt.
    await page.getByText('Österbottens välfärdsområde').first().waitFor();
    await expect.poll(() => page.getByText('Pohjanmaan hyvinvointialue').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await screen('receipt');
    const receipts = (await walk.server.outbox()).filter((m) => m.kind === 'receipt' && m.toEmail === email);
    expect(receipts).toHaveLength(1);
  });
});
