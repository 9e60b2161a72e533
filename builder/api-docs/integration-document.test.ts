/** The documentation page shows the integration routes of the OpenAPI document, and only those. */
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../server/http/openapi';
import { integrationDocument, type OpenApiDocument } from './integration-document';

describe('integrationDocument', () => {
  const whole = openApiDocument() as unknown as OpenApiDocument;
  const part = integrationDocument(whole);
  const operations = (doc: OpenApiDocument) =>
    Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, tags: (op as { tags: string[] }).tags })));

  const integration = (o: { tags: string[] }) => o.tags.includes('Integration') || o.tags.includes('Webhooks');

  it('keeps every operation tagged Integration or Webhooks, among them the feed, the case, its attachment, the keys and the endpoints', () => {
    const kept = operations(part);
    expect(kept.length).toBe(operations(whole).filter(integration).length);
    expect(kept.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        'get /api/integration/v1/cases',
        'get /api/integration/v1/cases/{id}',
        'get /api/integration/v1/cases/{id}/attachments/{attachmentId}',
        'post /api/integration/v1/cases/{id}/ack',
        'post /api/admin/api-keys',
        'post /api/integration/v1/webhooks',
      ]),
    );
  });

  it('leaves out the routes of the apps (sign-in, the desk, the customer pages) and keeps the shared components', () => {
    expect(operations(part).every(integration)).toBe(true);
    expect(part.webhooks).toEqual(whole.webhooks);
    expect(part.paths['/api/inbox']).toBeUndefined();
    expect(part.paths['/api/auth/login']).toBeUndefined();
    expect(part.components).toEqual(whole.components);
    expect(part.openapi).toBe('3.1.0');
  });

  it('names the server the page was loaded from, so the examples of calls are whole', () => {
    expect(integrationDocument(whole, 'https://kevyt.hel.fi').servers).toEqual([{ url: 'https://kevyt.hel.fi' }]);
    expect(part.servers).toBeUndefined();
  });
});
