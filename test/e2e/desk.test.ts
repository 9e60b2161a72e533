/**
 * The handler desk walked as a new Helsinki handler would: sign in, filter the inbox (due dates shown),
 * open a case, ask what more is needed by a reply day, see the customer's supplement arrive as an
 * alert and what it changed, write the decision (the deployment's appeal instructions go with it),
 * download the decision document and close.
 * A handler of Espoo then sees none of it, in the inbox or by typing the case's address.
 * axe-core checks every page on the way.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnswerDate } from '../../i18n/intl-format';
import { APPEAL_TEMPLATES } from '../../workflows/decision/appeal';
import { submitStaffSignIn } from '../support/browser-staff-sign-in';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { ADMIN_HELSINKI, DEMO_PASSWORD, HANDLER_ESPOO, HANDLER_HELSINKI, SERVICE_ID, submitPublicAreaUse, type Submitted } from '../server/exports-fixtures';

let server: TestServer;
let browser: Browser;
let kallio: Submitted;
let tori: Submitted;
const customerEmail = 'aino.virtanen@example.fi';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const customer = new ApiClient(server.url);
  kallio = await submitPublicAreaUse(customer, { email: customerEmail, name: 'Aino Virtanen', eventName: 'Kallio Block Party' });
  tori = await submitPublicAreaUse(customer, { email: 'mikko.lahti@example.fi', name: 'Mikko Lahti', eventName: 'Hakaniemen torijuhla', streetClosure: false });
  // The admin has set the appeal instructions Helsinki's decisions on this service carry.
  const admin = new ApiClient(server.url);
  await admin.loginStaff(ADMIN_HELSINKI, DEMO_PASSWORD);
  const deployment = (await admin.get<Array<{ id: number; serviceId: string }>>('/api/deployments')).body.find((d) => d.serviceId === SERVICE_ID);
  const set = await admin.patch(`/api/deployments/${deployment?.id}`, { appeal: { kind: 'oikaisuvaatimus', text: APPEAL_TEMPLATES.oikaisuvaatimus } });
  expect(set.status).toBe(200);
});

/** A day `days` from today as YYYY-MM-DD (UTC; the walk's days are far enough from midnight's edge to agree with Helsinki's). */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The customer answers the request for more information through the API, as the runtime would, renaming the event. */
async function customerSupplements(submissionId: number, message: string, eventName: string): Promise<void> {
  const customer = new ApiClient(server.url);
  const before = (await server.outbox()).length;
  expect((await customer.post('/api/customer/code', { email: customerEmail, lang: 'fi' })).status).toBe(202);
  const mail = (await server.outbox()).slice(before).find((m) => m.toEmail === customerEmail && m.kind === 'sign_in_code');
  const code = mail && /\b(\d{6})\b/.exec(server.mail(mail).body)?.[1];
  expect(code).toBeDefined();
  expect((await customer.post('/api/customer/session', { email: customerEmail, code })).status).toBe(200);
  const mine = await customer.get<{ data: Record<string, unknown> & { event: Record<string, unknown> } }>(`/api/my/submissions/${submissionId}`);
  const data = { ...mine.body.data, event: { ...mine.body.data.event, eventName } };
  const res = await customer.post(`/api/my/submissions/${submissionId}/supplement`, { data, message, lang: 'fi' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function signIn(page: Page, email: string): Promise<void> {
  await submitStaffSignIn(page, email);
  await page.getByRole('heading', { level: 1, name: 'Saapuneet' }).waitFor();
}

async function fireTransition(page: Page, label: string, comment?: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.waitFor();
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: `Vahvista: ${label}` }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('handler desk walk', () => {
  it('a Helsinki handler works a case from the inbox to closing it', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/fi/virkailija`);

    // Signs in; a wrong password is announced first.
    await page.getByRole('heading', { level: 1, name: 'Kirjaudu virkailijan työpöydälle' }).waitFor();
    await expectNoAxeViolations(page, 'desk sign-in');
    await submitStaffSignIn(page, HANDLER_HELSINKI, 'väärä-salasana');
    await page.getByRole('alert').filter({ hasText: 'Sähköposti tai salasana on väärin.' }).waitFor();
    await signIn(page, HANDLER_HELSINKI);
    await expect.poll(() => page.locator('.desk-header').textContent()).toContain('Heikki Käsittelijä');

    // The inbox shows both new applications, marked new in words.
    const kallioLink = page.getByRole('link', { name: kallio.reference, exact: true });
    await kallioLink.waitFor();
    await page.getByRole('link', { name: tori.reference, exact: true }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: kallio.reference }).textContent()).toContain('Uusi');
    // Each case is due by the deployment's response time (14 days for an application).
    await page.getByRole('columnheader', { name: /Määräpäivä/ }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: kallio.reference }).locator('time').last().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectNoAxeViolations(page, 'desk inbox');

    // Sorts by customer on the server: the header says so, the sort goes to the URL; Enter on the
    // header (a button) turns the order around.
    const references = async () => (await page.locator('tbody th a').allTextContents()).map((r) => r.trim());
    await page.getByRole('button', { name: /^Asiakas/ }).click();
    await page.waitForURL(/sort=customer-asc/);
    await expect.poll(() => page.getByRole('columnheader', { name: /Asiakas/ }).getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(references).toEqual([kallio.reference, tori.reference]);
    await page.getByRole('button', { name: /^Asiakas/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=customer-desc/);
    await expect.poll(references).toEqual([tori.reference, kallio.reference]);
    await expect.poll(() => page.getByRole('columnheader', { name: /Asiakas/ }).getAttribute('aria-sort')).toBe('descending');
    await expectNoAxeViolations(page, 'desk inbox sorted by customer');

    // The service filter offers the services Helsinki has deployed, by name, from the server's list.
    const deployed = await page.evaluate(async () => (await (await fetch('/api/desk/services?lang=fi')).json()) as Array<{ id: string; name: string }>);
    const serviceSelect = page.getByLabel('Asiointi');
    await expect.poll(async () => (await serviceSelect.locator('option').allTextContents()).slice(1)).toEqual(deployed.map((d) => d.name));
    const publicAreaUse = deployed.find((d) => d.id === 'public-area-use');
    expect(publicAreaUse?.name).toBeTruthy();
    await serviceSelect.selectOption({ label: publicAreaUse?.name ?? '' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.waitForURL(/service=public-area-use/);
    expect(page.url()).toContain('sort=customer-desc');
    await expect.poll(references).toEqual([tori.reference, kallio.reference]);

    // Filters by free text: the filter goes to the URL, and only the Kallio application remains.
    await page.getByLabel('Haku').fill('Kallio');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.waitForURL(/q=Kallio/);
    await page.getByRole('link', { name: tori.reference, exact: true }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('link', { name: kallio.reference, exact: true }).count()).toBe(1);

    // Hands the filtered list onward as CSV: the file holds what the filtered inbox shows.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: /Vie CSV-tiedostoksi/ }).click();
    const csvFile = await (await csvDownload).path();
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv).toContain(kallio.reference);
    expect(csv).not.toContain(tori.reference);

    // Filters by due date: nothing of these is overdue yet (due in 14 days); back to all due dates.
    await page.getByLabel('Määräpäivä', { exact: true }).selectOption({ label: 'Myöhässä' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.waitForURL(/due=overdue/);
    await page.getByText('Ei hakemuksia näillä rajauksilla.').waitFor();
    await expectNoAxeViolations(page, 'desk inbox filtered to overdue');
    await page.getByLabel('Määräpäivä', { exact: true }).selectOption({ label: 'Kaikki' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('link', { name: kallio.reference, exact: true }).waitFor();
    expect(page.url()).not.toContain('due=');

    // Filters by status with the chip.
    await page.getByRole('button', { name: /^Lähetetty/ }).click();
    await page.waitForURL(/status=SUBMITTED/);

    // Opens the case: the answers, the attachments and the transitions allowed now.
    await page.getByRole('link', { name: kallio.reference, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(kallio.reference) }).waitFor();
    await page.getByText('Kallio Block Party').first().waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^Avaa\b/ }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'desk case view');
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Vie PDF-tiedostoksi' }).click();
    expect((await pdfDownload).suggestedFilename()).toBe(`${kallio.reference}.pdf`);

    await fireTransition(page, 'Merkitse vastaanotetuksi');
    await page.getByText('Tila muuttui: Vastaanotettu.').waitFor();
    await fireTransition(page, 'Aloita käsittely');
    await page.getByText('Tila muuttui: Käsittelyssä.').waitFor();

    // Requests more information: the dialog asks what is needed and by when, and shows the alert the customer gets.
    await page.getByRole('button', { name: 'Pyydä lisätietoja', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Pyydä lisätietoja' });
    await dialog.getByText('Asiakas saa tämän herätteen:').waitFor();
    const replyBy = dialog.getByLabel('Vastattava viimeistään');
    await expect.poll(() => replyBy.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectNoAxeViolations(page, 'desk transition dialog');
    await dialog.getByRole('button', { name: 'Vahvista: Pyydä lisätietoja' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Kirjoita, mitä lisätietoja tarvitaan.' }).waitFor();
    await dialog.getByLabel('Mitä lisätietoja tarvitaan? (pakollinen)').fill('Liittäkää pelastussuunnitelma ja liikennejärjestelyt.');
    const deadline = daysAhead(10);
    await replyBy.fill(deadline);
    await dialog.getByRole('button', { name: 'Vahvista: Pyydä lisätietoja' }).click();
    await page.getByText('Tila muuttui: Lisätietoja pyydetty.').waitFor();
    await page.getByText(`Vastattava viimeistään ${formatAnswerDate(deadline, 'fi')}`).waitFor();

    // Writes an internal note.
    await page.getByRole('textbox', { name: 'Sisäinen muistiinpano' }).fill('Soitettu järjestäjälle, suunnitelma tulossa.');
    await page.getByRole('button', { name: 'Tallenna muistiinpano' }).click();
    await page.getByText('Muistiinpano tallennettu.').waitFor();

    // The customer supplements; the alert arrives in the desk and is counted until read.
    await customerSupplements(kallio.id, 'Pelastussuunnitelma on nyt liitteenä.', 'Kallio Block Party 2027');
    await page.getByRole('link', { name: /^Herätteet/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Herätteet' }).waitFor();
    const alert = page.getByRole('listitem').filter({ hasText: 'Asiakkaan täydennys' }).filter({ has: page.getByRole('link', { name: `Avaa ${kallio.reference}` }) });
    await alert.waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^Herätteet/ }).textContent()).toMatch(/lukematonta/);
    await expectNoAxeViolations(page, 'desk alerts');
    await alert.getByRole('link', { name: `Avaa ${kallio.reference}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(kallio.reference) }).waitFor();
    await page.getByText('Pelastussuunnitelma on nyt liitteenä.').first().waitFor();
    // The history shows what the supplement changed: the answer before and after.
    const changes = page.getByRole('table', { name: 'Muutokset' });
    const changed = changes.getByRole('row').filter({ hasText: 'Kallio Block Party 2027' });
    await expect.poll(async () => (await changed.getByRole('cell').allTextContents())).toEqual(['Kallio Block Party', 'Kallio Block Party 2027']);
    await expectNoAxeViolations(page, 'desk case with a supplement’s changes');

    // Decides: writes the decision; the appeal instructions the deployment sets go with it.
    await page.getByRole('button', { name: 'Tee päätös', exact: true }).click();
    const decide = page.getByRole('dialog', { name: 'Tee päätös' });
    await decide.getByText('Päätökseen liitetään: Oikaisuvaatimusohje').waitFor();
    await expectNoAxeViolations(page, 'desk decision dialog');
    await decide.getByRole('button', { name: 'Vahvista: Tee päätös' }).click();
    await decide.getByRole('alert').filter({ hasText: 'Kirjoita päätös tai liitä se PDF-tiedostona.' }).waitFor();
    await decide.getByLabel('Päätös', { exact: true }).fill('Käyttölupa myönnetään ehdoin: alue siivotaan sunnuntaina klo 12 mennessä.');
    await decide.getByRole('button', { name: 'Vahvista: Tee päätös' }).click();
    await decide.waitFor({ state: 'detached' });
    await page.getByText('Tila muuttui: Päätös tehty.').waitFor();
    const decisionSection = page.getByRole('region', { name: 'Päätös' });
    const decisionDownload = page.waitForEvent('download');
    await decisionSection.getByRole('link', { name: 'Lataa päätösasiakirja (PDF)' }).click();
    const decisionFile = readFileSync(await (await decisionDownload).path());
    expect(decisionFile.subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoAxeViolations(page, 'desk case with its decision');
    await fireTransition(page, 'Päätä käsittely');
    await page.getByText('Tila muuttui: Käsittely päättynyt.').waitFor();
    await page.getByText('Tässä tilassa ei ole siirtoja, jotka voisit tehdä.').waitFor();
    await expectNoAxeViolations(page, 'desk closed case');

    // The customer's own view never shows the internal note.
    const customer = new ApiClient(server.url);
    await customer.post('/api/customer/code', { email: customerEmail, lang: 'fi' });
    const mail = (await server.outbox()).filter((m) => m.toEmail === customerEmail && m.kind === 'sign_in_code').at(-1);
    await customer.post('/api/customer/session', { email: customerEmail, code: mail && /\b(\d{6})\b/.exec(server.mail(mail).body)?.[1] });
    const mine = await customer.get(`/api/my/submissions/${kallio.id}`);
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).not.toContain('Soitettu järjestäjälle');

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.getByText('Olet kirjautunut ulos.').waitFor();
    await page.close();
  });

  it('a handler of Espoo sees none of Helsinki’s cases, in the inbox or by direct address', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/fi/virkailija`);
    await signIn(page, HANDLER_ESPOO);
    await expect.poll(() => page.locator('.desk-header').textContent()).toContain('Espoo');
    await page.getByRole('status').filter({ hasText: /Näytetään \d+ hakemusta/ }).waitFor();
    await expect.poll(() => page.getByText(kallio.reference).count()).toBe(0);
    await expect.poll(() => page.getByText(tori.reference).count()).toBe(0);

    await page.goto(`${server.url}/fi/virkailija/asiat/${kallio.id}`);
    await page.getByRole('heading', { level: 1, name: 'Hakemusta ei löytynyt, tai se ei kuulu viranomaisellesi.' }).waitFor();
    await expect.poll(() => page.getByText('Kallio Block Party').count()).toBe(0);
    await expectNoAxeViolations(page, 'desk case of another authority');

    const pdf = await page.request.get(`${server.url}/api/cases/${kallio.id}/export.pdf`);
    expect(pdf.status()).toBe(404);
    await page.close();
  });

  it('a handler removes a junk submission as spam after confirming, and it leaves the inbox', async () => {
    const spam = await submitPublicAreaUse(new ApiClient(server.url), { email: 'roska@example.fi', name: 'Osta Halpaa', eventName: 'Halpoja kelloja' });
    const page = await browser.newPage();
    await page.goto(`${server.url}/fi/virkailija`);
    await signIn(page, HANDLER_HELSINKI);
    await page.goto(`${server.url}/fi/virkailija/asiat/${spam.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(spam.reference) }).waitFor();
    await page.getByRole('button', { name: 'Poista roskapostina' }).click();
    const dialog = page.getByRole('dialog', { name: 'Poista roskapostina' });
    await dialog.getByText(`Poistetaanko hakemus ${spam.reference} roskapostina?`).waitFor();
    await expectNoAxeViolations(page, 'spam removal confirmation');
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await server.ctx.sqlite.prepare('SELECT removed_at AS r FROM submissions WHERE id = ?').get(spam.id)) as { r: string | null }).toEqual({ r: null });

    await page.getByRole('button', { name: 'Poista roskapostina' }).click();
    await dialog.getByRole('button', { name: 'Poista roskapostina' }).click();
    await page.getByRole('heading', { level: 1, name: `Hakemus ${spam.reference} on poistettu roskapostina` }).waitFor();
    await expectNoAxeViolations(page, 'case removed as spam');
    await page.getByRole('link', { name: 'Takaisin saapuneisiin' }).click();
    await page.getByRole('status').filter({ hasText: /Näytetään \d+ hakemusta/ }).waitFor();
    await expect.poll(() => page.getByText(spam.reference).count()).toBe(0);
    await expect.poll(() => page.getByText(tori.reference).count()).toBe(1);
    await page.close();
  });

  it('the desk works in Swedish and English too', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/sv/virkailija`);
    await page.getByRole('heading', { level: 1, name: 'Logga in på handläggarens skrivbord' }).waitFor();
    await page.getByLabel('E-post').fill(HANDLER_HELSINKI);
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await expectNoAxeViolations(page, 'desk inbox in Swedish');
    await page.getByRole('link', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.getByRole('link', { name: tori.reference, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
    // No streets close at the Hakaniemi market: its traffic plan, required only then, is not listed at all.
    const closure = page.locator('.answers__row').filter({ has: page.getByText('Will streets be closed to traffic?', { exact: true }) });
    await expect.poll(() => closure.textContent()).toContain('No');
    expect(await page.getByText('Traffic management plan').count()).toBe(0);
    await expectNoAxeViolations(page, 'desk case in English');
    await page.close();
  });
});
