/**
 * GET /api/packs/:slug/versions/:version/services/:serviceId/schema: the submission contract of a
 * deployed service, public and cached as the versioned form is; a client that checks its answers
 * against it is accepted by the send route exactly when the contract accepts them.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferedService, Receipt } from '../../api-contract';
import { addContractVocabulary, CONTRACT_DIALECT, type ContractSchema } from '../../form-library/contract/submission-schema';
import { answersByKey, generateAnswers, MOSTLY_RIGHT, OFTEN_BROKEN, seededRandom } from '../../form-library/test-fixtures/answer-generator';
import { readyPackExamples, readyService } from '../../form-library/library/index';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { newKey, upload } from './case-fixtures';

let server: TestServer;
let customer: ApiClient;
let helsinki: OfferedService[];

beforeAll(async () => {
  // Many more sends than one person makes: this machine's address is allowed as a load test's is.
  server = await startTestServer({ config: { rateLimitAllow: ['127.0.0.1'], sendLimitPerEmail: 10_000, sendLimitPerAddress: 10_000 } });
  customer = new ApiClient(server.url);
  helsinki = (await customer.get<{ services: OfferedService[] }>('/api/offering?municipality=091&lang=fi')).body.services;
}, 120_000);
afterAll(() => server?.close());

function offered(serviceId: string): OfferedService {
  const found = helsinki.find((s) => s.serviceId === serviceId);
  if (!found) throw new Error(`${serviceId} is not offered in Helsinki`);
  return found;
}

const schemaPath = (s: Pick<OfferedService, 'packSlug' | 'packVersion' | 'serviceId'>) =>
  `/api/packs/${s.packSlug}/versions/${s.packVersion}/services/${s.serviceId}/schema`;

async function contractOf(s: OfferedService): Promise<ContractSchema> {
  const res = await customer.get<string>(schemaPath(s), { headers: { accept: 'application/schema+json' } });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as ContractSchema;
}

function contractAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strictTypes: false, strictTuples: false });
  addFormats(ajv, { formats: ['date', 'email'], keywords: true });
  return addContractVocabulary(ajv);
}

describe('the published submission contract', () => {
  it('is a JSON Schema 2020-12 document at a public URL that never changes, kept a year with an ETag', async () => {
    const police = offered('public-event-police');
    const res = await customer.get<string>(schemaPath(police));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const doc = JSON.parse(res.body) as ContractSchema;
    expect(doc.$schema).toBe(CONTRACT_DIALECT);
    expect(doc.$id).toBe(new URL(schemaPath(police), server.ctx.config.publicUrl).href);
    expect(contractAjv().validateSchema(doc)).toBe(true);
    // As a browser revalidates (fetch() would add Cache-Control: no-cache to a conditional request).
    const again = await customer.get(schemaPath(police), { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
  });

  it('marks attachment fields, and says which fields conditions show', async () => {
    const doc = await contractOf(offered('public-event-police'));
    const text = JSON.stringify(doc);
    expect(text).toContain('"x-kevyt-attachment":true');
    expect(text).toContain('"if":');
    expect(text).toContain('"format":"fi-business-id"');
  });

  it('answers 404 for a pack, version or service no deployment pins', async () => {
    const police = offered('public-event-police');
    for (const path of [
      schemaPath({ ...police, packSlug: 'no-such-pack' }),
      schemaPath({ ...police, packVersion: police.packVersion + 50 }),
      schemaPath({ ...police, serviceId: 'no-such-service' }),
    ]) {
      const res = await customer.get<{ error: { code: string } }>(path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('is listed in the OpenAPI document', async () => {
    const doc = (await customer.get<{ paths: Record<string, unknown> }>('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toContain('/api/packs/{slug}/versions/{version}/services/{serviceId}/schema');
  });
});

/** Each generated attachment id replaced by a real upload, so the send route finds the file. */
async function withUploads(value: unknown): Promise<unknown> {
  if (typeof value === 'string' && /^att-\d+-\d+$/.test(value)) {
    const res = await upload(customer);
    if (res.status !== 201) throw new Error(`upload failed: ${res.status}`);
    return res.body.id;
  }
  if (Array.isArray(value)) return Promise.all(value.map(withUploads));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) Object.defineProperty(out, key, { value: await withUploads(inner), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

describe('the send route and the published contract', () => {
  it.each(['public-event-police', 'wastewater-exemption', 'informal-care-support'])(
    '%s: the send route accepts exactly the generated answers the contract accepts',
    async (serviceId) => {
      const service = offered(serviceId);
      const check = contractAjv().compile(await contractOf(service));
      const rng = seededRandom(7);
      const examples = answersByKey(readyPackExamples[serviceId]);
      const outcomes: Array<{ contract: boolean; status: number }> = [];
      for (let i = 0; i < 24; i++) {
        const data = (await withUploads(generateAnswers(readyService(serviceId).form, rng, i % 2 === 0 ? MOSTLY_RIGHT : OFTEN_BROKEN, examples))) as Record<string, unknown>;
        const res = await customer.post<Receipt>('/api/submissions', {
          deploymentId: service.deploymentId,
          municipality: '091',
          data,
          contact: { name: 'Aino Asiakas', email: `contract-${i}@example.fi`, phone: '+358 40 123 4567' },
          lang: 'fi',
          idempotencyKey: newKey(),
        });
        outcomes.push({ contract: check(data), status: res.status });
      }
      expect(outcomes.filter((o) => o.status !== 201 && o.status !== 422)).toEqual([]);
      expect(outcomes.filter((o) => o.contract !== (o.status === 201))).toEqual([]);
      expect(outcomes.some((o) => o.status === 201)).toBe(true);
      expect(outcomes.some((o) => o.status === 422)).toBe(true);
    },
    120_000,
  );
});
