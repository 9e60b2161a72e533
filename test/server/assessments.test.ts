/**
 * The permit-needs assessment over HTTP: customers find and answer it for a municipality and get
 * the services with the authorities the routing names there; bad input gets a precise 4xx; the
 * result follows deployments withdrawn since; coordinators cannot publish a broken assessment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentResultView } from '../../form-library/assessment';
import type { FormPackContent } from '../../form-library/format/types';
import { getDeployment, withdrawDeployment } from '../../server/deployments/deployments';
import { getPack, latestVersion, publishVersion, retireVersion } from '../../server/packs/packs';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { COORDINATOR, DEMO_PASSWORD, signInCustomer } from './case-fixtures';

const SYSTEM = { kind: 'system' } as const;

/** The Helsinki walk's event: a 1,500-person outdoor concert in a park with food and music until 23:00. */
const concert = {
  openToPublic: true, attendance: 1500, venue: 'outdoors', publicArea: true, amplifiedSound: true,
  soundUntil: '23:00', fireOrEffects: false, specialRisk: false, food: true, alcohol: false,
};

let server: TestServer;
let customer: ApiClient;
let version: number;

function answer(client: ApiClient, overrides: Record<string, unknown> = {}) {
  return client.post<AssessmentResultView & ApiErrorBody>('/api/assessment-results', {
    pack: 'event-organising', assessment: 'event-permits', version, municipality: '091', answers: concert, lang: 'fi', ...overrides,
  });
}

const offered = (r: AssessmentResultView) => r.services.map((s) => [s.service.service, s.offer.kind, 'authority' in s.offer ? s.offer.authority?.id : null]);

beforeAll(async () => {
  server = await startTestServer();
  customer = new ApiClient(server.url);
  const listed = await customer.get<Array<{ version: number }>>('/api/assessments?topic=events');
  version = listed.body[0].version;
}, 120_000);
afterAll(() => server?.close());

describe('finding an assessment', () => {
  it('lists the published assessments of a topic, in the asked language', async () => {
    const res = await customer.get<Array<{ pack: string; id: string; topic: string; name: string }>>('/api/assessments?topic=events&lang=sv');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ pack: 'event-organising', id: 'event-permits', topic: 'events', name: 'Vilka tillstånd behöver mitt evenemang?' })]);
    expect((await customer.get<unknown[]>('/api/assessments?topic=health')).body).toEqual([]);
  });

  it('gives the questions of the current version, and their check by that version', async () => {
    const res = await customer.get<{ version: number; definition: { pages: unknown[] } }>('/api/assessments/event-organising/event-permits?lang=en');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(version);
    expect(res.body.definition.pages).toHaveLength(2);
    const check = await customer.get<string>(`/api/assessments/event-organising/event-permits/validator.js?version=${version}`);
    expect(check.status).toBe(200);
    expect(check.headers.get('content-type')).toContain('text/javascript');
  });

  it('answers 404 for an assessment no published version has, and for a version that never was', async () => {
    expect((await customer.get('/api/assessments/event-organising/wedding-permits')).status).toBe(404);
    expect((await customer.get('/api/assessments/no-such-pack/event-permits')).status).toBe(404);
    const wrong = await customer.get<ApiErrorBody>('/api/assessments/event-organising/event-permits/validator.js?version=99');
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.fields).toEqual([{ path: 'version', message: 'Version 99 of event-organising has no assessment "event-permits"' }]);
    expect((await customer.get('/api/assessments/event-organising/event-permits/validator.js')).status).toBe(400);
  });
});

