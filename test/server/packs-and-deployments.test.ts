import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormPackContent } from '../../form-library/format/types';
import { hashPassword } from '../../server/auth/password';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, demoStaffSessions, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { singleServicePack } from './fixtures';

let server: TestServer;
/** A signed-in client per demo account, reused across tests. */
const as = demoStaffSessions(() => server.url);

const DESIGNER = 'designer.helsinki@kevyt.example';
const RESCUE_DESIGNER = 'designer.rescue-helsinki@kevyt.example';
const COORDINATOR = 'coordinator@kevyt.example';
const ADMIN = 'admin.helsinki@kevyt.example';
const ESPOO_ADMIN = 'admin.espoo@kevyt.example';
const RESCUE_ADMIN = 'admin.rescue-helsinki@kevyt.example';
const HANDLER = 'handler.helsinki@kevyt.example';

async function auditActions(targetType: string, targetId: number): Promise<string[]> {
  const rows = await server.sql<{ action: string }>('SELECT action FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id', targetType, String(targetId));
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const kioskPack = (): FormPackContent => singleServicePack('helsinki-kiosks', 'kiosk-permit', 'municipality');

describe('packs: drafts, publication and versions', () => {
  let packId: number;

  it('lets a designer create a pack for their own authority', async () => {
    const res = await (await as(DESIGNER)).post<{ id: number }>('/api/packs', { content: kioskPack() });
    expect(res.status).toBe(201);
    packId = res.body.id;
    const list = await (await as(DESIGNER)).get<Array<{ id: number; slug: string; ownerAuthority: { id: string } | null; versions: unknown[] }>>('/api/packs');
    expect(list.body.find((p) => p.id === packId)).toMatchObject({ slug: 'helsinki-kiosks', ownerAuthority: { id: 'municipality-091' }, versions: [] });
    expect(await auditActions('pack', packId)).toEqual(['pack.create']);
  });

  it('refuses content that breaks the format (422 naming the field), a taken slug (409) and wrong body types', async () => {
    const designer = await as(DESIGNER);
    const broken = { ...kioskPack(), slug: 'broken-pack', services: [{ ...kioskPack().services[0], kind: 'petition' }] };
    const bad = await designer.post<ApiErrorBody>('/api/packs', { content: broken });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.some((f) => f.path.startsWith('content.services.0'))).toBe(true);
    const taken = await designer.post<ApiErrorBody>('/api/packs', { content: kioskPack() });
    expect(taken.status).toBe(409);
    const wrongType = await designer.post<ApiErrorBody>('/api/packs', { content: 'pack' });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.error.fields).toEqual([{ path: 'content', message: 'Must be an object' }]);
    const malformed = await designer.request('POST', '/api/packs', { raw: '{"content": {', contentType: 'application/json' });
    expect(malformed.status).toBe(400);
  });

  it('hides the pack from another authority’s designer and refuses handlers and anonymous callers', async () => {
    const rescue = await as(RESCUE_DESIGNER);
    const list = await rescue.get<Array<{ id: number }>>('/api/packs');
    expect(list.body.some((p) => p.id === packId)).toBe(false);
    expect((await rescue.get(`/api/packs/${packId}/draft`)).status).toBe(404);
    expect((await rescue.put(`/api/packs/${packId}/draft`, { content: kioskPack() })).status).toBe(404);
    expect((await (await as(HANDLER)).get('/api/packs')).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/packs')).status).toBe(401);
    expect((await rescue.get('/api/packs/424242/draft')).status).toBe(404);
  });

  it('saves the draft, reports missing Swedish texts as problems, and refuses a stale save with 409', async () => {
    const designer = await as(DESIGNER);
    const draft = await designer.get<{ content: FormPackContent; updatedAt: string; problems: unknown[] }>(`/api/packs/${packId}/draft`);
    expect(draft.status).toBe(200);
    expect(draft.body.problems).toEqual([]);
    const withoutSwedish = kioskPack();
    withoutSwedish.name = { fi: 'Kioskit', en: 'Kiosks' };
    const saved = await designer.put<{ updatedAt: string; problems: Array<{ path: string }> }>(`/api/packs/${packId}/draft`, { content: withoutSwedish, baseUpdatedAt: draft.body.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body.problems.map((p) => p.path)).toContain('name.sv');
    const stale = await designer.put<ApiErrorBody>(`/api/packs/${packId}/draft`, { content: kioskPack(), baseUpdatedAt: draft.body.updatedAt });
    expect(stale.status).toBe(409);
    const renamed = await designer.put<ApiErrorBody>(`/api/packs/${packId}/draft`, { content: { ...kioskPack(), slug: 'other-slug' } });
    expect(renamed.status).toBe(422);
    expect(renamed.body.error.fields[0].path).toBe('content.slug');
  });

  it('lets only coordinators publish, and only when fi and sv texts are complete', async () => {
    const designerTry = await (await as(DESIGNER)).post<ApiErrorBody>(`/api/packs/${packId}/publish`, { changelog: 'Ensimmäinen versio' });
    expect(designerTry.status).toBe(403);
    const coordinator = await as(COORDINATOR);
    const gated = await coordinator.post<ApiErrorBody>(`/api/packs/${packId}/publish`, { changelog: 'Ensimmäinen versio' });
    expect(gated.status).toBe(422);
    expect(gated.body.error.fields.map((f) => f.path)).toContain('name.sv');
    expect((await coordinator.post(`/api/packs/${packId}/publish`, {})).status).toBe(422);

    expect((await (await as(DESIGNER)).put(`/api/packs/${packId}/draft`, { content: kioskPack() })).status).toBe(200);
    const v1 = await coordinator.post<{ version: number }>(`/api/packs/${packId}/publish`, { changelog: 'Ensimmäinen versio' });
    expect(v1.status).toBe(201);
    expect(v1.body.version).toBe(1);
    expect(await auditActions('pack', packId)).toContain('pack.publish');
  });

  it('refuses to publish a field prefilled from project data of another kind, naming both fields', async () => {
    const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });
    const content = singleServicePack('helsinki-markets', 'market-stall', 'municipality');
    content.projectData = {
      name: t('Tapahtuma', 'Evenemang', 'Event'),
      description: t('Tapahtuman tiedot', 'Evenemangets uppgifter', 'The event'),
      elements: [{ id: 'p-event-name', kind: 'text', key: 'eventName', label: t('Tapahtuman nimi', 'Evenemangets namn', 'Event name') }],
    };
    content.services[0].form.pages[0].elements.push({
      id: 'f-attendance', kind: 'number', key: 'attendance', label: t('Kävijämäärä', 'Antal besökare', 'Attendance'), projectField: 'eventName',
    });
    const created = await (await as(DESIGNER)).post<{ id: number }>('/api/packs', { content });
    expect(created.status).toBe(201);
    const refused = await (await as(COORDINATOR)).post<ApiErrorBody>(`/api/packs/${created.body.id}/publish`, { changelog: 'Ensimmäinen versio' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{
      code: 'projectFieldKind',
      path: `services.0.form.pages.0.elements.${content.services[0].form.pages[0].elements.length - 1}.projectField`,
      message: 'Field "Attendance" (number) cannot take its value from project data "Event name" (short text).',
      severity: 'error',
      source: 'form',
      elementId: 'f-attendance',
      serviceIndex: 0,
    }]);
    expect(await auditActions('pack', created.body.id)).not.toContain('pack.publish');
  });

  it('keeps a published version unchanged when the draft changes, and numbers the next one', async () => {
    const changed = kioskPack();
    changed.services[0].name = { fi: 'Kioskilupa', sv: 'Kiosktillstånd', en: 'Kiosk permit' };
    expect((await (await as(DESIGNER)).put(`/api/packs/${packId}/draft`, { content: changed })).status).toBe(200);
    const coordinator = await as(COORDINATOR);
    const v1 = await coordinator.get<{ version: number; content: FormPackContent; retired: boolean }>(`/api/packs/${packId}/versions/1`);
    expect(v1.body.content.services[0].name.fi).toBe('Terassilupa');
    const v2 = await coordinator.post<{ version: number }>(`/api/packs/${packId}/publish`, { changelog: 'Uusi nimi' });
    expect(v2.body.version).toBe(2);
    const versions = await coordinator.get<Array<{ version: number; changelog: string }>>(`/api/packs/${packId}/versions`);
    expect(versions.body.map((v) => [v.version, v.changelog])).toEqual([[1, 'Ensimmäinen versio'], [2, 'Uusi nimi']]);
    expect((await coordinator.get(`/api/packs/${packId}/versions/9`)).status).toBe(404);
  });

  it('shows another authority’s admin only what was published: not the draft, nor its name in the list', async () => {
    const secret = kioskPack();
    secret.name = { fi: 'Salainen kioskiuudistus', sv: 'Hemlig kioskreform', en: 'Secret kiosk reform' };
    secret.services[0].name = { fi: 'Kioskilupa 2027', sv: 'Kiosktillstånd 2027', en: 'Kiosk permit 2027' };
    expect((await (await as(DESIGNER)).put(`/api/packs/${packId}/draft`, { content: secret })).status).toBe(200);
    type Listed = { id: number; name: { fi: string }; draftUpdatedAt: string | null; draftStatus: string | null; services: Array<{ name: { fi: string } }> };
    for (const email of [ESPOO_ADMIN, RESCUE_ADMIN]) {
      const other = await as(email);
      const draft = await other.get<ApiErrorBody>(`/api/packs/${packId}/draft`);
      expect(draft.status).toBe(403);
      expect(JSON.stringify(draft.body)).not.toContain('Salainen');
      const listed = (await other.get<Listed[]>('/api/packs')).body.find((p) => p.id === packId);
      expect(listed?.draftUpdatedAt).toBeNull();
      // Not even whether the draft differs from what was published.
      expect(listed?.draftStatus).toBeNull();
      expect(JSON.stringify(listed)).not.toMatch(/Salainen|2027/);
      expect(listed?.services[0].name.fi).toBe('Kioskilupa');
      expect((await other.get(`/api/packs/${packId}/versions/2`)).status).toBe(200);
    }
    // The owner authority's admin and the coordinator still read it.
    for (const email of [ADMIN, COORDINATOR]) {
      const own = await as(email);
      expect((await own.get<{ content: FormPackContent }>(`/api/packs/${packId}/draft`)).body.content.name.fi).toBe('Salainen kioskiuudistus');
      expect((await own.get<Listed[]>('/api/packs')).body.find((p) => p.id === packId)?.name.fi).toBe('Salainen kioskiuudistus');
    }
    expect((await (await as(DESIGNER)).put(`/api/packs/${packId}/draft`, { content: kioskPack() })).status).toBe(200);
  });

  it('answers unknown and malformed ids with 404, wrong body types with 422 naming the field, and refuses an admin editing', async () => {
    const designer = await as(DESIGNER);
    expect((await designer.get('/api/packs/kioskit/draft')).status).toBe(404);
    expect((await designer.get('/api/packs/0/versions')).status).toBe(404);
    const coordinator = await as(COORDINATOR);
    expect((await coordinator.get(`/api/packs/${packId}/versions/first`)).status).toBe(404);
    expect((await coordinator.post(`/api/packs/${packId}/versions/9/retire`)).status).toBe(404);
    expect((await coordinator.post('/api/packs/424242/publish', { changelog: 'Ensimmäinen versio' })).status).toBe(404);

    const changelogType = await coordinator.post<ApiErrorBody>(`/api/packs/${packId}/publish`, { changelog: 3 });
    expect(changelogType.status).toBe(422);
    expect(changelogType.body.error.fields).toEqual([{ path: 'changelog', message: 'Must be a string' }]);
    const draftTypes = await designer.put<ApiErrorBody>(`/api/packs/${packId}/draft`, { content: [], baseUpdatedAt: 5 });
    expect(draftTypes.status).toBe(422);
    expect(draftTypes.body.error.fields.map((f) => f.path).sort()).toEqual(['baseUpdatedAt', 'content']);
    const malformed = await designer.request('PUT', `/api/packs/${packId}/draft`, { raw: '{"content": [', contentType: 'application/json' });
    expect(malformed.status).toBe(400);

    // Helsinki's admin may read her authority's pack (to deploy it) but not edit, publish or create one.
    const admin = await as(ADMIN);
    expect((await admin.get(`/api/packs/${packId}/draft`)).status).toBe(200);
    expect((await admin.put(`/api/packs/${packId}/draft`, { content: kioskPack() })).status).toBe(403);
    expect((await admin.post(`/api/packs/${packId}/publish`, { changelog: 'Ensimmäinen versio' })).status).toBe(403);
    expect((await admin.post('/api/packs', { content: { ...kioskPack(), slug: 'admin-kiosks' } })).status).toBe(403);
    const versions = await coordinator.get<Array<{ version: number }>>(`/api/packs/${packId}/versions`);
    expect(versions.body.map((v) => v.version)).toEqual([1, 2]);
  });

  describe('deployments', () => {
    let deploymentId: number;

    it('deploys a municipal service for the admin’s whole area and offers it there', async () => {
      const admin = await as(ADMIN);
      const privacyNoticeUrl = 'https://www.hel.fi/fi/paatoksenteko-ja-hallinto/tietoa-helsingista/tietosuoja';
      const res = await admin.post<{ id: number }>('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit', respondWithinDays: 21, privacyNoticeUrl });
      expect(res.status).toBe(201);
      deploymentId = res.body.id;
      // The authority's own privacy notice reaches the customer's form, and the admin's list.
      const form = await new ApiClient(server.url).get<{ privacyNotice: unknown }>(`/api/deployments/${deploymentId}/form?lang=sv`);
      expect(form.body.privacyNotice).toEqual({ kind: 'url', url: privacyNoticeUrl });
      expect((await admin.get<{ privacyNotice: unknown }>(`/api/deployments/${deploymentId}`)).body.privacyNotice).toEqual({ kind: 'url', url: privacyNoticeUrl });
      const mine = await admin.get<Array<{ id: number; municipalities: string[]; packVersion: number; active: boolean }>>('/api/deployments');
      expect(mine.body.find((d) => d.id === deploymentId)).toMatchObject({ municipalities: ['091'], packVersion: 1, active: true });
      const offered = await admin.get<{ services: Array<{ deploymentId: number; authority: { id: string } }> }>('/api/offering?municipality=091');
      expect(offered.body.services.find((s) => s.deploymentId === deploymentId)?.authority.id).toBe('municipality-091');
      expect(await auditActions('deployment', deploymentId)).toEqual(['deployment.create']);
    });

    it('refuses municipalities outside the area, a service for another kind of authority, and bad input', async () => {
      const espoo = await as(ESPOO_ADMIN);
      const outside = await espoo.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit', municipalities: ['049', '091'] });
      expect(outside.status).toBe(422);
      expect(outside.body.error.fields).toEqual([{ path: 'municipalities.1', message: expect.stringContaining('091') }]);
      const rescue = await as(RESCUE_ADMIN);
      const wrongKind = await rescue.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit' });
      expect(wrongKind.status).toBe(422);
      expect(wrongKind.body.error.fields[0].path).toBe('serviceId');
      const types = await espoo.post<ApiErrorBody>('/api/deployments', { packId: 'kioskit', version: 1.5, serviceId: 7, municipalities: '049' });
      expect(types.status).toBe(422);
      expect(types.body.error.fields.map((f) => f.path).sort()).toEqual(['municipalities', 'packId', 'serviceId', 'version']);
      const httpNotice = await espoo.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit', privacyNoticeUrl: 'http://www.espoo.fi/tietosuoja' });
      expect(httpNotice.status).toBe(422);
      expect(httpNotice.body.error.fields.map((f) => f.path)).toEqual(['privacyNoticeUrl']);
      const both = await espoo.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit', privacyNoticeUrl: 'https://www.espoo.fi/tietosuoja', privacyNoticeText: 'Rekisterinpitäjä: Espoon kaupunki' });
      expect(both.status).toBe(422);
      expect(both.body.error.fields.map((f) => f.path)).toEqual(['privacyNoticeText']);
      const long = await espoo.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit', privacyNoticeText: 'x'.repeat(4001) });
      expect(long.body.error.fields.map((f) => f.path)).toEqual(['privacyNoticeText']);
      const unknownService = await espoo.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: 'no-such-service' });
      expect(unknownService.status).toBe(422);
      const unknownVersion = await espoo.post<ApiErrorBody>('/api/deployments', { packId, version: 7, serviceId: 'kiosk-permit' });
      expect(unknownVersion.body.error.fields[0].path).toBe('version');
      expect((await (await as(DESIGNER)).post('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit' })).status).toBe(403);
      expect((await espoo.post('/api/deployments', { packId, version: 1, serviceId: 'kiosk-permit' }, { csrf: false })).status).toBe(403);
    });

    it('refuses an overlapping deployment with 409 overlap naming the authority and municipalities', async () => {
      const res = await (await as(ADMIN)).post<ApiErrorBody>('/api/deployments', { packId, version: 2, serviceId: 'kiosk-permit' });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('overlap');
      expect(res.body.error.message).toContain('Helsinki (091)');
      expect(res.body.error.overlaps).toEqual([{ deploymentId, authority: { id: 'municipality-091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } }, municipalities: ['091'] }]);
    });

    it('hides the deployment from other authorities’ admins', async () => {
      const espoo = await as(ESPOO_ADMIN);
      expect((await espoo.get(`/api/deployments/${deploymentId}`)).status).toBe(404);
      expect((await espoo.post(`/api/deployments/${deploymentId}/upgrade`, { version: 2 })).status).toBe(404);
      expect((await espoo.delete(`/api/deployments/${deploymentId}`)).status).toBe(404);
      expect((await (await as(HANDLER)).get('/api/deployments')).status).toBe(403);
    });

    it('answers the admin’s own unknown or malformed deployment ids with 404 and a bad upgrade body with 400/422', async () => {
      const admin = await as(ADMIN);
      expect((await admin.get('/api/deployments/999999')).status).toBe(404);
      expect((await admin.get('/api/deployments/kiosk')).status).toBe(404);
      expect((await admin.delete('/api/deployments/999999')).status).toBe(404);
      expect((await admin.post('/api/deployments/999999/upgrade', { version: 2 })).status).toBe(404);
      const missing = await admin.post<ApiErrorBody>(`/api/deployments/${deploymentId}/upgrade`, {});
      expect(missing.status).toBe(422);
      expect(missing.body.error.fields).toEqual([{ path: 'version', message: 'Required' }]);
      const malformed = await admin.request('POST', `/api/deployments/${deploymentId}/upgrade`, { raw: '{"version": ', contentType: 'application/json' });
      expect(malformed.status).toBe(400);
      const malformedCreate = await admin.request('POST', '/api/deployments', { raw: '{"packId": 1,', contentType: 'application/json' });
      expect(malformedCreate.status).toBe(400);
      const unchanged = await admin.get<{ packVersion: number; active: boolean }>(`/api/deployments/${deploymentId}`);
      expect(unchanged.body).toMatchObject({ packVersion: 1, active: true });
    });

    it('upgrades to a newer version on the admin’s word and refuses versions that do not exist or are retired', async () => {
      const admin = await as(ADMIN);
      const up = await admin.post<{ packVersion: number }>(`/api/deployments/${deploymentId}/upgrade`, { version: 2 });
      expect(up.status).toBe(200);
      expect(up.body.packVersion).toBe(2);
      const form = await admin.get<{ packVersion: number; service: { name: string } }>(`/api/deployments/${deploymentId}/form`);
      expect(form.body).toMatchObject({ packVersion: 2, service: { name: 'Kioskilupa' } });
      expect((await admin.post(`/api/deployments/${deploymentId}/upgrade`, { version: 12 })).status).toBe(422);
      expect((await admin.post(`/api/deployments/${deploymentId}/upgrade`, { version: 'two' })).status).toBe(422);

      const coordinator = await as(COORDINATOR);
      expect((await (await as(DESIGNER)).post(`/api/packs/${packId}/versions/1/retire`)).status).toBe(403);
      const retired = await coordinator.post(`/api/packs/${packId}/versions/1/retire`);
      expect(retired.status).toBe(200);
      const back = await admin.post<ApiErrorBody>(`/api/deployments/${deploymentId}/upgrade`, { version: 1 });
      expect(back.status).toBe(422);
      expect(back.body.error.message).toContain('retired');
      expect(await auditActions('pack', packId)).toContain('pack.retire');
    });

    it('withdraws: the service leaves the offering, a second withdrawal changes nothing, a withdrawn deployment is not upgraded (409), and it can be deployed anew', async () => {
      const admin = await as(ADMIN);
      expect((await admin.delete(`/api/deployments/${deploymentId}`)).status).toBe(204);
      const offered = await admin.get<{ services: Array<{ deploymentId: number }> }>('/api/offering?municipality=091');
      expect(offered.body.services.some((s) => s.deploymentId === deploymentId)).toBe(false);
      expect((await admin.get(`/api/deployments/${deploymentId}/form`)).status).toBe(404);
      expect((await admin.delete(`/api/deployments/${deploymentId}`)).status).toBe(204);
      const upgradeWithdrawn = await admin.post<ApiErrorBody>(`/api/deployments/${deploymentId}/upgrade`, { version: 2 });
      expect(upgradeWithdrawn.status).toBe(409);
      expect(await auditActions('deployment', deploymentId)).toEqual(['deployment.create', 'deployment.upgrade', 'deployment.withdraw']);
      const again = await admin.post<{ id: number }>('/api/deployments', { packId, version: 2, serviceId: 'kiosk-permit' });
      expect(again.status).toBe(201);
    });
  });
});

