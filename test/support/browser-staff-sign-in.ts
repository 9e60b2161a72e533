/**
 * A staff member signs in in a browser walk: the builder's or the desk's sign-in form, the demo
 * password, then the second step when the account owes it (browser-second-factor.ts).
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { expectNoAxeViolations } from './browser';
import { demoAccountOwesCode, passSecondStepInBrowser } from './browser-second-factor';

/** Fills the sign-in form the page shows with `email` and `password` and sends it. */
export async function submitStaffSignIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
}

export interface StaffSignIn {
  /** The heading of the sign-in form `url` shows; default the builder's. */
  heading?: string;
  /** Checks the sign-in form with axe first, naming it so. */
  axeAs?: string;
  password?: string;
  /** Whether the second step follows the password; default: when the demo account owes it. */
  secondStep?: boolean;
}

/** Opens `url` (a builder page, by default), signs `email` in on its form and passes the second step when it comes. */
export async function signInStaffAt(page: Page, serverUrl: string, url: string, email: string, options: StaffSignIn = {}): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: options.heading ?? 'Kirjaudu sisään' }).waitFor();
  if (options.axeAs) await expectNoAxeViolations(page, options.axeAs);
  await submitStaffSignIn(page, email, options.password);
  if (options.secondStep ?? demoAccountOwesCode(email)) await passSecondStepInBrowser(page, serverUrl, email);
}
