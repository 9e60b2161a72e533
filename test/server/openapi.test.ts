/**
 * GET /api/openapi.json: the API's contract as an OpenAPI 3.1 document, valid by the OpenAPI
 * schema, naming exactly the routes the server answers (every route registered in Express is in
 * it, and nothing else), with the error shape, uploads and downloads described.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv from 'ajv';
import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { ApiClient, startTestServer, type TestServer } from '../support/server';

type Schema = Record<string, unknown> & { examples?: unknown[] };
interface Operation {
  operationId: string;
  tags: string[];
  parameters: Array<{ name: string; in: string; required: boolean; schema: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>;
  security: unknown[];
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let server: TestServer;
let doc: Document;

beforeAll(async () => {
  server = await startTestServer();
  const res = await new ApiClient(server.url).get<Document>('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});

afterAll(async () => {
  await server.close();
});

/** What Express answers: every route of the app and its routers, as "METHOD /path/{param}". */
function expressRoutes(router: Router, prefix = ''): string[] {
  const out: string[] = [];
  for (const layer of router.stack as Array<{ route?: { path: string; methods: Record<string, boolean> }; handle: { stack?: unknown }; rawPath?: string }>) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) out.push(`${method.toUpperCase()} ${(prefix + layer.route.path).replace(/:([A-Za-z]+)/g, '{$1}')}`);
    } else if (Array.isArray(layer.handle.stack)) {
      const mount = layer.rawPath === undefined || layer.rawPath === '/' ? '' : layer.rawPath;
      out.push(...expressRoutes(layer.handle as unknown as Router, prefix + mount));
    }
  }
  return out;
}

function documented(): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route the server registers, and no other', () => {
    const app = createApp(server.ctx);
    const registered = expressRoutes(app.router as unknown as Router).filter((r) => r.split(' ')[1].startsWith('/api/'));
    expect(registered.length).toBeGreaterThan(50);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(documented().sort());
  });

  it('describes uploads as multipart, downloads by their media type and every error by the one error shape', () => {
    const upload = doc.paths['/api/attachments'].post;
    expect(Object.keys(upload.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    expect(Object.keys(doc.paths['/api/cases/{id}/export.pdf'].get.responses['200'].content ?? {})).toEqual(['application/pdf']);
    expect(Object.keys(doc.paths['/api/inbox/export.csv'].get.responses['200'].content ?? {})).toEqual(['text/csv']);
    expect(Object.keys(doc.paths['/api/deployments/{id}/validator.js'].get.responses['200'].content ?? {})).toEqual(['text/javascript']);
    const send = doc.paths['/api/submissions'].post;
    expect(send.responses['422'].$ref).toBe('#/components/responses/E422');
    expect(send.security).toEqual([]);
    expect(doc.paths['/api/cases/{id}'].get.responses['404'].$ref).toBe('#/components/responses/E404');
    expect(doc.paths['/api/cases/{id}'].get.security).toEqual([{ staffSession: [] }]);
    expect(doc.paths['/api/my/submissions'].get.security).toEqual([{ customerSession: [] }]);
    expect(doc.components.schemas.Error).toMatchObject({ properties: { error: { required: ['code', 'message', 'fields'] } } });
  });

  it('names each input as the server checks it', () => {
    const inbox = doc.paths['/api/inbox'].get.parameters;
    expect(inbox.map((p) => p.name)).toEqual(expect.arrayContaining(['status', 'sort', 'cursor', 'limit', 'lang']));
    expect(doc.paths['/api/cases/{id}/transitions'].post.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
    expect(doc.paths['/api/deployments/{id}/validator.js'].get.parameters).toContainEqual(expect.objectContaining({ name: 'version', in: 'query', required: true }));
    const operationIds = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it('shows an integration team examples of what to send and what comes back, each valid against its schema', () => {
    // The document's own keywords (x-trim, x-message, …) mean nothing to the check of an example.
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    const integration = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).filter(([, op]) => op.tags.includes('Integration') && path.startsWith('/api/integration/')).map(([method, op]) => ({ where: `${method} ${path}`, op })));
    expect(integration.length).toBeGreaterThanOrEqual(7);
    let checked = 0;
    for (const { where, op } of integration) {
      const json = [op.requestBody?.content, ...Object.values(op.responses).map((r) => r.content)].flatMap((content) => (content?.['application/json'] ? [content['application/json']] : []));
      for (const { schema } of json) {
        expect(schema.examples?.length ?? 0, `${where}: examples`).toBeGreaterThan(0);
        const valid = ajv.compile(schema);
        for (const example of schema.examples ?? []) {
          expect(valid(example), `${where}: ${ajv.errorsText(valid.errors)}`).toBe(true);
          checked++;
        }
      }
      for (const p of op.parameters.filter((q) => q.in === 'query' && q.schema.examples)) {
        const valid = ajv.compile(p.schema);
        for (const example of p.schema.examples ?? []) expect(valid(example), `${where} ?${p.name}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(doc.paths['/api/integration/v1/cases'].get.parameters.find((p) => p.name === 'after')?.schema.examples).toEqual(['s90215']);
  });
});
