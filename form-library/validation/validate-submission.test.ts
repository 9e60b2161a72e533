import { describe, expect, it } from 'vitest';
import { attachmentIds, validateSubmission, validatorFor } from './validate-submission';
import { normalizeAnswers } from './normalize-answers';
import { publicEventForm, validEventData } from '../test-fixtures/public-event-notification';
import type { FormDefinition } from '../format/types';
import { foodStallsForm } from '../test-fixtures/food-stalls';

type Data = Record<string, unknown>;
const organiser = (data: Data) => data.organiser as Data;

function errorsOf(data: unknown, lang: 'fi' | 'sv' | 'en' = 'en') {
  const result = validateSubmission(publicEventForm, data, lang);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateSubmission', () => {
  it('accepts complete, valid answers and returns them', () => {
    expect(validateSubmission(publicEventForm, validEventData(), 'fi')).toEqual({ ok: true, data: validEventData() });
  });

  it('names a bad business ID by its dotted path in the chosen language', () => {
    const data = validEventData();
    organiser(data).businessId = '0737546-3';
    expect(errorsOf(data, 'fi')).toEqual([
      { path: 'organiser.businessId', message: 'Y-tunnuksen tarkistusnumero (viimeinen numero) ei täsmää. Tarkista numerot.' },
    ]);
    expect(errorsOf(data, 'sv')[0].message).toContain('FO-numrets kontrollsiffra');
    organiser(data).businessId = '0737546';
    expect(errorsOf(data, 'en')[0].message).toBe('A business ID looks like 1234567-1: seven digits, a hyphen and a check digit.');
  });

  it('names what is wrong with a personal identity code: its form, its date, a birth date after today or its check character', () => {
    const form: FormDefinition = { pages: [{ id: 'p', title: { fi: 'Hakija' }, elements: [{ id: 'h', kind: 'personalId', key: 'hetu', label: { fi: 'Henkilötunnus' } }] }] };
    const messageFor = (hetu: string) => {
      const result = validateSubmission(form, { hetu }, 'fi');
      return result.ok ? null : result.errors.map((e) => e.message);
    };
    expect(messageFor('131052-308T')).toBeNull();
    expect(messageFor('131052308T')).toEqual(['Henkilötunnus on muotoa 131052-308T: syntymäaika, välimerkki, kolme numeroa ja tarkistusmerkki.']);
    expect(messageFor('300252-308T')).toEqual(['Henkilötunnuksen alussa oleva syntymäaika ei ole oikea päivämäärä.']);
    expect(messageFor('050444C399N')).toEqual(['Henkilötunnuksen syntymäaika on tulevaisuudessa. Tarkista syntymäaika ja välimerkki.']);
    expect(messageFor('051288D0131')).toEqual(['Henkilötunnuksen syntymäaika on tulevaisuudessa. Tarkista syntymäaika ja välimerkki.']);
    expect(messageFor('131052-308U')).toEqual(['Henkilötunnuksen tarkistusmerkki (viimeinen merkki) ei täsmää. Tarkista tunnus.']);
  });

  it('takes a time of day as HH:MM and names any other shape', () => {
    const def: FormDefinition = {
      pages: [{ id: 'p', title: { fi: 'Ääni' }, elements: [{ id: 'e', kind: 'time', key: 'soundUntil', label: { fi: 'Päättyy' }, required: true }] }],
    };
    expect(validateSubmission(def, { soundUntil: '23:00' }, 'fi')).toEqual({ ok: true, data: { soundUntil: '23:00' } });
    for (const bad of ['24:00', '23.00', '7:30', '23:00:00']) {
      expect(validateSubmission(def, { soundUntil: bad }, 'fi')).toEqual({
        ok: false,
        errors: [{ path: 'soundUntil', message: 'Anna kellonaika muodossa TT:MM, esimerkiksi 23:00.' }],
      });
    }
  });

  it('requires visible required fields, nested ones by their full path', () => {
    const data = validEventData();
    delete organiser(data).name;
    delete data.eventName;
    (data.performers as Data[])[1].performerName = '';
    expect(errorsOf(data)).toEqual([
      { path: 'organiser.name', message: 'This field is required.' },
      { path: 'eventName', message: 'This field is required.' },
      { path: 'performers.1.performerName', message: 'This field is required.' },
    ]);
  });

  it('a missing section reports its required fields, not the section', () => {
    const data = validEventData();
    delete data.organiser;
    expect(errorsOf(data).map((e) => e.path)).toEqual(['organiser.name', 'organiser.businessId', 'organiser.phone', 'organiser.email']);
  });

  it('never requires and drops answers of fields hidden by a condition', () => {
    const data: Data = { ...validEventData(), alcohol: false, eventType: 'market', servingLicence: 'not checked when hidden' };
    delete data.servingArea;
    delete data.securityPlan;
    const result = validateSubmission(publicEventForm, data, 'fi');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).not.toHaveProperty('servingLicence');
  });

  it('requires a field shown by its sibling in the same group item only in that item', () => {
    const data = validEventData();
    data.performers = [
      { performerName: 'Sibelius-kvartetti', pyrotechnics: false },
      { performerName: 'Tulinen Orkesteri', pyrotechnics: true },
    ];
    expect(errorsOf(data)).toEqual([{ path: 'performers.1.pyrotechnicsPlan', message: 'This field is required.' }]);
  });

  it('rejects unknown keys at any depth instead of keeping them', () => {
    const data = validEventData();
    data.isAdmin = true;
    organiser(data).internalNote = 'x';
    (data.performers as Data[])[0].fee = 100;
    expect(errorsOf(data)).toEqual([
      { path: 'organiser.internalNote', message: 'The form has no such field.' },
      { path: 'performers.0.fee', message: 'The form has no such field.' },
      { path: 'isAdmin', message: 'The form has no such field.' },
    ]);
  });

  it('a __proto__ key is an unknown field, never inherited answers', () => {
    const data = { ...validEventData(), ...(JSON.parse('{"__proto__": {"eventName": "Kesäkonsertti"}}') as Data) };
    delete data.eventName;
    expect(errorsOf(data).map((e) => e.path)).toEqual(['eventName', '__proto__']);
  });

  it('checks formats of phone, email, postal code and municipality', () => {
    const data = validEventData();
    organiser(data).phone = '12';
    organiser(data).email = 'tapahtumat@';
    (organiser(data).address as Data).postalCode = '100';
    data.municipality = '999';
    expect(errorsOf(data, 'fi')).toEqual([
      { path: 'organiser.phone', message: 'Tarkista puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.' },
      { path: 'organiser.email', message: 'Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.' },
      { path: 'organiser.address.postalCode', message: 'Anna postinumero viidellä numerolla, esimerkiksi 00100.' },
      { path: 'municipality', message: 'Valitse kunta luettelosta.' },
    ]);
  });

  it('a begun address needs all its parts', () => {
    const data = validEventData();
    organiser(data).address = { street: 'Aleksanterinkatu 1' };
    expect(errorsOf(data).map((e) => e.path)).toEqual(['organiser.address.postalCode', 'organiser.address.postOffice']);
  });

  it('the end of a date range cannot be before its start, nor before the earliest date', () => {
    const data = validEventData();
    data.dates = { start: '2026-07-11', end: '2026-07-10' };
    expect(errorsOf(data, 'sv')).toEqual([{ path: 'dates.end', message: 'Slutdatumet kan inte vara före startdatumet.' }]);
    data.dates = { start: '2025-12-31', end: '2026-01-02' };
    expect(errorsOf(data, 'fi')).toEqual([{ path: 'dates.start', message: 'Päivämäärä ei voi olla ennen 1.1.2026.' }]);
  });

  it('checks number limits, text lengths and the designer\'s pattern message', () => {
    const data = validEventData();
    data.attendance = 2.5;
    data.eventName = 'Ab';
    data.servingLicence = 'esavi 1';
    expect(errorsOf(data, 'fi')).toEqual([
      { path: 'eventName', message: 'Kirjoita vähintään 3 merkkiä.' },
      { path: 'attendance', message: 'Anna kokonaisluku.' },
      { path: 'servingLicence', message: 'Anna lupanumero muodossa ESAVI-123456' },
    ]);
    data.attendance = 0;
    expect(errorsOf(data, 'en')[1]).toEqual({ path: 'attendance', message: 'Enter at least 1.' });
  });

  it('rejects a choice outside the options and a yes/no that is not a boolean', () => {
    const data = { ...validEventData(), eventType: 'rave', alcohol: 'kyllä' };
    expect(errorsOf(data, 'en')).toEqual([
      { path: 'eventType', message: 'Choose one of the given options.' },
      { path: 'alcohol', message: 'Choose yes or no.' },
    ]);
  });

  it('limits the number of attachments and of group items', () => {
    const data = validEventData();
    data.siteMap = ['a1', 'a2', 'a3', 'a4'];
    data.performers = Array.from({ length: 21 }, (_, i) => ({ performerName: `Esiintyjä ${i + 1}` }));
    expect(errorsOf(data, 'en')).toEqual([
      { path: 'performers', message: 'You can add at most 20.' },
      { path: 'siteMap', message: 'Attach at most 3 files.' },
    ]);
  });

  it('says the attachment limit in the plural form its number takes: 1 file, 3 files', () => {
    const data = validEventData();
    data.siteMap = ['a1', 'a2', 'a3', 'a4'];
    data.securityPlan = ['b1', 'b2'];
    const messages = (lang: 'fi' | 'sv' | 'en') => Object.fromEntries(errorsOf(data, lang).map((e) => [e.path, e.message]));
    expect(messages('fi')).toEqual({ siteMap: 'Liitä enintään 3 tiedostoa.', securityPlan: 'Liitä enintään 1 tiedosto.' });
    expect(messages('sv')).toEqual({ siteMap: 'Bifoga högst 3 filer.', securityPlan: 'Bifoga högst 1 fil.' });
    expect(messages('en')).toEqual({ siteMap: 'Attach at most 3 files.', securityPlan: 'Attach at most 1 file.' });
  });

  it('treats blank answers as not given', () => {
    const data = { ...validEventData(), siteMap: [], eventName: '', servingLicence: null };
    expect(errorsOf(data).map((e) => e.path)).toEqual(['eventName', 'siteMap']);
  });

  it('rejects data that is not an object', () => {
    expect(validateSubmission(publicEventForm, ['x'], 'en')).toEqual({ ok: false, errors: [{ path: '', message: 'The answer has the wrong shape.' }] });
  });

  it('reuses one compiled validator for equal definitions parsed separately', () => {
    const parsed = JSON.parse(JSON.stringify(publicEventForm)) as FormDefinition;
    expect(validatorFor(parsed)).toBe(validatorFor(publicEventForm));
    const changed = JSON.parse(JSON.stringify(publicEventForm)) as FormDefinition;
    changed.pages[0].title.fi = 'Hakija';
    expect(validatorFor(changed)).not.toBe(validatorFor(publicEventForm));
  });

  it('validates 1,500 submissions in well under a second on one core', () => {
    const started = performance.now();
    for (let i = 0; i < 1500; i++) validateSubmission(publicEventForm, validEventData(), 'fi');
    // Generous bound: the machine running tests is shared; a quiet core does this in about 0.1 s.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('attachmentIds', () => {
  it('lists ids of visible attachment fields only', () => {
    expect(attachmentIds(publicEventForm, validEventData())).toEqual(['att-7f3a', 'att-91c2']);
    expect(attachmentIds(publicEventForm, { ...validEventData(), eventType: 'market' })).toEqual(['att-7f3a']);
  });
});

