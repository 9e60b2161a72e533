/**
 * Strong identification in tests: a server with its own local test identity provider (on a free
 * port), a service made to ask for strong identification, and a person signing in at the provider
 * as a browser would (its cookies, its redirects, its sign-in page's forms).
 */
import { dirname, join } from 'node:path';
import type { IdentityField } from '../../form-library/format/types';
import type { FormPackContent } from '../../form-library/format/types';
import type { SqliteAppContext } from '../../server/context';
import type { IdentificationConfig } from '../../server/identification/identification-config';
import { hashPassword } from '../../server/auth/password';
import { users } from '../../server/db/schema';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, startTestServer, type TestServer, type TestServerOptions } from './server';

export const TEST_PROVIDER_IDENTIFICATION: IdentificationConfig = {
  testProvider: { port: 0 },
  issuer: null,
  clientId: 'kevyt-test',
  clientKeyFile: null,
  // As the Finnish brokers require, and as the local default does.
  idTokenEncryption: { keyFile: null, enc: 'A256GCM' },
  testOtherClientId: 'kevyt-other-service',
  redirectUrl: null,
  postLogoutRedirectUrl: null,
  scope: 'openid profile hetu',
  personalIdClaims: ['hetu'],
};

/** A test server with the local test identity provider beside it. */
export function startServerWithTestProvider(opts: TestServerOptions = {}): Promise<TestServer> {
  return startTestServer({ ...opts, config: { identification: TEST_PROVIDER_IDENTIFICATION, ...opts.config } });
}

/** Where the test provider keeps its signing key (to sign tampered ID tokens with the real key). */
export function providerKeyDir(server: TestServer): string {
  return join(dirname(server.dbPath), 'test-identity-provider');
}

/**
 * Makes every published version of the pack holding `serviceId` ask for strong identification,
 * with `fields` (data paths) filled from the identity. Call before the first request reads the pack.
 */
export function requireStrongIdentification(ctx: SqliteAppContext, serviceId: string, fields: Record<string, IdentityField>): void {
  const rows = ctx.sqlite.prepare<[], { id: number; contentJson: string }>('SELECT rowid AS id, content_json AS contentJson FROM pack_versions').all();
  let changed = 0;
  for (const row of rows) {
    const content = JSON.parse(row.contentJson) as FormPackContent;
    const service = content.services.find((s) => s.id === serviceId);
    if (!service) continue;
    service.identification = 'strong';
    for (const page of service.form.pages) {
      for (const element of page.elements) {
        const inner = element.kind === 'section' ? element.elements.map((e) => ({ e, path: `${element.key}.${e.key}` })) : [];
        for (const { e, path } of [{ e: element, path: element.key }, ...inner]) {
          const field = fields[path];
          if (field && e.kind !== 'group' && e.kind !== 'section' && e.kind !== 'info') e.identityField = field;
        }
      }
    }
    ctx.sqlite.prepare('UPDATE pack_versions SET content_json = ? WHERE rowid = ?').run(JSON.stringify(content), row.id);
    changed++;
  }
  if (changed === 0) throw new Error(`no pack version holds ${serviceId}`);
}

/** A handler of `authorityId` (the demo has none for some authorities, e.g. a wellbeing services county), signed in. */
export async function handlerOf(server: TestServer, authorityId: string, email: string): Promise<ApiClient> {
  server.ctx.db.insert(users).values({ email, name: 'Hanna Käsittelijä', role: 'handler', authorityId, passwordHash: await hashPassword(DEMO_PASSWORD) }).run();
  const client = new ApiClient(server.url);
  const res = await client.loginStaff(email, DEMO_PASSWORD);
  if (res.status !== 200) throw new Error(`handler sign-in failed: ${res.status}`);
  return client;
}

/** A browser at the identity provider: its own cookies, following redirects until it leaves for Kevyt. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  private async go(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ url: string; status: number; location: string | null; text: string }> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    let body: string | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const location = res.headers.get('location');
    return { url, status: res.status, location: location ? new URL(location, url).toString() : null, text: await res.text() };
  }

  /** Follows redirects from `url` while they stay at the provider; the first page or the address leaving it. */
  async follow(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ page?: { url: string; status: number; html: string }; left?: URL }> {
    let step = await this.go(url, init);
    const provider = new URL(url).origin;
    for (let hops = 0; step.location && hops < 10; hops++) {
      if (new URL(step.location).origin !== provider) return { left: new URL(step.location) };
      step = await this.go(step.location);
    }
    return { page: { url: step.url, status: step.status, html: step.text } };
  }

  /** Opens the authorization URL, picks `person` on the sign-in page (or cancels) and returns the answer's query for Kevyt. */
  async signIn(authorizationUrl: string, person: string | 'cancel'): Promise<string> {
    const start = await this.follow(authorizationUrl);
    if (!start.page) throw new Error(`the provider did not show its sign-in page (went to ${start.left?.toString()})`);
    const interaction = new URL(start.page.url);
    const action = person === 'cancel' ? 'abort' : 'login';
    const done = await this.follow(`${interaction.origin}${interaction.pathname}/${action}?lang=fi`, {
      method: 'POST', form: person === 'cancel' ? {} : { person },
    });
    if (!done.left) throw new Error(`the provider did not send the browser back: ${done.page?.status} ${done.page?.html.slice(0, 300)}`);
    return done.left.search.replace(/^\?/, '');
  }
}

/** Starts an identification for `client` and signs `person` in at the provider; the query to complete with. */
export async function identifyAt(client: ApiClient, person: string | 'cancel', returnTo = '/fi/asioi/091', browser = new ProviderBrowser()): Promise<string> {
  const started = await client.post<{ authorizationUrl: string }>('/api/identification/start', { returnTo, lang: 'fi' });
  if (started.status !== 200) throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`);
  return browser.signIn(started.body.authorizationUrl, person);
}
