/**
 * A form designer's walk through the builder, in headless Chromium against a real server:
 * Lotta, a new designer at the City of Helsinki, builds the public event notification form first
 * by dragging with the mouse, then another form with the keyboard only, and drags with a finger.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/browser';
import { browserWalk } from '../support/browser-walk';
import { signInStaffAt } from '../support/browser-staff-sign-in';
import { DEMO_PASSWORD } from '../../server/seed/demo';

// axe-core is injected as an inline script, which the server's CSP rightly forbids: tests bypass it.
const walk = browserWalk();

async function signIn(page: Page, email: string): Promise<void> {
  await signInStaffAt(page, walk.server.url, `${walk.server.url}/builder/fi/designer`, email, { axeAs: 'builder sign-in' });
  await page.getByRole('heading', { name: 'Lomakepaketit' }).waitFor();
}

/**
 * Drags like a hand does: press, travel in several steps (dnd-kit's pointer sensor starts only
 * after a few pixels), release. `at` picks the spot on the target: its upper or lower part, or the middle.
 */
async function drag(page: Page, from: Locator, to: Locator, at: 'upper' | 'lower' | 'middle' = 'middle'): Promise<void> {
  // The target in the middle of the window, so the drag never nears an edge (where the page would
  // scroll under the pointer); the palette stays in view beside a long canvas.
  await to.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await from.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  const a = await from.boundingBox();
  if (!a) throw new Error('drag: source not visible');
  const x0 = a.x + a.width / 2;
  const y0 = a.y + a.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 6, y0 + 6, { steps: 3 });
  // A source near the window's edge may scroll the page as the drag starts: aim at where the target is now.
  const spot = async (): Promise<{ x: number; y: number }> => {
    const b = await to.boundingBox();
    if (!b) throw new Error('drag: target not visible');
    const y = at === 'upper' ? b.y + Math.min(8, b.height / 4) : at === 'lower' ? b.y + b.height - Math.min(8, b.height / 4) : b.y + b.height / 2;
    return { x: b.x + Math.min(b.width / 2, 120), y };
  };
  const near = await spot();
  await page.mouse.move(near.x, near.y, { steps: 12 });
  const there = await spot();
  await page.mouse.move(there.x, there.y + 1, { steps: 2 });
  await page.mouse.up();
}

function panel(page: Page): Locator {
  return page.locator('#panel-properties');
}

async function setTexts(group: Locator, texts: { fi?: string; sv?: string; en?: string }): Promise<void> {
  if (texts.fi !== undefined) await group.getByLabel('Suomeksi').fill(texts.fi);
  if (texts.sv !== undefined) await group.getByLabel('På svenska').fill(texts.sv);
  if (texts.en !== undefined) await group.getByLabel('In English').fill(texts.en);
}

function labelGroup(page: Page): Locator {
  return panel(page).getByRole('group', { name: 'Otsikko', exact: true });
}

async function keysOf(container: Locator): Promise<string[]> {
  return container.locator(':scope > .dz-zone > .dz-list > li[data-key]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key ?? ''));
}

async function liveRegionText(page: Page): Promise<string> {
  return (await page.locator('[id^="DndLiveRegion"]').first().textContent()) ?? '';
}

/** The pack's problem list, one text per problem ("Virhe: Lomake – …"). */
function problemTexts(page: Page): Promise<string[]> {
  return page.locator('.pr-list li').allTextContents();
}

/** Where the drag's insertion line is drawn now: 'before:<key>' or 'after:<key>', or '' when none shows. */
function insertionLine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lined = [...document.querySelectorAll<HTMLElement>('.dz-before, .dz-after, .dz-over > .dz-list > li:last-child')];
    for (const el of lined) {
      const side = el.classList.contains('dz-before') ? 'before' : 'after';
      const line = getComputedStyle(el, side === 'before' ? '::before' : '::after');
      if (line.content !== 'none' && parseFloat(line.height) >= 3 && line.backgroundColor !== 'rgba(0, 0, 0, 0)') return `${side}:${el.dataset.key ?? ''}`;
    }
    return '';
  });
}

/** The height of the strip under a section's or group's own list, where a drop lands after it. */
function stripBelow(container: Locator): Promise<number> {
  return container.evaluate((li) => li.getBoundingClientRect().bottom - (li.querySelector(':scope > .dz-zone')?.getBoundingClientRect().bottom ?? 0));
}