describe('validateSubmission with conditions inside a repeating group (as the renderer shows them)', () => {
  it('requires a field reading an outside answer only while that answer shows it, in every item', () => {
    const stalls = [{ stallName: 'Kahvila Kaivopuisto' }, { stallName: 'Torin Lettu', foodHandler: 'Eero Mäkelä' }];
    const selling = validateSubmission(foodStallsForm, { foodSales: true, stalls }, 'fi');
    expect(selling).toEqual({ ok: false, errors: [{ path: 'stalls.0.foodHandler', message: 'Tämä tieto on pakollinen.' }] });
    // Not selling food: never required, and what was typed is not kept.
    expect(validateSubmission(foodStallsForm, { foodSales: false, stalls }, 'fi')).toEqual({
      ok: true,
      data: { foodSales: false, stalls: [{ stallName: 'Kahvila Kaivopuisto' }, { stallName: 'Torin Lettu' }] },
    });
  });

  it('decides a field reading a sibling per item: required where shown, dropped where hidden', () => {
    const stalls = [
      { stallName: 'Kahvila Kaivopuisto', electricity: true },
      { stallName: 'Torin Lettu', electricity: false, electricityNeed: 'left over from editing' },
      { stallName: 'Jäätelökioski' },
    ];
    expect(validateSubmission(foodStallsForm, { foodSales: false, stalls }, 'en')).toEqual({
      ok: false,
      errors: [{ path: 'stalls.0.electricityNeed', message: 'This field is required.' }],
    });
    stalls[0] = { ...stalls[0], electricityNeed: '3 kW' } as (typeof stalls)[0];
    const ok = validateSubmission(foodStallsForm, { foodSales: false, stalls }, 'en');
    expect(ok).toEqual({
      ok: true,
      data: {
        foodSales: false,
        stalls: [
          { stallName: 'Kahvila Kaivopuisto', electricity: true, electricityNeed: '3 kW' },
          { stallName: 'Torin Lettu', electricity: false },
          { stallName: 'Jäätelökioski' },
        ],
      },
    });
  });
});

