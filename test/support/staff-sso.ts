/**
 * Staff single sign-on in tests: a server with the local stand-in for Helsinki's identity provider
 * beside it (on a free port), and a staff member signing in there as a browser would.
 */
import { dirname, join } from 'node:path';
import type { StaffSsoConfig } from '../../server/staff-sso/staff-sso-config';
import { ApiClient, startTestServer, type ApiResponse, type TestServer, type TestServerOptions } from './server';
import { ProviderBrowser } from './strong-identification';

export const HELSINKI = 'municipality-091';

/** The second client the stand-in knows: another application of the city. */
export const OTHER_STAFF_CLIENT = 'kevyt-other-application';

export const TEST_STAFF_SSO: StaffSsoConfig = { providers: [], testProvider: { authorityId: HELSINKI, port: 0 }, testOtherClientId: OTHER_STAFF_CLIENT };

/** The stand-in's people (identity/staff-provider/staff-persons.ts) by what their groups make them. */
export const CITY_PERSONS = {
  handler: 'hel-staff-1',
  admin: 'hel-staff-2',
  designer: 'hel-staff-3',
  unmapped: 'hel-staff-4',
  noGroupClaim: 'hel-staff-5',
  /** In more groups than fit in a token (one of them the handlers'): the token carries the overage marker. */
  manyGroups: 'hel-staff-6',
} as const;

export function startServerWithStaffProvider(opts: TestServerOptions = {}): Promise<TestServer> {
  return startTestServer({ ...opts, config: { staffSso: TEST_STAFF_SSO, ...opts.config } });
}

/** Where the stand-in keeps its signing key (to sign tampered ID tokens with the real key). */
export function staffProviderKeyDir(server: TestServer): string {
  return join(dirname(server.dbPath), 'test-staff-provider');
}

/** Starts a sign-in for `client` and signs `person` in at the stand-in; the query to complete with. */
export async function cityAnswer(client: ApiClient, person: string | 'cancel', returnTo = '/fi/virkailija', browser = new ProviderBrowser()): Promise<string> {
  const started = await client.post<{ authorizationUrl: string }>('/api/staff-sso/start', { authorityId: HELSINKI, returnTo, lang: 'fi' });
  if (started.status !== 200) throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`);
  return browser.signIn(started.body.authorizationUrl, person);
}

/** A whole sign-in: the answer of POST /api/staff-sso/complete. */
export async function signInThroughCity(client: ApiClient, person: string): Promise<ApiResponse<unknown>> {
  return client.post('/api/staff-sso/complete', { query: await cityAnswer(client, person) });
}
