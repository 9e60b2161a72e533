/**
 * GET /api/deployments/:id/validator.js and /api/my/submissions/:id/validator.js: the browser's copy
 * of the submission check. It must judge real answers exactly as the server's validateSubmission does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormData, FormDefinition, Lang } from '../../form-library/format/types';
import { readyPackExamples } from '../../form-library/library/index';
import { validateSubmission, type SchemaCheck } from '../../form-library/validation/validate-submission';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { exampleWithUploads, send, signInCustomer } from './case-fixtures';
import type { OfferedService } from '../../api-contract';

let server: TestServer;
let customer: ApiClient;
let helsinki: OfferedService[];
const moduleDir = mkdtempSync(join(tmpdir(), 'kevyt-validator-'));

beforeAll(async () => {
  server = await startTestServer();
  customer = new ApiClient(server.url);
  helsinki = (await customer.get<{ services: OfferedService[] }>('/api/offering?municipality=091&lang=fi')).body.services;
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(moduleDir, { recursive: true, force: true });
});

function offered(serviceId: string): OfferedService {
  const found = helsinki.find((s) => s.serviceId === serviceId);
  if (!found) throw new Error(`${serviceId} is not offered in Helsinki`);
  return found;
}

/** The module as a browser imports it: fetched over HTTP and run as an ES module. */
async function importCheck(path: string, client = customer): Promise<SchemaCheck> {
  const res = await client.get<string>(path);
  expect(res.status).toBe(200);
  const file = join(moduleDir, `${path.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(file, res.body);
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: SchemaCheck };
  return module.default;
}

async function definitionOf(s: OfferedService): Promise<FormDefinition> {
  return (await customer.get<{ definition: FormDefinition }>(`/api/deployments/${s.deploymentId}/form?lang=fi`)).body.definition;
}

/** A Helsinki service's definition, its served check and its example answers. */
async function served(serviceId: string) {
  const service = offered(serviceId);
  const definition = await definitionOf(service);
  const check = await importCheck(`/api/deployments/${service.deploymentId}/validator.js?version=${service.packVersion}`);
  return { definition, check, example: readyPackExamples[serviceId] };
}

function expectSameJudgement(definition: FormDefinition, check: SchemaCheck, data: FormData, lang: Lang) {
  const precompiled = validateSubmission(definition, data, lang, check);
  expect(precompiled).toEqual(validateSubmission(definition, data, lang));
  return precompiled;
}

describe('the validator module of a deployment', () => {
  it('is JavaScript that browsers keep, its URL naming the pinned version', async () => {
    const noise = offered('event-noise');
    const path = `/api/deployments/${noise.deploymentId}/validator.js?version=${noise.packVersion}`;
    const res = await customer.get<string>(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    // No eval anywhere: the point of the module is to run under script-src 'self'.
    expect(res.body).not.toMatch(/\bnew Function\b|\beval\(/);

    // As a browser revalidates (fetch() would add Cache-Control: no-cache to a conditional request).
    const again = await customer.get<string>(path, { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
  });

  it('judges every Helsinki service example exactly as the server does, in each language', async () => {
    expect(helsinki.length).toBeGreaterThan(3);
    for (const service of helsinki) {
      if (!readyPackExamples[service.serviceId]) continue;
      const { definition, check, example } = await served(service.serviceId);
      for (const lang of ['fi', 'sv', 'en'] as const) expect(expectSameJudgement(definition, check, example, lang).ok, service.serviceId).toBe(true);
      // Wrong shapes and unknown keys too.
      expectSameJudgement(definition, check, { ...example, notInTheForm: 'x' }, 'fi');
    }
  });

  it('finds a Y-tunnus with a wrong check digit, with the same message as the server', async () => {
    const { definition, check, example } = await served('health-protection-notification');
    const operator = { ...(example.operator as FormData), operatorBusinessId: '1234567-2' };
    const result = expectSameJudgement(definition, check, { ...example, operator }, 'sv');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['operator.operatorBusinessId']);
  });

  it('finds a henkilötunnus with a wrong check character and a phone number that is not one', async () => {
    const { definition, check, example } = await served('informal-care-support');
    const caredPerson = { ...(example.caredPerson as FormData), caredPersonalId: '120345-923K' };
    const carer = { ...(example.carer as FormData), carerPhone: 'soita illalla' };
    const result = expectSameJudgement(definition, check, { ...example, caredPerson, carer }, 'fi');
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['caredPerson.caredPersonalId', 'carer.carerPhone']);
  });

  it('normalises as the server does, and the server stores what the browser showed as valid', async () => {
    const { definition, check, example } = await served('informal-care-support');
    // Typed with a blank after it, a lower-case check letter, a name with blanks around it.
    const caredPerson = { ...(example.caredPerson as FormData), caredPersonalId: '120345-923j ', caredName: '  Aune Mäkinen ' };
    const data = { ...example, caredPerson };
    const result = expectSameJudgement(definition, check, data, 'fi');
    expect(result.ok && result.data.caredPerson).toMatchObject({ caredPersonalId: '120345-923J', caredName: 'Aune Mäkinen' });

    const uploaded = await exampleWithUploads(customer, 'informal-care-support');
    const toSend = { ...uploaded, caredPerson: { ...(uploaded.caredPerson as FormData), caredPersonalId: '120345-923j ', caredName: '  Aune Mäkinen ' } };
    const sent = await send(customer, { serviceId: 'informal-care-support', municipality: '091', email: 'aune.makinen@example.fi', data: toSend });
    expect(sent.status).toBe(201);
    const [row] = await server.sql<{ data_json: string }>('SELECT data_json FROM submissions WHERE id = ?', sent.body.id);
    const stored = JSON.parse(row.data_json) as FormData;
    expect(stored.caredPerson).toMatchObject({ caredPersonalId: '120345-923J', caredName: 'Aune Mäkinen' });
  });

  it('reads a Y-tunnus typed without its hyphen, or with a blank after it, as the one it is', async () => {
    const { definition, check, example } = await served('health-protection-notification');
    for (const typed of ['1234567-1 ', '12345671', ' 1234567-1']) {
      const operator = { ...(example.operator as FormData), operatorBusinessId: typed };
      const result = expectSameJudgement(definition, check, { ...example, operator }, 'sv');
      expect(result.ok && (result.data.operator as FormData).operatorBusinessId, typed).toBe('1234567-1');
    }
  });

  it('answers 404 for an unknown deployment or a version it does not pin, 400 without a version', async () => {
    const noise = offered('event-noise');
    const unknown = await customer.get<ApiErrorBody>('/api/deployments/999999/validator.js?version=1');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect((await customer.get<ApiErrorBody>('/api/deployments/abc/validator.js?version=1')).status).toBe(404);
    expect((await customer.get<ApiErrorBody>(`/api/deployments/${noise.deploymentId}/validator.js?version=${noise.packVersion + 1}`)).status).toBe(404);

    const missing = await customer.get<ApiErrorBody>(`/api/deployments/${noise.deploymentId}/validator.js`);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'bad_request', fields: [{ path: 'version', message: 'Required' }] });
    const word = await customer.get<ApiErrorBody>(`/api/deployments/${noise.deploymentId}/validator.js?version=latest`);
    expect(word.status).toBe(400);
    expect(word.body.error.fields).toEqual([{ path: 'version', message: 'Must be an integer' }]);
  });
});

describe('the validator module of a customer\'s own submission (supplement)', () => {
  it('is served to the customer who sent it, privately, and to nobody else', async () => {
    const erik = new ApiClient(server.url);
    const sent = await send(erik, { serviceId: 'event-noise', municipality: '091', email: 'erik.holmstrom@example.fi', lang: 'sv' });
    expect(sent.status).toBe(201);
    const path = `/api/my/submissions/${sent.body.id}/validator.js`;
    expect((await erik.get(path)).status).toBe(401);

    await signInCustomer(server, erik, 'erik.holmstrom@example.fi');
    const res = await erik.get<string>(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const definition = (await erik.get<{ definition: FormDefinition }>(`/api/my/submissions/${sent.body.id}`)).body.definition;
    const check = await importCheck(path, erik);
    expect(expectSameJudgement(definition, check, readyPackExamples['event-noise'], 'sv').ok).toBe(true);

    const aino = new ApiClient(server.url);
    await signInCustomer(server, aino, 'aino.virtanen@example.fi');
    expect((await aino.get<ApiErrorBody>(path)).status).toBe(404);
  });
});

describe('the CSP by app', () => {
  const scriptSrc = async (path: string) =>
    /script-src ([^;]*)/.exec((await fetch(server.url + path)).headers.get('content-security-policy') ?? '')?.[1];

  it('lets no customer page or desk page compile code; only the builder (live preview of drafts) may', async () => {
    for (const path of ['/fi/asioi/091', '/sv/asioi/049', '/fi/virkailija', '/api/deployments/1/form']) expect(await scriptSrc(path), path).toBe("'self'");
    for (const path of ['/builder', '/builder/fi/packs']) expect(await scriptSrc(path), path).toBe("'self' 'unsafe-eval'");
    expect(await scriptSrc('/builderx')).toBe("'self'");
  });
});