describe('national authorities', () => {
  it('serve every municipality, and a second national deployment of the same service is refused naming the first', async () => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await server.sql(
      'INSERT INTO authorities (id, kind, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)',
      'national-traficom', 'national', 'Liikenne- ja viestintävirasto Traficom', 'Transport- och kommunikationsverket Traficom', 'Finnish Transport and Communications Agency Traficom',
      'national-tukes', 'national', 'Turvallisuus- ja kemikaalivirasto Tukes', 'Säkerhets- och kemikalieverket Tukes', 'Finnish Safety and Chemicals Agency Tukes',
    );
    await server.sql(
      'INSERT INTO users (email, name, role, authority_id, password_hash) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)',
      'admin@traficom.example', 'Tiina Traficom', 'admin', 'national-traficom', passwordHash,
      'admin@tukes.example', 'Tuomas Tukes', 'admin', 'national-tukes', passwordHash,
    );
    const created = await (await as(COORDINATOR)).post<{ id: number }>('/api/packs', { content: singleServicePack('drone-flights', 'drone-event-notice', 'national') });
    expect((await (await as(COORDINATOR)).post(`/api/packs/${created.body.id}/publish`, { changelog: 'Ensimmäinen versio' })).status).toBe(201);

    const traficom = await as('admin@traficom.example');
    const first = await traficom.post<{ id: number }>('/api/deployments', { packId: created.body.id, version: 1, serviceId: 'drone-event-notice' });
    expect(first.status).toBe(201);
    const lapland = await traficom.get<{ services: Array<{ serviceId: string; authority: { id: string } }> }>('/api/offering?municipality=047');
    expect(lapland.body.services.find((s) => s.serviceId === 'drone-event-notice')?.authority.id).toBe('national-traficom');

    const second = await (await as('admin@tukes.example')).post<ApiErrorBody>('/api/deployments', { packId: created.body.id, version: 1, serviceId: 'drone-event-notice', municipalities: ['091', '049'] });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('overlap');
    expect(second.body.error.message).toContain('Liikenne- ja viestintävirasto Traficom (049, 091)');
  });
});
