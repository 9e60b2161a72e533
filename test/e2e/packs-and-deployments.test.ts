/**
 * Packs and deployments, walked in headless Chromium against a real server.
 *
 * Kaisa, the project coordinator, sees which drafts wait for her review and reads the one never
 * published as customers would meet it. She sees that the event organising pack's draft is the same
 * as version 1 (so there is nothing to publish), reads version 1 in three languages with its workflow, edits the temporary food sales notification in the
 * draft (texts in three languages, required, a limit, a condition, an option), reads all of it in
 * the diff against version 1, goes through the review and publishes version 2.
 *
 * Then the admin of the joint environmental health unit hosted by Porvoo (a test authority
 * modelled on the real one that does food control for Askola, Lapinjärvi, Loviisa, Myrskylä,
 * Porvoo, Pukkila and Sipoo) deploys version 1 for Loviisa and Askola, is refused Porvoo and
 * Sipoo because the city of Porvoo already handles the service there, and upgrades to version 2
 * after reading the diff. A food seller's notification sent before the upgrade still opens with
 * version 1 for the unit's handler, whom the admin adds on the staff screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readyPackExamples } from '../../form-library/library/index';
import { hashPassword } from '../../server/auth/password';
import { authorities, authorityMunicipalities, users } from '../../server/db/schema';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { APPEAL_TEMPLATES } from '../../workflows/decision/appeal';
import { expectNoAxeViolations, launchBrowser } from '../support/browser';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { demoAccountOwesCode } from '../support/browser-second-factor';
import { signInStaffAt } from '../support/browser-staff-sign-in';
import { singleServicePack } from '../server/fixtures';

const FOOD_SALES = 'Ilmoitus tilapäisestä elintarvikkeiden myynnistä tapahtumassa';
const UNIT = 'environmental-health-porvoo';
const UNIT_ADMIN = 'admin.ymparistoterveys@kevyt.example';
const UNIT_AREA = ['018', '407', '434', '504', '616', '638', '753'];
const PRIVACY_URL = 'https://www.porvoo.fi/tietosuoja/ymparistoterveydenhuolto';

/** A signed-in API client of a staff member, for reading what the screens did. */
async function staffClient(email: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.loginStaff(email, DEMO_PASSWORD);
  return client;
}

let server: TestServer;
let browser: Browser;
let packId: number;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const { db } = server.ctx;
  db.insert(authorities)
    .values({ id: UNIT, kind: 'municipality', nameFi: 'Porvoon seudun ympäristöterveydenhuolto', nameSv: 'Borgånejdens miljöhälsovård', nameEn: 'Porvoo region environmental health' })
    .run();
  db.insert(authorityMunicipalities).values(UNIT_AREA.map((code) => ({ authorityId: UNIT, municipalityCode: code }))).run();
  db.insert(users).values({ email: UNIT_ADMIN, name: 'Ilkka Ympäristö', role: 'admin', authorityId: UNIT, passwordHash: await hashPassword(DEMO_PASSWORD) }).run();
  const row = server.ctx.sqlite.prepare("SELECT id FROM packs WHERE slug = 'event-organising'").get() as { id: number };
  packId = row.id;
  // Lotta at Helsinki has finished a terrace permit and asks for a review (builder-walk walks that screen).
  const lotta = new ApiClient(server.url);
  await lotta.loginStaff('designer.helsinki@kevyt.example', DEMO_PASSWORD);
  const terraces = await lotta.post<{ id: number }>('/api/packs', { content: singleServicePack('helsinki-terassit', 'terassilupa', 'municipality') });
  expect((await lotta.post(`/api/packs/${terraces.body.id}/review-request`, { message: 'Terassilupa valmis julkaistavaksi ennen kesäkautta.' })).status).toBe(201);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, path: string, email: string): Promise<void> {
  // The unit's admin, added here without an authenticator, sets one up at the first sign-in.
  await signInStaffAt(page, server.url, `${server.url}/builder/fi/${path}`, email, { secondStep: demoAccountOwesCode(email) || email === UNIT_ADMIN });
}

