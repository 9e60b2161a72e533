/**
 * A designer sends a draft for review, a coordinator sees what waits and publishes it; a draft
 * identical to the latest version is neither published nor sent (409 with the reason); the pack
 * list says which drafts changed since their last publication. Against a real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormPackContent } from '../../form-library/format/types';
import { demoStaffSessions, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { singleServicePack } from './fixtures';

let server: TestServer;
/** A signed-in client per demo account, reused across tests. */
const as = demoStaffSessions(() => server.url);

const DESIGNER = 'designer.helsinki@kevyt.example';
const RESCUE_DESIGNER = 'designer.rescue-helsinki@kevyt.example';
const COORDINATOR = 'coordinator@kevyt.example';
const ADMIN = 'admin.helsinki@kevyt.example';

interface ListedPack {
  id: number;
  draftStatus: 'unpublished' | 'changed' | 'unchanged';
  review: { requestedAt: string; requestedBy: { id: number; name: string } | null; message: string | null; changedSince: boolean } | null;
}

function auditOf(packId: number): Promise<Array<{ action: string; details: string | null }>> {
  return server.sql<{ action: string; details: string | null }>("SELECT action, details_json AS details FROM audit_log WHERE target_type = 'pack' AND target_id = ? ORDER BY id", String(packId));
}

