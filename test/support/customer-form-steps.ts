/**
 * A customer moves through a form in Finnish in a walk: from one of its steps on to the last, then
 * the contact step, and on to the summary.
 */
import type { Page } from 'playwright-core';
import { customerTexts } from '../../i18n/catalogs/customer';
import { rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';

const t = translator(customerTexts, 'fi');
const r = translator(rendererTexts, 'fi');

/** From step `from` (the page shows "Vaihe {from}/…") through the form's last step, the contact details given, to the summary. */
export async function stepOnToSummary(page: Page, from: number, contact: { name: string; email: string }): Promise<void> {
  const total = Number(/\/(\d+)/.exec((await page.getByText(new RegExp(`^Vaihe ${from}/`)).first().textContent()) ?? '')?.[1]);
  for (let step = from; step < total; step++) {
    await page.getByRole('button', { name: new RegExp(`^${r('next')}`) }).click();
    await page.getByText(`Vaihe ${step + 1}/${total}`).waitFor();
  }
  await page.getByRole('button', { name: new RegExp(`^${t('contactStep')}`) }).click();
  await page.getByRole('heading', { name: t('contactTitle') }).waitFor();
  await page.getByLabel(new RegExp(`^${t('contactName')}`)).fill(contact.name);
  await page.getByLabel(new RegExp(`^${t('contactEmail')}`)).fill(contact.email);
  await page.getByRole('button', { name: new RegExp(`^${t('toSummary')}`) }).click();
}
