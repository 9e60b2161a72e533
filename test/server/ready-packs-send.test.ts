/**
 * End to end: every service of the ready-made library, as the demo seed publishes and deploys it,
 * takes its example customer data (with real uploaded PDFs in its attachment fields) through
 * POST /api/submissions and lands with the authority of the right kind for the place in the example.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormData, ServiceDefinition } from '../../form-library/format/types';
import { walkForm } from '../../form-library/conditions/walk-form';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { examplePdf, setAnswerAt, visibleAnswerPaths } from '../../form-library/library/example-answers';
import { readyPackExamples, readyPacks } from '../../form-library/library/index';
import type { OfferedService } from '../../api-contract';

const services = readyPacks.flatMap((p) => p.services);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 180_000);

afterAll(async () => {
  await server?.close();
});

/** The first municipality answered in the example: where the event, property or person is. */
function exampleMunicipality(service: ServiceDefinition, data: FormData): string {
  let found: string | undefined;
  walkForm(service.form, data, ({ element, value, visible }) => {
    if (!found && visible && element.kind === 'municipality' && typeof value === 'string') found = value;
  });
  if (!found) throw new Error(`${service.id}: the example names no municipality`);
  return found;
}

async function upload(client: ApiClient, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(examplePdf(name))], { type: 'application/pdf' }), `${name}.pdf`);
  const res = await client.request<{ id: string }>('POST', '/api/attachments', { raw: form });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function offered(client: ApiClient, municipality: string, serviceId: string): Promise<OfferedService> {
  const res = await client.get<{ services: OfferedService[] }>(`/api/offering?municipality=${municipality}&lang=fi`);
  expect(res.status).toBe(200);
  const found = res.body.services.find((s) => s.serviceId === serviceId);
  if (!found) throw new Error(`${serviceId} is not offered in ${municipality}`);
  return found;
}

describe('sending every ready-made service end to end', () => {
  it.each(services.map((s) => [s.id, s] as const))('%s is offered, accepts its example and reaches the right authority', async (_id, service) => {
    const client = new ApiClient(server.url);
    const data = structuredClone(readyPackExamples[service.id]);
    const municipality = exampleMunicipality(service, data);
    const offer = await offered(client, municipality, service.id);
    expect(offer.authority.id.startsWith(`${service.authorityKind}-`), offer.authority.id).toBe(true);

    for (const path of visibleAnswerPaths(service, data, 'attachment', Array.isArray)) setAnswerAt(data, path, [await upload(client, path.join('-'))]);
    const res = await client.post<{ reference: string; status: string; authority: { id: string } }>('/api/submissions', {
      deploymentId: offer.deploymentId,
      municipality,
      data,
      // One address per service: the sends per contact address are limited (SEND_LIMIT_PER_EMAIL, 10 an hour).
      contact: { name: 'Saara Virtanen', email: `saara.virtanen+${service.id}@aurajoenkulttuuri.fi`, phone: '+358407654321' },
      lang: 'fi',
      idempotencyKey: randomUUID(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.reference).toMatch(/^KV-\d{4}-\d{6}$/);
    expect(res.body.status).toBe('SUBMITTED');
    expect(res.body.authority.id).toBe(offer.authority.id);
  });

  it('refuses a police notification whose organiser business ID is wrong, naming the field', async () => {
    const client = new ApiClient(server.url);
    const data = structuredClone(readyPackExamples['public-event-police']);
    (data.organiser as FormData).organiserBusinessId = '1618033-4';
    const offer = await offered(client, '853', 'public-event-police');
    const res = await client.post<{ error: { fields: Array<{ path: string }> } }>('/api/submissions', {
      deploymentId: offer.deploymentId,
      municipality: '853',
      data: { ...data, siteMap: [await upload(client, 'site-map')] },
      contact: { name: 'Saara Virtanen', email: 'saara.virtanen@aurajoenkulttuuri.fi' },
      lang: 'fi',
      idempotencyKey: randomUUID(),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f) => f.path)).toContain('organiser.organiserBusinessId');
  });
});