describe('the coordinator publishes version 2', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('finds the event organising pack with its published version 1, and a Helsinki draft waiting for review', async () => {
    await signIn(page, 'packs', 'coordinator@kevyt.example');
    await page.getByRole('heading', { name: 'Lomakepaketit', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Tapahtumajärjestäminen/ });
    await expect.poll(() => row.textContent()).toContain('versio 1');
    await expect.poll(() => row.textContent()).toContain('Sama kuin julkaistu versio');
    const waiting = page.getByRole('region', { name: 'Tarkistusta odottavat luonnokset (1)' });
    await expect.poll(() => waiting.textContent()).toContain('Lotta Lomakesuunnittelija pyysi tarkistusta');
    await expect.poll(() => waiting.textContent()).toContain('Terassilupa valmis julkaistavaksi ennen kesäkautta.');
    await expectNoAxeViolations(page, 'pack list');
  });

  it('reads the waiting Helsinki draft, never published, as customers would meet it', async () => {
    // With no earlier version there is nothing to diff against: the draft itself is read.
    await page.getByRole('region', { name: 'Tarkistusta odottavat luonnokset (1)' }).getByRole('link', { name: 'Katuterassit' }).click();
    await page.getByRole('heading', { name: 'Lomakepaketti: Katuterassit' }).waitFor();
    await page.getByRole('link', { name: 'Lue luonnos asiakkaan silmin' }).click();
    await page.getByRole('heading', { name: 'Katuterassit, luonnos', level: 1 }).waitFor();
    const form = page.getByRole('region', { name: /^Lomake: / });
    await form.getByRole('heading', { name: 'Yritys' }).waitFor();
    const workflow = page.getByRole('region', { name: 'Työnkulku' });
    await expect.poll(() => workflow.locator('svg').textContent()).toContain('Merkitse vastaanotetuksi');
    await expectNoAxeViolations(page, 'the draft read before its first publication');
    await form.getByLabel('På svenska').check();
    await form.getByRole('heading', { name: 'Företag' }).waitFor();
    await expect.poll(() => workflow.locator('svg').textContent()).toContain('Markera som mottagen');
    expect(await page.getByRole('button', { name: /Tallenna|Julkaise/ }).count()).toBe(0);
    await page.goto(`${server.url}/builder/fi/packs`);
    await page.getByRole('heading', { name: 'Lomakepaketit', level: 1 }).waitFor();
  });

  it('is not offered to publish a draft identical to version 1, and is told why', async () => {
    await page.getByRole('link', { name: 'Tapahtumajärjestäminen' }).first().click();
    await page.getByRole('heading', { name: 'Lomakepaketti: Tapahtumajärjestäminen' }).waitFor();
    const review = page.getByRole('region', { name: 'Tarkistus ja julkaisu' });
    await expect.poll(() => review.textContent()).toContain('Luonnos on sama kuin versio 1: julkaistavaa ei ole.');
    expect(await review.getByRole('button', { name: /Julkaise versio/ }).count()).toBe(0);
    await expect.poll(() => page.locator('.pk-diff-none').textContent()).toBe('Ei muutoksia.');
    await expectNoAxeViolations(page, 'pack with an unchanged draft');
  });

  it('reads version 1: each service’s form as customers see it and its workflow, in Finnish and Swedish', async () => {
    await page.getByRole('region', { name: 'Versiot' }).getByRole('link', { name: 'Tarkastele versiota 1' }).click();
    await page.getByRole('heading', { name: 'Tapahtumajärjestäminen, versio 1', level: 1 }).waitFor();
    await page.getByRole('button', { name: FOOD_SALES }).click();
    // The form's region is named by the service in the language it is read in.
    const form = page.getByRole('region', { name: /^Lomake: / });
    await expect.poll(() => form.getByRole('heading', { level: 2 }).first().textContent()).toBe(`Lomake: ${FOOD_SALES}`);
    await form.getByRole('heading', { name: 'Myyjä' }).waitFor();
    const workflow = page.getByRole('region', { name: 'Työnkulku' });
    await expect.poll(() => workflow.locator('svg').textContent()).toContain('Kuittaa ilmoitus');
    await expectNoAxeViolations(page, 'version 1 read in Finnish');
    await form.getByLabel('På svenska').check();
    await form.getByRole('heading', { name: 'Säljare' }).waitFor();
    await expect.poll(() => workflow.locator('svg').textContent()).toContain('Kvittera anmälan');
    await expect.poll(() => form.getByRole('heading', { level: 2 }).first().textContent()).toBe('Lomake: Anmälan om tillfällig livsmedelsförsäljning vid ett evenemang');
    await expectNoAxeViolations(page, 'version 1 read in Swedish');
    await form.getByLabel('In English').check();
    await form.getByRole('heading', { name: 'Seller' }).waitFor();
    await expect.poll(() => workflow.locator('svg').textContent()).toContain('Acknowledge the notification');
    await expect.poll(() => form.getByRole('heading', { level: 2 }).first().textContent()).toBe('Lomake: Notification of temporary food sales at an event');
    // Read-only: a version is read, never changed, so no save or designer controls stand on its page.
    expect(await page.getByRole('button', { name: /Tallenna|Julkaise/ }).count()).toBe(0);
  });

  it('edits the food sales form in the draft: texts in three languages, required, a limit, a condition, an option', async () => {
    await page.goto(`${server.url}/builder/fi/designer/${packId}`);
    await page.getByRole('button', { name: FOOD_SALES }).click();
    const properties = page.locator('#panel-properties');
    await page.locator('[data-key="eventName"] .ce-select').click();
    const label = properties.getByRole('group', { name: 'Otsikko', exact: true });
    await label.getByLabel('Suomeksi').fill('Tapahtuman nimi');
    await label.getByLabel('På svenska').fill('Evenemangets namn');
    await label.getByLabel('In English').fill('Name of the event');
    // The contact person is no longer required and may be longer.
    await page.locator('[data-key="sellerContactName"] .ce-select').click();
    await properties.getByLabel('Pakollinen').uncheck();
    // The format check's regular expression is no word of the main path: it waits under "Lisäasetukset".
    const pattern = properties.getByLabel('Muoto (säännöllinen lauseke)');
    expect([await pattern.count(), await pattern.isVisible()]).toEqual([1, false]);
    await properties.getByLabel('Enimmäispituus (merkkiä)').fill('150');
    // A plan of the sales point only for a tent or a canopy.
    await page.locator('[data-key="salesPointLayout"] .ce-select').click();
    await properties.getByLabel('Näytä, kun kenttä').selectOption({ label: 'Myyntipiste' });
    await properties.getByLabel('on', { exact: true }).selectOption({ label: 'teltta tai katos' });
    // The Swedish name of an option.
    await page.locator('[data-key="salesPointType"] .ce-select').click();
    await properties.getByRole('group', { name: 'Vaihtoehto 4' }).getByLabel('På svenska').fill('lokal inomhus');
    // The values saved for the options are folded away too.
    const value = properties.getByLabel('Vaihtoehdon 4 tallennettava arvo');
    expect([await value.count(), await value.isVisible()]).toEqual([1, false]);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');
  });

  it('reads every kind of change in the diff between version 1 and the draft, grouped by service', async () => {
    await page.goto(`${server.url}/builder/fi/packs`);
    await expect.poll(() => page.getByRole('row', { name: /Tapahtumajärjestäminen/ }).textContent()).toContain('Muutettu julkaisun jälkeen');
    await page.goto(`${server.url}/builder/fi/packs/${packId}`);
    await page.getByRole('heading', { name: 'Lomakepaketti: Tapahtumajärjestäminen' }).waitFor();
    const diff = page.locator('.pk-diff');
    await diff.getByRole('heading', { name: new RegExp(FOOD_SALES) }).waitFor();
    const lines = await diff.locator('li').allTextContents();
    expect(lines).toEqual(expect.arrayContaining([
      'Kenttä ”Tapahtuman nimi”: suomenkielinen otsikko muuttui ”Tapahtuma” → ”Tapahtuman nimi”.',
      expect.stringMatching(/^Kenttä ”Tapahtuman nimi”: ruotsinkielinen otsikko muuttui ”.+” → ”Evenemangets namn”\.$/),
      expect.stringMatching(/^Kenttä ”Tapahtuman nimi”: englanninkielinen otsikko muuttui ”.+” → ”Name of the event”\.$/),
      'Kenttä ”Yhteyshenkilö”: ei enää pakollinen.',
      'Kenttä ”Yhteyshenkilö”: enimmäispituus muuttui 120 → 150.',
      expect.stringMatching(/^Kenttä ”Kuva tai piirros myyntipisteestä”: näytetään nyt kun ”Myyntipiste” on ”teltta tai katos” \(aiemmin aina\)\.$/),
      expect.stringMatching(/^Kenttä ”Myyntipiste”: vaihtoehdon ”sisätila” ruotsinkielinen teksti muuttui ”inomhuslokal” → ”lokal inomhus”\.$/),
    ]));
    await expect.poll(() => diff.locator('.pk-diff-group').count()).toBe(1);
    await expectNoAxeViolations(page, 'pack detail with diff');
  });

  it('cannot publish without a changelog entry, then publishes version 2 after the review', async () => {
    const review = page.getByRole('region', { name: 'Tarkistus ja julkaisu' });
    await expect.poll(() => review.textContent()).toContain('Kaikki tekstit ovat suomeksi ja ruotsiksi.');
    await review.getByRole('button', { name: 'Julkaise versio 2' }).click();
    await review.getByText('Versiota ei voi julkaista vielä').waitFor();
    await review.getByLabel('Muutosloki (pakollinen)').fill('Tilapäisen elintarvikemyynnin ilmoitus: kentän "Tapahtuma" nimi tarkennettu.');
    await review.getByRole('button', { name: 'Julkaise versio 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Julkaistaanko versio 2?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'publish confirmation');
    await dialog.getByRole('button', { name: 'Julkaise', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Versio 2 on julkaistu.' }).waitFor();
    const versions = page.getByRole('region', { name: 'Versiot' });
    await versions.getByRole('row', { name: /^2 / }).waitFor();
    await expect.poll(() => versions.getByRole('row', { name: /^2 / }).textContent()).toContain('kentän "Tapahtuma" nimi tarkennettu');
    // Published: the draft is version 2 now, nothing more to publish, and the server says so too.
    await expect.poll(() => review.textContent()).toContain('Luonnos on sama kuin versio 2: julkaistavaa ei ole.');
    const again = await page.evaluate(async (id) => {
      const token = ((await (await fetch('/api/csrf')).json()) as { token: string }).token;
      const res = await fetch(`/api/packs/${id}/publish?lang=fi`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: JSON.stringify({ changelog: 'Uudelleen' }) });
      return { status: res.status, body: (await res.json()) as { error: { fields: Array<{ message: string }> } } };
    }, packId);
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0].message).toBe('Luonnos on sama kuin versio 2: julkaistavaa ei ole.');
  });
});

