/**
 * The part of the API's OpenAPI document an integration team reads: the operations tagged
 * Integration or Webhooks (what the case-management system calls with its key, the admin's key and
 * endpoint routes) and the webhooks it receives, with the shared components they refer to. The
 * whole document stays a download away.
 */

/** The OpenAPI 3.1 document as GET /api/openapi.json serves it, as far as this page reads it. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
  [member: string]: unknown;
}

export const INTEGRATION_TAGS: readonly string[] = ['Integration', 'Webhooks'];

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function tagged(operation: unknown, wanted: readonly string[]): boolean {
  const tags = (operation as { tags?: unknown } | null)?.tags;
  return Array.isArray(tags) && tags.some((tag) => wanted.includes(String(tag)));
}

/** `origin`: this server's address, so the examples of calls name it (curl https://…/api/…). */
export function integrationDocument(doc: OpenApiDocument, origin?: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const kept = Object.entries(item).filter(([key, value]) => !METHODS.has(key) || tagged(value, INTEGRATION_TAGS));
    if (kept.some(([key]) => METHODS.has(key))) paths[path] = Object.fromEntries(kept);
  }
  return {
    ...doc,
    info: {
      ...doc.info,
      title: `${doc.info.title}: integration`,
      description:
        'The routes an authority’s case-management system calls with an API key of the authority (`Authorization: Bearer kvt_…`, ' +
        'made under *API keys* in the builder): no CSRF token, no cookie. The key routes under /api/admin/api-keys are the builder’s own ' +
        '(an admin’s session and its CSRF token). Every error has one shape (components.schemas.Error). ' +
        'New and changed cases come in the order of their latest change after a cursor; see each route for its examples.',
    },
    ...(origin ? { servers: [{ url: origin }] } : {}),
    paths,
  };
}