describe('answers in their stored form', () => {
  it('are checked and returned normalised: trimmed text, upper-case henkilötunnus, Y-tunnus with its hyphen', () => {
    const data = validEventData();
    organiser(data).businessId = '07375462';
    organiser(data).name = '  Helsingin Tapahtumat Oy ';
    data.eventName = 'Kesäkonsertti Kaivopuistossa\n';
    (organiser(data).address as Data).postalCode = ' 00100';
    const result = validateSubmission(publicEventForm, data, 'fi');
    expect(result).toEqual({ ok: true, data: validEventData() });
  });

  it('count text left empty by trimming as no answer', () => {
    const data = validEventData();
    data.eventName = '   ';
    data.servingLicence = ' ';
    expect(errorsOf(data)).toEqual([{ path: 'eventName', message: 'This field is required.' }]);
  });

  it('are the same through normalizeAnswers, which leaves unknown keys and hidden answers for the check', () => {
    const data = { ...validEventData(), stray: '  x ', alcohol: false };
    organiser(data).businessId = '07375462';
    const normal = normalizeAnswers(publicEventForm, data);
    expect(organiser(normal).businessId).toBe('0737546-2');
    expect(normal.stray).toBe('  x ');
    expect(normal.servingArea).toBe('Aidattu alue lavan edessä');
    expect(organiser(data).businessId).toBe('07375462');
  });
});