describe('the environmental health admin deploys, is refused an overlap and upgrades', () => {
  let page: Page;
  let submissionId: number;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('deploys version 1 of the food sales notification for Loviisa and Askola', async () => {
    await signIn(page, 'deployments', UNIT_ADMIN);
    await page.getByRole('heading', { name: 'Käyttöönotot', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Käyttöön otettavat asioinnit' }).waitFor();
    await expectNoAxeViolations(page, 'deployments and library');
    // The library: found by a word of its name and by topic, its long legal text folded under a short one.
    const shown = page.getByRole('status').filter({ hasText: /^Näytetään \d+\/\d+$/ });
    const total = Number(/\/(\d+)$/.exec((await shown.textContent()) ?? '')?.[1]);
    await page.getByLabel('Hae asiointia').fill('elintarvik');
    await expect.poll(async () => (await shown.textContent()) ?? '').toMatch(new RegExp(`^Näytetään [1-9]\\d*/${total}$`));
    await page.getByLabel('Aihe', { exact: true }).selectOption({ label: 'Rakentaminen' });
    await page.getByText('Haulla ei löytynyt asiointeja. Tyhjennä haku tai valitse toinen aihe.').waitFor();
    await page.getByLabel('Aihe', { exact: true }).selectOption({ label: 'Tapahtumat' });
    const libCard = page.locator('.lib-card').filter({ has: page.getByRole('heading', { name: FOOD_SALES }) });
    await libCard.getByText('Koko kuvaus').click();
    await expectNoAxeViolations(page, 'library searched and filtered, a description opened');
    // A look at the form as customers would see it, before deploying it.
    await libCard.getByRole('link', { name: `Esikatsele: ${FOOD_SALES}` }).click();
    await page.getByRole('heading', { level: 1, name: `Esikatselu: ${FOOD_SALES}` }).waitFor();
    await expect.poll(() => page.locator('.pv-frame input, .pv-frame textarea').count()).toBeGreaterThan(0);
    await page.getByRole('group', { name: 'Esikatselun kieli' }).getByLabel('På svenska').check();
    await page.locator('.pv-frame[lang="sv"]').getByRole('button', { name: /^(Nästa →|Granska)$/ }).waitFor();
    await expectNoAxeViolations(page, 'service preview');
    await page.getByRole('link', { name: 'Takaisin käyttöönottoihin' }).click();
    await page.getByRole('link', { name: `Ota käyttöön: ${FOOD_SALES}` }).click();
    await page.getByRole('heading', { name: `Ota käyttöön: ${FOOD_SALES}` }).waitFor();
    await page.getByLabel('Versio').selectOption('1');
    await page.getByLabel('Valitut kunnat').check();
    await page.getByLabel('Hae kuntaa').fill('lovi');
    await page.getByLabel(/^Loviisa/).check();
    await page.getByLabel('Hae kuntaa').fill('asko');
    await page.getByLabel(/^Askola/).check();
    await page.getByText('2 kuntaa valittu').waitFor();
    await page.getByLabel('Vastausaika päivinä (valinnainen)').fill('7');
    await page.getByLabel('Viranomaisen yhteystiedot asiakkaille (valinnainen)').fill('Ympäristöterveydenhuollon neuvonta arkisin klo 9–12, puh. 019 520 2211');
    // The unit's own privacy notice: a plain-http address is refused at the field, an https one is taken.
    await page.getByRole('group', { name: 'Tietosuojaseloste' }).getByLabel('Linkki omaan selosteeseen').check();
    await page.getByLabel('Selosteen osoite').fill('http://www.porvoo.fi/tietosuoja');
    await expectNoAxeViolations(page, 'deploy form');
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    await page.getByText('Anna koko osoite, joka alkaa https://.').waitFor();
    await expectNoAxeViolations(page, 'deploy form with a refused privacy notice address');
    await page.getByLabel('Selosteen osoite').fill(PRIVACY_URL);
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Asiointi "${FOOD_SALES}" on otettu käyttöön.` }).waitFor();
    const card = page.locator('.pk-card').filter({ has: page.getByRole('heading', { name: FOOD_SALES }) }).first();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Versio 1');
    expect(text).toContain('Uudempi versio 2 saatavilla');
    expect(text).toContain('Askola');
    expect(text).toContain('Loviisa');
    expect(text).toContain('Vastausaika: 7 päivää');
    expect(text).toContain(`Tietosuojaseloste: ${PRIVACY_URL}`);
    // The live service, one click away, where customers of Askola (the first of the two) meet it.
    const deployment = (await (await staffClient(UNIT_ADMIN)).get<Array<{ id: number; serviceId: string }>>('/api/deployments')).body.find((d) => d.serviceId === 'temporary-food-sales')!;
    await expect.poll(() => page.getByRole('link', { name: 'Avaa asiointi asiakkaan näkymässä', exact: true }).getAttribute('href')).toBe(`/fi/asioi/018/palvelu/${deployment.id}`);
    // In the library it is now marked in use, with the newer version as an upgrade, not a second deployment.
    const libraryCard = page.locator('.lib-card').filter({ has: page.getByRole('heading', { name: FOOD_SALES }) });
    await expect.poll(() => libraryCard.textContent()).toContain('Käytössä, versio 1');
    await expect.poll(() => libraryCard.textContent()).toContain('Uudempi versio 2 saatavilla');
    await libraryCard.getByRole('link', { name: `Päivitä versioon 2: ${FOOD_SALES}` }).waitFor();
    expect(await libraryCard.getByRole('link', { name: `Ota käyttöön: ${FOOD_SALES}` }).count()).toBe(0);
    await expectNoAxeViolations(page, 'deployments with the new deployment marked in the library');
  });

  it('customers of Loviisa see the unit’s own privacy notice beside the general one on the service page', async () => {
    const deployment = (await (await staffClient(UNIT_ADMIN)).get<Array<{ id: number; serviceId: string }>>('/api/deployments')).body.find((d) => d.serviceId === 'temporary-food-sales')!;
    const customer = await browser.newPage();
    await customer.goto(`${server.url}/fi/asioi/434/palvelu/${deployment.id}`);
    await customer.getByRole('heading', { level: 1, name: FOOD_SALES }).waitFor();
    await expect.poll(() => customer.getByRole('link', { name: 'Käsittelevän viranomaisen tietosuojaseloste' }).getAttribute('href')).toBe(PRIVACY_URL);
    await customer.getByRole('link', { name: 'Kevytasioinnin tietosuojaseloste' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).waitFor();
    await expectNoAxeViolations(customer, 'privacy notice');
    await customer.close();
  });

  it('reads the library pack as published: the coordinators’ draft is not shown to an authority’s admin', async () => {
    await page.goto(`${server.url}/builder/fi/packs/${packId}`);
    await page.getByRole('heading', { name: 'Lomakepaketti: Tapahtumajärjestäminen' }).waitFor();
    await page.getByRole('region', { name: 'Versiot' }).getByRole('row', { name: /^2 / }).waitFor();
    // Reading the draft as a customer would is offered only to those who may read the draft; the versions are.
    expect(await page.getByRole('link', { name: 'Lue luonnos asiakkaan silmin' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Tarkastele versiota 2' }).waitFor();
    const compared = page.getByLabel('versioon');
    await expect.poll(() => compared.inputValue()).toBe('2');
    expect(await compared.locator('option').allTextContents()).toEqual(['versio 1', 'versio 2']);
    await page.locator('.pk-diff').waitFor();
    await expectNoAxeViolations(page, 'pack detail for an authority admin');
    await page.goto(`${server.url}/builder/fi/deployments`);
    await page.getByRole('heading', { name: 'Käyttöön otettavat asioinnit' }).waitFor();
  });

  it('is refused Porvoo and Sipoo, where the city of Porvoo already handles the service', async () => {
    await page.getByRole('link', { name: `Ota käyttöön myös muissa kunnissa: ${FOOD_SALES}` }).click();
    await page.getByLabel('Valitut kunnat').check();
    await page.getByLabel('Hae kuntaa').fill('por');
    await page.getByLabel(/^Porvoo/).check();
    await page.getByLabel('Hae kuntaa').fill('sip');
    await page.getByLabel(/^Sipoo/).check();
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Käyttöönotto estettiin: Porvoo hoitaa jo tämän asioinnin kunnissa Porvoo.').waitFor();
    await expectNoAxeViolations(page, 'refused deployment');
  });

  it('a food seller sends a notification for Loviisa while version 1 is deployed', async () => {
    const customer = new ApiClient(server.url);
    const offering = await customer.get<{ services: Array<{ deploymentId: number; serviceId: string; packVersion: number; authority: { name: string } }> }>('/api/offering?municipality=434&lang=fi');
    const offered = offering.body.services.find((s) => s.serviceId === 'temporary-food-sales');
    expect(offered).toMatchObject({ packVersion: 1, authority: { name: 'Porvoon seudun ympäristöterveydenhuolto' } });
    const data = structuredClone(readyPackExamples['temporary-food-sales']);
    Object.assign(data, { eventName: 'Loviisan Wanhat Talot', salesMunicipality: '434', salesAddress: { street: 'Mannerheiminkatu 4', postalCode: '07900', postOffice: 'Loviisa' } });
    const sent = await customer.post<{ id: number; reference: string }>('/api/submissions', {
      deploymentId: offered?.deploymentId,
      municipality: '434',
      data,
      contact: { name: 'Johanna Lindqvist', email: 'johanna@borgasoppkok.fi' },
      lang: 'fi',
      idempotencyKey: 'packs-walk-food-sales-loviisa',
    });
    expect(sent.status).toBe(201);
    submissionId = sent.body.id;
  });

  it('the coordinator retires version 1, and the admin sees that the deployment needs an upgrade', async () => {
    const coordinator = await browser.newPage();
    await signIn(coordinator, `packs/${packId}`, 'coordinator@kevyt.example');
    const versions = coordinator.getByRole('region', { name: 'Versiot' });
    await versions.getByRole('button', { name: 'Poista versio 1 käytöstä' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Poistetaanko versio 1 käytöstä?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Nykyiset käyttöönotot toimivat edelleen');
    await expectNoAxeViolations(coordinator, 'retire confirmation');
    await dialog.getByRole('button', { name: 'Poista käytöstä' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Versio 1 on poistettu käytöstä.' }).waitFor();
    // The confirmation can show before the version list has reloaded; wait for the row itself.
    await expect.poll(() => versions.getByRole('row', { name: /^1 / }).textContent()).toContain('Poistettu käytöstä');
    await coordinator.close();

    await page.goto(`${server.url}/builder/fi/deployments`);
    const card = page.locator('.pk-card').filter({ has: page.getByRole('heading', { name: FOOD_SALES }) }).first();
    await card.getByText('Versio on poistettu käytöstä – päivitä uudempaan').waitFor();
    // Version 1 takes no new deployments: the deploy form for the rest of the area offers version 2 only.
    await page.getByRole('link', { name: `Ota käyttöön myös muissa kunnissa: ${FOOD_SALES}` }).click();
    // The options arrive with the pack's version list, after the select itself.
    await expect.poll(() => page.getByLabel('Versio').locator('option').allTextContents()).toEqual([expect.stringMatching(/^Versio 2 /)]);
  });

  it('upgrades to version 2 after reading what changed', async () => {
    await page.goto(`${server.url}/builder/fi/deployments`);
    await page.getByRole('link', { name: `Päivitä: ${FOOD_SALES}` }).click();
    await page.getByRole('heading', { name: `Päivitä: ${FOOD_SALES}` }).waitFor();
    await page.getByRole('heading', { name: 'Muutokset versiosta 1 versioon 2' }).waitFor();
    const diff = page.locator('.pk-diff');
    await diff.waitFor();
    await expect.poll(() => diff.textContent()).toContain('Tapahtuman nimi');
    await expect.poll(() => page.locator('main').textContent()).toContain('kentän "Tapahtuma" nimi tarkennettu');
    await expectNoAxeViolations(page, 'upgrade with diff');
    await page.getByRole('button', { name: 'Päivitä versioon 2' }).click();
    await page.getByRole('status').filter({ hasText: `Asiointi "${FOOD_SALES}" on päivitetty versioon 2.` }).waitFor();
    const card = page.locator('.pk-card').filter({ has: page.getByRole('heading', { name: FOOD_SALES }) }).first();
    await expect.poll(() => card.textContent()).toContain('Versio 2');
    const offering = await new ApiClient(server.url).get<{ services: Array<{ serviceId: string; packVersion: number }> }>('/api/offering?municipality=434&lang=fi');
    expect(offering.body.services.find((s) => s.serviceId === 'temporary-food-sales')?.packVersion).toBe(2);
  });

  it('adds a handler on the staff screen, who opens the earlier notification with version 1', async () => {
    await page.goto(`${server.url}/builder/fi/staff`);
    await page.getByRole('heading', { name: 'Käyttäjät', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'staff list');
    await page.getByLabel('Nimi').fill('Hanna Hygienia');
    await page.getByLabel('Sähköposti').fill('hanna.hygienia@kevyt.example');
    await page.getByLabel('Rooli').selectOption('handler');
    await page.getByRole('button', { name: 'Lisää käyttäjä' }).click();
    const password = (await page.getByTestId('temporary-password').textContent()) ?? '';
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    await page.getByRole('row', { name: /Hanna Hygienia/ }).waitFor();
    await expectNoAxeViolations(page, 'staff with one-time password');

    const hanna = new ApiClient(server.url);
    await hanna.loginStaff('hanna.hygienia@kevyt.example', password);
    // The one-time password must be replaced before anything else (test/e2e/admin-screens.test.ts walks it).
    expect((await hanna.post('/api/auth/password', { currentPassword: password, newPassword: 'Hanna-Hygienia-2026' })).status).toBe(204);
    const opened = await hanna.get<{ packVersion: number; definition: { pages: Array<{ elements: Array<{ key: string; label: { fi: string } }> }> } }>(`/api/cases/${submissionId}?lang=fi`);
    expect(opened.status).toBe(200);
    expect(opened.body.packVersion).toBe(1);
    const eventField = opened.body.definition.pages.flatMap((p) => p.elements).find((e) => e.key === 'eventName');
    expect(eventField?.label.fi).toBe('Tapahtuma');
  });

  it('reads the same screens in Swedish and English', async () => {
    await page.goto(`${server.url}/builder/sv/deployments`);
    await page.getByRole('heading', { name: 'Ibruktaganden', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'E-tjänster att ta i bruk' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Lovisa');
    // The library in Swedish: searched, the deployed service marked in use, and its preview.
    await page.getByLabel('Sök e-tjänst').fill('livsmedel');
    const svCard = page.locator('.lib-card').filter({ has: page.getByRole('heading', { name: 'Anmälan om tillfällig livsmedelsförsäljning vid ett evenemang' }) });
    await expect.poll(() => svCard.textContent()).toContain('I bruk, version 2');
    await expectNoAxeViolations(page, 'deployments in Swedish');
    await svCard.getByRole('link', { name: /^Förhandsgranska: / }).click();
    await page.getByRole('heading', { level: 1, name: 'Förhandsgranskning: Anmälan om tillfällig livsmedelsförsäljning vid ett evenemang' }).waitFor();
    await page.locator('.pv-frame[lang="sv"]').getByRole('button', { name: /^(Nästa →|Granska)$/ }).waitFor();
    await expectNoAxeViolations(page, 'service preview in Swedish');
    await page.goto(`${server.url}/builder/en/staff`);
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await page.getByRole('row', { name: /Hanna Hygienia/ }).getByText('Handler').waitFor();
    await expectNoAxeViolations(page, 'staff in English');
    await page.goto(`${server.url}/builder/sv/packs/${packId}`);
    await page.getByRole('heading', { name: 'Formulärpaket: Evenemangsarrangering' }).waitFor();
    await expectNoAxeViolations(page, 'pack in Swedish');
    await page.goto(`${server.url}/builder/fi/deployments`);
  });

  it('changes the response time and sets the appeal instructions its decisions carry', async () => {
    await page.goto(`${server.url}/builder/fi/deployments`);
    await page.getByRole('link', { name: `Muokkaa asetuksia: ${FOOD_SALES}` }).click();
    await page.getByRole('heading', { name: `Asetukset: ${FOOD_SALES}`, level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Vastausaika päivinä (valinnainen)').inputValue()).toBe('7');
    await expectNoAxeViolations(page, 'deployment settings');
    // Choosing the kind starts from the standard wording; without Finnish it is refused, by name.
    await page.getByRole('radio', { name: 'Oikaisuvaatimusohje' }).check();
    const finnish = page.getByLabel('Ohje suomeksi');
    await expect.poll(() => finnish.inputValue()).toBe(APPEAL_TEMPLATES.oikaisuvaatimus.fi);
    await expectNoAxeViolations(page, 'deployment settings with appeal instructions');
    await finnish.fill('');
    await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kirjoita ohje suomeksi tai valitse "Ei muutoksenhakuohjetta".' }).waitFor();
    const ownText = `${APPEAL_TEMPLATES.oikaisuvaatimus.fi} Oikaisuvaatimus osoitetaan ympäristöterveyslautakunnalle, Rihkamatori 4, 06100 Porvoo.`;
    await finnish.fill(ownText);
    await page.getByLabel('Vastausaika päivinä (valinnainen)').fill('10');
    await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await page.getByRole('status').filter({ hasText: `Asioinnin "${FOOD_SALES}" asetukset on tallennettu.` }).waitFor();
    const card = page.locator('.pk-card').filter({ has: page.getByRole('heading', { name: FOOD_SALES }) }).first();
    await expect.poll(() => card.textContent()).toContain('Muutoksenhakuohje päätöksiin: Oikaisuvaatimusohje');
    await expect.poll(() => card.textContent()).toContain('Vastausaika: 10 päivää');
    const saved = await page.evaluate(async () => (await (await fetch('/api/deployments')).json()) as Array<{ serviceId: string; active: boolean; appeal: { kind: string; text: Record<string, string> } | null }>);
    expect(saved.find((d) => d.serviceId === 'temporary-food-sales' && d.active)?.appeal).toEqual({
      kind: 'oikaisuvaatimus',
      text: { fi: ownText, sv: APPEAL_TEMPLATES.oikaisuvaatimus.sv, en: APPEAL_TEMPLATES.oikaisuvaatimus.en },
    });
  });

  it('withdraws the deployment after confirming', async () => {
    await page.goto(`${server.url}/builder/fi/deployments`);
    await page.getByRole('button', { name: `Poista käytöstä: ${FOOD_SALES}` }).click();
    const dialog = page.getByRole('dialog', { name: `Poistetaanko asiointi "${FOOD_SALES}" käytöstä?` });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Askola, Loviisa');
    await expectNoAxeViolations(page, 'withdraw confirmation');
    await dialog.getByRole('button', { name: 'Poista käytöstä' }).click();
    await page.getByRole('status').filter({ hasText: `Asiointi "${FOOD_SALES}" on poistettu käytöstä.` }).waitFor();
    const offering = await new ApiClient(server.url).get<{ services: Array<{ serviceId: string }> }>('/api/offering?municipality=434&lang=fi');
    expect(offering.body.services.some((s) => s.serviceId === 'temporary-food-sales')).toBe(false);
  });
});
