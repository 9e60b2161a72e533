import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { dirname, join } from 'node:path';
import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdentityProvider } from '../../identity/test-provider/test-provider';
import { newEncryptionKey, type EncryptionJwk } from '../../server/identification/encryption-key';
import { relyingParty, type RelyingParty } from '../../server/identification/relying-party';
import { rewritingIdToken, substitutingFetch, tamperingFetch, unencryptingFetch } from '../support/id-token-tampering';
import { realIdToken } from '../support/real-id-tokens';
import { ApiClient, type ApiErrorBody, type TestServer } from '../support/server';
import { handlerOf, identifyAt, providerKeyDir, requireStrongIdentification, startServerWithTestProvider, ProviderBrowser } from '../support/strong-identification';
import { deploymentOf, newKey, signInCustomer } from './case-fixtures';
import examples from '../../form-library/library/examples/health.json';

let server: TestServer;
let original: RelyingParty;

beforeAll(async () => {
  // Many sign-ins from one address: the identification routes' rate limit is not what these tests are about.
  server = await startServerWithTestProvider({ config: { rateLimitAllow: ['127.0.0.1'] } });
  requireStrongIdentification(server.ctx, 'informal-care-support', { 'carer.carerName': 'fullName', 'carer.carerPersonalId': 'personalId' });
  const rp = server.ctx.identification?.relyingParty;
  if (!rp) throw new Error('no relying party');
  original = rp;
});
afterAll(() => server?.close());

const AINO = 'test-person-1';
/** The second client the test provider knows (TEST_PROVIDER_IDENTIFICATION.testOtherClientId). */
const OTHER_CLIENT = 'kevyt-other-service';
const NO_PERSONAL_ID = 'test-person-5';

function refusals(): Array<{ code: string }> {
  return server.ctx.sqlite
    .prepare<[], { details: string }>("SELECT details_json AS details FROM audit_log WHERE action = 'identification.refused' ORDER BY id")
    .all()
    .map((r) => JSON.parse(r.details) as { code: string });
}

async function expectRefused(answer: Promise<{ status: number; body: unknown }>, status: number, code: string) {
  const res = await answer;
  expect(res.status).toBe(status);
  expect((res.body as ApiErrorBody).error.code).toBe(code);
  expect(refusals().at(-1)?.code).toBe(code);
}

/** The relying party in use from now on (until `untampered`). */
function relyingPartyNow(rp: RelyingParty): void {
  const ctxIdentification = server.ctx.identification;
  if (!ctxIdentification) throw new Error('no identification');
  ctxIdentification.relyingParty = rp;
}

/** The relying party with every token answer's ID token passing through `fetcher` first. */
function answersThrough(fetcher: oidc.CustomFetch): void {
  relyingPartyNow(relyingParty({ ...original.settings, fetch: fetcher }));
}

/** The relying party with every token answer's ID token rewritten by `tamper`, re-signed with the provider's key (or `key`) and sealed again to the client. */
function tamperingWith(tamper: (claims: Record<string, unknown>) => Record<string, unknown>, key?: KeyObject): void {
  answersThrough(tamperingFetch(providerKeyDir(server), tamper, { key, encryption: encryptionKey() }));
}

function untampered(): void {
  relyingPartyNow(original);
}

function encryptionKey(): EncryptionJwk {
  const key = original.settings.idTokenEncryption?.key;
  if (!key) throw new Error('the test provider’s client has no encryption key');
  return key;
}

/** The nonce of the identification this test started last. */
function latestNonce(): string {
  const row = server.ctx.sqlite.prepare<[], { nonce: string }>('SELECT nonce FROM identification_logins ORDER BY rowid DESC LIMIT 1').get();
  if (!row) throw new Error('no identification under way');
  return row.nonce;
}

