/**
 * The ready-made library is what authorities deploy as it is: every pack file must pass the
 * format's schema and validators, say its version and what changed in each, be fully translated,
 * and accept the realistic customer data written next to each service while refusing a broken
 * copy at the right field.
 */
import { describe, expect, it } from 'vitest';
import type { FormData, FormElement, LocalizedText, ServiceDefinition } from '../format/types';
import { validatePackContent } from '../format/pack-schema';
import { validateSubmission } from '../validation/validate-submission';
import { compileForm, compilePage } from '../compiler/compile-form';
import { formProblems, missingTranslations } from '../problems';
import { validateWorkflow } from '../../workflows/validation/validate-workflow';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY_DIR, readyLibrary, readyPackExamples, readyPacks } from './index';
import { formMappings, mappingProblem, prefillFromProject, projectFields } from '../projects/project-fields';

const services = readyPacks.flatMap((pack) => pack.services.map((service) => ({ pack: pack.slug, service })));

function allElements(elements: FormElement[]): FormElement[] {
  return elements.flatMap((e) => (e.kind === 'section' || e.kind === 'group' ? [e, ...allElements(e.elements)] : [e]));
}
function formElements(service: ServiceDefinition): FormElement[] {
  return allElements(service.form.pages.flatMap((p) => p.elements));
}
function example(service: ServiceDefinition): FormData {
  const data = readyPackExamples[service.id];
  if (!data) throw new Error(`no example data for ${service.id}`);
  return structuredClone(data);
}

/** Every LocalizedText in a value, with its path: objects having only fi/sv/en string fields. */
function localizedTexts(value: unknown, path = ''): Array<{ path: string; text: LocalizedText }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}.${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([k, v]) => ['fi', 'sv', 'en'].includes(k) && typeof v === 'string')) {
    return [{ path, text: value as LocalizedText }];
  }
  return entries.flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
}

