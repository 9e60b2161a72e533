import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReference } from '../../server/seed/reference';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import type { Authority, Municipality, OfferedService, Offering as OfferingBody } from '../../api-contract';

let server: TestServer;
let api: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  api = new ApiClient(server.url);
});
afterAll(async () => {
  await server?.close();
});

describe('reference data', () => {
  it('lists the 308 municipalities with their official languages', async () => {
    const res = await api.get<Municipality[]>('/api/municipalities');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(308);
    expect(res.body.find((m) => m.code === '091')).toEqual({ code: '091', fi: 'Helsinki', sv: 'Helsingfors', languages: 'fi-sv' });
    expect(res.body.find((m) => m.code === '049')).toMatchObject({ fi: 'Espoo', sv: 'Esbo' });
    expect(res.body.find((m) => m.code === '478')?.languages).toBe('sv');
    expect(res.body.find((m) => m.code === '837')?.languages).toBe('fi');
  });

  it('lists authorities with their real areas, a municipal authority per municipality, and their Swedish and English names', async () => {
    const res = await api.get<Authority[]>('/api/authorities');
    expect(res.status).toBe(200);
    const byId = new Map(res.body.map((a) => [a.id, a]));
    expect(res.body.filter((a) => a.kind === 'rescue')).toHaveLength(21);
    expect(res.body.filter((a) => a.kind === 'police')).toHaveLength(12);
    expect(res.body.filter((a) => a.kind === 'municipality')).toHaveLength(308);
    expect(byId.get('municipality-638')).toMatchObject({ name: { fi: 'Porvoo', sv: 'Borgå' }, municipalities: ['638'] });
    expect(byId.get('rescue-lansi-uusimaa')?.municipalities).toContain('049');
    expect(byId.get('rescue-ita-uusimaa')?.name).toEqual({ fi: 'Itä-Uudenmaan pelastuslaitos', sv: 'Östra Nylands räddningsverk', en: 'Eastern Uusimaa Rescue Department' });
    for (const a of res.body) {
      expect(a.name.sv, a.id).toBeTruthy();
      expect(a.name.en, a.id).toBeTruthy();
    }
    // Only a municipality's own authority may carry its Finnish name in Swedish (Helsinki's rescue department does not).
    const regionalInFinnish = res.body.filter((a) => a.kind !== 'municipality' && a.name.sv === a.name.fi).map((a) => a.id);
    expect(regionalInFinnish).toEqual([]);
  });

  it('lists the topics in three languages', async () => {
    const res = await api.get<Array<{ id: string; name: Record<string, string> }>>('/api/topics');
    expect(res.body.find((t) => t.id === 'events')?.name).toEqual({ fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' });
  });
});

describe('offering', () => {
  it('offers Helsinki the police, rescue and municipal services, each with its one responsible authority', async () => {
    const res = await api.get<OfferingBody>('/api/offering?municipality=091&lang=fi');
    expect(res.status).toBe(200);
    expect(res.body.municipality).toEqual({ code: '091', fi: 'Helsinki', sv: 'Helsingfors', web: 'https://www.hel.fi' });
    const byService = new Map(res.body.services.map((s) => [s.serviceId, s]));
    expect(byService.get('public-event-police')?.authority).toEqual({ id: 'police-helsinki', name: 'Helsingin poliisilaitos', kind: 'police' });
    expect(byService.get('public-event-rescue')?.authority.id).toBe('rescue-helsinki');
    expect(res.body.services.filter((s) => s.authority.id === 'municipality-091').length).toBeGreaterThan(0);
    expect(new Set(res.body.services.map((s) => s.serviceId)).size).toBe(res.body.services.length);
  });

  it('speaks Swedish in Borgå and sends its rescue services to Itä-Uusimaa', async () => {
    const res = await api.get<OfferingBody>('/api/offering?municipality=638&lang=sv');
    const rescue = res.body.services.find((s) => s.serviceId === 'public-event-rescue');
    expect(rescue?.authority.id).toBe('rescue-ita-uusimaa');
    expect(res.body.services.find((s) => s.serviceId === 'public-event-police')?.authority.name).toBe('Polisinrättningen i Östra Nyland');
  });

  it('names the handling authority in Swedish on Swedish pages in Närpes and Korsholm', async () => {
    for (const code of ['545', '499']) {
      const res = await api.get<OfferingBody>(`/api/offering?municipality=${code}&lang=sv`);
      expect(res.body.services.find((s) => s.serviceId === 'public-event-rescue')?.authority).toEqual({ id: 'rescue-pohjanmaa', name: 'Österbottens räddningsverk', kind: 'rescue' });
      expect(res.body.services.find((s) => s.serviceId === 'public-event-police')?.authority.name).toBe('Polisinrättningen i Österbotten');
      const en = await api.get<OfferingBody>(`/api/offering?municipality=${code}&lang=en`);
      expect(en.body.services.find((s) => s.serviceId === 'public-event-rescue')?.authority.name).toBe('Ostrobothnia Rescue Department');
    }
  });

  it('corrects on start the names of a database seeded before the names were corrected', async () => {
    await server.sql("UPDATE authorities SET name_sv = name_fi, name_en = name_fi WHERE id = 'rescue-pohjanmaa'");
    await seedReference(server.ctx);
    const [row] = await server.sql("SELECT name_sv AS sv, name_en AS en FROM authorities WHERE id = 'rescue-pohjanmaa'");
    expect(row).toEqual({ sv: 'Österbottens räddningsverk', en: 'Ostrobothnia Rescue Department' });
  });

  it('gives Inari’s web address for what is not offered there, and none where the reference data has none', async () => {
    const inari = await api.get<OfferingBody>('/api/offering?municipality=148&topic=building&lang=fi');
    expect(inari.body.services).toEqual([]);
    expect(inari.body.municipality).toEqual({ code: '148', fi: 'Inari', sv: 'Enare', web: 'https://www.inari.fi' });
    const utsjoki = await api.get<OfferingBody>('/api/offering?municipality=890&lang=fi');
    expect(utsjoki.body.municipality.web).toBeNull();
  });

  it('filters by topic', async () => {
    const events = await api.get<OfferingBody>('/api/offering?municipality=049&topic=events&lang=en');
    expect(events.body.services.length).toBeGreaterThan(0);
    expect(events.body.services.every((s) => s.topics.includes('events'))).toBe(true);
    const health = await api.get<OfferingBody>('/api/offering?municipality=049&topic=health');
    expect(health.body.services.every((s) => s.topics.includes('health'))).toBe(true);
    expect(health.body.services.some((s) => s.serviceId === 'public-event-police')).toBe(false);
    const none = await api.get<OfferingBody>('/api/offering?municipality=049&topic=no-such-topic');
    expect(none.body.services).toEqual([]);
  });

  it('offers no rescue service in Mariehamn, where Åland organises rescue itself', async () => {
    const res = await api.get<OfferingBody>('/api/offering?municipality=478&lang=sv');
    expect(res.body.services.some((s) => s.serviceId === 'public-event-rescue')).toBe(false);
    expect(res.body.services.find((s) => s.serviceId === 'public-event-police')?.authority.id).toBe('police-ahvenanmaa');
  });

  it('answers 400 for an unknown municipality, a malformed code, a missing code and an unknown language', async () => {
    for (const query of ['municipality=999', 'municipality=91', 'municipality=Helsinki', '', 'municipality=091&lang=de']) {
      const res = await api.get<ApiErrorBody>(`/api/offering?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
      expect(res.body.error.fields.length, query).toBeGreaterThan(0);
    }
  });
});

describe('the form of a deployment', () => {
  it('returns the pinned version’s definition and its compiled schema in the chosen language', async () => {
    const offered = await api.get<OfferingBody>('/api/offering?municipality=853&lang=sv');
    const police = offered.body.services.find((s) => s.serviceId === 'public-event-police');
    expect(police).toBeDefined();
    const res = await api.get<{ deploymentId: number; service: { id: string; name: string }; authority: { id: string }; packVersion: number; definition: { pages: unknown[] }; compiled: { schema: { type: string }; uiSchema: object } }>(
      `/api/deployments/${police?.deploymentId}/form?lang=sv`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deploymentId: police?.deploymentId, service: { id: 'public-event-police', name: police?.name }, authority: { id: 'police-lounais-suomi' }, packVersion: 1 });
    expect(res.body.definition.pages.length).toBeGreaterThan(0);
    expect(res.body.compiled.schema.type).toBe('object');
  });

  it('answers 404 for an unknown or malformed deployment id and 400 for an unknown language', async () => {
    expect((await api.get('/api/deployments/999999/form')).status).toBe(404);
    expect((await api.get('/api/deployments/abc/form')).status).toBe(404);
    expect((await api.get('/api/deployments/1/form?lang=de')).status).toBe(400);
  });
});
