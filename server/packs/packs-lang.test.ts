/**
 * The packs API answers a staff screen's field messages in the screen's language (`?lang=`), with
 * the same sentences the designer shows (form-library, workflows), and API clients in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../../test/support/server';
import { singleServicePack } from '../../test/server/fixtures';

let server: TestServer;

async function signedIn(email: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.loginStaff(email, DEMO_PASSWORD);
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const messagesOf = (body: ApiErrorBody) => body.error.fields.map((f) => `${f.path}: ${f.message}`);

describe('field messages of the packs API in the builder’s language', () => {
  it('a pack file refused at import reads in Swedish for a Swedish builder, in English without ?lang=', async () => {
    const designer = await signedIn('designer.helsinki@kevyt.example');
    const broken = singleServicePack('borga-torghandel', 'torghandel', 'municipality') as unknown as { services: Array<{ form: { pages: Array<{ elements: Array<Record<string, unknown>> }> } }> };
    delete broken.services[0].form.pages[0].elements[0].label;
    const sv = await designer.post<ApiErrorBody>('/api/packs?lang=sv', { content: broken });
    expect(sv.status).toBe(422);
    expect(messagesOf(sv.body)).toEqual(['content.services.0.form.pages.0.elements.0.label: är obligatorisk']);
    const en = await designer.post<ApiErrorBody>('/api/packs', { content: broken });
    expect(messagesOf(en.body)).toEqual(['content.services.0.form.pages.0.elements.0.label: is required']);
  });

  it('saving a draft with a changed slug is refused in Finnish, and the draft’s problems read in Finnish', async () => {
    const designer = await signedIn('designer.helsinki@kevyt.example');
    const pack = singleServicePack('helsinki-terassit-kieli', 'terassilupa-kieli', 'municipality');
    const created = await designer.post<{ id: number }>('/api/packs?lang=fi', { content: pack });
    expect(created.status).toBe(201);
    const renamed = await designer.put<ApiErrorBody>(`/api/packs/${created.body.id}/draft?lang=fi`, { content: { ...pack, slug: 'toinen-tunnus' } });
    expect(renamed.status).toBe(422);
    expect(messagesOf(renamed.body)).toEqual(['content.slug: Pitää pysyä muodossa "helsinki-terassit-kieli"']);

    const withoutSwedish = structuredClone(pack);
    withoutSwedish.services[0].form.pages[0].elements[0].label = { fi: 'Ravintolan nimi' };
    const saved = await designer.put<{ problems: Array<{ path: string; message: string; code: string }> }>(`/api/packs/${created.body.id}/draft?lang=fi`, { content: withoutSwedish });
    expect(saved.status).toBe(200);
    expect(saved.body.problems).toContainEqual(expect.objectContaining({ path: 'services.0.form.pages.0.elements.0.label.sv', code: 'missingTranslation', message: 'Otsikko puuttuu ruotsiksi: "Ravintolan nimi".' }));

    const coordinator = await signedIn('coordinator@kevyt.example');
    const publish = await coordinator.post<ApiErrorBody>(`/api/packs/${created.body.id}/publish?lang=sv`, { changelog: 'Första versionen' });
    expect(publish.status).toBe(422);
    expect(messagesOf(publish.body)).toContain('services.0.form.pages.0.elements.0.label.sv: Rubriken saknas på svenska: "Ravintolan nimi".');
  });
});