async function listed(email: string, packId: number): Promise<ListedPack | undefined> {
  return (await (await as(email)).get<ListedPack[]>('/api/packs')).body.find((p) => p.id === packId);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

// Helsinki's market-stall permit (the terrace pack's form under another name).
const stalls = (): FormPackContent => singleServicePack('helsinki-market-stalls', 'market-stall-permit', 'municipality');

describe('publishing only what changed', () => {
  let packId: number;

  it('marks a draft unpublished, then unchanged after version 1, then changed after an edit', async () => {
    packId = (await (await as(DESIGNER)).post<{ id: number }>('/api/packs', { content: stalls() })).body.id;
    expect((await listed(COORDINATOR, packId))?.draftStatus).toBe('unpublished');
    expect((await (await as(COORDINATOR)).post(`/api/packs/${packId}/publish`, { changelog: 'Ensimmäinen versio' })).status).toBe(201);
    expect((await listed(COORDINATOR, packId))?.draftStatus).toBe('unchanged');
    expect((await listed(DESIGNER, packId))?.draftStatus).toBe('unchanged');
  });

  it('refuses to publish a draft identical to the latest version with 409 saying why, in the coordinator’s language', async () => {
    const again = await (await as(COORDINATOR)).post<ApiErrorBody & { error: { latestVersion: number } }>(`/api/packs/${packId}/publish?lang=sv`, { changelog: 'Ingen ändring' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('unchanged');
    expect(again.body.error.latestVersion).toBe(1);
    expect(again.body.error.message).toBe('The draft is the same as version 1: there is nothing to publish.');
    expect(again.body.error.fields).toEqual([{ path: 'draft', message: 'Utkastet är detsamma som version 1: det finns inget att publicera.' }]);
    expect((await (await as(COORDINATOR)).get<unknown[]>(`/api/packs/${packId}/versions`)).body).toHaveLength(1);
  });

  it('publishes version 2 once the draft changes, and the list says it changed until then', async () => {
    const changed = stalls();
    changed.services[0].form.pages[0].elements[0].label = { fi: 'Myyjän nimi', sv: 'Försäljarens namn', en: 'Name of the seller' };
    expect((await (await as(DESIGNER)).put(`/api/packs/${packId}/draft`, { content: changed })).status).toBe(200);
    expect((await listed(DESIGNER, packId))?.draftStatus).toBe('changed');
    const v2 = await (await as(COORDINATOR)).post<{ version: number }>(`/api/packs/${packId}/publish`, { changelog: 'Myyjän nimi' });
    expect(v2.body.version).toBe(2);
    expect((await listed(COORDINATOR, packId))?.draftStatus).toBe('unchanged');
  });
});

describe('review requests', () => {
  let packId: number;

  it('refuses a review request for a draft the publishing gate would refuse, naming the problems', async () => {
    const incomplete = singleServicePack('helsinki-street-music', 'street-music', 'municipality');
    incomplete.services[0].name = { fi: 'Katusoitto' };
    packId = (await (await as(DESIGNER)).post<{ id: number }>('/api/packs', { content: incomplete })).body.id;
    const refused = await (await as(DESIGNER)).post<ApiErrorBody>(`/api/packs/${packId}/review-request?lang=fi`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toContainEqual(expect.objectContaining({ path: 'services.0.name.sv', message: 'Nimi puuttuu ruotsiksi: "Katusoitto".' }));
    expect((await listed(COORDINATOR, packId))?.review).toBeNull();
  });

  it('answers bad input and the wrong people precisely', async () => {
    const designer = await as(DESIGNER);
    const long = await designer.post<ApiErrorBody>(`/api/packs/${packId}/review-request`, { message: 'x'.repeat(2001) });
    expect(long.status).toBe(422);
    expect(long.body.error.fields).toEqual([{ path: 'message', message: 'Must be at most 2000 characters' }]);
    const typed = await designer.post<ApiErrorBody>(`/api/packs/${packId}/review-request`, { message: 42 });
    expect(typed.body.error.fields).toEqual([{ path: 'message', message: 'Must be a string' }]);
    expect((await designer.post(`/api/packs/${packId}/review-request`, [])).status).toBe(422);
    expect((await designer.post('/api/packs/999999/review-request', {})).status).toBe(404);
    expect((await designer.post('/api/packs/first/review-request', {})).status).toBe(404);
    // Another authority's designer does not see the pack; the coordinator publishes instead; the owner's admin may read, not edit.
    expect((await (await as(RESCUE_DESIGNER)).post(`/api/packs/${packId}/review-request`, {})).status).toBe(404);
    expect((await (await as(COORDINATOR)).post(`/api/packs/${packId}/review-request`, {})).status).toBe(403);
    expect((await (await as(ADMIN)).post(`/api/packs/${packId}/review-request`, {})).status).toBe(403);
    expect((await designer.delete(`/api/packs/${packId}/review-request`)).status).toBe(404);
  });

  it('sends a complete draft for review; the coordinator sees who asked, when and why', async () => {
    const complete = singleServicePack('helsinki-street-music', 'street-music', 'municipality');
    complete.services[0].name = { fi: 'Katusoitto', sv: 'Gatumusik', en: 'Street music' };
    const designer = await as(DESIGNER);
    expect((await designer.put(`/api/packs/${packId}/draft`, { content: complete })).status).toBe(200);
    const sent = await designer.post<{ requestedAt: string }>(`/api/packs/${packId}/review-request`, { message: '  Katusoiton ilmoitus valmis tarkistettavaksi.  ' });
    expect(sent.status).toBe(201);
    const waiting = await listed(COORDINATOR, packId);
    expect(waiting?.review).toEqual({ requestedAt: sent.body.requestedAt, requestedBy: { id: expect.any(Number), name: expect.any(String) }, message: 'Katusoiton ilmoitus valmis tarkistettavaksi.', changedSince: false });
    expect((await designer.get<{ review: ListedPack['review'] }>(`/api/packs/${packId}/draft`)).body.review?.requestedAt).toBe(sent.body.requestedAt);
    // The draft saved again after the request: the coordinator is told.
    complete.description = { fi: 'Ilmoitus katusoitosta.', sv: 'Anmälan om gatumusik.', en: 'Notice of street music.' };
    expect((await designer.put(`/api/packs/${packId}/draft`, { content: complete })).status).toBe(200);
    expect((await listed(COORDINATOR, packId))?.review?.changedSince).toBe(true);
  });

  it('lets the designer withdraw it, and publishing answers a new one', async () => {
    const designer = await as(DESIGNER);
    expect((await designer.delete(`/api/packs/${packId}/review-request`)).status).toBe(204);
    expect((await listed(COORDINATOR, packId))?.review).toBeNull();
    expect((await designer.post(`/api/packs/${packId}/review-request`, {})).status).toBe(201);
    expect((await (await as(COORDINATOR)).post(`/api/packs/${packId}/publish`, { changelog: 'Ensimmäinen versio' })).status).toBe(201);
    expect((await listed(COORDINATOR, packId))?.review).toBeNull();
    // Nothing new to review now.
    const nothing = await designer.post<ApiErrorBody>(`/api/packs/${packId}/review-request?lang=fi`, {});
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.fields[0].message).toBe('Luonnos on sama kuin versio 1: julkaistavaa ei ole.');
    const audit = await auditOf(packId);
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(['pack.create', 'pack.draft.save', 'pack.review.request', 'pack.draft.save', 'pack.review.withdraw', 'pack.review.request', 'pack.publish']);
    expect(JSON.parse(audit.at(-1)?.details ?? '{}')).toMatchObject({ version: 1, reviewRequestedBy: expect.any(Number) });
  });
});