describe('the ready-made library', () => {
  it('holds the event organising pack with its five services and a second pack', () => {
    const events = readyPacks.find((p) => p.slug === 'event-organising');
    expect(events?.services.map((s) => s.id)).toEqual([
      'public-event-police',
      'public-event-rescue',
      'event-noise',
      'temporary-food-sales',
      'public-area-use',
    ]);
    expect(readyPacks.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the event organising pack project data that every one of its five services maps to, each mapping fitting', () => {
    const events = readyPacks.find((p) => p.slug === 'event-organising');
    const fields = projectFields(events?.projectData);
    expect(fields.map((f) => f.key)).toEqual(expect.arrayContaining([
      'organiser.organiserType', 'organiser.organiserName', 'organiser.organiserBusinessId', 'contactPerson.contactName',
      'contactPerson.contactPhone', 'contactPerson.contactEmail', 'event.eventName', 'event.eventDates', 'event.eventHours',
      'event.eventAddress', 'event.eventMunicipality', 'event.expectedAttendees',
    ]));
    for (const service of events?.services ?? []) {
      const mappings = formMappings(service.form);
      expect(mappings.length, service.id).toBeGreaterThan(0);
      for (const m of mappings) {
        expect(mappingProblem(m.element, fields.find((f) => f.key === m.projectField)), `${service.id} ${m.path}`).toBeNull();
      }
    }
  });

  it('prefills the police notification from the project data written from its own example, to the same answers', () => {
    const events = readyPacks.find((p) => p.slug === 'event-organising');
    const police = events?.services.find((s) => s.id === 'public-event-police');
    if (!police) throw new Error('no police notification');
    const answers = example(police);
    const projectData: FormData = {};
    for (const m of formMappings(police.form)) {
      const [section, key] = m.projectField.split('.');
      const [formSection, formKey] = m.path.includes('.') ? m.path.split('.') : [undefined, m.path];
      const value = formSection ? (answers[formSection] as FormData)[formKey] : answers[formKey];
      projectData[section] = { ...(projectData[section] as FormData | undefined), [key]: value };
    }
    expect(prefillFromProject(police.form, projectData, {})).toMatchObject({ organiser: answers.organiser, event: answers.event });
  });

  it('files every service under topics the server seeds (server/seed/reference.ts TOPICS)', () => {
    const known = ['events', 'building', 'environment', 'health', 'safety', 'business', 'streets'];
    for (const { service } of services) {
      expect(service.topics.length, service.id).toBeGreaterThan(0);
      expect(service.topics.filter((t) => !known.includes(t)), service.id).toEqual([]);
    }
  });

  it('serves every kind of authority Kevytasiointi serves, a national agency among them', () => {
    const kinds = new Set(services.map(({ service }) => service.authorityKind));
    expect([...kinds].sort()).toEqual(['municipality', 'national', 'police', 'rescue', 'wellbeing']);
  });

  it('has unique pack slugs and unique service ids across the library', () => {
    const slugs = readyPacks.map((p) => p.slug);
    const ids = services.map((s) => s.service.id);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(readyLibrary.map((p) => [p.fileName, p] as const))('%s tells its version and, for each version down to 1, what changed in fi, sv and en', (_file, pack) => {
    expect(pack.changelog.map((e) => e.version)).toEqual(Array.from({ length: pack.version }, (_, i) => pack.version - i));
    for (const entry of pack.changelog) expect(Object.keys(entry.changes).sort(), `version ${entry.version}`).toEqual(['en', 'fi', 'sv']);
  });

  it('has example answers for every service and for no other, one file per pack beside it', () => {
    expect(Object.keys(readyPackExamples).sort()).toEqual(services.map(({ service }) => service.id).sort());
    expect(readdirSync(join(LIBRARY_DIR, 'examples')).sort()).toEqual(readyLibrary.map((p) => p.fileName).sort());
  });

  it.each(readyPacks.map((p) => [p.slug, p] as const))('pack %s passes the pack-content schema', (_slug, pack) => {
    const result = validatePackContent(JSON.parse(JSON.stringify(pack)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(readyPacks.map((p) => [p.slug, p] as const))('pack %s has every text in Finnish, Swedish and English', (_slug, pack) => {
    expect(missingTranslations(pack, ['fi', 'sv', 'en'])).toEqual([]);
    const texts = localizedTexts(pack);
    expect(texts.length).toBeGreaterThan(50);
    const gaps = texts.filter(({ text }) => !text.fi?.trim() || !text.sv?.trim() || !text.en?.trim()).map((x) => x.path);
    expect(gaps).toEqual([]);
    // Every element's label and help and every option is a full three-language text.
    for (const service of pack.services) {
      for (const element of formElements(service)) {
        expect(Object.keys(element.label).sort(), `${service.id} ${element.key}`).toEqual(['en', 'fi', 'sv']);
        if (element.help) expect(Object.keys(element.help).sort()).toEqual(['en', 'fi', 'sv']);
        if (element.kind === 'choice' || element.kind === 'multiChoice') {
          for (const option of element.options) expect(Object.keys(option.label).sort()).toEqual(['en', 'fi', 'sv']);
        }
      }
    }
  });
});

describe.each(services.map(({ pack, service }) => [`${pack}/${service.id}`, service] as const))('service %s', (_name, service) => {
  it('has no problems a designer would be asked to fix', () => {
    expect(formProblems(service.form)).toEqual([]);
  });

  it('has 2–4 pages, unique element ids and unique camelCase keys', () => {
    expect(service.form.pages.length).toBeGreaterThanOrEqual(2);
    expect(service.form.pages.length).toBeLessThanOrEqual(4);
    const elements = formElements(service);
    const ids = [...service.form.pages.map((p) => p.id), ...elements.map((e) => e.id)];
    const keys = elements.map((e) => e.key);
    expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i), 'duplicate keys').toEqual([]);
    expect(keys.filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k)), 'keys not camelCase').toEqual([]);
  });

  it('states its law and advance-notice deadline, shows something conditionally and accepts only documents and images', () => {
    expect(service.description.fi).toMatch(/\d+\/\d{4}/);
    expect(service.description.sv).toMatch(/\d+\/\d{4}/);
    expect(service.description.en).toMatch(/\d+\/\d{4}/);
    const elements = formElements(service);
    expect(elements.some((e) => e.condition)).toBe(true);
    const attachments = elements.filter((e) => e.kind === 'attachment');
    expect(attachments.length).toBeGreaterThan(0);
    for (const a of attachments) {
      expect(a.kind === 'attachment' && a.accept).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    }
  });

  it('uses the workflow template of its kind, and the workflow has no errors', () => {
    const errors = validateWorkflow(service.workflow).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    const events = service.workflow.transitions.map((t) => t.event);
    if (service.kind === 'notification') expect(events).toContain('ACKNOWLEDGE');
    else expect(events).toEqual(expect.arrayContaining(['RECEIVE', 'REQUEST_INFO', 'SUPPLEMENT', 'DECIDE']));
  });

  it('accepts its example customer data as it is', () => {
    const result = validateSubmission(service.form, example(service), 'fi');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('compiles for the renderer in %s with the texts of that language', (lang) => {
    const first = formElements(service).find((e) => e.kind !== 'info');
    const compiled = JSON.stringify(compileForm(service.form, lang, example(service)));
    expect(compiled).toContain(JSON.stringify(first?.label[lang]).slice(1, -1));
    service.form.pages.forEach((page, i) => {
      expect(compilePage(service.form, i, lang).uiSchema['ui:title']).toBe(page.title[lang]);
    });
    expect(validateSubmission(service.form, example(service), lang).ok).toBe(true);
  });

  it('refuses the example without each required answer, naming that field', () => {
    const data = example(service);
    const required = service.form.pages
      .flatMap((p) => p.elements)
      .filter((e) => e.required && e.kind !== 'section' && !e.condition && data[e.key] !== undefined);
    expect(required.length).toBeGreaterThan(0);
    for (const element of required) {
      const broken = example(service);
      delete broken[element.key];
      const result = validateSubmission(service.form, broken, 'fi');
      expect(result.ok, element.key).toBe(false);
      // An address or a date range names the missing part ('useDates.start').
      const named = !result.ok && result.errors.some((e) => e.path === element.key || e.path.startsWith(`${element.key}.`));
      expect(named, element.key).toBe(true);
    }
  });
});

/** One realistic mistake per service, and the field the customer is sent back to. */
const MISTAKES: Record<string, { mistake: string; breakData: (d: FormData) => void; path: string }[]> = {
  'public-event-police': [
    {
      mistake: 'a business ID with a wrong check digit',
      breakData: (d) => ((d.organiser as FormData).organiserBusinessId = '1618033-4'),
      path: 'organiser.organiserBusinessId',
    },
    {
      mistake: 'a steward without a card number',
      breakData: (d) => delete (d.orderGuards as FormData[])[1].guardCardNumber,
      path: 'orderGuards.1.guardCardNumber',
    },
    {
      mistake: 'alcohol served but no licence holder',
      breakData: (d) => delete (d.alcoholDetails as FormData).licenceHolder,
      path: 'alcoholDetails.licenceHolder',
    },
    { mistake: 'no stewards at all', breakData: (d) => (d.orderGuards = []), path: 'orderGuards' },
  ],
  'public-event-rescue': [
    { mistake: 'a rescue plan announced but not attached', breakData: (d) => delete d.rescuePlan, path: 'rescuePlan' },
    { mistake: 'gas in use but no word of the cylinders', breakData: (d) => delete d.liquefiedGasDetails, path: 'liquefiedGasDetails' },
    {
      mistake: 'a negative safety distance',
      breakData: (d) => ((d.pyrotechnicsDetails as FormData).safetyDistanceMetres = -5),
      path: 'pyrotechnicsDetails.safetyDistanceMetres',
    },
    {
      mistake: 'an event that ends before it starts',
      breakData: (d) => ((d.event as FormData).eventDates = { start: '2027-06-12', end: '2027-06-11' }),
      path: 'event.eventDates.end',
    },
  ],
  'event-noise': [
    {
      mistake: 'neighbours to be informed but not said how',
      breakData: (d) => delete d.informingMethod,
      path: 'informingMethod',
    },
    {
      mistake: 'an impossible sound level',
      breakData: (d) => ((d.noiseSources as FormData[])[0].soundLevelDb = 400),
      path: 'noiseSources.0.soundLevelDb',
    },
    { mistake: 'a phone number with letters', breakData: (d) => (d.complaintsPhone = '040-KOLME'), path: 'complaintsPhone' },
  ],
  'temporary-food-sales': [
    {
      mistake: 'a perishable food without its storage temperature',
      breakData: (d) => delete (d.foods as FormData[])[0].storageTemperature,
      path: 'foods.0.storageTemperature',
    },
    {
      mistake: 'a municipality code that does not exist',
      breakData: (d) => (d.salesMunicipality = '999'),
      path: 'salesMunicipality',
    },
    {
      mistake: 'a four-digit postal code',
      breakData: (d) => ((d.salesAddress as FormData).postalCode = '2070'),
      path: 'salesAddress.postalCode',
    },
  ],
  'demolition-notification': [
    {
      mistake: 'a contractor with a malformed business ID',
      breakData: (d) => ((d.contractor as FormData).contractorBusinessId = '2880341'),
      path: 'contractor.contractorBusinessId',
    },
    {
      mistake: 'a surveyed building without the survey attached',
      breakData: (d) => delete d.hazardousSubstanceSurvey,
      path: 'hazardousSubstanceSurvey',
    },
    {
      mistake: 'a property identifier in the wrong shape',
      breakData: (d) => ((d.property as FormData).propertyId = '638 412 3 87'),
      path: 'property.propertyId',
    },
    {
      mistake: 'a building without its floor area',
      breakData: (d) => delete (d.buildings as FormData[])[0].floorAreaM2,
      path: 'buildings.0.floorAreaM2',
    },
  ],
  'wastewater-exemption': [
    { mistake: 'no grounds chosen', breakData: (d) => (d.grounds = []), path: 'grounds' },
    {
      mistake: 'a representative without a letter of authorisation',
      breakData: (d) => ((d.applicant as FormData).applicantRole = 'representative'),
      path: 'applicant.authorisation',
    },
    {
      mistake: 'a holiday home without its days of use',
      breakData: (d) => (d.propertyUse = 'holiday'),
      path: 'daysUsedPerYear',
    },
  ],
  'health-protection-notification': [
    { mistake: 'a spa without its pools', breakData: (d) => delete d.pools, path: 'pools' },
    {
      mistake: 'a pool hotter than a sauna allows',
      breakData: (d) => ((d.pools as FormData[])[1].waterTemperatureC = 60),
      path: 'pools.1.waterTemperatureC',
    },
    { mistake: 'a well without its water test', breakData: (d) => (d.waterSupply = 'ownWell'), path: 'waterAnalysis' },
  ],
  'informal-care-support': [
    {
      mistake: 'an identity code with a wrong check character',
      breakData: (d) => ((d.caredPerson as FormData).caredPersonalId = '120345-923K'),
      path: 'caredPerson.caredPersonalId',
    },
    {
      mistake: 'a carer living elsewhere without an address',
      breakData: (d) => ((d.carer as FormData).livesWithCaredPerson = false),
      path: 'carer.carerAddress.street',
    },
    { mistake: 'more than 24 care hours a day', breakData: (d) => (d.careHoursPerDay = 30), path: 'careHoursPerDay' },
  ],
  'fixed-term-serving-licence': [
    { mistake: 'no serving area described', breakData: (d) => delete d.servingArea, path: 'servingArea' },
    { mistake: 'a serving area for no customers', breakData: (d) => (d.servingAreaCapacity = 0), path: 'servingAreaCapacity' },
  ],
  'public-area-use': [
    { mistake: 'streets closed without a traffic plan', breakData: (d) => delete d.trafficPlan, path: 'trafficPlan' },
    {
      mistake: 'no insurance policy number',
      breakData: (d) => delete (d.insurance as FormData).policyNumber,
      path: 'insurance.policyNumber',
    },
  ],
};

describe('broken copies of the examples', () => {
  it('every service has its mistakes listed', () => {
    for (const { service } of services) expect(MISTAKES[service.id]?.length ?? 0, service.id).toBeGreaterThan(0);
  });

  const cases = services.flatMap(({ service }) =>
    (MISTAKES[service.id] ?? []).map((m) => [service.id, m.mistake, service, m] as const),
  );
  it.each(cases)('%s refuses %s', (_id, _mistake, service, { breakData, path }) => {
    const data = example(service);
    breakData(data);
    const result = validateSubmission(service.form, data, 'fi');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
  });
});

describe('the other branches of the forms', () => {
  const police = services.find((s) => s.service.id === 'public-event-police')!.service;
  const food = services.find((s) => s.service.id === 'temporary-food-sales')!.service;

  it('a private person organises a small event: no business ID, no alcohol, no security company', () => {
    const data = example(police);
    Object.assign(data.organiser as FormData, { organiserType: 'person', organiserName: 'Matti Meikäläinen' });
    delete (data.organiser as FormData).organiserBusinessId;
    Object.assign(data, { alcoholServed: false, usesSecurityCompany: false, affectsTraffic: false });
    delete data.alcoholDetails;
    delete data.securityCompanyName;
    delete data.securityCompanyBusinessId;
    delete data.trafficArrangements;
    const result = validateSubmission(police.form, data, 'sv');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('drops answers the customer gave before hiding them, instead of keeping stale data', () => {
    const data = example(police);
    data.alcoholServed = false; // the bar details stay in the data but are hidden now
    const result = validateSubmission(police.form, data, 'en');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.alcoholDetails).toBeUndefined();
  });

  it('an unregistered seller of packed foods only, without water, is accepted', () => {
    const data = example(food);
    Object.assign(data, {
      premisesRegistered: false,
      waterSupply: 'notNeeded',
      foods: [{ foodName: 'Pakatut karkit', handling: 'packaged', perishable: false }],
    });
    delete data.registeringMunicipality;
    const result = validateSubmission(food.form, data, 'fi');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