describe('strong identification through the local test provider', () => {
  it('signs a person in with the code flow and tells the browser who they are; the henkilötunnus stays out of the audit log and the sessions table', async () => {
    const client = new ApiClient(server.url);
    expect((await client.get('/api/identification/me')).body).toEqual({ identification: 'none', email: null, person: null, strongAvailable: true });
    const query = await identifyAt(client, AINO, '/fi/asioi/091/palvelu/1');
    expect(query).toMatch(/(^|&)code=/);
    expect(query).not.toMatch(/908Y/);
    const done = await client.post('/api/identification/complete', { query });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ returnTo: '/fi/asioi/091/palvelu/1', lang: 'fi', givenName: 'Aino', familyName: 'Testinen' });
    expect((await client.get('/api/identification/me')).body).toEqual({
      identification: 'strong', email: null, person: { givenName: 'Aino', familyName: 'Testinen', personalId: '010190-908Y' }, strongAvailable: true,
    });
    const audit = server.ctx.sqlite.prepare<[], { text: string }>("SELECT target_id || details_json AS text FROM audit_log WHERE action LIKE 'identification.%'").all();
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) expect(row.text).not.toContain('010190');
    // The session keeps it sealed (it prefills forms), never readable in the table.
    const sessions = server.ctx.sqlite.prepare<[], { personId: string | null }>("SELECT person_id AS personId FROM sessions WHERE identification = 'strong'").all();
    expect(sessions.length).toBeGreaterThan(0);
    for (const row of sessions) {
      expect(row.personId).toBeTruthy();
      expect(row.personId).not.toContain('010190');
    }
  });

  it('serves the client’s public keys, for private_key_jwt and for encrypting ID tokens, without their private parts', async () => {
    const res = await new ApiClient(server.url).get<{ keys: Array<Record<string, unknown>> }>('/api/identification/jwks');
    expect(res.status).toBe(200);
    expect(res.body.keys).toHaveLength(2);
    expect(res.body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(res.body.keys[1]).toMatchObject({ kty: 'RSA', alg: 'RSA-OAEP-256', use: 'enc', kid: encryptionKey().kid });
    for (const key of res.body.keys) expect(key).not.toHaveProperty('d');
  });

  it('signs out with RP-initiated logout at the provider, by client id, never with the ID token in the address', async () => {
    const client = new ApiClient(server.url);
    const browser = new ProviderBrowser();
    expect((await client.post('/api/identification/complete', { query: await identifyAt(client, AINO, '/fi', browser) })).status).toBe(200);
    const out = await client.post<{ logoutUrl: string }>('/api/identification/logout', { lang: 'sv' });
    expect(out.status).toBe(200);
    const url = new URL(out.body.logoutUrl);
    expect(url.pathname).toBe('/session/end');
    expect(url.searchParams.get('client_id')).toBe('kevyt-test');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/fi`);
    expect(url.searchParams.has('id_token_hint')).toBe(false);
    expect((await client.get('/api/identification/me')).body).toMatchObject({ identification: 'none', person: null });
    // The provider asks, in the customer's language, before ending its own session.
    const page = await browser.follow(out.body.logoutUrl);
    expect(page.page?.status).toBe(200);
    expect(page.page?.html).toContain('<html lang="sv"');
    expect(page.page?.html).toContain('form="op.logoutForm"');
  });
});

describe('refusals, each with its own answer and audit entry', () => {
  it('refuses a tampered state', async () => {
    const client = new ApiClient(server.url);
    const query = new URLSearchParams(await identifyAt(client, AINO));
    query.set('state', 'forged-state');
    await expectRefused(client.post('/api/identification/complete', { query: query.toString() }), 401, 'state_mismatch');
  });

  it('refuses a replayed answer: a login is completed once', async () => {
    const client = new ApiClient(server.url);
    const query = await identifyAt(client, AINO);
    expect((await client.post('/api/identification/complete', { query })).status).toBe(200);
    await expectRefused(client.post('/api/identification/complete', { query }), 401, 'login_not_found');
  });

  it('refuses an answer from another browser (no login under way in this one)', async () => {
    const query = await identifyAt(new ApiClient(server.url), AINO);
    await expectRefused(new ApiClient(server.url).post('/api/identification/complete', { query }), 401, 'login_not_found');
  });

  it('refuses a replayed code under a new login’s state, and a forged code', async () => {
    const client = new ApiClient(server.url);
    const first = new URLSearchParams(await identifyAt(client, AINO));
    expect((await client.post('/api/identification/complete', { query: first.toString() })).status).toBe(200);
    const again = await client.post<{ authorizationUrl: string }>('/api/identification/start', { returnTo: '/fi', lang: 'fi' });
    const state = new URL(again.body.authorizationUrl).searchParams.get('state') ?? '';
    const replay = new URLSearchParams(first);
    replay.set('state', state);
    await expectRefused(client.post('/api/identification/complete', { query: replay.toString() }), 401, 'code_rejected');

    const forged = new URLSearchParams(await identifyAt(client, AINO));
    forged.set('code', 'forged-code');
    await expectRefused(client.post('/api/identification/complete', { query: forged.toString() }), 401, 'code_rejected');
  });

  it('refuses an ID token whose nonce is not this login’s', async () => {
    const client = new ApiClient(server.url);
    const query = await identifyAt(client, AINO);
    server.ctx.sqlite.prepare("UPDATE identification_logins SET nonce = 'another-nonce'").run();
    await expectRefused(client.post('/api/identification/complete', { query }), 401, 'id_token_nonce');
  });

  it('refuses a real ID token the provider issued to another client (its audience), though this browser’s nonce is in it', async () => {
    try {
      const client = new ApiClient(server.url);
      const query = await identifyAt(client, AINO);
      const { settings } = original;
      const othersToken = await realIdToken({
        issuer: settings.issuer, clientId: OTHER_CLIENT, authentication: { method: 'private_key_jwt', key: settings.clientKey },
        redirectUrl: settings.redirectUrl, scope: settings.scope, nonce: latestNonce(), person: AINO,
      });
      answersThrough(substitutingFetch(othersToken));
      await expectRefused(client.post('/api/identification/complete', { query }), 401, 'id_token_audience');
    } finally {
      untampered();
    }
  });

  it('refuses a real ID token from another provider (its issuer), though issued to this client id with this browser’s nonce', async () => {
    // A second local provider that knows this client just as the first does: its keys (as the server publishes them), redirect and encryption.
    const jwks = await new ApiClient(server.url).get<{ keys: JsonWebKey[] }>('/api/identification/jwks');
    const { settings } = original;
    const another = await startTestIdentityProvider({
      host: '127.0.0.1', port: 0, keyDir: join(dirname(server.dbPath), 'another-identity-provider'),
      clients: [{
        clientId: settings.clientId, clientName: 'Kevyt', jwks: jwks.body, idTokenEncryption: { alg: 'RSA-OAEP-256', enc: 'A256GCM' },
        redirectUris: [settings.redirectUrl], postLogoutRedirectUris: [],
      }],
    });
    try {
      const client = new ApiClient(server.url);
      const query = await identifyAt(client, AINO);
      const foreignToken = await realIdToken({
        issuer: another.issuer, clientId: settings.clientId, authentication: { method: 'private_key_jwt', key: settings.clientKey },
        redirectUrl: settings.redirectUrl, scope: settings.scope, nonce: latestNonce(), person: AINO,
      });
      answersThrough(substitutingFetch(foreignToken));
      await expectRefused(client.post('/api/identification/complete', { query }), 401, 'id_token_issuer');
    } finally {
      untampered();
      await another.close();
    }
  });

  it('refuses an expired ID token, and one signed with another key', async () => {
    try {
      const cases: Array<[string, (c: Record<string, unknown>) => Record<string, unknown>, KeyObject?]> = [
        ['id_token_expired', (c) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
        ['id_token_signature', (c) => c, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey],
      ];
      for (const [code, tamper, key] of cases) {
        tamperingWith(tamper, key);
        const client = new ApiClient(server.url);
        const query = await identifyAt(client, AINO);
        await expectRefused(client.post('/api/identification/complete', { query }), 401, code);
      }
      // The same re-signing (and sealing) without a change passes: the refusals above are the tampering's.
      tamperingWith((c) => c);
      const client = new ApiClient(server.url);
      expect((await client.post('/api/identification/complete', { query: await identifyAt(client, AINO) })).status).toBe(200);
    } finally {
      untampered();
    }
  });

  it('refuses a person without a henkilötunnus claim, and a cancelled identification', async () => {
    const client = new ApiClient(server.url);
    await expectRefused(client.post('/api/identification/complete', { query: await identifyAt(client, NO_PERSONAL_ID) }), 403, 'personal_id_missing');
    expect((await client.get('/api/identification/me')).body).toMatchObject({ identification: 'none' });
    await expectRefused(client.post('/api/identification/complete', { query: await identifyAt(client, 'cancel') }), 401, 'identification_cancelled');
  });
});

describe('encrypted ID tokens (JWE), as the Finnish brokers send them', () => {
  it('gets the ID token encrypted to the client’s key, decrypts it and signs the person in', async () => {
    const seen: string[] = [];
    try {
      answersThrough(rewritingIdToken((token) => {
        seen.push(token);
        return token;
      }));
      const client = new ApiClient(server.url);
      expect((await client.post('/api/identification/complete', { query: await identifyAt(client, AINO) })).status).toBe(200);
      expect((await client.get('/api/identification/me')).body).toMatchObject({ identification: 'strong', person: { givenName: 'Aino' } });
    } finally {
      untampered();
    }
    expect(seen).toHaveLength(1);
    const parts = seen[0].split('.');
    expect(parts).toHaveLength(5);
    expect(JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'))).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: encryptionKey().kid });
    // Nothing of the person is readable without the key.
    expect(Buffer.from(parts[3], 'base64url').toString('latin1')).not.toContain('010190');
  });

  it('refuses an ID token encrypted to another key than the client’s own', async () => {
    try {
      relyingPartyNow(relyingParty({ ...original.settings, idTokenEncryption: { key: newEncryptionKey(), enc: 'A256GCM' } }));
      const client = new ApiClient(server.url);
      await expectRefused(client.post('/api/identification/complete', { query: await identifyAt(client, AINO) }), 401, 'id_token_decryption');
      expect((await client.get('/api/identification/me')).body).toMatchObject({ identification: 'none' });
    } finally {
      untampered();
    }
  });

  it('refuses the provider’s real ID token with its encryption taken off, while encryption is configured', async () => {
    try {
      answersThrough(unencryptingFetch(encryptionKey()));
      const client = new ApiClient(server.url);
      await expectRefused(client.post('/api/identification/complete', { query: await identifyAt(client, AINO) }), 401, 'id_token_not_encrypted');
    } finally {
      untampered();
    }
  });
});

describe('a service that asks for strong identification', () => {
  const answers = structuredClone(examples['informal-care-support']);

  async function sendAs(client: ApiClient, email: string) {
    const deploymentId = await deploymentOf(client, '091', 'informal-care-support');
    return client.post<{ id: number; reference: string }>('/api/submissions', {
      deploymentId, municipality: '091', data: answers, contact: { name: 'Marjatta Mäkinen', email }, lang: 'fi', idempotencyKey: newKey(),
    });
  }

  it('says so in its form', async () => {
    const client = new ApiClient(server.url);
    const deploymentId = await deploymentOf(client, '091', 'informal-care-support');
    const form = await client.get<{ service: { identification: string } }>(`/api/deployments/${deploymentId}/form?lang=fi`);
    expect(form.body.service.identification).toBe('strong');
  });

  it('refuses a send without identification (401) and with an e-mail code only (403)', async () => {
    const anonymous = await sendAs(new ApiClient(server.url), 'nobody@example.fi');
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as unknown as ApiErrorBody).error.code).toBe('identification_required');
    const emailClient = new ApiClient(server.url);
    await signInCustomer(server, emailClient, 'koodilla@example.fi');
    const byCode = await sendAs(emailClient, 'koodilla@example.fi');
    expect(byCode.status).toBe(403);
    expect((byCode.body as unknown as ApiErrorBody).error.code).toBe('strong_identification_required');
  });

  it('takes the name and henkilötunnus from the identity, records the identification, and the handler sees it', async () => {
    const client = new ApiClient(server.url);
    expect((await client.post('/api/identification/complete', { query: await identifyAt(client, AINO) })).status).toBe(200);
    const sent = await sendAs(client, 'aino.testinen@example.fi');
    expect(sent.status).toBe(201);
    const row = server.ctx.sqlite
      .prepare<[number], { data: string; identification: string; personKey: string | null }>(
        'SELECT data_json AS data, identification, identified_person_key AS personKey FROM submissions WHERE id = ?',
      )
      .get(sent.body.id);
    const stored = JSON.parse(row?.data ?? '{}') as { carer: { carerName: string; carerPersonalId: string }; caredPerson: { caredPersonalId: string } };
    expect(stored.carer.carerName).toBe('Aino Testinen');
    expect(stored.carer.carerPersonalId).toBe('010190-908Y');
    // Someone else's henkilötunnus (the cared person's) stays as the customer typed it.
    expect(stored.caredPerson.caredPersonalId).toBe(answers.caredPerson.caredPersonalId);
    expect(row?.identification).toBe('strong');
    expect(row?.personKey).toMatch(/^p_/);

    const authority = server.ctx.sqlite.prepare<[number], { authorityId: string }>('SELECT authority_id AS authorityId FROM submissions WHERE id = ?').get(sent.body.id);
    const handler = await handlerOf(server, authority?.authorityId ?? '', 'hanna.kasittelija@kevyt.example');
    const detail = await handler.get<{ identification: string }>(`/api/cases/${sent.body.id}?lang=en`);
    expect(detail.status).toBe(200);
    expect(detail.body.identification).toBe('strong');
  });
});