describe('a minimum of rows or choices', () => {
  // Helsinki's event days: "at least 1" set by the designer, "required" not ticked.
  const eventDays: FormDefinition = {
    pages: [{
      id: 'p1', title: { fi: 'Tapahtumapäivät' }, elements: [
        { id: 'days', kind: 'group', key: 'eventDays', minItems: 1, label: { fi: 'Tapahtumapäivät' },
          elements: [{ id: 'd', kind: 'date', key: 'day', required: true, label: { fi: 'Päivä' } }] },
        { id: 'services', kind: 'multiChoice', key: 'services', minItems: 2, label: { fi: 'Palvelut' },
          options: [{ value: 'food', label: { fi: 'Ruoka' } }, { value: 'music', label: { fi: 'Musiikki' } }, { value: 'rides', label: { fi: 'Laitteet' } }] },
        { id: 'helpers', kind: 'group', key: 'helpers', required: true, label: { fi: 'Avustajat' },
          elements: [{ id: 'h', kind: 'text', key: 'name', label: { fi: 'Nimi' } }] },
      ],
    }],
  };
  const valid = { eventDays: [{ day: '2026-08-15' }], services: ['food', 'music'], helpers: [{ name: 'Aino' }] };

  it('holds without "required": zero event days or one choice of two are refused, by name and number', () => {
    expect(validateSubmission(eventDays, valid, 'fi').ok).toBe(true);
    for (const empty of [{ ...valid, eventDays: [] }, { ...valid, eventDays: undefined }]) {
      expect(validateSubmission(eventDays, empty, 'fi')).toEqual({ ok: false, errors: [{ path: 'eventDays', message: 'Lisää vähintään 1.' }] });
    }
    expect(validateSubmission(eventDays, { ...valid, services: [] }, 'sv')).toEqual({ ok: false, errors: [{ path: 'services', message: 'Välj minst 2.' }] });
    expect(validateSubmission(eventDays, { ...valid, services: ['food'] }, 'en')).toEqual({ ok: false, errors: [{ path: 'services', message: 'Choose at least 2.' }] });
  });

  it('"required" alone means at least one', () => {
    expect(validateSubmission(eventDays, { ...valid, helpers: [] }, 'en')).toEqual({ ok: false, errors: [{ path: 'helpers', message: 'This field is required.' }] });
  });

  it('does not apply to a group hidden by its condition', () => {
    const hidden: FormDefinition = { pages: [{ ...eventDays.pages[0], elements: [
      { id: 'multi', kind: 'yesNo', key: 'multiDay', label: { fi: 'Monipäiväinen?' } },
      { ...eventDays.pages[0].elements[0], condition: { field: 'multiDay', op: 'equals', value: true } },
    ] }] };
    expect(validateSubmission(hidden, { multiDay: false }, 'fi').ok).toBe(true);
    expect(validateSubmission(hidden, { multiDay: true }, 'fi').ok).toBe(false);
  });
});
