/**
 * The deployment language check over HTTP: Itä-Uudenmaan pelastuslaitos (Askola and Pukkila are
 * Finnish-speaking, Porvoo and Loviisa bilingual) deploys a fireworks notification whose version 1
 * was published without Swedish texts (as an old or imported version might have been).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormPackContent, LocalizedText } from '../../form-library/format/types';
import { hashPassword } from '../../server/auth/password';
import { createPack } from '../../server/packs/packs';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { singleServicePack } from './fixtures';

let server: TestServer;
let admin: ApiClient;
let packId: number;
const SERVICE = 'fireworks-notification';

/** The content with every text in `lang` removed. */
function without(lang: 'fi' | 'sv', content: FormPackContent): FormPackContent {
  return JSON.parse(JSON.stringify(content), (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && ('fi' in value || 'sv' in value)) {
      const text = { ...(value as LocalizedText) };
      delete text[lang];
      return text;
    }
    return value;
  }) as FormPackContent;
}

/** Stores a published version as it is, past the publish gate, the way a pre-gate version would sit in the database. */
async function storeVersion(version: number, content: FormPackContent): Promise<void> {
  await server.sql(
    'INSERT INTO pack_versions (pack_id, version, content_json, changelog, published_at) VALUES (?, ?, ?, ?, ?)',
    packId, version, JSON.stringify(content), `Version ${version}`, new Date().toISOString(),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  const complete = singleServicePack('fireworks', SERVICE, 'rescue');
  packId = await createPack(server.ctx, complete, null, { kind: 'system' });
  await storeVersion(1, without('sv', complete));
  await storeVersion(2, complete);
  await storeVersion(3, without('fi', complete));
  await server.sql(
    'INSERT INTO users (email, name, role, authority_id, password_hash) VALUES (?, ?, ?, ?, ?)',
    'admin.ita-uusimaa@kevyt.example', 'Iida Itä', 'admin', 'rescue-ita-uusimaa', await hashPassword(DEMO_PASSWORD),
  );
  admin = new ApiClient(server.url);
  await admin.loginStaff('admin.ita-uusimaa@kevyt.example', DEMO_PASSWORD);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('deploying against the official languages of the municipalities covered', () => {
  let deploymentId: number;

  it('deploys the Finnish-only version for the Finnish-speaking Askola and Pukkila', async () => {
    const res = await admin.post<{ id: number }>('/api/deployments', { packId, version: 1, serviceId: SERVICE, municipalities: ['018', '616'] });
    expect(res.status).toBe(201);
    deploymentId = res.body.id;
  });

  it('refuses it for bilingual Porvoo and Loviisa, naming them and the missing Swedish texts', async () => {
    const res = await admin.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: SERVICE, municipalities: ['638', '434'] });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('Porvoo (638)');
    expect(res.body.error.message).toContain('Loviisa (434)');
    expect(res.body.error.message).toContain('Swedish');
    expect(res.body.error.fields).toContainEqual({ path: 'municipalities', message: 'Porvoo (638) needs the service in Swedish' });
    expect(res.body.error.fields).toContainEqual({ path: 'service.name.sv', message: 'Text missing in Swedish' });
    const gaps = res.body.error.languageGaps as Array<{ lang: string; municipalities: Array<{ code: string }>; missing: string[] }>;
    expect(gaps.map((g) => g.lang)).toEqual(['sv']);
    expect(gaps[0].municipalities.map((m) => m.code)).toEqual(['434', '638']);
    expect(gaps[0].missing).toContain('form.pages.0.title');
    const [count] = await server.sql<{ n: number }>('SELECT COUNT(*) AS n FROM deployments WHERE pack_id = ?', packId);
    expect(count.n).toBe(1);
  });

  it('refuses the whole area too, since it contains bilingual municipalities', async () => {
    const res = await admin.post<ApiErrorBody>('/api/deployments', { packId, version: 1, serviceId: SERVICE });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('Sipoo (753)');
  });

  it('deploys the complete version 2 for Porvoo and Loviisa', async () => {
    const res = await admin.post('/api/deployments', { packId, version: 2, serviceId: SERVICE, municipalities: ['638', '434'] });
    expect(res.status).toBe(201);
  });

  it('refuses an upgrade of Askola and Pukkila to version 3, which lacks the Finnish texts, and keeps version 1', async () => {
    const res = await admin.post<ApiErrorBody>(`/api/deployments/${deploymentId}/upgrade`, { version: 3 });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('Askola (018)');
    expect(res.body.error.message).toContain('Finnish');
    const after = await admin.get<{ packVersion: number }>(`/api/deployments/${deploymentId}`);
    expect(after.body.packVersion).toBe(1);
    const ok = await admin.post<{ packVersion: number }>(`/api/deployments/${deploymentId}/upgrade`, { version: 2 });
    expect(ok.status).toBe(200);
    expect(ok.body.packVersion).toBe(2);
  });

  it('names bad input: a malformed municipality code and a version that does not exist', async () => {
    const bad = await admin.post<ApiErrorBody>('/api/deployments', { packId, version: 2, serviceId: SERVICE, municipalities: ['Porvoo'] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('municipalities.0');
    const missing = await admin.post<ApiErrorBody>(`/api/deployments/${deploymentId}/upgrade`, { version: 9 });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields[0].path).toBe('version');
  });

  it('does not let another authority’s admin see or upgrade the deployment (404), nor a handler (403)', async () => {
    const helsinki = new ApiClient(server.url);
    await helsinki.loginStaff('admin.rescue-helsinki@kevyt.example', DEMO_PASSWORD);
    expect((await helsinki.get(`/api/deployments/${deploymentId}`)).status).toBe(404);
    expect((await helsinki.post(`/api/deployments/${deploymentId}/upgrade`, { version: 2 })).status).toBe(404);
    const handler = new ApiClient(server.url);
    await handler.loginStaff('handler.rescue-helsinki@kevyt.example', DEMO_PASSWORD);
    expect((await handler.post(`/api/deployments/${deploymentId}/upgrade`, { version: 2 })).status).toBe(403);
  });
});