function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('the form designer, by mouse', () => {
  // One designer's session, step by step: each step continues where the previous one left off.
  let context: BrowserContext;
  let page: Page;
  let packUrl = '';
  let filePath = '';

  beforeAll(async () => {
    context = await walk.browser.newContext({ viewport: { width: 1600, height: 1100 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('signs in and builds page 1 by dragging: a required name with its translations, a section with an email field, reordered', async () => {
    await signIn(page, 'designer.helsinki@kevyt.example');
    await expectNoAxeViolations(page, 'pack list');

    await page.getByLabel('Paketin nimi (suomeksi)').fill('Yleisötilaisuuden ilmoitus');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.getByRole('heading', { name: 'Muokattavana: Yleisötilaisuuden ilmoitus' }).waitFor();
    packUrl = page.url();
    const firstPage = page.locator('.cv-page').nth(0);

    // Page 1: a text field from the palette onto the empty page. Its starting label "Tekstikenttä"
    // is a problem, and the focus waits in that label with the text selected: typing replaces it.
    await drag(page, page.getByRole('button', { name: 'Vedä: Tekstikenttä' }), firstPage.locator('.dz-zone').first());
    await page.locator('[data-key="tekstikentta"]').waitFor();
    await expect.poll(() => problemTexts(page)).toContainEqual(expect.stringContaining('Lomake – Otsikko suomeksi on vielä aloitusteksti "Tekstikenttä".'));
    await expect.poll(() => focusedId(page)).toMatch(/-label-fi$/);
    await page.keyboard.type('Järjestäjän nimi');
    await panel(page).getByLabel('Pakollinen').check();
    const nameField = page.locator('[data-key="jarjestajanNimi"]');
    await nameField.waitFor();
    // The Swedish and English labels are missing now: flagged on the element and in the list, which
    // names everything publishing would refuse, the pack's and the e-service's Swedish names too.
    await expect.poll(() => nameField.locator('.ce-problems').textContent()).toContain('puuttuu ruotsiksi');
    await expect.poll(() => problemTexts(page)).toEqual(expect.arrayContaining([
      expect.stringContaining('Virhe: Lomake – Otsikko puuttuu ruotsiksi: "Järjestäjän nimi".'),
      expect.stringContaining('Huomautus: Lomake – Otsikko puuttuu englanniksi: "Järjestäjän nimi".'),
      expect.stringContaining('Virhe: Paketin tiedot – Nimi puuttuu ruotsiksi: "Yleisötilaisuuden ilmoitus".'),
      expect.stringContaining('Virhe: Asioinnin tiedot – Nimi puuttuu ruotsiksi: "Yleisötilaisuuden ilmoitus".'),
    ]));
    await expect.poll(() => page.locator('.pr-list h2').textContent()).toBe(`Ongelmat (${(await problemTexts(page)).length})`);
    await setTexts(labelGroup(page), { sv: 'Arrangörens namn', en: "Organiser's name" });
    await expect.poll(() => nameField.locator('.ce-problems').count()).toBe(0);
    await expect.poll(() => problemTexts(page)).not.toContainEqual(expect.stringContaining('"Järjestäjän nimi"'));
    // The canvas names the kind of the field, not its data key.
    expect(await nameField.locator('.ce-meta').first().textContent()).toBe('Tekstikenttä · pakollinen');
    // "Näytä" beside a problem of the e-service's details opens that tab at the very field to fix.
    await page.locator('.pr-list li', { hasText: 'Asioinnin tiedot – Nimi puuttuu ruotsiksi' }).getByRole('button', { name: 'Näytä' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Asioinnin tiedot' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '')).toBe('På svenska');
    await expect.poll(() => focusedId(page)).toMatch(/^sd-.*-sv$/);
    await page.getByRole('tab', { name: 'Lomake' }).click();
    await nameField.waitFor();

    // A section dropped below the name, an email field dragged into the section.
    await drag(page, page.getByRole('button', { name: 'Vedä: Osio' }), nameField, 'lower');
    await page.locator('[data-key="osio"]').waitFor();
    await setTexts(labelGroup(page), { fi: 'Yhteyshenkilö', sv: 'Kontaktperson', en: 'Contact person' });
    const section = page.locator('[data-key="yhteyshenkilo"]');
    await drag(page, page.getByRole('button', { name: 'Vedä: Sähköposti' }), section.locator('.dz-zone'));
    await expect(keysOf(section)).resolves.toEqual(['sahkoposti']);
    await expect.poll(() => keysOf(firstPage)).toEqual(['jarjestajanNimi', 'yhteyshenkilo']);

    // Reorder: the contact section above the name, by its drag handle.
    await drag(page, section.getByRole('button', { name: 'Siirrä: Yhteyshenkilö' }).first(), nameField, 'upper');
    await expect.poll(() => keysOf(firstPage)).toEqual(['yhteyshenkilo', 'jarjestajanNimi']);
    await expectNoAxeViolations(page, 'form designer with a selected element');

    // A repeating group of event days below the name, a date inside it. A yes/no question dragged
    // onto the strip under the group shows its insertion line after the group and lands there.
    await drag(page, page.getByRole('button', { name: 'Vedä: Toistuva ryhmä' }), nameField, 'lower');
    const group = page.locator('[data-key="toistuvaRyhma"]');
    await group.waitFor();
    await drag(page, page.getByRole('button', { name: 'Vedä: Päivämäärä' }), group.locator('.dz-zone'));
    await expect.poll(() => keysOf(group)).toEqual(['paivamaara']);
    const strip = await stripBelow(group);
    expect(strip).toBeGreaterThanOrEqual(24);
    await group.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const from = await page.getByRole('button', { name: 'Vedä: Kyllä/ei' }).boundingBox();
    if (!from) throw new Error('palette item not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 20, { steps: 3 });
    const box = await group.boundingBox();
    if (!box) throw new Error('group not visible');
    await page.mouse.move(box.x + 120, box.y + box.height - strip / 2, { steps: 12 });
    await expect.poll(() => insertionLine(page)).toBe('after:toistuvaRyhma');
    await expect.poll(() => liveRegionText(page)).toBe('Kyllä/ei: kohdan "Toistuva ryhmä" jälkeen.');
    await page.mouse.up();
    await expect.poll(() => keysOf(firstPage)).toEqual(['yhteyshenkilo', 'jarjestajanNimi', 'toistuvaRyhma', 'kyllaEi']);
    await expect.poll(() => insertionLine(page)).toBe('');
    // Both go again, so the form stays what the rest of the walk builds on.
    await page.getByRole('button', { name: 'Poista: Kyllä/ei' }).click();
    await page.getByRole('button', { name: 'Poista: Toistuva ryhmä' }).click();
    await expect.poll(() => keysOf(firstPage)).toEqual(['yhteyshenkilo', 'jarjestajanNimi']);

  });

  it('builds page 2 with a stage question and a stage size shown only when there is a stage', async () => {
    const nameField = page.locator('[data-key="jarjestajanNimi"]');
    await nameField.waitFor();
    // Page 2: the event, with a stage question and a stage size shown only when there is a stage.
    await page.getByRole('button', { name: '+ Lisää sivu' }).click();
    const secondPage = page.locator('.cv-page').nth(1);
    await setTexts(panel(page).getByRole('group', { name: 'Sivun otsikko' }), { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' });
    await setTexts(panel(page).getByRole('group', { name: 'Sivun otsikko' }), {});
    await drag(page, page.getByRole('button', { name: 'Vedä: Kyllä/ei' }), secondPage.locator('.dz-zone').first());
    await page.locator('[data-key="kyllaEi"]').waitFor();
    await setTexts(labelGroup(page), { fi: 'Onko tapahtumassa esiintymislava?', sv: 'Finns det en scen?', en: 'Is there a stage?' });
    const stage = page.locator('[data-key="onkoTapahtumassaEsiintymislava"]');
    await drag(page, page.getByRole('button', { name: 'Vedä: Tekstikenttä' }), stage, 'lower');
    await page.locator('[data-key="tekstikentta"]').waitFor();
    await setTexts(labelGroup(page), { fi: 'Lavan koko', sv: 'Scenens storlek', en: 'Stage size' });
    // The data key is no word of the main path: it waits under "Lisäasetukset".
    const key = panel(page).getByLabel('Tunniste (tietojen avain)');
    expect(await key.isVisible()).toBe(false);
    await panel(page).getByRole('group', { name: 'Perustiedot' }).locator('summary', { hasText: 'Lisäasetukset' }).click();
    await expectNoAxeViolations(page, 'properties with the advanced fold open');
    await key.fill('lavanKoko');
    const stageSize = page.locator('[data-key="lavanKoko"]');
    // The condition builder offers only earlier fields, by their labels, and for a yes/no question its two answers.
    const conditionField = panel(page).getByLabel('Näytä, kun kenttä');
    await expect.poll(() => conditionField.locator('option').allTextContents()).toEqual(['Näytetään aina', 'Sähköposti', 'Järjestäjän nimi', 'Onko tapahtumassa esiintymislava?']);
    await conditionField.selectOption({ label: 'Onko tapahtumassa esiintymislava?' });
    await panel(page).getByLabel('on', { exact: true }).selectOption({ label: 'Kyllä' });
    await expect.poll(() => stageSize.locator('.ce-meta').textContent()).toContain('ehdollinen');
    await expect.poll(() => keysOf(secondPage)).toEqual(['onkoTapahtumassaEsiintymislava', 'lavanKoko']);
    await expect.poll(() => problemTexts(page)).not.toContainEqual(expect.stringMatching(/Lavan koko|esiintymislava|Sivu 2/));

  });

  it('previews the form in Swedish, fills it and sees it validated as a customer would', async () => {
    // The preview refuses page 1 in Finnish; switched to Swedish, it words the same errors in Swedish at once.
    await page.getByRole('tab', { name: 'Esikatselu' }).click();
    const preview = page.locator('#panel-preview');
    await preview.getByRole('button', { name: /Seuraava/ }).click();
    await expect.poll(() => preview.locator('[role="alert"]').first().textContent()).toContain('Tämä tieto on pakollinen.');
    await preview.getByLabel('På svenska').check();
    await expect.poll(() => preview.locator('[role="alert"]').first().textContent()).toContain('Denna uppgift är obligatorisk.');
    expect(await preview.locator('[role="alert"]').first().textContent()).not.toContain('pakollinen');
    await expect.poll(() => preview.getByText('Arrangörens namn').first().isVisible()).toBe(true);
    await expect.poll(() => preview.locator('[role="alert"], .error-summary').first().textContent()).toMatch(/Arrangörens namn/);
    await preview.getByLabel('E-post').fill('info@aboakademi.example');
    await preview.getByLabel(/Arrangörens namn/).fill('Åbo Akademis studentkår');
    await preview.getByRole('button', { name: 'Nästa' }).click();
    await preview.getByRole('heading', { name: 'Evenemang' }).waitFor();
    await expect.poll(() => preview.getByLabel(/Scenens storlek/).count()).toBe(0);
    await preview.getByRole('group', { name: /Finns det en scen/ }).getByLabel('Ja').check();
    await preview.getByLabel(/Scenens storlek/).fill('8 × 6 m');
    await preview.getByRole('button', { name: 'Granska' }).click();
    await preview.getByText('Formuläret är korrekt ifyllt.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'live preview in Swedish');

  });

  it('designs the workflow from the application template with one extra state and simulates it as handler and customer', async () => {
    // The workflow: from the application template, with a statement round as an extra state.
    await page.getByRole('tab', { name: 'Työnkulku' }).click();
    await page.getByRole('button', { name: 'Hakemuksen malli' }).click();
    await page.getByLabel('Uuden tilan nimi (suomeksi)').fill('Lausunnolla');
    await page.getByRole('button', { name: 'Lisää tila' }).click();
    const newState = page.locator('li[data-state="LAUSUNNOLLA"]');
    await setTexts(newState.getByRole('group', { name: 'Tilan nimi' }), { sv: 'På remiss', en: 'Out for comments' });
    for (const [fi, sv, en, from, to] of [
      ['Pyydä lausunto', 'Begär utlåtande', 'Ask for a statement', 'Käsittelyssä', 'Lausunnolla'],
      ['Lausunto saatu', 'Utlåtande mottaget', 'Statement received', 'Lausunnolla', 'Käsittelyssä'],
    ]) {
      await page.getByLabel('Uuden siirtymän nimi (suomeksi)').fill(fi);
      await page.locator('#wf-new-from').selectOption({ label: from });
      await page.locator('#wf-new-to').selectOption({ label: to });
      await page.getByRole('button', { name: 'Lisää siirtymä' }).click();
      await setTexts(page.locator('.wf-item details[open]').last().getByRole('group', { name: 'Painikkeen teksti' }), { sv, en });
    }
    await expect.poll(() => page.locator('#wf-problems-h').textContent()).toBe('Työnkulun ongelmat (0)');
    await expectNoAxeViolations(page, 'workflow designer');
    // One diagram, its arrows labelled with the button texts in Finnish, inside its box.
    const diagram = page.locator('.wf-diagram svg');
    await expect.poll(() => diagram.count()).toBe(1);
    const drawn = (await diagram.textContent()) ?? '';
    expect(drawn).toContain('Pyydä lausunto');
    expect(drawn).toContain('Merkitse vastaanotetuksi');
    expect(drawn).not.toMatch(/PYYDA_LAUSUNTO|RECEIVE/);
    expect(await diagram.evaluate((svg) => svg.getBoundingClientRect().width <= (svg.parentElement?.getBoundingClientRect().width ?? 0) + 1)).toBe(true);

    // Simulate: the handler receives, starts, asks for a statement and gets it; the customer cancels.
    const sim = page.locator('.wf-sim');
    for (const action of ['Merkitse vastaanotetuksi', 'Aloita käsittely', 'Pyydä lausunto']) {
      await sim.getByRole('button', { name: action }).click();
    }
    await expect.poll(() => sim.getByTestId('sim-current').textContent()).toBe('Lausunnolla');
    // The diagram beside the simulator marks where it is.
    await expect.poll(() => diagram.locator('[data-state="LAUSUNNOLLA"] rect').getAttribute('fill')).toBe('#0b5394');
    await sim.getByRole('button', { name: 'Lausunto saatu' }).click();
    await expect.poll(() => sim.getByTestId('sim-current').textContent()).toBe('Käsittelyssä');
    await sim.getByLabel('Asiakas').check();
    await sim.getByRole('button', { name: /Peru/ }).click();
    await expect.poll(() => sim.getByTestId('sim-current').textContent()).toBe('Peruttu');
    await sim.getByText('Työnkulku on päättynyt.').waitFor();

    // The details tab shows its own problems by its fields; "Show" in the list opens the field.
    await page.locator('.pr-list li', { hasText: 'Paketin tiedot – Nimi puuttuu ruotsiksi' }).getByRole('button', { name: 'Näytä' }).click();
    await expect.poll(() => focusedId(page)).toBe('sd-pack-name-sv');
    await expect.poll(() => page.getByRole('group', { name: 'Asioinnin nimi' }).locator('.pp-problems').textContent()).toContain('Nimi puuttuu ruotsiksi');
    await expectNoAxeViolations(page, 'service details with their problems');
    await page.keyboard.type('Anmälan om allmän sammankomst');
    await setTexts(page.getByRole('group', { name: 'Paketin nimi' }), { en: 'Notification of a public event' });
    await setTexts(page.getByRole('group', { name: 'Asioinnin nimi' }), { sv: 'Anmälan om allmän sammankomst', en: 'Notification of a public event' });
    await expect.poll(() => problemTexts(page)).not.toContainEqual(expect.stringContaining('Nimi puuttuu'));
    // Topics are picked by name from the real list, not typed as codes.
    const topics = page.getByRole('group', { name: 'Aihepiirit' });
    await topics.getByLabel('Tapahtumat').check();
    expect(await topics.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(page, 'service details');

  });

  it('saves, reloads and finds it all there', async () => {
    // Save, then reload and find it all there.
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');
    await page.goto(packUrl);
    await page.getByRole('heading', { name: 'Muokattavana: Yleisötilaisuuden ilmoitus' }).waitFor();
    await expect.poll(() => keysOf(page.locator('.cv-page').nth(0))).toEqual(['yhteyshenkilo', 'jarjestajanNimi']);
    await expect.poll(() => keysOf(page.locator('[data-key="yhteyshenkilo"]'))).toEqual(['sahkoposti']);
    await expect.poll(() => keysOf(page.locator('.cv-page').nth(1))).toEqual(['onkoTapahtumassaEsiintymislava', 'lavanKoko']);
    await expect.poll(() => page.locator('[data-key="lavanKoko"] .ce-meta').textContent()).toContain('ehdollinen');
    await page.getByRole('tab', { name: 'Työnkulku' }).click();
    await page.locator('li[data-state="LAUSUNNOLLA"]').waitFor();
    await expect.poll(() => page.locator('li[data-event="PYYDA_LAUSUNTO"]').count()).toBe(1);

  });

  it('completes the texts the checklist asks for, sends the draft for review, and a coordinator sees it waiting', async () => {
    // What still stops publishing: the descriptions and page 1's starting title "Sivu 1".
    await page.getByRole('tab', { name: 'Asioinnin tiedot' }).click();
    await setTexts(page.getByRole('group', { name: 'Paketin kuvaus' }), { fi: 'Ilmoitus poliisille yleisötilaisuudesta.', sv: 'Anmälan till polisen om en allmän sammankomst.', en: 'Notifying the police of a public event.' });
    await setTexts(page.getByRole('group', { name: 'Asioinnin kuvaus' }), { fi: 'Ilmoita tilaisuudesta viimeistään viisi päivää ennen.', sv: 'Anmäl sammankomsten senast fem dagar före.', en: 'Notify at least five days before the event.' });
    await page.getByRole('tab', { name: 'Lomake' }).click();
    await page.locator('.cv-page').nth(0).locator('.cv-page-title').click();
    await setTexts(panel(page).getByRole('group', { name: 'Sivun otsikko' }), { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' });
    await expect.poll(async () => (await problemTexts(page)).filter((t) => t.startsWith('Virhe'))).toEqual([]);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');

    await page.getByRole('link', { name: 'Julkaisun tarkistuslista ja tarkistuspyyntö' }).click();
    const checklist = page.getByRole('region', { name: 'Julkaisun tarkistuslista' });
    await expect.poll(() => checklist.textContent()).toContain('Kaikki tekstit ovat suomeksi ja ruotsiksi.');
    await expectNoAxeViolations(page, 'a designer’s publishing checklist');
    await checklist.getByLabel('Viesti koordinaattorille (valinnainen)').fill('Ilmoituslomake on valmis. Tarkistathan lausuntovaiheen työnkulussa.');
    await checklist.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await page.getByRole('status').filter({ hasText: 'Luonnos on lähetetty tarkistettavaksi.' }).waitFor();
    await checklist.getByRole('button', { name: 'Peru tarkistuspyyntö' }).waitFor();
    await expectNoAxeViolations(page, 'a draft sent for review');

    const coordinator = await walk.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(coordinator, 'coordinator@kevyt.example');
    await coordinator.goto(`${walk.server.url}/builder/fi/packs`);
    const waiting = coordinator.getByRole('region', { name: 'Tarkistusta odottavat luonnokset (1)' });
    await waiting.getByRole('link', { name: 'Yleisötilaisuuden ilmoitus' }).waitFor();
    await expect.poll(() => waiting.textContent()).toContain('Tarkistathan lausuntovaiheen työnkulussa.');
    await expect.poll(() => coordinator.getByRole('row', { name: /Yleisötilaisuuden ilmoitus/ }).textContent()).toContain('Odottaa tarkistusta');
    await expectNoAxeViolations(coordinator, 'the review queue');
    await coordinator.close();
    await page.goto(packUrl);
    await page.getByRole('heading', { name: 'Muokattavana: Yleisötilaisuuden ilmoitus' }).waitFor();
  });

  it('exports the pack and re-imports it unchanged; a broken file is refused naming the place', async () => {
    // Export, then import the file back: the draft is exactly what was exported.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vie tiedostoksi' }).click()]);
    filePath = await download.path();
    const exported = JSON.parse(readFileSync(filePath, 'utf8')) as { format: string; pack: unknown };
    expect(exported.format).toBe('kevyt-form-pack');
    const packId = packUrl.split('/').pop();
    const draftNow = await page.evaluate(async (id) => (await (await fetch(`/api/packs/${id}/draft`)).json()) as { content: unknown }, packId);
    expect(exported.pack).toEqual(draftNow.content);
    await page.getByLabel('Tuo tiedostosta tähän luonnokseen').setInputFiles(filePath);
    await page.getByText('Tiedosto tuotu luonnokseen.').waitFor();
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');
    const reimported = await page.evaluate(async (id) => (await (await fetch(`/api/packs/${id}/draft`)).json()) as { content: unknown }, packId);
    expect(reimported.content).toEqual(exported.pack);

    // A broken file is refused with the place of the error named.
    const broken = JSON.parse(readFileSync(filePath, 'utf8')) as { pack: { services: Array<{ form: { pages: Array<{ elements: Array<Record<string, unknown>> }> } }> } };
    broken.pack.services[0].form.pages[1].elements[0].kind = 'slider';
    await page.getByLabel('Tuo tiedostosta tähän luonnokseen').setInputFiles({ name: 'rikki.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('pack.services.0.form.pages.1.elements.0');
  });

  it('gives the pack project data, builds its field with the same designer, and prefills the organiser’s name from it, with undo', async () => {
    await page.goto(packUrl);
    await page.getByRole('heading', { name: 'Muokattavana: Yleisötilaisuuden ilmoitus' }).waitFor();
    await page.getByRole('navigation', { name: 'Paketin hanketiedot' }).getByRole('button', { name: 'Hanketiedot' }).click();
    await page.getByText('Paketilla ei ole vielä hanketietoja.').waitFor();
    await page.getByRole('button', { name: 'Lisää hanketiedot' }).click();
    await expect.poll(() => focusedId(page)).toBe('pd-name-fi');
    await setTexts(page.getByRole('group', { name: 'Hankkeen laji (nimi)' }), { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' });
    // Only what project data may hold is in the palette, and it has one page.
    expect(await page.getByRole('button', { name: 'Vedä: Toistuva ryhmä' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vedä: Liite' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lisää sivu' }).count()).toBe(0);
    await drag(page, page.getByRole('button', { name: 'Vedä: Tekstikenttä' }), page.locator('.cv-page').first().locator('.dz-zone').first());
    await expect.poll(() => focusedId(page)).toMatch(/-label-fi$/);
    await page.keyboard.type('Järjestäjän nimi');
    await setTexts(labelGroup(page), { sv: 'Arrangörens namn', en: "Organiser's name" });
    await expect.poll(() => keysOf(page.locator('.cv-page').first())).toEqual(['jarjestajanNimi']);
    await expectNoAxeViolations(page, 'the project data designer');

    // Back on the e-service's form, the organiser's name picks it by its label.
    await page.getByRole('navigation', { name: 'Paketin asioinnit' }).getByRole('button', { name: 'Yleisötilaisuuden ilmoitus' }).click();
    await page.locator('[data-key="jarjestajanNimi"] .ce-select').first().click();
    const picker = panel(page).getByLabel('Esitäytetään hanketiedoista');
    await expect.poll(() => picker.locator('option').allTextContents()).toEqual(['Ei esitäytetä', 'Järjestäjän nimi']);
    await picker.selectOption({ label: 'Järjestäjän nimi' });
    await page.getByRole('button', { name: /Kumoa/ }).first().click();
    await expect.poll(() => picker.inputValue()).toBe('');
    await page.getByRole('button', { name: /Tee uudelleen/ }).first().click();
    await expect.poll(() => picker.inputValue()).toBe('jarjestajanNimi');
    await expect.poll(async () => (await problemTexts(page)).filter((t) => t.startsWith('Virhe'))).toEqual([]);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');
    const packId = packUrl.split('/').pop();
    const saved = await page.evaluate(async (id) => (await (await fetch(`/api/packs/${id}/draft`)).json()) as { content: { projectData?: { name: unknown }; services: Array<{ form: { pages: Array<{ elements: Array<{ key: string; projectField?: string }> }> } }> } }, packId);
    expect(saved.content.projectData?.name).toEqual({ fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' });
    expect(saved.content.services[0].form.pages[0].elements.find((e) => e.key === 'jarjestajanNimi')?.projectField).toBe('jarjestajanNimi');
  });
});

describe('the form designer, by keyboard only', () => {
  it('builds a two-page form with keyboard drag and drop and the add and move buttons, undoes, redoes and saves', async () => {
    const context = await walk.browser.newContext({ viewport: { width: 1600, height: 1100 } });
    const page = await context.newPage();
    await signIn(page, 'designer.helsinki@kevyt.example');
    await page.getByLabel('Paketin nimi (suomeksi)').focus();
    await page.keyboard.type('Maa-ainesten ottamislupa');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Muokattavana: Maa-ainesten ottamislupa' }).waitFor();
    const firstPage = page.locator('.cv-page').nth(0);

    // Pick up "Text field" in the palette, walk it down onto page 1, drop it.
    await page.getByRole('button', { name: 'Vedä: Tekstikenttä' }).focus();
    await page.keyboard.press('Space');
    // The screen reader hears what was picked up and where it is.
    await expect.poll(() => liveRegionText(page)).toContain('Tekstikenttä');
    for (let i = 0; i < 10 && !(await liveRegionText(page)).includes('tyhjälle sivulle "Sivu 1"'); i += 1) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(50);
    }
    await page.keyboard.press('Space');
    await page.locator('[data-key="tekstikentta"]').waitFor();
    await expect.poll(() => liveRegionText(page)).toContain('Tekstikenttä pudotettu tyhjälle sivulle "Sivu 1". Kirjoita sen otsikko.');

    // The focus is in the new field's Finnish label, its starting text selected: type over it.
    await expect.poll(() => focusedId(page)).toMatch(/-label-fi$/);
    await page.keyboard.type('Ottoalueen sijainti');
    await labelGroup(page).getByLabel('På svenska').focus();
    await page.keyboard.type('Täktområdets läge');
    await labelGroup(page).getByLabel('In English').focus();
    await page.keyboard.type('Location of the extraction area');

    // The add buttons: a section after the selection, then a municipality into the selected section.
    await page.getByRole('button', { name: 'Lisää Osio' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-key="osio"]').waitFor();
    await expect.poll(() => page.locator('.fd-designer > p[role="status"]').textContent()).toBe('Lisätty: Osio, sivun "Sivu 1" loppuun, kohdan "Ottoalueen sijainti" jälkeen. Kirjoita sen otsikko.');
    await expect.poll(() => focusedId(page)).toMatch(/-label-fi$/);
    await page.getByRole('button', { name: 'Lisää Kunta' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => keysOf(page.locator('[data-key="osio"]'))).toEqual(['kunta']);
    // Move the section up with its button.
    await page.getByRole('button', { name: 'Siirrä ylöspäin: Osio' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => keysOf(firstPage)).toEqual(['osio', 'ottoalueenSijainti']);

    // Keyboard drag of an existing element: the location field into the section, before the municipality.
    await page.getByRole('button', { name: 'Siirrä: Ottoalueen sijainti' }).focus();
    await page.keyboard.press('Space');
    // Arrow up until the screen reader says it is before the municipality field, then drop.
    for (let i = 0; i < 6 && !(await liveRegionText(page)).includes('ennen kohtaa "Kunta"'); i += 1) {
      await page.keyboard.press('ArrowUp');
      await page.waitForTimeout(50);
    }
    await page.keyboard.press('Space');
    await expect.poll(() => liveRegionText(page)).toContain('Ottoalueen sijainti pudotettu ennen kohtaa "Kunta".');
    await expect.poll(() => keysOf(page.locator('[data-key="osio"]'))).toEqual(['ottoalueenSijainti', 'kunta']);

    // Undo puts it back, redo moves it again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => keysOf(firstPage)).toEqual(['osio', 'ottoalueenSijainti']);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => keysOf(page.locator('[data-key="osio"]'))).toEqual(['ottoalueenSijainti', 'kunta']);

    // A second page with an attachment, added from the palette while the page is selected.
    await page.getByRole('button', { name: '+ Lisää sivu' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lisää Liite' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => keysOf(page.locator('.cv-page').nth(1))).toEqual(['liite']);

    // Delete with undo.
    await page.getByRole('button', { name: 'Poista: Liite' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => keysOf(page.locator('.cv-page').nth(1))).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => keysOf(page.locator('.cv-page').nth(1))).toEqual(['liite']);
    await expectNoAxeViolations(page, 'form designer after keyboard building');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallennettu');
    await page.reload();
    await page.getByRole('heading', { name: 'Muokattavana: Maa-ainesten ottamislupa' }).waitFor();
    await expect.poll(() => keysOf(page.locator('[data-key="osio"]'))).toEqual(['ottoalueenSijainti', 'kunta']);
    await expect.poll(() => keysOf(page.locator('.cv-page').nth(1))).toEqual(['liite']);
    await context.close();
  });
});

describe('a minimum of rows, by a designer who leaves "required" unticked', () => {
  it('reads in the panel that the minimum holds anyway, and the preview refuses a form with no rows', async () => {
    const context = await walk.browser.newContext({ viewport: { width: 1600, height: 1100 } });
    const page = await context.newPage();
    await signIn(page, 'designer.helsinki@kevyt.example');
    await page.getByLabel('Paketin nimi (suomeksi)').fill('Ulkoilmakonsertit');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.getByRole('heading', { name: 'Muokattavana: Ulkoilmakonsertit' }).waitFor();
    await page.getByRole('button', { name: 'Lisää Toistuva ryhmä' }).click();
    await page.locator('[data-key="toistuvaRyhma"]').waitFor();
    await setTexts(labelGroup(page), { fi: 'Tapahtumapäivät', sv: 'Evenemangsdagar', en: 'Event days' });

    // "Required" stays unticked; the minimum field says what that means and what "required" alone would ask.
    await expect(panel(page).getByLabel('Pakollinen').isChecked()).resolves.toBe(false);
    const minimum = panel(page).getByLabel('Vähintään valintoja / rivejä');
    await expect.poll(() => minimum.getAttribute('placeholder')).toBe('0');
    await panel(page).getByText('Pätee aina, kun kohta näkyy, vaikka Pakollinen ei olisi valittuna.', { exact: false }).waitFor();
    await minimum.fill('1');
    await expectNoAxeViolations(page, 'group limits with the minimum explained');

    await page.getByRole('tab', { name: 'Esikatselu' }).click();
    const preview = page.locator('#panel-preview');
    await preview.getByRole('button', { name: 'Tarkista' }).click();
    await preview.getByRole('alert').filter({ hasText: 'Lisää vähintään 1.' }).waitFor();
    await expect.poll(() => preview.getByText('Lomake täytetty oikein.', { exact: false }).count()).toBe(0);
    await expectNoAxeViolations(page, 'preview refusing zero rows');
    await context.close();
  });
});

describe('the form designer, by touch', () => {
  it('drags with a finger: onto an empty page, and onto the strip under a repeating group', async () => {
    // A tablet held sideways; the finger's touches go in through the browser's own input, as a screen's would.
    const context = await walk.browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true });
    const page = await context.newPage();
    const touch = await context.newCDPSession(page);
    /** Touch, travel to `to`, and hold there until the screen reader is told `over` (the finger stays down). */
    async function fingerDrag(from: Locator, to: () => Promise<{ x: number; y: number }>, over: string): Promise<void> {
      await from.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      const a = await from.boundingBox();
      if (!a) throw new Error('fingerDrag: source not visible');
      const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
      for (let i = 1; i <= 3; i += 1) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x + 3 * i, y: start.y + 3 * i }] });
      const end = await to();
      for (let i = 1; i <= 12; i += 1) {
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x + ((end.x - start.x) * i) / 12, y: start.y + ((end.y - start.y) * i) / 12 }] });
      }
      // On a busy machine the drop zones may be measured after the last move: the finger trembles
      // a pixel until the place is announced, as a real one would.
      await expect.poll(async () => {
        const here = await to();
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: here.x, y: here.y + (Date.now() % 2) }] });
        return liveRegionText(page);
      }).toBe(over);
    }
    const lift = () => touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const middleOf = (target: Locator) => async () => {
      const b = await target.boundingBox();
      if (!b) throw new Error('fingerDrag: target not visible');
      return { x: b.x + Math.min(b.width / 2, 120), y: b.y + b.height / 2 };
    };

    await signIn(page, 'designer.helsinki@kevyt.example');
    await page.getByLabel('Paketin nimi (suomeksi)').fill('Terassin ilmoitus');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.getByRole('heading', { name: 'Muokattavana: Terassin ilmoitus' }).waitFor();
    const firstPage = page.locator('.cv-page').nth(0);

    await page.locator('.pr-list h2').waitFor();
    await fingerDrag(page.getByRole('button', { name: 'Vedä: Tekstikenttä' }), middleOf(firstPage.locator('.dz-zone').first()), 'Tekstikenttä: tyhjälle sivulle "Sivu 1".');
    await lift();
    await page.locator('[data-key="tekstikentta"]').waitFor();

    // A repeating group added after it; a yes/no question dragged onto the strip under the group.
    await page.getByRole('button', { name: 'Lisää Toistuva ryhmä' }).click();
    const group = page.locator('[data-key="toistuvaRyhma"]');
    await group.waitFor();
    const strip = await stripBelow(group);
    expect(strip).toBeGreaterThanOrEqual(24);
    await fingerDrag(page.getByRole('button', { name: 'Vedä: Kyllä/ei' }), async () => {
      const b = await group.boundingBox();
      if (!b) throw new Error('group not visible');
      return { x: b.x + 120, y: b.y + b.height - strip / 2 };
    }, 'Kyllä/ei: kohdan "Toistuva ryhmä" jälkeen.');
    await expect.poll(() => insertionLine(page)).toBe('after:toistuvaRyhma');
    await lift();
    await expect.poll(() => keysOf(firstPage)).toEqual(['tekstikentta', 'toistuvaRyhma', 'kyllaEi']);
    await context.close();
  });
});

describe('who may use the builder', () => {
  it('shows a handler that the builder is not for them, in their language', async () => {
    const page = await walk.browser.newPage();
    await page.goto(`${walk.server.url}/builder/sv/designer`);
    await page.getByLabel('E-post').fill('handler.helsinki@kevyt.example');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
    await expectNoAxeViolations(page, 'no access');
    await page.close();
  });

  it('asks before leaving a draft with unsaved changes', async () => {
    const page = await walk.browser.newPage({ viewport: { width: 1600, height: 1100 } });
    await signIn(page, 'coordinator@kevyt.example');
    await page.getByLabel('Paketin nimi (suomeksi)').fill('Terassilupa Porvoo');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.getByRole('heading', { name: 'Muokattavana: Terassilupa Porvoo' }).waitFor();
    await page.getByRole('button', { name: 'Lisää Päivämäärä' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Tallentamattomia muutoksia');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Lomakesuunnittelu' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Jää sivulle' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Muokattavana: Terassilupa Porvoo' }).isVisible()).toBe(true);
    await page.close();
  });
});