describe('answering for a municipality', () => {
  it('gives a Helsinki concert its five services, each with Helsinki’s authority, reasons and legal sources', async () => {
    const res = await answer(customer);
    expect(res.status).toBe(201);
    expect(offered(res.body)).toEqual([
      ['public-event-police', 'online', 'police-helsinki'],
      ['public-event-rescue', 'online', 'rescue-helsinki'],
      ['event-noise', 'online', 'municipality-091'],
      ['temporary-food-sales', 'online', 'municipality-091'],
      ['public-area-use', 'online', 'municipality-091'],
    ]);
    expect(res.body.onlineCount).toBe(5);
    const rescue = res.body.services[1];
    expect(rescue.name).toBe('Yleisötilaisuuden pelastussuunnitelma tai ilmoitus pelastuslaitokselle');
    expect(rescue.reasons).toEqual([expect.objectContaining({ rule: 'rescue-plan-attendance', level: 'needed', legalSource: expect.stringContaining('407/2011, 3 § 1 kohta') })]);
    // The public area permit is an application with the deployment's response time, said to be a target.
    const area = res.body.services[4].offer;
    expect(area.kind === 'online' && area.estimate).toEqual({ kind: 'target', days: 14 });
    expect(res.body.municipality).toEqual({ code: '091', fi: 'Helsinki', sv: 'Helsingfors' });
    expect(res.body.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('in Swedish for Närpes: Österbotten’s police and rescue online, the municipal services named with Närpes to contact', async () => {
    const res = await answer(customer, { municipality: '545', lang: 'sv' });
    expect(res.status).toBe(201);
    expect(offered(res.body)).toEqual([
      ['public-event-police', 'online', 'police-pohjanmaa'],
      ['public-event-rescue', 'online', 'rescue-pohjanmaa'],
      ['event-noise', 'contact', 'municipality-545'],
      ['temporary-food-sales', 'contact', 'municipality-545'],
      ['public-area-use', 'contact', 'municipality-545'],
    ]);
    const noise = res.body.services[2];
    expect(noise.offer).toEqual({ kind: 'contact', authority: { id: 'municipality-545', name: 'Närpes' } });
    expect(noise.reasons[0].reason).toContain('Förstärkt ljud utomhus efter klockan 22');
    expect(res.body.onlineCount).toBe(2);
  });

  it('names the national agency for alcohol serving, wherever the event is', async () => {
    for (const municipality of ['091', '545', '698']) {
      const res = await answer(customer, { municipality, answers: { ...concert, alcohol: true } });
      const licence = res.body.services.find((s) => s.service.service === 'fixed-term-serving-licence');
      expect(licence?.offer, municipality).toMatchObject({ kind: 'online', authority: { id: 'national-lupa-ja-valvontavirasto', name: 'Lupa- ja valvontavirasto' } });
      expect(licence?.reasons[0].legalSource).toBe('Alkoholilaki 1102/2017, 13 §');
    }
  });

  it('says plainly when a municipality offers none of the services, and when no authority of a kind is recorded there', async () => {
    // Mariehamn (Åland): no e-services deployed by the municipality, and rescue is organised under Åland's own law.
    const res = await answer(customer, { municipality: '478' });
    expect(res.status).toBe(201);
    const rescue = res.body.services.find((s) => s.service.service === 'public-event-rescue');
    expect(rescue?.offer).toEqual({ kind: 'contact', authority: null });
    expect(res.body.services.find((s) => s.service.service === 'public-event-police')?.offer).toMatchObject({ kind: 'online', authority: { id: 'police-ahvenanmaa' } });
    const quiet = await answer(customer, { municipality: '478', answers: { openToPublic: false, attendance: 20, venue: 'indoors', fireOrEffects: false, specialRisk: false, food: true, alcohol: false } });
    expect(quiet.body.onlineCount).toBe(0);
    expect(offered(quiet.body)).toEqual([['temporary-food-sales', 'contact', 'municipality-478']]);
  });

  it('refuses a body missing its parts, naming each', async () => {
    const res = await customer.post<ApiErrorBody>('/api/assessment-results', { pack: 'event-organising', answers: [] });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f) => f.path).sort()).toEqual(['answers', 'assessment', 'municipality', 'version']);
  });

  it('refuses an unknown or malformed municipality', async () => {
    const unknown = await answer(customer, { municipality: '999' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual([{ path: 'municipality', message: 'No municipality has the code 999' }]);
    const malformed = await answer(customer, { municipality: 'Helsinki' });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.fields[0].path).toBe('municipality');
  });

  it('refuses answers that do not fit the questions, naming each by its path, in the asked language', async () => {
    const res = await answer(customer, { lang: 'en', answers: { ...concert, attendance: 'lots', soundUntil: '25:00', guests: 3 } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([
      { path: 'answers.attendance', message: 'Enter a whole number.' },
      { path: 'answers.soundUntil', message: 'Enter the time as HH:MM, for example 23:00.' },
      { path: 'answers.guests', message: 'The form has no such field.' },
    ]);
    const missing = await answer(customer, { answers: { openToPublic: true } });
    expect(missing.body.error.fields.map((f) => f.path)).toEqual(['answers.attendance', 'answers.venue', 'answers.fireOrEffects', 'answers.specialRisk', 'answers.food', 'answers.alcohol']);
  });

  it('answers 404 for answers to an assessment that is not published', async () => {
    const res = await answer(customer, { assessment: 'wedding-permits' });
    expect(res.status).toBe(404);
    expect(res.body.error.fields[0].path).toBe('version');
    expect((await answer(customer, { pack: 'not-a-pack' })).status).toBe(404);
    expect((await answer(customer, { version: version + 5 })).status).toBe(404);
  });
});

describe('a result kept and revisited', () => {
  it('is read back by its link in another language, and refused for ids that are not results', async () => {
    const made = await answer(customer);
    const again = await new ApiClient(server.url).get<AssessmentResultView>(`/api/assessment-results/${made.body.id}?lang=en`);
    expect(again.status).toBe(200);
    expect(again.body.services.map((s) => s.name)).toContain('Notification of a public event to the police');
    expect(again.body.answers).toEqual(concert);
    expect((await customer.get('/api/assessment-results/not-a-result')).status).toBe(404);
    expect((await customer.get('/api/assessment-results/AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });

  it('is listed under the signed-in customer’s own results, and nobody else’s', async () => {
    const aino = new ApiClient(server.url);
    await signInCustomer(server, aino, 'aino.asiakas@example.fi');
    const mine = await answer(aino);
    const listed = await aino.get<Array<{ id: string; needed: number; maybe: number; municipality: { code: string } }>>('/api/my/assessment-results');
    expect(listed.body).toEqual([expect.objectContaining({ id: mine.body.id, needed: 5, maybe: 0, municipality: expect.objectContaining({ code: '091' }) })]);
    const erik = new ApiClient(server.url);
    await signInCustomer(server, erik, 'erik.muu@example.fi');
    expect((await erik.get<unknown[]>('/api/my/assessment-results')).body).toEqual([]);
    expect((await customer.get<ApiErrorBody>('/api/my/assessment-results')).status).toBe(401);
  });

  it('follows a deployment withdrawn since: the service is then named with the authority to contact', async () => {
    const made = await answer(customer);
    const food = made.body.services.find((s) => s.service.service === 'temporary-food-sales')!.offer;
    if (food.kind !== 'online') throw new Error('food sales should be online in Helsinki');
    await withdrawDeployment(server.ctx, (await getDeployment(server.ctx, food.deploymentId))!, SYSTEM);
    const later = await customer.get<AssessmentResultView>(`/api/assessment-results/${made.body.id}`);
    expect(later.body.services.find((s) => s.service.service === 'temporary-food-sales')?.offer).toEqual({
      kind: 'contact', authority: { id: 'municipality-091', name: 'Helsinki' },
    });
    expect(later.body.onlineCount).toBe(4);
  });

  it('says a service is withdrawn when no published version holds it any more, and refuses answers to a retired version with 410', async () => {
    const made = await answer(customer, { answers: { ...concert, alcohol: true } });
    const [alcohol] = await server.sql<{ id: number }>("SELECT id FROM packs WHERE slug = 'alcohol-licensing'");
    const pack = (await getPack(server.ctx, alcohol.id))!;
    const current = JSON.parse((await latestVersion(server.ctx, alcohol.id))!.contentJson) as FormPackContent;
    // The agency replaces the licence with a renamed service and retires the old version; its deployment goes.
    const renamed = structuredClone(current);
    renamed.services[0].id = 'serving-licence';
    await publishVersion(server.ctx, pack, JSON.stringify(renamed), { changelog: 'Renamed' }, SYSTEM);
    await retireVersion(server.ctx, pack, 1, SYSTEM);
    const licence = made.body.services.find((s) => s.service.service === 'fixed-term-serving-licence')!.offer;
    if (licence.kind !== 'online') throw new Error('the licence should be online');
    await withdrawDeployment(server.ctx, (await getDeployment(server.ctx, licence.deploymentId))!, SYSTEM);
    const later = await customer.get<AssessmentResultView>(`/api/assessment-results/${made.body.id}`);
    const withdrawn = later.body.services.find((s) => s.service.service === 'fixed-term-serving-licence');
    expect(withdrawn?.offer).toEqual({ kind: 'withdrawn' });
    expect(withdrawn?.name).toBe('Määräaikainen anniskelulupa tapahtumaan');

    // Retiring the events pack's version: its answers are refused, naming the version.
    const [events] = await server.sql<{ id: number }>("SELECT id FROM packs WHERE slug = 'event-organising'");
    await retireVersion(server.ctx, (await getPack(server.ctx, events.id))!, version, SYSTEM);
    const refused = await answer(customer);
    expect(refused.status).toBe(410);
    expect(refused.body.error).toMatchObject({ code: 'retired', currentVersion: null, fields: [{ path: 'version', message: `Version ${version} is retired` }] });
    expect((await customer.get('/api/assessments/event-organising/event-permits')).status).toBe(404);
    // What was answered before stays readable.
    expect((await customer.get(`/api/assessment-results/${made.body.id}`)).status).toBe(200);
  });
});

describe('publishing an assessment', () => {
  it('refuses a rule naming an unknown service and a failing test case, naming their places', async () => {
    const coordinator = new ApiClient(server.url);
    await coordinator.loginStaff(COORDINATOR, DEMO_PASSWORD);
    const packs = await coordinator.get<Array<{ id: number; slug: string }>>('/api/packs');
    const id = packs.body.find((p) => p.slug === 'event-organising')!.id;
    const draft = await coordinator.get<{ content: FormPackContent; updatedAt: string }>(`/api/packs/${id}/draft`);
    const content = structuredClone(draft.body.content);
    const assessment = content.assessments![0];
    assessment.rules[7].service = { pack: 'event-organising', service: 'street-party' };
    assessment.rules[1].when = { field: 'attendance', op: 'atLeast', value: 5000 };
    const saved = await coordinator.put<{ problems: Array<{ path: string; code: string; source: string }> }>(`/api/packs/${id}/draft`, { content, baseUpdatedAt: draft.body.updatedAt });
    expect(saved.status).toBe(200);
    // The alcohol rule's service went with the renamed licence above: the gate sees that too.
    expect(saved.body.problems.map((p) => [p.code, p.path, p.source])).toEqual([
      ['unknownService', 'assessments.0.rules.7.service', 'assessment'],
      ['unknownService', 'assessments.0.rules.8.service', 'assessment'],
      ['testCaseFails', 'assessments.0.testCases.0', 'assessment'],
    ]);
    const publish = await coordinator.post<ApiErrorBody>(`/api/packs/${id}/publish`, { changelog: 'Rules changed' });
    expect(publish.status).toBe(422);
    expect(publish.body.error.fields.map((f) => f.path)).toEqual(['assessments.0.rules.7.service', 'assessments.0.rules.8.service', 'assessments.0.testCases.0']);
    expect(publish.body.error.fields[0].message).toBe('The rule "public-area" names the service "event-organising/street-party", which no published pack holds.');
  });
});
