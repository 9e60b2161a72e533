import { describe, expect, it } from 'vitest';
import { attachmentIds, validateSubmission, validatorFor } from './validate-submission';
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
      { path: 'organiser.businessId', message: 'Tarkista Y-tunnus. Se on muotoa 1234567-8, ja viimeinen numero on tarkiste.' },
    ]);
    expect(errorsOf(data, 'sv')[0].message).toContain('FO-numret');
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
