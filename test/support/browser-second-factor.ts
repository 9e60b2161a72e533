/**
 * The second step of a staff sign-in in a browser walk: after the password, a person who owes it
 * enters a code computed with otplib (test/support/totp.ts) or, without an authenticator in a role
 * that requires one, sets one up from the key the page shows and continues past the recovery codes.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../languages/localized-text';
import { secondFactorRequired } from '../../permissions/permissions';
import { DEMO_STAFF } from '../../server/seed/demo';
import { translator } from '../../i18n/translate';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';
import { freshTotpCode, rememberEnrolledSecret, secretOf } from './totp';

/** Whether a demo account is asked for a code after its password (the admins and the coordinator). */
export function demoAccountOwesCode(email: string): boolean {
  const person = DEMO_STAFF.find((s) => s.email === email.toLowerCase());
  return person !== undefined && secondFactorRequired(person.role);
}

/** Completes the second step the page shows after the password of `email` on the server at `serverUrl`. */
export async function passSecondStepInBrowser(page: Page, serverUrl: string, email: string, lang: Lang = 'fi'): Promise<void> {
  const t = translator(secondFactorTexts, lang);
  const who = `${serverUrl} ${email.toLowerCase()}`;
  const step = page.getByRole('heading', { level: 1, name: t('title'), exact: true });
  const enrol = page.getByRole('heading', { level: 1, name: t('enrolTitle'), exact: true });
  await step.or(enrol).first().waitFor();
  if (await enrol.isVisible()) {
    const key = (await page.locator('code').first().textContent()) ?? '';
    rememberEnrolledSecret(who, key);
    await page.getByLabel(t('appCode')).fill(await freshTotpCode(who, secretOf(who)));
    await page.getByRole('button', { name: t('turnOn'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t('codesTitle') }).waitFor();
    await page.getByRole('button', { name: t('codesSaved') }).click();
    return;
  }
  await page.getByLabel(t('code'), { exact: true }).fill(await freshTotpCode(who, secretOf(who)));
  await page.getByRole('button', { name: t('continue'), exact: true }).click();
  await step.waitFor({ state: 'detached' });
}

/** After the password: the second step when the demo account owes it; nothing for the others. */
export async function passSecondStepIfAsked(page: Page, serverUrl: string, email: string, lang: Lang = 'fi'): Promise<void> {
  if (demoAccountOwesCode(email)) await passSecondStepInBrowser(page, serverUrl, email, lang);
}
